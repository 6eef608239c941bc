// Where is a Chromium to drive? An env variable, then Debian's, then Playwright's own download.
import { existsSync } from 'node:fs';

/** @returns {string | null} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  return null;
}

/** @returns {Promise<string | null>} */
export async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
