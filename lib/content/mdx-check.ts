import type { Problems } from './files';

// The components lesson bodies may use (see mdx-components.tsx); anything else is a typo.
export const CASE_COMPONENTS = ['Steps', 'Step', 'CaseStudy', 'PoliceTip', 'Remember'] as const;
/** A case lesson needs every one of CASE_COMPONENTS; a note of our own is optional. */
export const CASE_OPTIONAL = ['Note'] as const;
export const TOOL_COMPONENTS = ['Section', 'Steps', 'Step', 'Facts', 'Fact', 'PoliceTip', 'Note'] as const;

export function checkMdxBody(
  file: string,
  body: string,
  allowed: readonly string[],
  problems: Problems,
  required: readonly string[] = [],
) {
  if (/^\s*(import|export)\s/m.test(body)) problems.add(file, 'lesson bodies may not import or export');
  if (/^#{1,6}\s/m.test(body)) problems.add(file, 'use the lesson components instead of markdown headings');
  const used = new Set([...body.matchAll(/<([A-Z][A-Za-z]*)/g)].map((m) => m[1]!));
  for (const name of used) {
    if (!allowed.includes(name)) problems.add(file, `unknown component <${name}> (allowed: ${allowed.join(', ')})`);
  }
  for (const name of required) {
    if (!used.has(name)) problems.add(file, `missing <${name}>`);
  }
  const ids = [...body.matchAll(/<Section\s[^>]*id="([^"]*)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  for (const id of ids) {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) problems.add(file, `section id "${id}" must be lowercase ASCII`);
    if (seen.has(id)) problems.add(file, `section id "${id}" is used twice`);
    seen.add(id);
  }
  return ids;
}
