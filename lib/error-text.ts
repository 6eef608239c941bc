import type { Locale } from '@/i18n/routing';

/**
 * The error boundaries' words. An error boundary gets no props, and importing messages/ would put every
 * interface string into the script every page loads; so these few are copied here, and
 * tests/error-text.test.ts keeps them equal to messages/ (errorPage, notFound.home, footer.emergency).
 */
export const ERROR_TEXT: Record<Locale, { title: string; body: string; home: string; emergency: string }> = {
  'zh-CN': {
    title: '这一页出了点问题',
    body: '页面上的按钮可能用不了，文字仍然可以读。重新打开这一页通常就好。',
    home: '回到首页',
    emergency: '已经转账或被骗：立即拨打 110 报警。拿不准：可以拨打 96110 咨询。',
  },
  en: {
    title: 'Something went wrong on this page',
    body: "The page's buttons may not work, but its text can still be read. Opening the page again usually helps.",
    home: 'Back to the home page',
    emergency: 'Already paid or scammed: call 110 (police) now. Not sure: you can call 96110 for advice.',
  },
};

export const errorLocale = (lang: string | undefined): Locale => (lang === 'en' ? 'en' : 'zh-CN');
