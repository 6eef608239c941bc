import 'server-only';
import type { z } from 'zod';
import { defined, type Lookup, type LoadContext } from '../context';
import type { HelpGuide, HelpParagraph, ToolLink } from '../model';
import { helpSchema } from '../schemas';
import type { SourceLookup } from './sources';

type RawHelp = z.infer<typeof helpSchema>;

export function loadHelp(ctx: LoadContext, sources: SourceLookup, tools: Lookup<ToolLink>): HelpGuide | undefined {
  const file = ctx.name('help.json');
  const raw = ctx.read('help.json', helpSchema);
  if (!raw) return undefined;
  ctx.unique(raw.steps, (s) => s.id, file, 'step id');
  ctx.unique(raw.evidence.items, (s) => s.id, file, 'evidence id');
  const paragraphs = (list: RawHelp['recovery']['paragraphs']) =>
    list.flatMap(({ source: id, ...p }): HelpParagraph[] => {
      if (!id) {
        if (p.quote || p.label) ctx.problems.add(file, `a quotation needs its source: "${p.text.slice(0, 20)}…"`);
        return [p];
      }
      const source = sources.get(file, id);
      return source ? [{ ...p, source }] : [];
    });
  return {
    ...raw,
    steps: raw.steps.map((s) => ({ ...s, paragraphs: paragraphs(s.paragraphs) })),
    evidence: { ...raw.evidence, paragraphs: paragraphs(raw.evidence.paragraphs) },
    recovery: { ...raw.recovery, paragraphs: paragraphs(raw.recovery.paragraphs) },
    tools: defined(raw.tools.map(({ tool, why }) => {
      const link = tools.get(file, tool, `unknown tool "${tool}"`);
      return link && { tool: link, why };
    })),
  };
}
