import 'server-only';
import { z } from 'zod';
import type { Lookup, LoadContext } from '../context';
import { slug, text } from '../fields';
import type { CaseLink } from './cases';
import type { SourceInfo, SourceLookup } from './sources';

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

type RawNotes = z.infer<typeof legalNotesSchema>;
export type LegalNote = Omit<RawNotes['items'][number], 'source'> & { source: SourceInfo };
/** Fujian 2020's legal notes, each naming the case lessons it belongs to (by slug). */
export type LegalNotes = Omit<RawNotes, 'items'> & { items: LegalNote[] };
export type OfficialAccounts = Omit<z.infer<typeof officialAccountsSchema>, 'source'> & { source: SourceInfo };

export function loadLegalNotes(ctx: LoadContext, sources: SourceLookup, cases: Lookup<CaseLink>): LegalNotes | undefined {
  const file = ctx.name('legal-notes.json');
  const raw = ctx.read('legal-notes.json', legalNotesSchema);
  if (!raw) return undefined;
  const items = raw.items.flatMap((note): LegalNote[] => {
    const source = sources.get(file, note.source);
    for (const slug of note.cases) cases.get(file, slug, `unknown case "${slug}"`);
    return source ? [{ ...note, source }] : [];
  });
  return { ...raw, items };
}

export function loadOfficialAccounts(ctx: LoadContext, sources: SourceLookup): OfficialAccounts | undefined {
  const raw = ctx.read('official-accounts.json', officialAccountsSchema);
  const source = raw && sources.get(ctx.name('official-accounts.json'), raw.source);
  return raw && source && { ...raw, source };
}
