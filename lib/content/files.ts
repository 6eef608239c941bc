import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { parseMdx, type MdxDocument } from './mdx';
import type { Problems } from './problems';

export const CONTENT_ROOT = path.join(process.cwd(), 'content');

export function relative(root: string, file: string) {
  return path.relative(path.dirname(root), file);
}

function describe(issues: z.core.$ZodIssue[]) {
  return issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('; ');
}

export function parseWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  file: string,
  problems: Problems,
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  problems.add(file, describe(result.error.issues));
  return undefined;
}

export function readJson<T>(root: string, file: string, schema: z.ZodType<T>, problems: Problems) {
  const full = path.join(root, file);
  const name = relative(root, full);
  if (!existsSync(full)) {
    problems.add(name, 'file is missing');
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    problems.add(name, `not valid JSON (${(error as Error).message})`);
    return undefined;
  }
  return parseWith(schema, value, name, problems);
}

export interface MdxFile<T> {
  slug: string;
  file: string;
  frontmatter: T;
  /** The MDX after the frontmatter, as written. */
  body: string;
  doc: MdxDocument;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function readMdxFolder<T>(root: string, folder: string, schema: z.ZodType<T>, problems: Problems) {
  const dir = path.join(root, folder);
  if (!existsSync(dir)) return [];
  const out: MdxFile<T>[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    const name = relative(root, full);
    if (!entry.endsWith('.mdx')) {
      problems.add(name, 'only .mdx files belong in this folder');
      continue;
    }
    const slug = entry.slice(0, -'.mdx'.length);
    if (!SLUG.test(slug)) problems.add(name, 'file name must be a lowercase ASCII slug');
    const doc = parseMdx(readFileSync(full, 'utf8'), name, problems);
    const frontmatter = doc && parseWith(schema, doc.data, name, problems);
    if (doc && frontmatter) out.push({ slug, file: name, frontmatter, body: doc.body, doc });
  }
  return out;
}
