import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/browser-path.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);

// A test says which project runs it by its tags: `test('…', { tag: '@phone' }, …)` on the WeChat phone,
// '@desktop' on the desktop project, both tags on both. Most readers open the site in WeChat on a phone, so
// every journey runs on the phone; the desktop project runs what a wide screen changes (the header bar,
// layout shift, printing) and what runs once: the accessibility pass (axe over pages and over the quiz,
// walkthrough and scenario states) and the production-server checks. A test runs on both only when the
// screen changes what it proves.
// An untagged test is picked by the phone project and fails there at once (e2e/fixtures.ts): no test
// runs nowhere by mistake.
const UNTAGGED = /^(?!.*@(phone|desktop)\b)/;

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
    // Recording a trace costs every test time; a failure on CI is retried once, with a trace.
    trace: 'on-first-retry',
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
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      grep: /@desktop\b/,
    },
    {
      name: 'wechat-phone',
      grep: [/@phone\b/, UNTAGGED],
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
