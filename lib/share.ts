import type { Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { allArticles, getContent } from './content';
import { articleLabel } from './format';
import { messageText } from './scenario';
import { paths, posterUrl, shareImageUrl } from './routes';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
export const POSTER = { width: 750, height: 1200 } as const;

export interface ShareCard {
  path: string;
  /** Small line above the title, e.g. "十大高发骗局". */
  kicker: string;
  title: string;
  /** The page's one-line key message, set large on its poster. */
  lead?: string;
  /** A case's three steps, each with a line of what happens in it. */
  steps?: { title: string; line: string }[];
  /** The 切记 line, in its own box at the foot of the poster. */
  remember?: { label: string; text: string };
  /** Key points for posters without steps (the eight 凡是, the checklist). */
  points?: string[];
}

/** A page gets a poster when it has something to say beyond its title. */
export const hasPoster = (card: ShareCard) => Boolean(card.lead || card.steps?.length || card.points?.length);

/** Every string a card's images draw (the font subset and the glyph check cover these). */
export const cardText = (card: ShareCard) =>
  [
    card.kicker,
    card.title,
    card.lead ?? '',
    ...(card.steps ?? []).flatMap((s) => [s.title, s.line]),
    card.remember ? card.remember.label + card.remember.text : '',
    ...(card.points ?? []),
  ].join('');

const MESSAGES = { 'zh-CN': zh, en } as const;
const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);
const cache = new Map<Locale, ShareCard[]>();

/** Every page with a share image of its own (the rest use the home page's); memoised per build. */
export function shareCards(locale: Locale): ShareCard[] {
  let cards = cache.get(locale);
  if (!cards) {
    cards = buildCards(locale);
    cache.set(locale, cards);
  }
  return cards;
}

function buildCards(locale: Locale): ShareCard[] {
  const m = MESSAGES[locale];
  const labels = {
    siteName: m.site.name,
    tagline: m.site.tagline,
    cases: m.cases.title,
    tools: m.tools.title,
    law: m.law.title,
    quiz: m.quiz.challengeTitle,
    remember: m.lesson.remember,
  };
  const content = getContent(locale);
  const { fanshi } = content.ruleGroups;
  return [
    { path: paths.home(), kicker: labels.tagline, title: labels.siteName, points: fanshi.items.map((i) => i.text) },
    ...content.cases.map((c) => ({
      path: paths.case(c.slug),
      kicker: labels.cases,
      title: c.frontmatter.title,
      lead: c.frontmatter.summary,
      steps: c.steps,
      remember: { label: labels.remember, text: c.remember },
    })),
    ...content.walkthroughs.map((d) => ({
      path: paths.caseWalkthrough(d.slug),
      kicker: m.walkthrough.kicker,
      title: d.lesson.title,
      points: [...d.steps.map((s, i) => `${i + 1}. ${s.stage}`), `${labels.remember}${d.remember}`],
    })),
    ...content.tools.map((t) => ({
      path: paths.tool(t.slug),
      kicker: labels.tools,
      title: t.frontmatter.title,
      lead: t.frontmatter.summary,
    })),
    { path: paths.law(), kicker: labels.law, title: content.law.title },
    { path: paths.lawArticles(), kicker: labels.law, title: content.law.title },
    { path: paths.lawQa(), kicker: labels.law, title: content.law.title },
    ...allArticles(content.law).map((a) => ({
      path: paths.lawArticle(a.number),
      kicker: content.law.title,
      title: articleLabel(a.number, locale),
    })),
    {
      path: paths.checklist(),
      kicker: labels.siteName,
      title: content.checklist.title,
      points: content.checklist.points.map((p) => p.title),
    },
    // A scenario's prompt ("你会怎么做？") says little alone: its card shows the message itself.
    ...content.quiz.map((q) => ({
      path: paths.challenge(q.id),
      kicker: q.scenario ? `${labels.quiz} · ${q.prompt}` : labels.quiz,
      title: q.scenario ? clip(messageText(q.scenario.messages[0]!), 48) : q.prompt,
    })),
  ];
}

/** The share image a page uses: its own, or the home page's. */
export function shareImageFor(locale: Locale, path: string) {
  return shareImageUrl(locale, shareCards(locale).some((c) => c.path === path) ? path : paths.home());
}

/** The poster a page offers to save, if it has one. */
export function posterFor(locale: Locale, path: string) {
  const card = shareCards(locale).find((c) => c.path === path);
  return card && hasPoster(card) ? posterUrl(locale, path) : undefined;
}
