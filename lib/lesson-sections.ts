/**
 * The sections of a case lesson, in page order: each one's id (its anchor, what quiz items and shared links
 * point at), the key of its title in the "lesson" messages, and who draws it: a component the lesson's MDX
 * uses (the writer puts it in the body) or the page itself (from the lesson's frontmatter and references).
 * The content loader, the reference schema, the MDX components and the case page all read this list.
 */
export const CASE_SECTIONS = [
  { id: 'audience', title: 'audience', drawnBy: 'page' },
  { id: 'method', title: 'method', drawnBy: 'Steps' },
  { id: 'case', title: 'case', drawnBy: 'CaseStudy' },
  { id: 'police-tip', title: 'policeTip', drawnBy: 'PoliceTip' },
  { id: 'remember', title: 'remember', drawnBy: 'Remember' },
  { id: 'rules', title: 'rules', drawnBy: 'page' },
  { id: 'law', title: 'law', drawnBy: 'page' },
  { id: 'advice', title: 'advice', drawnBy: 'page' },
] as const;

type CaseSection = (typeof CASE_SECTIONS)[number];
export type CaseSectionId = CaseSection['id'];
/** The MDX components that are a section of a case lesson (all of them required in every case lesson). */
export type SectionComponent = Exclude<CaseSection['drawnBy'], 'page'>;

export const CASE_SECTION_IDS = CASE_SECTIONS.map((s) => s.id);

export const SECTION_COMPONENTS = CASE_SECTIONS.flatMap((s) => (s.drawnBy === 'page' ? [] : [s.drawnBy]));

export const isSectionComponent = (name: string): name is SectionComponent =>
  (SECTION_COMPONENTS as readonly string[]).includes(name);

/** The section an MDX component draws. */
export const sectionDrawnBy = (component: SectionComponent) => CASE_SECTIONS.find((s) => s.drawnBy === component)!;

/** A section by its id. */
export const caseSection = (id: CaseSectionId) => CASE_SECTIONS.find((s) => s.id === id)!;
