import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

// Noto Sans SC (bold) from @fontsource: Debian's .ttc collections cannot be used by the renderer, and
// no font is fetched from anywhere at build time.
const FILES = [
  'noto-sans-sc-chinese-simplified-700-normal.woff',
  'noto-sans-sc-latin-700-normal.woff',
  'noto-sans-sc-latin-ext-700-normal.woff',
];
const DIR = path.join(process.cwd(), 'node_modules/@fontsource/noto-sans-sc/files');

export function shareFontFiles(): Buffer[] {
  return FILES.map((f) => readFileSync(path.join(DIR, f)));
}

/** Characters that none of the fonts can draw — they would come out as boxes. */
export function missingGlyphs(text: string, fonts: Buffer[] = shareFontFiles()): string[] {
  const opened = fonts.map((f) => fontkit.create(f) as fontkit.Font);
  const missing = new Set<string>();
  for (const ch of new Set(text)) {
    if (/\s/.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (!opened.some((font) => font.hasGlyphForCodePoint(cp))) missing.add(ch);
  }
  return [...missing];
}
