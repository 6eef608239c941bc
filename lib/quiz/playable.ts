import type { Locale } from '@/i18n/routing';
import { type LocaleContent, type QuizRef, type TopicQuizItem } from '@/lib/content';
import { findRule } from '@/lib/content/load';
import { articleLabel } from '@/lib/format';
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

/** Where a reference sends the reader: a path inside the locale (with #section) and its title. */
export function refLink(ref: QuizRef, content: LocaleContent, locale: Locale): { href: string; title: string } {
  if ('case' in ref) {
    return {
      href: paths.caseSection(ref.case, ref.section),
      title: content.cases.find((c) => c.slug === ref.case)!.frontmatter.title,
    };
  }
  if ('tool' in ref) {
    return {
      href: paths.toolSection(ref.tool, ref.section),
      title: content.tools.find((t) => t.slug === ref.tool)!.frontmatter.title,
    };
  }
  if ('article' in ref) {
    return { href: paths.lawArticle(ref.article), title: `${articleLabel(ref.article, locale)} · ${content.law.title}` };
  }
  return { href: paths.rule(ref.rule), title: findRule(content, ref.rule)!.group.title };
}

/** Resolves an item's references into the links and titles the reader is sent to. */
export function toPlayable(item: TopicQuizItem, content: LocaleContent, locale: Locale): PlayableItem {
  const { href: learnHref, title: learnTitle } = refLink(item.ref, content, locale);
  const scenario = item.scenario && {
    ...item.scenario,
    genuine: !!item.genuine,
    clues: item.scenario.clues.map(({ ref, ...clue }) => ({ ...clue, ...refLink(ref, content, locale) })),
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
    learnHref,
    learnTitle,
  };
}

export function lessonCheckItems(content: LocaleContent, topic: string, locale: Locale): PlayableItem[] {
  return content.quiz.filter((i) => i.topic === topic && i.check).map((i) => toPlayable(i, content, locale));
}
