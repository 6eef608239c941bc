// The one directory walk: scripts, e2e specs and unit tests all list files through it.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file below dir (full paths, sorted), only those whose name ends with `ending` if given.
 * @param {string} dir
 * @param {string} [ending]
 * @returns {string[]}
 */
export function filesUnder(dir, ending = '') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full, ending);
      return entry.name.endsWith(ending) ? [full] : [];
    })
    .sort();
}

/**
 * Every .html file below dir (the exported site).
 * @param {string} dir
 */
export const htmlFiles = (dir) => filesUnder(dir, '.html');
