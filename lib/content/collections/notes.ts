import 'server-only';
import type { Lookup, LoadContext } from '../context';
import type { CaseLink, LegalNote, LegalNotes, OfficialAccounts } from '../model';
import { legalNotesSchema, officialAccountsSchema } from '../schemas';
import type { SourceLookup } from './sources';

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
