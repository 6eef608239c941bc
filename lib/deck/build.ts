import type { CaseLesson, WalkthroughStep, LocaleContent, SourceInfo, ToolLesson, TopicQuizItem } from '@/lib/content/model';
import { elementsNamed } from '@/lib/content/mdx';
import { topicKey } from '@/lib/ids';
import { paths } from '@/lib/routes';
import { deckQuestions, type DeckQuestion } from './questions';
import { LIMITS, splitText, textWidth } from './text';

/** One piece of a text split over several slides: 2 of 3. */
export type Part = { n: number; of: number };
type Question = DeckQuestion<TopicQuizItem>;

/**
 * A slide, as plain data (the words come from the resolved lesson; headings are interface strings the
 * component adds). `notes` is what the presenter sees beside it: the step's full text, the source.
 */
export type Slide = { notes?: string } & (
  | { kind: 'title'; title: string; lead: string }
  | { kind: 'audience'; text: string }
  | { kind: 'step'; n: number; of: number; title: string; line: string; text: string; part: Part }
  | { kind: 'text'; section: 'case' | 'policeTip'; text: string; part: Part }
  | { kind: 'section'; title: string; text: string; part: Part }
  | { kind: 'remember'; text: string; part: Part }
  | {
      kind: 'vote';
      n: number;
      of: number;
      step: Pick<WalkthroughStep, 'stage' | 'scenario' | 'prompt' | 'choices'>;
      revealed: boolean;
      /** On a revealed slide: the one choice it shows, when the outcomes are too long to share a slide. */
      choice?: number;
    }
  | { kind: 'question'; n: number; of: number; item: Question; revealed: boolean }
  | { kind: 'closing'; lessons: { title: string; path: string }[] }
);

export type LessonKind = 'case' | 'tool';

/** One lesson's deck: its slides, the lesson it comes from and that lesson's source. */
export interface Deck {
  kind: LessonKind;
  slug: string;
  title: string;
  /** The lesson's path inside the locale (the closing slide's QR code reads it). */
  lessonPath: string;
  source: SourceInfo;
  slides: Slide[];
}

const parts = <T>(texts: string[], slide: (text: string, part: Part) => T): T[] =>
  texts.map((text, i) => slide(text, { n: i + 1, of: texts.length }));

/** A lesson body element's text ("" when the lesson has none). */
const element = (lesson: CaseLesson | ToolLesson, name: string) => elementsNamed(lesson.doc, name).map((e) => e.text);

function questionSlides(items: TopicQuizItem[]): Slide[] {
  const picked = deckQuestions(items);
  return picked.flatMap((item, i) =>
    [false, true].map((revealed): Slide => ({ kind: 'question', n: i + 1, of: picked.length, item, revealed })),
  );
}

/** A case lesson's deck: title, who is at risk, the three steps, the case, 警方提醒, 切记, the walkthrough, questions, closing. */
export function caseDeck(content: LocaleContent, lesson: CaseLesson): Deck {
  const fm = lesson.frontmatter;
  const texts = element(lesson, 'Step');
  const walkthrough = content.walkthroughs.find((d) => d.slug === lesson.slug);
  const quiz = content.quiz.filter((q) => q.topic === topicKey('case', lesson.slug));
  const slides: Slide[] = [
    { kind: 'title', title: fm.title, lead: fm.summary },
    { kind: 'audience', text: fm.audience },
    ...lesson.steps.flatMap((step, i) =>
      parts(splitText(texts[i] ?? '', LIMITS.body), (text, part): Slide => ({
        kind: 'step',
        n: i + 1,
        of: lesson.steps.length,
        title: step.title,
        line: step.line,
        text,
        part,
        notes: texts[i],
      })),
    ),
    ...element(lesson, 'CaseStudy').flatMap((t) =>
      parts(splitText(t, LIMITS.body), (text, part): Slide => ({ kind: 'text', section: 'case', text, part })),
    ),
    ...element(lesson, 'PoliceTip').flatMap((t) =>
      parts(splitText(t, LIMITS.body), (text, part): Slide => ({ kind: 'text', section: 'policeTip', text, part })),
    ),
    ...parts(splitText(lesson.remember, LIMITS.remember), (text, part): Slide => ({ kind: 'remember', text, part })),
    ...(walkthrough?.steps ?? []).flatMap((step, i, all) => voteSlides(step, i + 1, all.length)),
    ...questionSlides(quiz),
    { kind: 'closing', lessons: [{ title: fm.title, path: paths.case(lesson.slug) }] },
  ];
  return { kind: 'case', slug: lesson.slug, title: fm.title, lessonPath: paths.case(lesson.slug), source: lesson.source, slides };
}

/** A tool lesson's deck: title, each section, 警方提醒, questions, closing. */
export function toolDeck(content: LocaleContent, lesson: ToolLesson): Deck {
  const fm = lesson.frontmatter;
  const quiz = content.quiz.filter((q) => q.topic === topicKey('tool', lesson.slug));
  const sections = elementsNamed(lesson.doc, 'Section');
  const slides: Slide[] = [
    { kind: 'title', title: fm.title, lead: fm.summary },
    ...sections.flatMap((s) =>
      parts(splitText(s.text, LIMITS.body), (text, part): Slide => ({
        kind: 'section',
        title: s.attributes.title ?? '',
        text,
        part,
      })),
    ),
    ...element(lesson, 'PoliceTip').flatMap((t) =>
      parts(splitText(t, LIMITS.body), (text, part): Slide => ({ kind: 'text', section: 'policeTip', text, part })),
    ),
    ...questionSlides(quiz),
    { kind: 'closing', lessons: [{ title: fm.title, path: paths.tool(lesson.slug) }] },
  ];
  return { kind: 'tool', slug: lesson.slug, title: fm.title, lessonPath: paths.tool(lesson.slug), source: lesson.source, slides };
}

/** Every deck of a locale: the ten cases, then the seven tools. */
export function allDecks(content: LocaleContent): Deck[] {
  return [...content.cases.map((c) => caseDeck(content, c)), ...content.tools.map((t) => toolDeck(content, t))];
}

/** A deck by its lesson; undefined for an unknown one. */
export function findDeck(content: LocaleContent, kind: LessonKind, slug: string): Deck | undefined {
  if (kind === 'case') {
    const lesson = content.cases.find((c) => c.slug === slug);
    return lesson && caseDeck(content, lesson);
  }
  const lesson = content.tools.find((t) => t.slug === slug);
  return lesson && toolDeck(content, lesson);
}

/**
 * A walkthrough step as a vote and its reveal. The outcomes are never cut (they quote the sources): when
 * any is longer than a shared slide holds, each choice's outcome gets a revealed slide of its own, where
 * it has the room of two.
 */
function voteSlides(step: Extract<Slide, { kind: 'vote' }>['step'], n: number, of: number): Slide[] {
  const vote = { kind: 'vote', n, of, step } as const;
  const apart = step.choices.some((c) => textWidth(c.outcome) > LIMITS.outcome);
  return [
    { ...vote, revealed: false },
    ...(apart ? step.choices.map((_, choice): Slide => ({ ...vote, revealed: true, choice })) : [{ ...vote, revealed: true }]),
  ];
}

/**
 * In a session a lesson keeps one vote and one question (the first of each) and one slide a step (its
 * first sentences; the step's full text is in the notes), so three lessons take about 20 minutes.
 */
const inSession = (s: Slide): Slide[] => {
  if (s.kind === 'closing' || (s.kind === 'step' && s.part.n > 1)) return [];
  if (s.kind === 'step') return [{ ...s, part: { n: 1, of: 1 } }];
  if (s.kind !== 'vote' && s.kind !== 'question') return [s];
  return s.n === 1 ? [{ ...s, of: 1 }] : [];
};

/**
 * A session: its lessons' decks one after another, each shortened (inSession) and without its own
 * closing slide, then one closing slide with a QR code for every lesson. Each slide keeps the deck it
 * came from (its source line).
 */
export function sessionSlides(decks: Deck[]): { deck: Deck; slide: Slide }[] {
  const lessons = decks.map((d) => ({ title: d.title, path: d.lessonPath }));
  const last = decks.at(-1);
  return [
    ...decks.flatMap((deck) => deck.slides.flatMap(inSession).map((slide) => ({ deck, slide }))),
    ...(last ? [{ deck: last, slide: { kind: 'closing', lessons } satisfies Slide }] : []),
  ];
}

/** About how long slides take to present, in minutes: a vote or a question a minute and a quarter (with its answer), any other slide half a minute. */
export function slideMinutes(slides: Slide[]): number {
  const weight = (s: Slide) => (s.kind === 'vote' || s.kind === 'question' ? (s.revealed ? 0.5 : 0.75) : 0.5);
  return Math.round(slides.reduce((total, s) => total + weight(s), 0));
}

/** A ready-made session's decks, in its order (a session naming a missing lesson fails the build). */
export function sessionDecks(content: LocaleContent, lessons: readonly string[]): Deck[] {
  return lessons.map((ref) => {
    const [kind, slug] = ref.split(':') as [LessonKind, string];
    const deck = findDeck(content, kind, slug);
    if (!deck) throw new Error(`session lesson "${ref}" does not exist`);
    return deck;
  });
}
