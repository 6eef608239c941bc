import 'server-only';
import { z } from 'zod';
import { CASE_SECTION_IDS } from '@/lib/lesson-sections';

// The atoms every collection's schema is built from. Every schema is strict: an unknown field is as
// much an error as a missing one.
export const text = z.string().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug');
export const ruleId = z.string().regex(/^[a-z0-9]+-\d+$/, 'must look like fanshi-1');
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const articleRefSchema = z.strictObject({
  article: z.number().int(),
  paragraphs: z.array(z.number().int().min(1)).optional(),
});

/** Where a quiz item, a clue or a walkthrough step sends the reader to learn more. */
export const refSchema = z.union([
  z.strictObject({ case: slug, section: z.enum(CASE_SECTION_IDS) }),
  z.strictObject({ tool: slug, section: slug }),
  z.strictObject({ article: z.number().int() }),
  z.strictObject({ rule: ruleId }),
]);
