import { routing, type Locale } from '@/i18n/routing';
import type { LocaleContent, TopicQuizItem } from '@/lib/content';
import { paths } from '@/lib/routes';
import type { PlayableItem, TopicInfo } from './types';
import { LAW_TOPIC, RULES_TOPIC, topicKey } from '@/lib/ids';

/** Titles and links for every quiz topic, for result screens. */
export function topicInfo(content: LocaleContent, labels: { law: string; rules: string }): Record<string, TopicInfo> {
  return Object.fromEntries([
    ...content.cases.map((c) => [topicKey('case', c.slug), { title: c.frontmatter.title, href: paths.case(c.slug) }]),
    ...content.tools.map((t) => [topicKey('tool', t.slug), { title: t.frontmatter.title, href: paths.tool(t.slug) }]),
    [LAW_TOPIC, { title: labels.law, href: paths.law() }],
    [RULES_TOPIC, { title: labels.rules, href: paths.rules() }],
  ]);
}

/** Whether an item's explanation quotes or cites an article of the law (or the item is about one). */
export function citesLawArticle(item: TopicQuizItem): boolean {
  return 'article' in item.ref || /\bArticles? \d+|第[一二三四五六七八九十百零]+条/.test(item.explanation);
}

/** The plain data a quiz component needs: references as the links and titles the reader is sent to. */
export function toPlayable(item: TopicQuizItem, locale: Locale): PlayableItem {
  const scenario = item.scenario && {
    ...item.scenario,
    genuine: !!item.genuine,
    clues: item.scenario.clues.map(({ span, reason, learn }) => ({ span, reason, ...learn })),
  };
  return {
    id: item.id,
    topic: item.topic,
    type: item.type,
    prompt: item.prompt,
    ...(scenario ? { scenario } : {}),
    options: item.options,
    answer: item.answer,
    explanation: item.explanation,
    // Only the Chinese law is authoritative; every other language quotes it in our own translation.
    ...(locale !== routing.defaultLocale && citesLawArticle(item) ? { lawTranslated: true as const } : {}),
    learnHref: item.learn.href,
    learnTitle: item.learn.title,
  };
}
