import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { readJson } from '../files';
import { Lookup, type LoadContext } from '../context';
import { slug, text } from '../fields';

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

export type Source = z.infer<typeof sourceSchema>;
export type SourceText = z.infer<typeof sourceTextSchema>;
/** A source document: its dates (shared by every locale) and its title and summary in this locale. */
export type SourceInfo = Source & SourceText;

/** content/sources.json (ids and dates) joined with {locale}/sources.json (titles and texts). */
export function loadSources(ctx: LoadContext) {
  const metaFile = path.join(path.basename(ctx.root), 'sources.json');
  const meta = readJson(ctx.root, 'sources.json', sourcesSchema, ctx.problems)?.items;
  const texts = ctx.read('sources.json', sourceTextsSchema)?.items ?? [];
  ctx.unique(meta ?? [], (s) => s.id, metaFile, 'source id');
  const sources = (meta ?? []).flatMap((m): SourceInfo[] => {
    const localText = texts.find((t) => t.id === m.id);
    if (!localText) ctx.problems.add(ctx.name('sources.json'), `no text for source "${m.id}"`);
    return localText ? [{ ...m, ...localText }] : [];
  });
  const lookup = new Lookup(ctx, 'source id', meta?.map((m) => [m.id, sources.find((s) => s.id === m.id)]));
  for (const t of texts) lookup.get(ctx.name('sources.json'), t.id);
  return { sources, lookup };
}
export type SourceLookup = Lookup<SourceInfo>;
