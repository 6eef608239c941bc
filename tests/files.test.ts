import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, htmlFiles } from '../scripts/lib/files.mjs';

/** A small exported site: pages at three depths, a script, and an empty folder. */
function site() {
  const dir = mkdtempSync(path.join(tmpdir(), 'walk-'));
  for (const file of ['index.html', 'zh-CN/index.html', 'zh-CN/cases/x/index.html', '_next/static/a.js', 'b.txt']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
  }
  mkdirSync(path.join(dir, 'empty'));
  return dir;
}

describe('the directory walk', () => {
  it('lists every file at every depth, sorted, and no folders', () => {
    const dir = site();
    expect(filesUnder(dir).map((f) => path.relative(dir, f))).toEqual([
      '_next/static/a.js',
      'b.txt',
      'index.html',
      'zh-CN/cases/x/index.html',
      'zh-CN/index.html',
    ]);
  });

  it('keeps only the files with the ending asked for', () => {
    const dir = site();
    expect(htmlFiles(dir).map((f) => path.relative(dir, f))).toEqual([
      'index.html',
      'zh-CN/cases/x/index.html',
      'zh-CN/index.html',
    ]);
    expect(filesUnder(path.join(dir, '_next'), '.js')).toEqual([path.join(dir, '_next/static/a.js')]);
  });
});
