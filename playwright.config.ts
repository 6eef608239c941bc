import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/browser-path.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// Matched against "<project> <spec file> <describe> <title>".
const ONCE = [/ (a11y|nginx|print|deck|deck-offline)\.spec\.ts /, / axe /];
const DESKTOP = [/ (a11y|nginx|print|site|elder|share|deck|deck-offline)\.spec\.ts /, / axe /];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Every machine this runs on has 2 cores; the accessibility pass over every page needs both.
  workers: 2,
  forbidOnly: !!process.env.CI,
  // One retry on CI: a loaded 2-core machine can miss a timing once; Playwright reports such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  // Journeys through all 17 lessons or a 20-question test take a while on a 2-core machine.
  timeout: 90_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker would save pages in the background of every test; e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's Chromium (or CHROMIUM_PATH); undefined falls back to Playwright's own download.
      executablePath: findChromium() ?? undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // Most readers open the site in WeChat on a phone, so every journey runs on the phone project. The desktop
  // project runs what a wide screen changes (the full header bar, layout, printing) and what runs once:
  // the accessibility pass (axe over pages and over the quiz, walkthrough and scenario states) and the
  // production-server checks.
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      grep: DESKTOP,
    },
    {
      name: 'wechat-phone',
      grepInvert: ONCE,
      use: {
        viewport: { width: 375, height: 667 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        userAgent:
          'Mozilla/5.0 (Linux; Android 12; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230202 MicroMessenger/8.0.33.2320(0x28002151) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN',
      },
    },
  ],
  webServer: {
    command: `node scripts/tools/serve.mjs ${PORT}`,
    url: `http://localhost:${PORT}/zh-CN/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
