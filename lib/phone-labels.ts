import 'server-only';
import { getTranslations } from 'next-intl/server';

/** Strings the phone renderer needs, read on the server and passed down as plain data. */
export async function phoneLabels() {
  const t = await getTranslations('phone');
  const raw = (key: Parameters<typeof t.raw>[0]) => t.raw(key) as string;
  return {
    channel: { sms: t('channel.sms'), wechat: t('channel.wechat'), call: t('channel.call') },
    screen: raw('screen'),
    context: t('context'),
    them: t('them'),
    me: t('me'),
    link: t('link'),
    transfer: t('transfer'),
    redPacket: t('redPacket'),
    file: t('file'),
    image: t('image'),
    incoming: t('incoming'),
    transcript: t('transcript'),
    clue: raw('clue'),
    cluesScam: t('cluesScam'),
    cluesGenuine: t('cluesGenuine'),
    learn: raw('learn'),
  };
}

export type PhoneLabels = Awaited<ReturnType<typeof phoneLabels>>;
