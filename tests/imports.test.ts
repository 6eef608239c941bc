import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// No import circles in the app's code. `import type` counts too: a circle of types still means no module
// of it can be read or changed alone. '@/…' resolves from the repository root (tsconfig paths).
const ROOT = path.resolve(import.meta.dirname, '..');
const FOLDERS = ['lib', 'components', 'app', 'i18n'];
const EXTENSIONS = ['.ts', '.tsx'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return files(full);
    return EXTENSIONS.includes(path.extname(entry)) && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | undefined {
  const base = spec.startsWith('@/')
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : undefined;
  if (!base) return undefined;
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {}
  }
  return undefined;
}

function importCycles(all: string[]): string[][] {
  const graph = new Map(
    all.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      return [file, importedFiles.flatMap((i) => resolve(file, i.fileName) ?? [])];
    }),
  );
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles.map((c) => c.map((f) => path.relative(ROOT, f)));
}

describe('imports', () => {
  it('form no circle in lib, components, app and i18n', () => {
    const cycles = importCycles(FOLDERS.flatMap((f) => files(path.join(ROOT, f))));
    expect(cycles.map((c) => c.join(' → '))).toEqual([]);
  });
});
