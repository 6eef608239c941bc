import { isHan } from './languages';

/**
 * One form for every way people type the same words, so a phrase list needs each word once: full-width
 * letters and digits, traditional or variant characters, stray spaces between Chinese characters, Chinese
 * or Western punctuation. Every output character comes from exactly one input character, so a hit found in
 * the normalised text maps back to the reader's own text.
 */
export interface Normalised {
  text: string;
  /** origin[i] is the index in the original text of normalised character i. */
  origin: Int32Array;
}

/** Traditional and common variant forms people paste, each followed by the simplified form the rules use. */
const VARIANTS =
  '帐账帳账賬账戶户戸户碼码證证驗验轉转錢钱銀银號号貸贷單单費费凍冻結结詐诈騙骗員员務务險险匯汇網网鏈链載载報报獎奖領领稅税' +
  '關关賣卖買买貨货價价遊游戲戏帶带導导師师幣币資资額额讓让給给說说這这個个們们過过當当須须聯联絡络協协調调監监會会補补貼贴' +
  '擬拟萬万億亿麼么嗎吗裡里為为從从與与還还發发線线';

/**
 * Punctuation that ends a clause, in the one form the engine looks for. The enumeration comma 、 is not one:
 * it joins the items of a list ("以提额、注销账户为由索要验证码"), so a cue before the list governs all of it.
 */
const PUNCTUATION = "，,。.．.！!？?；;：:….\r\n‘'’'";
/** Quotes and brackets carry no meaning for the rules and often split a phrase ("安全"账户). */
const DROPPED = '“”「」『』《》〈〉【】"（）()[]·`*_~';
const SPACES = '、 \t\u000b\u000c\u00a0\u3000';
// Control characters 0 and 1 double as the two markers: a pasted NUL is dropped, a \u0001 read as a space.
const DROP = 0;
const SPACE = 1;

/** What each UTF-16 code becomes: one table read per character keeps a 100 000-character paste fast. */
let table: Uint16Array | undefined;
function codeTable() {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) table[c] = c - 0xfee0;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 0x20;
  for (let c = 0xff21; c <= 0xff3a; c++) table[c] = c - 0xfee0 + 0x20;
  for (let i = 0; i < VARIANTS.length; i += 2) table[VARIANTS.charCodeAt(i)] = VARIANTS.charCodeAt(i + 1);
  for (let i = 0; i < PUNCTUATION.length; i += 2) table[PUNCTUATION.charCodeAt(i)] = PUNCTUATION.charCodeAt(i + 1);
  for (const ch of DROPPED) table[ch.charCodeAt(0)] = DROP;
  for (const ch of SPACES) table[ch.charCodeAt(0)] = SPACE;
  return table;
}

const NEWLINE = 0x0a;

/** A hash of the two characters at `at`, for tables of words by how they begin (mask it to the table's size). */
export const pairHash = (text: string, at: number) => (text.charCodeAt(at) << 7) ^ text.charCodeAt(at + 1);

/** UTF-16 code units back to a string in one native call; a lone surrogate becomes U+FFFD, still one unit long. */
const utf16 = new TextDecoder('utf-16le');

/**
 * Buffers kept between calls: a fresh typed array per analysis makes the garbage collector pause the page.
 * The `origin` returned is valid until the next call.
 */
let outBuffer = new Uint16Array(1024);
let originBuffer = new Int32Array(1024);

export function normalise(input: string): Normalised {
  const map = codeTable();
  if (outBuffer.length < input.length) {
    outBuffer = new Uint16Array(Math.max(input.length, outBuffer.length * 2));
    originBuffer = new Int32Array(outBuffer.length);
  }
  const out = outBuffer;
  const origin = originBuffer;
  let n = 0;
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const code = map[input.charCodeAt(i)]!;
    if (code === DROP) continue;
    if (code === SPACE) {
      // A run of spaces becomes one, and none at all next to a Chinese character.
      if (n && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      const last = out[n - 1]!;
      if (!isHan(last) && !isHan(code) && last !== NEWLINE && code !== NEWLINE) {
        origin[n] = pendingSpace;
        out[n++] = 0x20;
      } else if (
        input[pendingSpace] !== '、' &&
        isHan(out[n - 3]!) &&
        isHan(out[n - 2]!) &&
        isHan(last) &&
        isHan(code) &&
        isHan(map[input.charCodeAt(i + 1)]!) &&
        isHan(map[input.charCodeAt(i + 2)]!)
      ) {
        // In a chat a space between Chinese words of three characters or more ends a clause ("内部票就剩两张 先付定金");
        // one between shorter pieces ("安全 账户", "安 全 账 户") does not.
        origin[n] = pendingSpace;
        out[n++] = 0x2c;
      }
      pendingSpace = -1;
    }
    origin[n] = i;
    out[n++] = code;
  }
  return { text: utf16.decode(out.subarray(0, n)), origin: origin.subarray(0, n) };
}
