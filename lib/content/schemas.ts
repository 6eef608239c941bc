import 'server-only';
import { z } from 'zod';
import { RULE_GROUP_IDS, type RuleGroupId } from '@/lib/ids';
import { articleRefSchema, isoDate, refSchema, ruleId, slug, text } from './fields';

// The shape of every content file, as written: each collection (collections/) validates its files with
// these and adds the checks that need more than one item. Nothing here reads a file or resolves an id.

// content/sources.json (ids and dates) and {locale}/sources.json (titles and texts).
export const sourceSchema = z.strictObject({
  id: slug,
  kind: z.enum(['handbook', 'notice', 'report', 'law']),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  historical: z.boolean(),
});
export const sourcesSchema = z.strictObject({ items: z.array(sourceSchema).min(1) });

const figureSchema = z.strictObject({ label: text, value: text, asOf: text });
export const sourceTextSchema = z.strictObject({
  id: slug,
  title: text,
  issuer: text,
  number: text.optional(),
  dateLabel: text,
  summary: text,
  uses: z.array(text).min(1),
  figures: z.array(figureSchema).optional(),
  cases: z.array(z.strictObject({ title: text, text })).optional(),
  hotline: z.strictObject({ number: text, detail: text, asOf: text }).optional(),
  // An obvious slip of the source (a missing or stray character) and how the site prints it.
  repairs: z.array(z.strictObject({ where: text, original: text, repaired: text })).optional(),
});
export const sourceTextsSchema = z.strictObject({ items: z.array(sourceTextSchema).min(1) });

// {locale}/cases/*.mdx and {locale}/tools/*.mdx: the frontmatter.
export const caseFrontmatterSchema = z.strictObject({
  title: text,
  summary: text.max(160),
  /** One line per <Step>, saying what happens in it: the lesson's poster prints them under the titles. */
  stepLines: z.array(text.max(110)).min(1),
  order: z.number().int().min(1),
  audience: text,
  lawArticles: z.array(z.number().int()).min(1),
  rules: z.array(ruleId),
  advice: z.array(slug),
  source: slug,
});
export const toolFrontmatterSchema = z.strictObject({
  title: text,
  summary: text.max(160),
  order: z.number().int().min(1),
  launched: text.optional(),
  operator: text.optional(),
  source: slug,
});

// {locale}/rules.json
const ruleItemSchema = z.strictObject({
  id: ruleId,
  text,
  quote: text.optional(),
  cases: z.array(slug).optional(),
});
export const rulesSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      id: z.enum(RULE_GROUP_IDS),
      title: text,
      source: slug,
      historical: z.boolean(),
      intro: text.optional(),
      note: text.optional(),
      items: z.array(ruleItemSchema).min(1),
    }),
  ),
});
/** The groups pages show by name: the home page's 八个"凡是" and the handout's 三不一多. */
export const NAMED_GROUPS = ['fanshi', 'sanbu'] as const satisfies readonly RuleGroupId[];

// {locale}/advice.json
export const adviceSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: slug,
      title: text,
      method: text,
      advice: z.array(text).min(1),
      rules: z.array(ruleId).optional(),
      source: slug,
    }),
  ),
});

// {locale}/checklist.json
export const checklistSchema = z.strictObject({
  title: text,
  intro: text,
  points: z
    .array(
      z.strictObject({
        id: slug,
        rule: ruleId,
        title: text,
        why: text,
        checks: z.array(z.strictObject({ id: slug, question: text, stop: text, source: slug })).min(1),
      }),
    )
    .length(4),
  outcome: z.strictObject({ title: text, steps: z.array(text).min(1), sources: z.array(slug).min(1) }),
});

// {locale}/law.json and {locale}/law-guide.json
const paragraphSchema = z.strictObject({ text, items: z.array(text).optional() });
export const lawSchema = z.strictObject({
  title: text,
  adopted: isoDate,
  effective: isoDate,
  adoptedBy: text,
  source: slug,
  chapters: z.array(
    z.strictObject({
      number: z.number().int().min(1),
      title: text,
      articles: z.array(
        z.strictObject({ number: z.number().int().min(1), paragraphs: z.array(paragraphSchema).min(1) }),
      ),
    }),
  ),
  qa: z.array(z.strictObject({ number: z.number().int().min(1), question: text, answer: z.array(text).min(1) })),
});
export const lawGuideSchema = z.strictObject({
  intro: z.array(text).min(1),
  life: z.array(
    z.strictObject({ id: slug, question: text, answer: text, quotes: z.array(articleRefSchema).min(1) }),
  ),
  numbers: z.array(
    z.strictObject({
      id: slug,
      title: text,
      groups: z.array(z.strictObject({ heading: text, quotes: z.array(articleRefSchema).min(1) })).min(1),
    }),
  ),
});

// {locale}/legal-notes.json and {locale}/official-accounts.json
export const legalNotesSchema = z.strictObject({
  title: text,
  note: text,
  items: z.array(
    z.strictObject({
      id: slug,
      title: text,
      intro: text.optional(),
      points: z.array(text).min(1),
      /** A note of our own under the source's words (e.g. that a law it quotes has since been amended), shown as 本站注. */
      note: text.optional(),
      cases: z.array(slug),
      source: slug,
    }),
  ),
});
export const officialAccountsSchema = z.strictObject({
  title: text,
  intro: text,
  groups: z.array(z.strictObject({ id: slug, owner: text, channels: z.array(text).min(1) })).min(1),
  warning: text,
  source: slug,
});

// {locale}/help.json
/**
 * One paragraph of the help guide. Without a source it is the site's own advice and is labelled so;
 * with `quote` it is the source's words exactly (a test finds it there), under `label` (警方提醒, 切记 …);
 * with a source and no `quote` it says what that source says, in plain words.
 */
export const helpParagraphSchema = z.strictObject({ text, source: slug.optional(), quote: z.boolean().optional(), label: text.optional() });
const helpParagraphs = z.array(helpParagraphSchema).min(1);
export const helpSchema = z.strictObject({
  title: text,
  intro: text,
  steps: z.array(z.strictObject({ id: slug, when: text, title: text, paragraphs: helpParagraphs })).min(3),
  evidence: z.strictObject({
    title: text,
    paragraphs: helpParagraphs,
    items: z.array(z.strictObject({ id: slug, label: text })).min(3),
  }),
  tools: z.array(z.strictObject({ tool: slug, why: text })).min(1),
  recovery: z.strictObject({ title: text, paragraphs: helpParagraphs }),
  family: z.strictObject({ title: text, points: z.array(text).min(1) }),
});

// {locale}/scam-check.json
export const scamCheckSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: slug,
        title: text,
        multiple: z.boolean(),
        options: z.array(z.strictObject({ id: slug, label: text, signals: z.array(slug) })).min(2),
      }),
    )
    .min(3)
    .max(5),
  signals: z.array(
    z.strictObject({
      id: slug,
      label: text,
      weight: z.number().int().min(0).max(10),
      cases: z.array(slug),
      supports: z.array(slug).optional(),
      ask: z.boolean().optional(),
      history: z.boolean().optional(),
      told: z.boolean().optional(),
      opener: z.boolean().optional(),
      rules: z.array(ruleId),
      explain: text,
      /** Left out only for our own advice, whose explain says so (本站建议 / Our advice). */
      source: slug.optional(),
    }),
  ),
  phrases: z.array(
    z.strictObject({
      id: text,
      // The engine finds phrases by their first two characters; "先交…学费" is two parts, the second within a few characters.
      match: z
        .array(
          text.refine((m) => {
            const [head, then, more] = m.split('…');
            return head!.trim().length >= 2 && (then === undefined || then.trim().length >= 1) && more === undefined;
          }, 'a phrase needs at least two characters, then at most one "…" and a second part'),
        )
        .min(1),
      signal: slug,
      unless: z.array(text).min(1).optional(),
    }),
  ),
});

// Scenario messages, drawn the way the reader's phone shows them (components/scenario/). A message is
// `text` alone or a list of parts; a link is only ever shown as text, never as something to tap.
const partSchema = z.union([
  z.strictObject({ text }),
  z.strictObject({ link: text }),
  z.strictObject({ transfer: text, note: text.optional() }),
  z.strictObject({ redPacket: text }),
  z.strictObject({ file: text, size: text.optional() }),
  z.strictObject({ image: text }),
]);
const messageSchema = z
  .strictObject({
    side: z.enum(['them', 'me']),
    /** In a group chat: the member's nickname as shown. */
    name: text.optional(),
    /** A time stamp shown above this message. */
    time: text.optional(),
    text: text.optional(),
    parts: z.array(partSchema).min(1).optional(),
  })
  .refine((m) => !!m.text !== !!m.parts, { message: 'a message has either text or parts' });
export const clueSchema = z.strictObject({ span: text, reason: text, ref: refSchema });
export const plainScenarioSchema = z.strictObject({
  channel: z.enum(['sms', 'wechat', 'call']),
  /** What the phone shows: a number, a short code, a saved contact or a nickname. Never a verdict. */
  from: text,
  /** A second line the phone shows: "未保存的号码", a caller-ID label, "通讯录联系人". */
  note: text.optional(),
  /** A WeChat group's name; `from` is then the member who writes. */
  group: text.optional(),
  time: text,
  /** What the reader already knows, in one neutral line ("你前几天在网上买过一支染发剂"). */
  context: text.optional(),
  messages: z.array(messageSchema).min(1),
});
export const scenarioSchema = plainScenarioSchema.extend({ clues: z.array(clueSchema).min(1) });

// {locale}/quiz/**.json: one item's fields. The quiz collection adds the checks across its fields.
const optionSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9]+$/), text });
export const quizItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+-\d+$/, 'must look like fake-loan-3'),
  type: z.enum(['single', 'multiple', 'truefalse', 'scenario']),
  prompt: text,
  scenario: scenarioSchema.optional(),
  genuine: z.boolean().optional(),
  options: z.array(optionSchema).min(2).max(5),
  answer: z.array(z.string()).min(1),
  explanation: text,
  /** Recall of a date, a figure or who launched what: lesson quizzes may ask it, the self-test does not. */
  trivia: z.boolean().optional(),
  ref: refSchema,
  lessonQuiz: z.boolean().optional(),
});

// 情景演练: one case's scam as it unfolds, a choice at each step (content/{locale}/walkthroughs/{case}.json).
const walkthroughChoiceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+$/),
    text,
    safe: z.boolean(),
    /** Safe: why it works. Risky: what happened to the real victim in the source, with the amount. */
    outcome: text,
    /** Safe only: what the scammer tries next. */
    next: text.optional(),
    /** Risky only: the red flag the reader missed. */
    flag: text.optional(),
  })
  .refine((c) => (c.safe ? !!c.next && !c.flag : !!c.flag && !c.next), {
    message: 'a safe choice says what comes next; a risky one names the red flag',
  });
export const walkthroughSchema = z.strictObject({
  intro: text,
  source: slug,
  steps: z
    .array(
      z
        .strictObject({
          /** The handbook's name for this step of the method. */
          stage: text,
          scenario: plainScenarioSchema,
          prompt: text,
          choices: z.array(walkthroughChoiceSchema).min(2).max(3),
          ref: refSchema,
        })
        .refine((s) => s.choices.some((c) => c.safe) && s.choices.some((c) => !c.safe), {
          message: 'a step needs a safe and a risky choice',
        }),
    )
    .min(3),
});
