import { z } from 'zod';

// Every schema is strict: an unknown field is as much an error as a missing one.
const text = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug');
const ruleId = z.string().regex(/^[a-z0-9]+-\d+$/, 'must look like fanshi-1');

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

const ruleItemSchema = z.strictObject({
  id: ruleId,
  text,
  quote: text.optional(),
  cases: z.array(slug).optional(),
});
export const rulesSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      id: slug,
      title: text,
      source: slug,
      historical: z.boolean(),
      intro: text.optional(),
      note: text.optional(),
      items: z.array(ruleItemSchema).min(1),
    }),
  ),
});

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
        checks: z
          .array(z.strictObject({ id: slug, question: text, stop: text, source: slug }))
          .min(1),
      }),
    )
    .length(4),
  outcome: z.strictObject({ title: text, steps: z.array(text).min(1), sources: z.array(slug).min(1) }),
});

const paragraphSchema = z.strictObject({ text, items: z.array(text).optional() });
export const lawSchema = z.strictObject({
  title: text,
  adopted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
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

const articleRef = z.strictObject({
  article: z.number().int(),
  paragraphs: z.array(z.number().int().min(1)).optional(),
});
export const lawGuideSchema = z.strictObject({
  intro: z.array(text).min(1),
  life: z.array(
    z.strictObject({ id: slug, question: text, answer: text, quotes: z.array(articleRef).min(1) }),
  ),
  numbers: z.array(
    z.strictObject({
      id: slug,
      title: text,
      groups: z.array(z.strictObject({ heading: text, quotes: z.array(articleRef).min(1) })).min(1),
    }),
  ),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceText = z.infer<typeof sourceTextSchema>;
export type CaseFrontmatter = z.infer<typeof caseFrontmatterSchema>;
export type ToolFrontmatter = z.infer<typeof toolFrontmatterSchema>;
export type Rules = z.infer<typeof rulesSchema>;
export type RuleGroup = Rules['groups'][number];
export type RuleItem = RuleGroup['items'][number];
export type Advice = z.infer<typeof adviceSchema>['items'][number];
export type Checklist = z.infer<typeof checklistSchema>;
export type Law = z.infer<typeof lawSchema>;
export type LawArticle = Law['chapters'][number]['articles'][number];
export type LawGuide = z.infer<typeof lawGuideSchema>;
export type ArticleRef = z.infer<typeof articleRef>;

const optionSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9]+$/), text });
const messageSchema = z.strictObject({ side: z.enum(['them', 'me']), text });
export const CASE_SECTIONS = ['audience', 'method', 'case', 'police-tip', 'remember', 'rules', 'law', 'advice'] as const;
const refSchema = z.union([
  z.strictObject({ case: slug, section: z.enum(CASE_SECTIONS) }),
  z.strictObject({ tool: slug, section: slug }),
  z.strictObject({ article: z.number().int() }),
  z.strictObject({ rule: ruleId }),
]);
export const quizItemSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+-\d+$/, 'must look like fake-loan-3'),
    type: z.enum(['single', 'multiple', 'truefalse', 'scenario']),
    prompt: text,
    scenario: z
      .strictObject({ channel: z.enum(['sms', 'wechat', 'call']), from: text, messages: z.array(messageSchema).min(1) })
      .optional(),
    genuine: z.boolean().optional(),
    options: z.array(optionSchema).min(2).max(5),
    answer: z.array(z.string()).min(1),
    explanation: text,
    /** Recall of a date, a figure or who launched what: lesson checks may ask it, the self-test does not. */
    trivia: z.boolean().optional(),
    ref: refSchema,
    check: z.boolean().optional(),
  })
  .superRefine((item, ctx) => {
    const ids = item.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
    for (const a of item.answer) {
      if (!ids.includes(a)) ctx.addIssue({ code: 'custom', path: ['answer'], message: `"${a}" is not one of the options` });
    }
    if (item.type === 'multiple' ? item.answer.length < 2 : item.answer.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `a ${item.type} item needs ${item.type === 'multiple' ? 'two or more answers' : 'exactly one answer'}` });
    }
    if (item.type === 'truefalse' && ids.join() !== 'true,false') {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a truefalse item has the options "true" and "false", in that order' });
    }
    if ((item.type === 'scenario') !== !!item.scenario) {
      ctx.addIssue({ code: 'custom', path: ['scenario'], message: 'a scenario item, and only a scenario item, has a scenario' });
    }
    if (item.genuine && item.type !== 'scenario') ctx.addIssue({ code: 'custom', path: ['genuine'], message: 'only scenario items can be genuine' });
  });
export const quizFileSchema = z.strictObject({ items: z.array(quizItemSchema).min(1) });

export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizRef = QuizItem['ref'];

export const helperSchema = z.strictObject({
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
      rules: z.array(ruleId),
      explain: text,
      source: slug,
    }),
  ),
  phrases: z.array(
    z.strictObject({
      id: text,
      // The engine finds phrases by their first two characters.
      match: z.array(text.refine((m) => m.trim().length >= 2, 'a phrase needs at least two characters')).min(1),
      signal: slug,
      unless: z.array(text).min(1).optional(),
    }),
  ),
});

/**
 * One paragraph of the help guide. Without a source it is the site's own advice and is labelled so;
 * with `quote` it is the source's words exactly (a test finds it there), under `label` (警方提醒, 切记 …);
 * with a source and no `quote` it says what that source says, in plain words.
 */
const helpParagraph = z.strictObject({ text, source: slug.optional(), quote: z.boolean().optional(), label: text.optional() });
const helpParagraphs = z.array(helpParagraph).min(1);
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

export const legalNotesSchema = z.strictObject({
  title: text,
  note: text,
  items: z.array(
    z.strictObject({ id: slug, title: text, intro: text.optional(), points: z.array(text).min(1), cases: z.array(slug), source: slug }),
  ),
});

export const officialAccountsSchema = z.strictObject({
  title: text,
  intro: text,
  groups: z.array(z.strictObject({ id: slug, owner: text, channels: z.array(text).min(1) })).min(1),
  warning: text,
  source: slug,
});

export type LegalNotes = z.infer<typeof legalNotesSchema>;
export type OfficialAccounts = z.infer<typeof officialAccountsSchema>;
export type HelperRules = z.infer<typeof helperSchema>;
export type HelpGuide = z.infer<typeof helpSchema>;
export type HelpParagraph = z.infer<typeof helpParagraph>;
