import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { CONTENT } from './helpers';

// One English name per term, the one the lessons use. Each variant is listed with the name that replaced it.
const BANNED: { variant: RegExp; use: string }[] = [
  { variant: /dissuasion (hot)?line|96110 hotline/i, use: '“96110 anti-fraud warning line” (96110预警劝阻专线)' },
  { variant: /three don.ts and one more/i, use: '“Three don’ts and one check” (三不一多: 多核实 is “check more”)' },
  { variant: /flow of funds|build(ing)? up the flow/i, use: '“move money through your account to make it look busy” (刷流水)' },
  { variant: /\bfraudsters?\b/i, use: '“scammers” (骗子, 诈骗分子)' },
  { variant: /verify before you transfer/i, use: '“check before you send money” (三不一多’s 转账汇款多核实)' },
  { variant: /\btransfer you\b/i, use: '“put you through” (转接: readers hear money in “transfer”)' },
  { variant: /“Other sources”/, use: '“More advice from other sources”, the heading’s own words' },
  { variant: /\bcentres?\b|centred/i, use: '“center” (as in National Anti-Fraud Center)' },
  { variant: /official warning line/i, use: '“96110 anti-fraud warning line” (96110预警劝阻专线)' },
  { variant: /not less than one time but not more than ten times/i, use: '“one to ten times”' },
  { variant: /list of numbers of the company/i, use: '“the list of numbers registered to your own company” (本企业的号码清单)' },
  {
    variant: /essay[- ]writing|writing (of )?(academic )?(papers|theses|essays) for/i,
    use: '“ghost-writing academic papers” (代写论文)',
  },
  { variant: /\bcheated\b/i, use: '“scammed” (被骗, 上当受骗)' },
  { variant: /\breal lenders?\b/i, use: '“legitimate lender” (正规机构, 正规平台)' },
];

// Terms checked only where they would be wrong: where the scammer in a real case is called 犯罪嫌疑人, a
// translation says “the suspect”, but our own words say “the scammer”.
const OUR_WORDS_ONLY: { variant: RegExp; use: string; in: RegExp }[] = [
  { variant: /\bthe suspect\b/i, use: '“the scammer”', in: /\/(quiz|walkthroughs)\/|scam-check\.json$/ },
  // 定金 in the fake-shopping scam is a down payment; “deposit” is 保证金, which that scam does not name.
  { variant: /\bdeposits?\b/i, use: '“down payment” (定金)', in: /fake-shopping/ },
];

// The law's own text renders 预警劝阻 as "early-warning and dissuasion": that is the law's term, not 96110's name.
const LAW_ONLY = /dissuasion/i;

/** Every English file a reader sees text from: content/en (lessons and data) and the interface messages. */
function englishFiles(dir = path.join(CONTENT, 'en')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? englishFiles(path.join(dir, e.name)) : /\.(json|mdx)$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}
const files = [...englishFiles(), path.resolve(CONTENT, '../messages/en.json')];

/** The text of a file, less the helper's phrases: those match what a reader types and are never shown. */
function shownText(file: string) {
  const text = readFileSync(file, 'utf8');
  if (path.basename(file) !== 'scam-check.json') return text;
  return JSON.stringify({ ...JSON.parse(text), phrases: [] });
}

describe('English uses one name per term', () => {
  it('finds the files it checks', () => expect(files.length).toBeGreaterThan(40));
  it.each(files.map((f) => [path.relative(path.resolve(CONTENT, '..'), f), f]))('%s', (_, file) => {
    const text = shownText(file);
    const found = BANNED.flatMap(({ variant, use }) => {
      const m = variant.exec(text);
      return m ? [`“${m[0]}”: say ${use}`] : [];
    });
    if (!file.endsWith(path.join('en', 'law.json')) && LAW_ONLY.test(text)) found.push('“dissuasion” outside the law text');
    for (const { variant, use, in: where } of OUR_WORDS_ONLY) {
      const m = where.test(file) && variant.exec(text);
      if (m) found.push(`“${m[0]}”: say ${use}`);
    }
    expect(found).toEqual([]);
  });
});

// The quiz's own wording (content/en/quiz): one English for each of these, plain and right. A quotation
// of the law (inside “…”) keeps the law translation's words.
const QUIZ_BANNED: { variant: RegExp; use: string }[] = [
  { variant: /\bcheated\b/i, use: '“scammed”' },
  { variant: /not less than one time but not more than ten times/i, use: '“one to ten times”' },
  { variant: /list of numbers of the company/i, use: 'plain words (“which numbers you hold with that operator”)' },
  { variant: /\btransfer you\b/i, use: '“put you through” where a call is connected' },
  { variant: /essay-writing|ghost-writing academic papers|thesis-writing/i, use: '“paper ghost-writing” (代写论文)' },
  { variant: /account the suspect/i, use: '“an account they provide”: the scammers, not a suspect' },
];

describe('the English quiz says each of its terms one way', () => {
  const quizFiles = englishFiles(path.join(CONTENT, 'en', 'quiz'));
  it.each(quizFiles.map((f) => [path.relative(CONTENT, f), f]))('%s', (_, file) => {
    const text = readFileSync(file, 'utf8').replace(/“[^”]*”/g, '“…”');
    expect(
      QUIZ_BANNED.flatMap(({ variant, use }) => (variant.test(text) ? [`“${variant.exec(text)![0]}”: say ${use}`] : [])),
    ).toEqual([]);
  });
});

// The lessons speak to the reader: what the scammers do, they do to “you”; a real case names its person.
// Only a translated quotation (inside “…”) keeps the handbook's 受害人 as “the victim”.
describe('the English quiz, walkthroughs and helper say “you” or name the person, not “the victim” or “the other side”', () => {
  const dirs = ['quiz', 'walkthroughs'].map((d) => path.join(CONTENT, 'en', d));
  const checked = [...dirs.flatMap((d) => englishFiles(d)), path.join(CONTENT, 'en/scam-check.json')];
  it.each(checked.map((f) => [path.relative(CONTENT, f), f]))('%s', (_, file) => {
    const unquoted = shownText(file).replace(/“[^”]*”/g, '“…”');
    expect(unquoted.match(/[^."]{0,40}\b(the victim|the other side)\b[^."]{0,20}/gi) ?? []).toEqual([]);
  });
});

// Read on a small phone, a long explanation comes in paragraphs (a blank line between), none of them long.
const PARAGRAPH = 380;
// One sentence of the law quoted whole is not cut: these items quote such a sentence.
const WHOLE_ARTICLE_SENTENCE = ['law-4', 'law-5', 'law-7', 'law-9', 'law-10'];

describe('long English quiz explanations come in short paragraphs', () => {
  it(`no paragraph is longer than ${PARAGRAPH} characters, except a sentence of the law quoted whole`, () => {
    const quiz = loadLocaleContent('en', CONTENT).quiz;
    const long = quiz
      .filter((i) => !WHOLE_ARTICLE_SENTENCE.includes(i.id))
      .flatMap((i) =>
        i.explanation
          .split('\n\n')
          .filter((p) => p.length > PARAGRAPH)
          .map((p) => `${i.id}: ${p.length}`),
      );
    expect(long).toEqual([]);
    expect(quiz.filter((i) => i.explanation.includes('\n\n')).length).toBeGreaterThan(80);
  });
});
