import 'server-only';
import { z } from 'zod';
import { Lookup, type LoadContext } from '../context';
import { slug, text } from '../fields';
import type { MdxFile } from '../files';
import { TOOL_COMPONENTS, checkMdxBody, elementsNamed } from '../mdx';
import { readLessonFolder } from './cases';
import type { TopicQuizItem } from './quiz';
import type { SourceInfo, SourceLookup } from './sources';

export const toolFrontmatterSchema = z.strictObject({
  title: text,
  summary: text.max(160),
  order: z.number().int().min(1),
  launched: text.optional(),
  operator: text.optional(),
  source: slug,
});
export type ToolFrontmatter = z.infer<typeof toolFrontmatterSchema>;

export interface ToolLink {
  slug: string;
  title: string;
}

export type ToolDraft = MdxFile<ToolFrontmatter> & {
  /** The ids of its <Section>s, in order. */
  sections: string[];
  /** Where a quiz item may send the reader: every section, and `police-tip` when it has one. */
  anchors: string[];
};
/** A tool lesson with its source and its check resolved. */
export type ToolLesson = ToolDraft & { source: SourceInfo; check: TopicQuizItem[] };

/** {locale}/tools/*.mdx: frontmatter and body checked, sections read from the syntax tree. */
export function readTools(ctx: LoadContext) {
  const { lessons, complete } = readLessonFolder(ctx, 'tools', toolFrontmatterSchema);
  const drafts = lessons.map((lesson): ToolDraft => {
    const sections = checkMdxBody(lesson.file, lesson.doc, TOOL_COMPONENTS, ctx.problems, ['Section']);
    const policeTip = elementsNamed(lesson.doc, 'PoliceTip').length > 0;
    return { ...lesson, sections, anchors: [...sections, ...(policeTip ? ['police-tip'] : [])] };
  });
  const links = new Lookup<ToolLink>(ctx, 'tool', complete ? drafts.map((d) => [d.slug, { slug: d.slug, title: d.frontmatter.title }]) : undefined);
  return { drafts, complete, links };
}

export function resolveTool(draft: ToolDraft, sources: SourceLookup): Omit<ToolLesson, 'check'> | undefined {
  const source = sources.get(draft.file, draft.frontmatter.source);
  return source && { ...draft, source };
}
