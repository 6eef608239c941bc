import type { Locale } from '@/i18n/routing';
import { type LocaleContent, type TopicQuizItem } from '@/lib/content';
import { findRule } from '@/lib/content/load';
import { articleLabel } from '@/lib/format';
import { paths } from '@/lib/routes';
import type { PlayableItem, TopicInfo } from './types';

/** Titles and links for every quiz topic, for result screens. */
export function topicInfo(content: LocaleContent, labels: { law: string; rules: string }): Record<string, TopicInfo> {
  return Object.fromEntries([
    ...content.cases.map((c) => [`case:${c.slug}`, { title: c.frontmatter.title, href: paths.case(c.slug) }]),
    ...content.tools.map((t) => [`tool:${t.slug}`, { title: t.frontmatter.title, href: paths.tool(t.slug) }]),
    ['law', { title: labels.law, href: paths.law() }],
    ['rules', { title: labels.rules, href: paths.rules() }],
  ]);
}

/** Resolves an item's reference into the link and title the reader is sent back to. */
export function toPlayable(item: TopicQuizItem, content: LocaleContent, locale: Locale): PlayableItem {
  const ref = item.ref;
  let learnHref: string;
  let learnTitle: string;
  if ('case' in ref) {
    learnHref = `${paths.case(ref.case)}#${ref.section}`;
    learnTitle = content.cases.find((c) => c.slug === ref.case)!.frontmatter.title;
  } else if ('tool' in ref) {
    learnHref = `${paths.tool(ref.tool)}#${ref.section}`;
    learnTitle = content.tools.find((t) => t.slug === ref.tool)!.frontmatter.title;
  } else if ('article' in ref) {
    learnHref = paths.lawArticle(ref.article);
    learnTitle = `${articleLabel(ref.article, locale)} · ${content.law.title}`;
  } else {
    learnHref = `${paths.rules()}#${ref.rule}`;
    learnTitle = findRule(content, ref.rule)!.group.title;
  }
  return {
    id: item.id,
    topic: item.topic,
    type: item.type,
    prompt: item.prompt,
    ...(item.scenario ? { scenario: item.scenario } : {}),
    options: item.options,
    answer: item.answer,
    explanation: item.explanation,
    learnHref,
    learnTitle,
  };
}

export function lessonCheckItems(content: LocaleContent, topic: string, locale: Locale): PlayableItem[] {
  return content.quiz.filter((i) => i.topic === topic && i.check).map((i) => toPlayable(i, content, locale));
}
