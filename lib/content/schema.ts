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
});
export const sourceTextsSchema = z.strictObject({ items: z.array(sourceTextSchema).min(1) });

export const caseFrontmatterSchema = z.strictObject({
  title: text,
  summary: text.max(60),
  order: z.number().int().min(1),
  audience: text,
  lawArticles: z.array(z.number().int()).min(1),
  rules: z.array(ruleId),
  advice: z.array(slug),
  source: slug,
});

export const toolFrontmatterSchema = z.strictObject({
  title: text,
  summary: text.max(60),
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
  current: z.boolean().optional(),
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
