import 'server-only';
import path from 'node:path';
import { readJson } from '../files';
import { Lookup, type LoadContext } from '../context';
import type { SourceInfo } from '../model';
import { sourcesSchema, sourceTextsSchema } from '../schemas';

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
