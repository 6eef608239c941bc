// The exported site in a real old engine: Chromium 78, the oldest target package.json "browserslist"
// names (WeChat's Android webview of about 2020). The engine ships inside the npm package
// chrome-aws-lambda@1.20 and is driven by puppeteer-core@1.20 (the DevTools protocol of that time).
// Run with `node --test e2e/old-engine/chromium78.mjs` after a build (npm test does).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';

// chrome-aws-lambda unpacks the libraries Chromium needs (NSS and others) only on "AWS Lambda".
process.env.AWS_LAMBDA_FUNCTION_NAME ||= 'shizha-old-engine-test';
process.env.AWS_EXECUTION_ENV ||= 'AWS_Lambda_nodejs12.x';
const require = createRequire(import.meta.url);
const chromium = require('chrome-aws-lambda');
const puppeteer = require('puppeteer-core');

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.OLD_ENGINE_PORT ?? 4190);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const SHOTS = path.join(ROOT, 'test-results/old-engine');
const WECHAT_78 =
  'Mozilla/5.0 (Linux; Android 10; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.62 XWEB/2693 MMWEBSDK/201201 Mobile Safari/537.36 MMWEBID/1 MicroMessenger/8.0.1.1841(0x2800015D) Process/toolsmp WeChat/arm64 NetType/WIFI Language/zh_CN';

let server;
let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = spawn(process.execPath, [path.join(ROOT, 'scripts/tools/serve.mjs'), String(PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${ORIGIN}/zh-CN/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  browser = await puppeteer.launch({
    executablePath: await chromium.executablePath,
    // Lambda's flags, less --single-process: one process for every page crashes when pages open and
    // close in their own contexts.
    args: chromium.args.filter((a) => a !== '--single-process'),
    headless: true,
    env: { ...process.env, LD_LIBRARY_PATH: '/tmp/aws/lib', FONTCONFIG_FILE: '/etc/fonts/fonts.conf' },
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** A phone-sized WeChat page that records every script error. */
async function open(url, { elder = false } = {}) {
  // A context of its own: no storage carried over from the page before (elder mode, the share hint).
  const context = await browser.createIncognitoBrowserContext();
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Console errors count too, except a failed resource and the engine saying it ignores a policy source
  // it doesn't know yet ('wasm-unsafe-eval': search then says it can't run here).
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !/Failed to load resource|invalid source.*It will be ignored/.test(m.text()) &&
      errors.push(m.text()),
  );
  await page.setUserAgent(WECHAT_78);
  await page.setViewport({ width: 375, height: 667, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
  if (elder) await page.evaluateOnNewDocument(() => window.localStorage.setItem('shizha.elder', '1'));
  await page.goto(`${ORIGIN}${url}`, { waitUntil: 'networkidle0' });
  return { page, errors };
}

/** The share hint sits fixed at the foot of the screen on a first visit: close it, as a reader would. */
async function closeHint(page) {
  const close = await page.$('[data-wechat-hint] button');
  if (close) await close.click();
}

const byText = async (page, tag, text) => {
  const [element] = await page.$x(`//${tag}[contains(normalize-space(.), ${JSON.stringify(text)})]`);
  assert.ok(element, `no <${tag}> with “${text}”`);
  return element;
};

test('Chromium 78 is the engine under test', async () => {
  assert.match(await browser.version(), /Chrome\/78\./);
});

const PAGES = [
  '/zh-CN/',
  '/zh-CN/cases/',
  '/zh-CN/cases/fake-police/',
  '/zh-CN/tools/',
  '/zh-CN/tools/hotline-96110/',
  '/zh-CN/law/',
  '/zh-CN/law/articles/38/',
  '/zh-CN/rules/',
  '/zh-CN/checklist/',
  '/zh-CN/check/',
  '/zh-CN/help/',
  '/zh-CN/quiz/',
  '/zh-CN/quiz/q/fake-police-1/',
  '/zh-CN/search/',
  '/zh-CN/sources/',
  '/en/',
  '/en/cases/fake-loan/',
];

for (const mode of ['normal', 'elder']) {
  test(`every page type in ${mode} mode: no script error, text clear of the screen edge, header controls apart`, async () => {
    for (const url of PAGES) {
      const { page, errors } = await open(url, { elder: mode === 'elder' });
      assert.deepEqual(errors, [], `${url}: script errors`);
      // Where each line of text sits: every visible text node at least 12px inside the 375px screen.
      const tooClose = await page.evaluate(() => {
        const out = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Runs inside Chromium 78: no ?? or ?. in this function.
          const text = (node.textContent || '').trim();
          if (!text) continue;
          const parent = node.parentElement;
          if (!parent || parent.closest('[aria-hidden="true"], .sr-only, script, style')) continue;
          // Text clipped to a 1px box is for screen readers only (e.g. the menu button's name on a phone).
          if (parent.getBoundingClientRect().width <= 1) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) {
            if (r.width === 0 || r.height === 0) continue;
            if (r.left < 12 || r.right > window.innerWidth - 12)
              out.push(`${text.slice(0, 20)} (${Math.round(r.left)}–${Math.round(r.right)})`);
          }
        }
        return out.slice(0, 5);
      });
      assert.deepEqual(tooClose, [], `${url}: text closer than 12px to the edge`);
      // The header's visible controls do not touch or overlap: at least 4px between neighbours.
      const touching = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('header a, header summary, header button')]
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0 && r.top < 100)
          .sort((a, b) => a.left - b.left);
        return boxes.slice(1).filter((r, i) => r.left - boxes[i].right < 4).length;
      });
      assert.equal(touching, 0, `${url}: header controls touch`);
      const header = await page.$eval('header', (h) => h.getBoundingClientRect().height);
      assert.ok(header <= (mode === 'elder' ? 88 : 64), `${url}: header ${header}px tall`);
      if (url === '/zh-CN/cases/fake-police/') await page.screenshot({ path: path.join(SHOTS, `lesson-${mode}.png`) });
      await page.close();
    }
  });
}

test('the header menu opens and shows the navigation', async () => {
  const { page, errors } = await open('/zh-CN/cases/fake-police/');
  await closeHint(page);
  await page.click('[data-menu-button]');
  const links = await page.$$eval('[data-menu] nav a', (as) => as.filter((a) => a.getBoundingClientRect().height >= 44).length);
  assert.equal(links, 8);
  await page.screenshot({ path: path.join(SHOTS, 'menu.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the self-test runs to its result', async () => {
  const { page, errors } = await open('/zh-CN/quiz/');
  await closeHint(page);
  await (await byText(page, 'button', '开始自测')).click();
  for (let i = 1; i <= 20; i += 1) {
    // The next question's form (the answered one has no submit button any more).
    await page.waitForSelector('form[data-question] button[type=submit]');
    await page.click('form[data-question] input[name$="-answer"]');
    await page.click('form[data-question] button[type=submit]');
    await page.waitForSelector('[data-feedback]');
    await (await byText(page, 'button', i === 20 ? '看结果' : '下一题')).click();
  }
  await page.waitForSelector('[data-score]');
  assert.match(await page.$eval('[data-score]', (e) => e.getAttribute('data-score')), /^\d+\/20$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the scam check answers', async () => {
  const { page, errors } = await open('/zh-CN/check/');
  await closeHint(page);
  await page.type('textarea', '我是公安局的，你的账户涉嫌洗钱，必须保密，把钱转到安全账户进行资金核查。');
  await (await byText(page, 'button', '帮我看看')).click();
  await page.waitForSelector('[data-verdict]');
  assert.equal(await page.$eval('[data-verdict]', (e) => e.getAttribute('data-verdict')), 'stop');
  // No Intl.Segmenter here: the phrase's unless-words keep 验资 out of 实验资料费.
  await (await byText(page, 'button', '重新开始')).click();
  await page.type('textarea', '妈，老师让交两百块实验资料费，不放心就打我电话。');
  await (await byText(page, 'button', '帮我看看')).click();
  await page.waitForSelector('[data-verdict]');
  assert.equal(await page.$$eval('[data-verdict] [data-signal="flow-brushing"]', (e) => e.length), 0);
  assert.notEqual(await page.$eval('[data-verdict]', (e) => e.getAttribute('data-verdict')), 'stop');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the checklist ticks', async () => {
  const { page, errors } = await open('/zh-CN/checklist/');
  await closeHint(page);
  await page.click('fieldset input[type=checkbox]');
  await page.waitForSelector('[data-outcome="stop"]');
  assert.deepEqual(errors, []);
  await page.close();
});
