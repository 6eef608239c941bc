/**
 * Whether a phrase found in a message is meant, or only named: "我们不会向您索要验证码", "请勿泄露",
 * "凡是……都是诈骗" warn about a thing rather than ask for it. Works on normalised text (lib/scam-check/normalise.ts).
 * Each cue is found once in the whole text and marks the few characters it governs, so the cost grows with
 * the text, not with the number of phrases found in it.
 */
const CLAUSE = new Set([',', '.', '!', '?', ';', ':', '\n']);
const SENTENCE = new Set(['.', '!', '?', '\n']);

/** Just before a phrase, in the same clause, these turn a request into a warning or a "no". */
const BEFORE = [
  '不会',
  '不要',
  '请勿',
  '切勿',
  '谨防',
  '从不',
  '从来不',
  '绝不',
  '决不',
  '千万不要',
  '千万别',
  '不得',
  '严禁',
  '勿',
  '别',
  '不存在',
  '无需',
  '不需要',
  '不用',
  '停止',
  '警惕',
  '小心',
  '防范',
  '不可',
  '禁止',
  '没有所谓',
  '如有人',
  '如果有人',
  '如已',
  '若已',
  'never',
  'not',
  'no one',
  'nobody',
  "don't",
  'do not',
  "won't",
  'will not',
  'beware',
  'no need',
  'nothing',
  'stop',
  'have no',
  'has no',
  'there is no',
  'no such',
  'if anyone',
  'if someone',
  'if you already',
];
/** Just after a phrase: "验证码请勿泄露", "the police have no safe account". */
const AFTER = ['请勿', '切勿', '勿', '不要', '千万不要', '严禁', '不得', 'never', 'do not', "don't", 'have no', 'has no'];
/** A sentence that teaches ("凡是……都是诈骗", "请勿轻信") names scams rather than running one. */
const TEACHING = [
  '都是诈骗',
  '一律是诈骗',
  '都是骗子',
  '一律挂断',
  '一律挂掉',
  '请勿相信',
  '请勿轻信',
  '切勿相信',
  '不要相信',
  '不要轻信',
  '谨防',
  '凡是',
  '不法分子',
  '犯罪分子',
  '诈骗分子',
  'is a scam',
  'is a scammer',
  'are scams',
  'is fraud',
  'beware',
  'do not believe',
  "don't believe",
  'never ask',
  'criminals are',
  'scammers are',
];
/** A phrase followed by one of these is the name of a scam ("刷单诈骗"), not the scam itself. */
const NAMED = ['诈骗', '骗局', ' scam', '-scam'];

/** English says the same in about twice as many characters. */
const REACH_BEFORE = { han: 24, latin: 48 };
const REACH_AFTER = 10;
const REACH_SENTENCE = 80;
const isLetter = (ch: string | undefined) => ch !== undefined && ch >= 'a' && ch <= 'z';

/** Every place a cue stands outside the phrases found, Latin cues only as whole words. */
function* occurrences(text: string, cues: readonly string[], covered: Uint8Array) {
  for (const cue of cues) {
    const latin = isLetter(cue[0]);
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + 1)) {
      if (covered[at]) continue;
      if (latin && (isLetter(text[at - 1]) || isLetter(text[at + cue.length]))) continue;
      yield { at, end: at + cue.length, latin };
    }
  }
}

/** How far from `from` one can walk in `step` direction without crossing a stop, at most `reach`. */
function walk(text: string, from: number, step: 1 | -1, stops: Set<string>, reach: number) {
  let at = from;
  for (let n = 0; n < reach; n++) {
    const next = step < 0 ? at - 1 : at;
    if (next < 0 || next >= text.length || stops.has(text[next]!)) break;
    at += step;
  }
  return at;
}

let startBuffer = new Uint8Array(1024);
let endBuffer = new Uint8Array(1024);

/** Reads a normalised text once; then tells for any phrase at [start, end) whether it is meant. */
export function negations(text: string, covered: Uint8Array) {
  // Kept between calls (a fresh typed array per analysis makes the garbage collector pause the page).
  if (startBuffer.length <= text.length) {
    startBuffer = new Uint8Array(Math.max(text.length + 1, startBuffer.length * 2));
    endBuffer = new Uint8Array(startBuffer.length);
  }
  const startNegated = startBuffer.fill(0, 0, text.length + 1);
  const endNegated = endBuffer.fill(0, 0, text.length + 1);
  for (const cue of occurrences(text, BEFORE, covered)) {
    const to = walk(text, cue.end, 1, CLAUSE, cue.latin ? REACH_BEFORE.latin : REACH_BEFORE.han);
    startNegated.fill(1, cue.end, to + 1);
  }
  for (const cue of occurrences(text, AFTER, covered)) {
    endNegated.fill(1, walk(text, cue.at, -1, CLAUSE, REACH_AFTER), cue.at + 1);
  }
  for (const cue of occurrences(text, TEACHING, covered)) {
    const from = walk(text, cue.at, -1, SENTENCE, REACH_SENTENCE);
    const to = walk(text, cue.end, 1, SENTENCE, REACH_SENTENCE);
    startNegated.fill(1, from, to + 1);
  }
  return (start: number, end: number) =>
    startNegated[start] === 1 || endNegated[end] === 1 || NAMED.some((n) => text.startsWith(n, end));
}

const CODE_WORDS = ['验证码', '校验码', '动态码', '动态密码', '短信码', 'verification code', 'one-time password', 'otp', 'code'];
const NEVER_SHARE = ['请勿', '切勿', '不要', '勿', '不会', '绝不', '任何人', 'never', 'do not', "don't", 'no one', 'anyone'];
const CODE_DIGITS = /\d{4,8}/;

/** A code with its digits and a never-share line: the normal form of a bank's or platform's code message. */
export function looksLikeCodeMessage(text: string) {
  const digitsNearCode = CODE_WORDS.some((word) => {
    let seen = 0;
    for (let at = text.indexOf(word); at !== -1 && seen < 20; at = text.indexOf(word, at + 1), seen++) {
      if (CODE_DIGITS.test(text.slice(Math.max(0, at - 16), at + word.length + 16))) return true;
    }
    return false;
  });
  return digitsNearCode && NEVER_SHARE.some((cue) => text.includes(cue));
}
