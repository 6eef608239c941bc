// Turns the law's source text (an OCR/PDF extraction) into content/zh-CN/law.json.
// Run once by hand when the source changes: node scripts/tools/import-law.mjs sources/law-2022.txt
// The output is committed and reviewed; tests/law-source.test.ts checks it against the source.
import { readFileSync, writeFileSync } from 'node:fs';

const [, , sourcePath, outPath = 'content/zh-CN/law.json'] = process.argv;
if (!sourcePath) {
  console.error('usage: node scripts/tools/import-law.mjs <law source .txt> [out.json]');
  process.exit(1);
}

const digits = '零一二三四五六七八九';
function chineseNumber(text) {
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = digits.indexOf(ch);
  }
  return total + current;
}

const raw = readFileSync(sourcePath, 'utf8').replaceAll('第二十二條', '第二十二条').replace(/\r/g, '');
const [lawPart, qaPart] = raw.split('以下为答记者问部分');

// Join lines that the extraction broke in the middle of a sentence.
function paragraphs(block) {
  const out = [];
  for (const line of block.split('\n')) {
    const text = line.replace(/^-\s*/, '').trim();
    if (!text) continue;
    const prev = out.at(-1);
    const startsNew = /^[（(][一二三四五六七八九十]+[)）]/.test(text) || /^第[一二三四五六七八九十]+[章条]/.test(text);
    if (prev !== undefined && !/[。；：？]$/.test(prev) && !startsNew) out[out.length - 1] = prev + text;
    else out.push(text);
  }
  return out;
}

/**
 * The last of list, or a clear error naming the source line that needed it.
 * @template T
 * @param {T[]} list
 * @param {string} what
 * @param {string} line
 * @returns {T}
 */
function last(list, what, line) {
  if (list.length === 0) throw new Error(`no ${what} before this line of the source: ${line}`);
  return /** @type {T} */ (list.at(-1));
}

/** @typedef {{ text: string, items?: string[] }} Paragraph */
/** @type {{ number: number, title: string, articles: { number: number, paragraphs: Paragraph[] }[] }[]} */
const chapters = [];
/** @type {Paragraph[]} the current article's paragraphs */
let paragraphsOf = [];
const body = lawPart.slice(lawPart.lastIndexOf('第一章 总则'));
for (const line of paragraphs(body)) {
  const chapter = line.match(/^第([一二三四五六七八九十]+)章\s*(.+)$/);
  if (chapter) {
    chapters.push({ number: chineseNumber(chapter[1]), title: chapter[2].trim(), articles: [] });
    continue;
  }
  const art = line.match(/^第([一二三四五六七八九十]+)条\s*(.*)$/);
  if (art) {
    paragraphsOf = [];
    last(chapters, 'chapter', line).articles.push({ number: chineseNumber(art[1]), paragraphs: paragraphsOf });
    if (art[2]) paragraphsOf.push({ text: art[2].trim() });
    continue;
  }
  const item = line.match(/^[（(]([一二三四五六七八九十]+)[)）]\s*(.+)$/);
  if (item) {
    (last(paragraphsOf, 'paragraph', line).items ??= []).push(`（${item[1]}）${item[2].trim()}`);
    continue;
  }
  paragraphsOf.push({ text: line });
}

/** @type {{ number: number, question: string, answer: string[] }[]} */
const qa = [];
for (const line of paragraphs(qaPart)) {
  const q = line.match(/^([一二三四五六七八九十]+)、(.+？)$/);
  if (q) qa.push({ number: chineseNumber(q[1]), question: q[2], answer: [] });
  // Long answers enumerate 一是…二是…; each point becomes its own paragraph.
  else last(qa, 'question', line).answer.push(...line.split(/(?<=。)(?=[一二三四五六七八九十]是)/));
}

const law = {
  title: '中华人民共和国反电信网络诈骗法',
  adopted: '2022-09-02',
  effective: '2022-12-01',
  adoptedBy: '第十三届全国人民代表大会常务委员会第三十六次会议',
  source: 'law-2022',
  chapters,
  qa,
};
writeFileSync(outPath, JSON.stringify(law, null, 2) + '\n');
const count = chapters.reduce((n, c) => n + c.articles.length, 0);
console.log(`${chapters.length} chapters, ${count} articles, ${qa.length} questions → ${outPath}`);
