import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CONTENT = path.resolve(__dirname, '../content');
export const SEEDS = path.resolve(__dirname, '../../shared/seeds');
export const hasSeeds = existsSync(SEEDS);

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

/** The seed texts joined, with all white space removed, for "does this appear in a source" checks. */
export function seedText() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'))
    .join('\n');
}

export const squash = (s: string) => s.replace(/\s+/g, '');
