import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ContentError } from '@/lib/content/problems';
import { loadLocaleContent } from '@/lib/content/load';

export const CONTENT = path.resolve(__dirname, '../content');
/** The five source documents, kept in the repository (sources/README.md); named by source id. */
export const SOURCES = path.resolve(__dirname, '../sources');
export const SOURCE_IDS = ['nafc-handbook-2023', 'law-2022', 'fujian-2020', 'zhejiang-2017', 'notice-2016'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** A throwaway copy of content/ that a test may break. */
export function contentCopy() {
  const root = path.join(mkdtempSync(path.join(tmpdir(), 'shizha-')), 'content');
  cpSync(CONTENT, root, { recursive: true });
  return {
    root,
    read: (file: string) => readFileSync(path.join(root, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(path.join(root, file), text),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test breaks JSON of any shape on purpose
    editJson: (file: string, edit: (data: any) => void) => {
      const data = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
      edit(data);
      writeFileSync(path.join(root, file), JSON.stringify(data));
    },
  };
}

/** One source document as extracted. A missing file throws: a test never passes without its source. */
export function sourceText(id: SourceId) {
  const file = path.join(SOURCES, `${id}.txt`);
  if (!existsSync(file)) throw new Error(`source document missing: ${path.relative(process.cwd(), file)}`);
  return readFileSync(file, 'utf8');
}

/** All five source texts joined, for "does this appear in any source" checks. */
export function allSourcesText() {
  return SOURCE_IDS.map(sourceText).join('\n');
}

export const squash = (s: string) => s.replace(/\s+/g, '');

/** The problems the loader reports for the Chinese content under root (none when it loads). */
export function problemsOf(root: string): string[] {
  try {
    loadLocaleContent('zh-CN', root);
    return [];
  } catch (error) {
    return (error as ContentError).problems;
  }
}
