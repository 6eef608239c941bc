import 'server-only';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { SECTION_COMPONENTS } from '@/lib/lesson-sections';
import type { Problems } from './problems';

/** The parts of an mdast/MDX syntax tree this reader looks at. */
interface TreeNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: TreeNode[];
  position?: { end: { offset?: number } };
}

/** A component used in a lesson body, with its string attributes and its text. */
export interface MdxElement {
  name: string;
  attributes: Record<string, string>;
  /** The element's words as one line (markup dropped, whitespace collapsed). */
  text: string;
}

/** What the loader needs of an MDX file: its frontmatter and the components its body uses, in order. */
export interface MdxDocument {
  /** The frontmatter as YAML gives it, before any schema has seen it. */
  data: unknown;
  /** The MDX after the frontmatter, as written. */
  body: string;
  elements: MdxElement[];
  /** The body imports or exports something (lessons may not). */
  esm: boolean;
  /** The body has a markdown heading (lessons use their components instead). */
  headings: boolean;
}

// The same parser @next/mdx uses for the page, so the structure checked here is the structure rendered.
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

const plain = (node: TreeNode): string => {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return (node.children ?? []).map(plain).join(' ');
};
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function walk(node: TreeNode, visit: (node: TreeNode) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Parses an MDX file; a syntax or YAML error is a problem against the file, and the file is skipped. */
export function parseMdx(source: string, file: string, problems: Problems): MdxDocument | undefined {
  let tree: TreeNode;
  try {
    tree = parser.parse(source);
  } catch (error) {
    problems.add(file, `not valid MDX (${(error as Error).message})`);
    return undefined;
  }
  const yaml = tree.children?.find((n) => n.type === 'yaml');
  const doc: MdxDocument = { data: {}, body: source.slice(yaml?.position?.end.offset ?? 0), elements: [], esm: false, headings: false };
  try {
    if (typeof yaml?.value === 'string') doc.data = parseYaml(yaml.value) ?? {};
  } catch (error) {
    problems.add(file, `frontmatter is not valid YAML (${(error as Error).message})`);
    return undefined;
  }
  walk(tree, (node) => {
    if (node.type === 'mdxjsEsm') doc.esm = true;
    if (node.type === 'heading') doc.headings = true;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const attributes: Record<string, string> = {};
      for (const a of node.attributes ?? []) if (a.name && typeof a.value === 'string') attributes[a.name] = a.value;
      doc.elements.push({ name: node.name, attributes, text: oneLine(plain(node)) });
    }
  });
  return doc;
}

// The components lesson bodies may use (see mdx-components.tsx); anything else is a typo.
/** A case lesson needs every one of CASE_COMPONENTS (its sections, lib/lesson-sections.ts, and the method's steps); a note of our own is optional. */
export const CASE_COMPONENTS = [...SECTION_COMPONENTS, 'Step'];
export const CASE_OPTIONAL = ['Note'];
export const TOOL_COMPONENTS = ['Section', 'Steps', 'Step', 'Facts', 'Fact', 'PoliceTip', 'Note'] as const;

/** Checks a body's components; returns its section ids, in order. */
export function checkMdxBody(
  file: string,
  doc: MdxDocument,
  allowed: readonly string[],
  problems: Problems,
  required: readonly string[] = [],
) {
  if (doc.esm) problems.add(file, 'lesson bodies may not import or export');
  if (doc.headings) problems.add(file, 'use the lesson components instead of markdown headings');
  const used = new Set(doc.elements.map((e) => e.name));
  for (const name of used) {
    if (!allowed.includes(name)) problems.add(file, `unknown component <${name}> (allowed: ${allowed.join(', ')})`);
  }
  for (const name of required) {
    if (!used.has(name)) problems.add(file, `missing <${name}>`);
  }
  const ids = elementsNamed(doc, 'Section').map((e) => e.attributes.id ?? '');
  const seen = new Set<string>();
  for (const id of ids) {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) problems.add(file, `section id "${id}" must be lowercase ASCII`);
    if (seen.has(id)) problems.add(file, `section id "${id}" is used twice`);
    seen.add(id);
  }
  return ids;
}

export const elementsNamed = (doc: MdxDocument, name: string) => doc.elements.filter((e) => e.name === name);
