import 'server-only';
import { sectionDrawnBy } from '@/lib/lesson-sections';
import { Lookup, type LoadContext } from '../context';
import { TOOL_COMPONENTS, checkMdxBody, elementsNamed } from '../mdx';
import type { ToolDraft, ToolLesson, ToolLink } from '../model';
import { toolFrontmatterSchema } from '../schemas';
import { readLessonFolder } from './cases';
import type { SourceLookup } from './sources';

/** {locale}/tools/*.mdx: frontmatter and body checked, sections read from the syntax tree. */
export function readTools(ctx: LoadContext) {
  const { lessons, complete } = readLessonFolder(ctx, 'tools', toolFrontmatterSchema);
  const drafts = lessons.map((lesson): ToolDraft => {
    const sections = checkMdxBody(lesson.file, lesson.doc, TOOL_COMPONENTS, ctx.problems, ['Section']);
    // A tool lesson's 警方提醒 is the same component as a case lesson's, with the same id.
    const policeTip = elementsNamed(lesson.doc, 'PoliceTip').length > 0;
    return { ...lesson, sections, anchors: [...sections, ...(policeTip ? [sectionDrawnBy('PoliceTip').id] : [])] };
  });
  const links = new Lookup<ToolLink>(ctx, 'tool', complete ? drafts.map((d) => [d.slug, { slug: d.slug, title: d.frontmatter.title }]) : undefined);
  return { drafts, complete, links };
}

export function resolveTool(draft: ToolDraft, sources: SourceLookup): Omit<ToolLesson, 'lessonQuiz'> | undefined {
  const source = sources.get(draft.file, draft.frontmatter.source);
  return source && { ...draft, source };
}
