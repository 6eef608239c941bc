import { expect, test } from './fixtures';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

test('三不一多 checklist: ticks decide the outcome, survive a reload and can be cleared', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/checklist/');
  await expect(page.locator('fieldset')).toHaveCount(4);
  const outcome = page.locator('[data-outcome]');
  await expect(outcome).toHaveAttribute('data-outcome', 'none');
  await expect(outcome).toContainText('这不代表一定安全');

  const first = page.locator('fieldset input[type=checkbox]').first();
  await first.check();
  await expect(outcome).toHaveAttribute('data-outcome', 'stop');
  await expect(outcome).toContainText('先不要转账');
  await page.reload();
  await expect(page.locator('fieldset input[type=checkbox]').first()).toBeChecked();
  await page.getByRole('button', { name: '清除勾选' }).click();
  await expect(outcome).toHaveAttribute('data-outcome', 'none');
});

test('the checklist link can be copied', { tag: '@phone' }, async ({ page, context, browserName }) => {
  test.skip(browserName !== 'chromium');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/zh-CN/checklist/');
  await page.getByRole('button', { name: '复制本页链接' }).click();
  await expect(page.getByText('链接已复制')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test(
  'the scam check names the case type, marks the phrases and never says "safe", all without network',
  { tag: '@phone' },
  async ({ page }) => {
    // The phrases arrive once, after the page; the analysis itself asks nothing of the network.
    const phrases = page.waitForResponse('**/check/phrases.json');
    await page.goto('/zh-CN/check/');
    await phrases;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    await page
      .getByLabel('收到的短信或聊天内容（可选）')
      .fill('我是公安局的，你的账户涉嫌洗钱，必须保密，把钱转到安全账户进行资金核查。');
    await page.getByRole('button', { name: '帮我看看' }).click();
    const result = page.locator('[data-verdict]');
    await expect(result).toHaveAttribute('data-verdict', 'stop');
    await expect(result.locator('[data-case="fake-police"]')).toBeVisible();
    await expect(result.locator('mark', { hasText: '安全账户' })).toBeVisible();
    await expect(page.locator('[data-verdict]').locator('..')).toBeFocused();

    await page.getByRole('button', { name: '重新开始' }).click();
    await page.getByLabel('收到的短信或聊天内容（可选）').fill('您的快递已到小区驿站，请凭取件码取件。');
    await page.getByRole('button', { name: '帮我看看' }).click();
    await expect(result).toHaveAttribute('data-verdict', 'none');
    await expect(result).toContainText('没有发现已知的诈骗特征');
    await expect(result).toContainText('这不代表一定安全');
    await expect(result).not.toContainText(/是安全的|很安全|可以放心转账/);
    expect(requests, 'no request while analysing').toEqual([]);
  },
);

test('a bank code message is not a strong warning and repeats the never-share rule', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/check/');
  await page
    .getByLabel('收到的短信或聊天内容（可选）')
    .fill('【某银行】验证码 386021，用于网上支付，5分钟内有效。请勿向任何人泄露，本行工作人员不会向您索要验证码。');
  await page.getByRole('button', { name: '帮我看看' }).click();
  const result = page.locator('[data-verdict]');
  await expect(result).toHaveAttribute('data-verdict', 'code');
  await expect(result).toContainText('都不要把验证码念给、发给任何人');
  await expect(result).not.toContainText('很可能是诈骗');
  await expect(result).not.toContainText('官方资料明确：是诈骗');
  await expect(result).not.toContainText(/是安全的|很安全|可以放心/);
  // The never-share line is also what scams turn on: the types are named as sharing words, never "very like".
  await expect(result.locator('[data-case]').first()).toBeVisible();
  await expect(result).toContainText('单凭这些不能断定');
  await expect(result.locator('[data-level]')).toHaveCount(0);
});

test('a fake boss retold by a relative is named, first, in words', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/check/');
  await page
    .getByLabel('收到的短信或聊天内容（可选）')
    .fill('我妈说她们处长用一个新微信加了她，先聊了几句工作，后来说自己在外面办事不方便接电话，让她先帮忙给朋友转三万块。');
  await page.getByRole('button', { name: '帮我看看' }).click();
  const first = page.locator('[data-verdict] [data-case]').first();
  await expect(first).toHaveAttribute('data-case', 'fake-boss');
  await expect(first).toContainText('冒充领导、熟人类诈骗');
  await expect(first.locator('[data-level]')).toHaveText(/非常像|有几处像/);
});

test('a Chinese message pasted on the English page shows its signs in English', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/en/check/');
  await page.getByLabel('The message you got (optional)').fill('我是公安局的，你涉嫌洗钱，把卡里的钱转到安全账户配合调查。');
  await page.getByRole('button', { name: 'Check it' }).click();
  const result = page.locator('[data-verdict]');
  await expect(result).toHaveAttribute('data-verdict', 'stop');
  await expect(result).not.toContainText('No known warning sign found');
  await expect(result.locator('[data-case]').first()).toHaveAttribute('data-case', 'fake-police');
  await expect(result.locator('li[data-signal="safe-account"]')).toContainText('safe account');
  await expect(result.locator('li[data-signal="accused-crime"]')).toContainText('money laundering');
  await expect(result.locator('mark', { hasText: '安全账户' })).toBeVisible();
});

test(
  'the Chinese page fetches the English phrases only for a text in English, says so if they fail, and explains in Chinese',
  { tag: '@phone' },
  async ({ page }) => {
    const other: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/check/other-phrases.json')) other.push(r.url());
    });
    const result = await check(page, '你的银行卡涉嫌洗钱，请把存款转到安全账户配合调查。');
    await expect(result).toHaveAttribute('data-verdict', 'stop');
    expect(other, 'no English phrases for a Chinese message').toEqual([]);

    // The first try fails: the page says so, as for its own phrases, and the next one reads the text.
    let fail = true;
    await page.route('**/check/other-phrases.json', (route) =>
      fail ? route.fulfill({ status: 503, body: '' }) : route.continue(),
    );
    await page
      .getByLabel('收到的短信或聊天内容（可选）')
      .fill('This is the police. Your account is linked to money laundering. Move your savings to a safe account now.');
    await page.getByRole('button', { name: '帮我看看' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('没有下载下来');
    fail = false;
    await page.getByRole('button', { name: '帮我看看' }).click();
    await expect(result.locator('mark', { hasText: 'safe account' })).toBeVisible();
    await expect(result.locator('li[data-signal="safe-account"]')).toContainText('安全账户');
    await expect(page.locator('main [role=alert]')).toHaveCount(0);
    expect(other.map((url) => new URL(url).pathname)).toEqual(Array(2).fill('/zh-CN/check/other-phrases.json'));
  },
);

test('the scam check takes hostile input without breaking', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/check/');
  const text = '<img src=x onerror=alert(1)>😀'.repeat(3000);
  await page.getByLabel('收到的短信或聊天内容（可选）').fill(text);
  await page.getByRole('button', { name: '帮我看看' }).click();
  await expect(page.locator('[data-verdict]')).toBeVisible();
  await expect(page.locator('[data-verdict] img')).toHaveCount(0);
  await expect(page.locator('img[src=x]')).toHaveCount(0);
});

test('"I\'ve been scammed" is one tap from every page and walks through the steps', { tag: '@phone' }, async ({ page }) => {
  for (const path of ['/zh-CN/', '/zh-CN/cases/fake-loan/', '/zh-CN/law/articles/20/', '/zh-CN/quiz/']) {
    await page.goto(path);
    await expect(page.locator('[data-help-link]')).toBeVisible();
  }
  await page.locator('[data-help-link]').click();
  await expect(page).toHaveURL('/zh-CN/help/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('被骗了怎么办');
  await expect(page.locator('main')).toContainText('110');
  await expect(page.locator('main')).toContainText('30分钟');
  const evidence = page.locator('#evidence input[type=checkbox]');
  expect(await evidence.count()).toBeGreaterThanOrEqual(3);
  await evidence.first().check();
  await page.reload();
  await expect(page.locator('#evidence input[type=checkbox]').first()).toBeChecked();
  await expect(page.locator('#recovery')).toBeVisible();
});

test('the 三不一多 checklist prints on one A4 sheet', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/checklist/');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages).toHaveLength(1);
});

test(
  'the help guide labels its own advice as ours and quotes each source only in its own words',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/zh-CN/help/');
    await expect(page.locator('[data-ours]').first()).toContainText('本站建议');
    expect(await page.locator('#steps-title ~ ol [data-ours]').count()).toBeGreaterThanOrEqual(3);
    // The 30-minute figure is Fujian's, shown with its year, never as the handbook's.
    await expect(page.locator('[data-quote="fujian-2020"]', { hasText: '30分钟' })).toContainText('福建省2020年通报');
    const recovery = page.locator('#recovery');
    await expect(recovery.locator('[data-quote="nafc-handbook-2023"]', { hasText: '私家侦探' })).toContainText('切记');
    await expect(recovery).not.toContainText('警方提醒');
    await expect(recovery.locator('[data-quote="law-2022"]')).toHaveCount(2);
  },
);

/** Pastes a message on the Chinese scam check and returns the result region. */
async function check(page: import('@playwright/test').Page, text: string) {
  await page.goto('/zh-CN/check/');
  await page.getByLabel('收到的短信或聊天内容（可选）').fill(text);
  await page.getByRole('button', { name: '帮我看看' }).click();
  return page.locator('[data-verdict]');
}

test(
  'the page carries no word list: the phrases come after it, and a failed download says so and can be retried',
  { tag: '@phone' },
  async ({ page }) => {
    const html = await (await page.request.get('/zh-CN/check/')).text();
    const { phrases } = (await (await page.request.get('/zh-CN/check/phrases.json')).json()) as { phrases: string };
    const lines = phrases.split('\n');
    expect(lines.length).toBeGreaterThan(100);
    for (const line of [lines[0]!, lines[100]!, lines.at(-1)!]) expect(html).not.toContain(line.slice(line.indexOf(':') + 1));
    let fail = true;
    await page.route('**/check/phrases.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    const result = await check(page, '你的银行卡涉嫌洗钱，请把存款转到安全账户配合调查。');
    await expect(page.locator('main [role=alert]')).toContainText('没有下载下来');
    await expect(result).toHaveCount(0);
    fail = false;
    await page.getByRole('button', { name: '帮我看看' }).click();
    await expect(result).toHaveAttribute('data-verdict', 'stop');
    await expect(page.locator('main [role=alert]')).toHaveCount(0);
  },
);

test(
  'a fake-police script keeps "stop" with an anti-fraud slogan in front of it; the same ask retold of a relative is told of',
  { tag: '@phone' },
  async ({ page }) => {
    const result = await check(
      page,
      '谨防诈骗！本人是市公安局民警，你的银行卡涉嫌洗钱，请立即把存款转入安全账户接受审查，此事不要跟家人说。',
    );
    await expect(result).toHaveAttribute('data-verdict', 'stop');
    await expect(result.locator('[data-case]').first()).toHaveAttribute('data-case', 'fake-police');
    // A safe account is what the handbook names: "stop" may say the official sources warn against it.
    await expect(result).toContainText('官方资料提醒绝不能做');
    // Retold of a relative, nobody asks the reader: the page says what it tells of, and that whoever was asked stops.
    await page
      .getByLabel('收到的短信或聊天内容（可选）')
      .fill('昨天有人给我妈打电话，自称公安，让她把存款转到安全账户配合调查。');
    await page.getByRole('button', { name: '帮我看看' }).click();
    await expect(result).toHaveAttribute('data-verdict', 'told');
    await expect(result).toContainText('讲到的这种要求，正是骗子的做法');
    await expect(result).toContainText('不管被要求的是你还是家人，都马上停下');
    await expect(result).not.toContainText('对方在要你做');
    await expect(result.getByRole('heading', { name: '这段话讲的像是这类骗局' })).toBeVisible();
    await expect(result.locator('[data-case]').first()).toHaveAttribute('data-case', 'fake-police');
  },
);

test('"stop" on an ask that is only our own advice says so, not that the sources warn', { tag: '@phone' }, async ({ page }) => {
  const result = await check(page, '帮我去超市买三张500元的充值卡，把卡密拍照发我，我在开会不方便接电话。');
  await expect(result).toHaveAttribute('data-verdict', 'stop');
  await expect(result.locator('li[data-signal="gift-card-pay"]')).toContainText('本站建议');
  await expect(result).toContainText('本站提醒不要做');
  await expect(result).not.toContainText('官方资料提醒');
});

test(
  'a police-station notice asking you to come in with ID is not "stop" and says how to verify',
  { tag: '@phone' },
  async ({ page }) => {
    const result = await check(
      page,
      '【城东派出所】您好，您报案的自行车被盗一事已查到线索，请带上身份证于工作日来所里补一份笔录。',
    );
    await expect(result).not.toHaveAttribute('data-verdict', 'stop');
    await expect(result).not.toContainText('马上停下');
    await expect(result).not.toContainText('官方资料明确：是诈骗');
    await expect(result).toContainText(/自己查到.*电话|亲自去/);
  },
);

test(
  'a first contact that asks nothing yet says to check who it is; once it asks, the caution is the usual one',
  { tag: '@phone' },
  async ({ page }) => {
    const result = await check(page, '您好，我是社保局的工作人员，请问您是王秀兰本人吗？有些情况需要跟您核实一下。');
    await expect(result).toHaveAttribute('data-verdict', 'caution');
    await expect(result).toHaveAttribute('data-first-contact', 'true');
    await expect(result).toContainText('先核实对方是谁');
    await expect(result).toContainText('自己查到的公开电话');
    await page.getByLabel('收到的短信或聊天内容（可选）').fill('您好，请问您是王先生本人吗？报名需要先交300元保证金。');
    await page.getByRole('button', { name: '帮我看看' }).click();
    await expect(result).toHaveAttribute('data-verdict', 'caution');
    await expect(result).not.toHaveAttribute('data-first-contact', 'true');
    await expect(result).toContainText('先不要转账');
  },
);

test('a child asking for lab-materials money raises nothing about 验资', { tag: '@phone' }, async ({ page }) => {
  const result = await check(page, '爸，学校要交一百五的实验资料费，周五前交给老师，不放心你就给班主任打个电话。');
  await expect(result.locator('[data-signal="flow-brushing"]')).toHaveCount(0);
  await expect(result.locator('mark', { hasText: '验资' })).toHaveCount(0);
  await expect(result).not.toHaveAttribute('data-verdict', 'stop');
});

test('a 96110 call telling you to stop paying is not "stop"', { tag: '@phone' }, async ({ page }) => {
  const result = await check(page, '我爸说96110给他打电话了，问他是不是在网上做刷单任务，叫他别再往里面充钱了，马上停止付款。');
  await expect(result).not.toHaveAttribute('data-verdict', 'stop');
  await expect(result).not.toContainText('马上停下');
});

test(
  'on a phone the home page reaches the scam check and the checklist within two screens, the first 凡是 on the first',
  { tag: '@phone' },
  async ({ page }) => {
    for (const locale of ['zh-CN', 'en']) {
      await page.goto(`/${locale}/`);
      const height = page.viewportSize()!.height;
      const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y / height;
      const checkAt = await top('[data-entry="doubtScamCheck"]');
      const checklist = await top('[data-entry="doubtChecklist"]');
      // The English title and lead take most of the first screen on their own: there the eight rules' heading is on it.
      const fanshi = await top(locale === 'zh-CN' ? '#fanshi-title ~ ol li' : '#fanshi-title');
      console.log(
        `${locale} home at ${height}px: scam check ${checkAt.toFixed(2)}, checklist ${checklist.toFixed(2)}, 凡是 ${fanshi.toFixed(2)} screens`,
      );
      expect(checkAt).toBeLessThan(2);
      expect(checklist).toBeLessThan(2);
      expect(fanshi).toBeLessThan(1);
      await expect(page.locator('[data-entry="doubtScamCheck"]')).toHaveAttribute('href', `/${locale}/check/`);
    }
  },
);
