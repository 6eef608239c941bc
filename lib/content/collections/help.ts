import 'server-only';
import { z } from 'zod';
import { defined, type Lookup, type LoadContext } from '../context';
import { slug, text } from '../fields';
import type { ToolLink } from './tools';
import type { SourceInfo, SourceLookup } from './sources';

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

type RawHelp = z.infer<typeof helpSchema>;
export type HelpParagraph = Omit<z.infer<typeof helpParagraph>, 'source'> & { source?: SourceInfo };
type WithParagraphs<T> = Omit<T, 'paragraphs'> & { paragraphs: HelpParagraph[] };
/** The "I've been scammed" guide, every paragraph with its source (or none: our advice), every tool named. */
export type HelpGuide = Omit<RawHelp, 'steps' | 'evidence' | 'recovery' | 'tools'> & {
  steps: WithParagraphs<RawHelp['steps'][number]>[];
  evidence: WithParagraphs<RawHelp['evidence']>;
  recovery: WithParagraphs<RawHelp['recovery']>;
  tools: { tool: ToolLink; why: string }[];
};

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
