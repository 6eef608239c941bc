import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../scripts/lib/files.mjs';
import { CONTENT, allSourcesText, squash } from './helpers';

/** Numbers a reader sees: digits with their decimal point, ignoring the markup around them. */
function numbersIn(text: string) {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
}

const STRUCTURE = new Set(['id', 'rule', 'rules', 'source', 'sources', 'cases', 'article', 'paragraphs', 'weight', 'ref']);

/**
 * Drops ids and numbers that are structure, not facts; and a quiz scenario's message and the options
 * answering it, whose amounts are made up for the exercise (the explanation is still checked).
 */
function withoutStructure(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutStructure);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).filter(([key]) => !STRUCTURE.has(key));
  const record = Object.fromEntries(entries.map(([k, v]) => [k, withoutStructure(v)]));
  if ('scenario' in record) {
    delete record.scenario;
    delete record.options;
  }
  return record;
}

// Guards against an invented figure: every number in the lessons and data must stand in a source.
describe('every number in the content appears in a source document', () => {
  let seeds = '';
  const authored = filesUnder(path.join(CONTENT, 'zh-CN')).filter((f) => !f.endsWith('law.json'));

  it.each(authored.map((f) => [path.relative(CONTENT, f), f] as const))('%s', (_name, file) => {
    const raw = readFileSync(file, 'utf8');
    // Drop frontmatter and JSON structure (orders, article numbers, ids are not facts shown as numbers).
    const visible = file.endsWith('.mdx')
      ? raw.replace(/^---[\s\S]*?---/, '')
      : JSON.stringify(withoutStructure(JSON.parse(raw)));
    seeds ||= squash(allSourcesText());
    const missing = [...new Set(numbersIn(visible))].filter((n) => !seeds.includes(n));
    expect(missing, `numbers not found in any source`).toEqual([]);
  });
});
