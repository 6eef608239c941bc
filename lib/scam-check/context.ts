/**
 * Whether a phrase found in a message is meant, or only named: "我们不会向您索要验证码", "请勿泄露",
 * "凡是……都是诈骗" warn about a thing rather than ask for it. Works on normalised text (lib/scam-check/normalise.ts).
 *
 * A cue binds to the clause it governs: "谨防诈骗，请把钱转到安全账户" still asks for the money. It runs on only
 * over a list that repeats its verb ("never ask for X, ask you to Y"); a closing ("……的都是诈骗", "那都是假的")
 * reaches back over its sentence to an opener, and one that opens the next sentence over a retold script or an
 * "if someone…" before it. Each cue is found once in the whole
 * text, clause and sentence bounds are read once into tables, and each cue marks its span in a difference
 * array: every position of the text is visited a bounded number of times, whatever the text.
 */
const CLAUSE = new Set([',', '.', '!', '?', ';', ':', '\n']);
const SENTENCE = new Set(['.', '!', '?', '\n']);

/** The word lists the reading below uses, shipped as data with the phrases (lib/scam-check/cues.ts). */
export interface ContextCues {
  /** Just before a phrase, in the same clause, these turn a request into a warning or a "no". */
  before: readonly string[];
  /** Just after a phrase: "验证码请勿泄露", "the police have no safe account". */
  after: readonly string[];
  /** A clause that teaches ("凡是……", "请勿轻信……", "不法分子……") names scams rather than running one. */
  teaching: readonly string[];
  /** Teaching cues that govern only what follows them. */
  forward: readonly string[];
  /**
   * "……的，都是诈骗": the verdict closes what it judges. After an opener (凡是……, "whoever…") in the same sentence it
   * reaches back to the opener; otherwise over its own clause and, after "……的，", the clause before. A story that
   * ends "事后发现都是骗子" keeps what it told.
   */
  closing: readonly string[];
  /** A sentence opening with these ("记住，…") judges the one before it, as a closing that opens it does. */
  leads: readonly string[];
  /** Closings said to everyone ("大家别信", "be careful"): as `closing`, but they judge the story told since its opener, earlier sentences too. */
  toAll: readonly string[];
  /** "如遇……，请勿相信": a condition the closing judges, as 凡是 does. */
  openers: readonly string[];
  /** A phrase followed by one of these is the name of a scam ("刷单诈骗"), not the scam itself. */
  named: readonly string[];
  /** A code word near its digits and a never-share line: a bank's or platform's code message. */
  codeWords: readonly string[];
  neverShare: readonly string[];
}

/** English says the same in about twice as many characters. */
const REACH_BEFORE = { han: 24, latin: 72 };
const REACH_AFTER = 10;
const REACH_SENTENCE = 80;
/** Words that turn a closing onto others ("别的都是假的", "anyone else is a scammer"). */
const CONTRAST = /别的|其他|其它|别人|anyone else|everyone else|any other/;
const isLetter = (ch: string | undefined) => ch !== undefined && ch >= 'a' && ch <= 'z';

/**
 * Every place a cue stands outside the phrases found, Latin cues only as whole words. A cue that starts inside a
 * phrase, or runs into one that goes on after it, is the phrase's own word (千万别 in "千万别让…知道").
 */
function* occurrences(text: string, cues: readonly string[], covered: Uint8Array) {
  for (const cue of cues) {
    const latin = isLetter(cue[0]);
    for (let at = text.indexOf(cue); at !== -1; at = text.indexOf(cue, at + 1)) {
      if (covered[at] || (covered[at + cue.length - 1] && covered[at + cue.length])) continue;
      if (latin && (isLetter(text[at - 1]) || isLetter(text[at + cue.length]))) continue;
      // "要不要", "会不会" ask a question; they deny nothing.
      if (cue[0] === '不' && text[at - 1] === text[at + 1]) continue;
      yield { at, end: at + cue.length, latin };
    }
  }
}

/** Buffers kept between calls (a fresh typed array per analysis makes the garbage collector pause the page). */
let size = 0;
let startDiff = new Int32Array(0);
let endDiff = new Int32Array(0);
let clauseStart = new Int32Array(0);
let clauseEnd = new Int32Array(0);
let sentenceStart = new Int32Array(0);
let sentenceEnd = new Int32Array(0);
let startNegated = new Uint8Array(0);
let endNegated = new Uint8Array(0);
let openerAt = new Uint8Array(0);
let lastOpener = new Int32Array(0);

function buffers(length: number) {
  if (size > length) return;
  size = Math.max(length + 1, size * 2, 1024);
  startDiff = new Int32Array(size + 1);
  endDiff = new Int32Array(size + 1);
  clauseStart = new Int32Array(size);
  clauseEnd = new Int32Array(size);
  sentenceStart = new Int32Array(size);
  sentenceEnd = new Int32Array(size);
  startNegated = new Uint8Array(size);
  endNegated = new Uint8Array(size);
  openerAt = new Uint8Array(size);
  lastOpener = new Int32Array(size);
}

/** A character as the bounds read it: the point of a decimal ("217.5元", "86.40") ends nothing. */
const boundChar = (text: string, i: number) =>
  text[i] === '.' && DIGIT.test(text[i + 1] ?? '') && DIGIT.test(text[i - 1] ?? '') ? '' : text[i]!;
const DIGIT = /\d/;

/**
 * Clause and sentence bounds of every position, in two passes: clauseStart[i] is where the clause holding
 * position i begins (just after a stop), clauseEnd[i] the index of the stop that ends it (or the text's end).
 */
function bounds(text: string) {
  const n = text.length;
  let clause = 0;
  let sentence = 0;
  for (let i = 0; i < n; i++) {
    clauseStart[i] = clause;
    sentenceStart[i] = sentence;
    const ch = boundChar(text, i);
    if (CLAUSE.has(ch)) clause = i + 1;
    if (SENTENCE.has(ch)) sentence = i + 1;
  }
  clause = n;
  sentence = n;
  for (let i = n - 1; i >= 0; i--) {
    const ch = boundChar(text, i);
    if (CLAUSE.has(ch)) clause = i;
    if (SENTENCE.has(ch)) sentence = i;
    clauseEnd[i] = clause;
    sentenceEnd[i] = sentence;
  }
  clauseStart[n] = clause;
  clauseEnd[n] = n;
  sentenceStart[n] = sentence;
  sentenceEnd[n] = n;
}

/** Marks [from, to] (inclusive) in a difference array: O(1) however long or overlapping the spans. */
const mark = (diff: Int32Array, from: number, to: number) => {
  if (to < from) return;
  diff[from]!++;
  diff[to + 1]!--;
};

/** Reads a normalised text once; then tells for any phrase at [start, end) whether it is meant. */
export function negations(text: string, covered: Uint8Array, cues: ContextCues) {
  const n = text.length;
  buffers(n + 1);
  startDiff.fill(0, 0, n + 2);
  endDiff.fill(0, 0, n + 2);
  bounds(text);
  for (const cue of occurrences(text, cues.before, covered)) {
    const reach = cue.latin ? REACH_BEFORE.latin : REACH_BEFORE.han;
    // "never ask for X, ask you to Y": a list that goes on with the word after the cue stays under it.
    const word = /^ ?([a-z]+|[^a-z ,.!?;:\n]{2})/.exec(text.slice(cue.end, cue.end + 12))?.[1];
    let to = clauseEnd[cue.end]!;
    while (word && to < cue.end + reach && text.startsWith(word, to + (text[to + 1] === ' ' ? 2 : 1))) to = clauseEnd[to + 1]!;
    mark(startDiff, cue.end, Math.min(to, cue.end + 2 * reach));
  }
  for (const cue of occurrences(text, cues.after, covered)) {
    mark(endDiff, Math.max(clauseStart[cue.at]!, cue.at - REACH_AFTER), cue.at);
  }
  for (const cue of occurrences(text, cues.teaching, covered)) {
    // "谨防……", "beware of…" guard against what follows them: what stands before is still meant.
    const forward = cues.forward.includes(text.slice(cue.at, cue.end));
    mark(
      startDiff,
      forward ? cue.end : Math.max(clauseStart[cue.at]!, cue.at - REACH_SENTENCE),
      Math.min(clauseEnd[cue.end]!, cue.end + REACH_SENTENCE),
    );
  }
  // Openers by place, read once: openerAt is 1 where one starts, 2 where a script retold ("骗子说", a longer one)
  // does; lastOpener[i] is the latest start before i, or -1.
  openerAt.fill(0, 0, n + 1);
  for (const o of occurrences(text, cues.openers, covered)) openerAt[o.at] = Math.max(openerAt[o.at]!, o.end - o.at > 2 ? 2 : 1);
  for (let i = 0, last = -1; i <= n; i++) {
    lastOpener[i] = last;
    if (openerAt[i]) last = i;
  }
  for (const cue of occurrences(text, [...cues.closing, ...cues.toAll], covered)) {
    let from = clauseStart[cue.at]!;
    // "……，别的都不是真的": a verdict on others judges its own clause only, not the ask before it.
    if (CONTRAST.test(text.slice(from, cue.at))) {
      mark(startDiff, from, cue.at);
      continue;
    }
    if (from >= 2 && text[from - 2] === '的') from = clauseStart[from - 1]!;
    const opener = lastOpener[cue.at]!;
    // "如果有人……。直接挂掉": a verdict that opens its own sentence judges the condition just before it; so does
    // one in a sentence that opens "记住，…" after a script retold ("骗子打电话说……"): a relative's warning.
    const sentence = sentenceStart[cue.at]!;
    const lead = clauseStart[cue.at] !== sentence && cues.leads.some((word) => text.startsWith(word, sentence));
    const all = cues.toAll.includes(text.slice(cue.at, cue.end));
    const reach = all ? 0 : (clauseStart[cue.at] === sentence || lead) && sentence > 0 ? sentenceStart[sentence - 1]! : sentence;
    if (opener >= reach && (all || opener >= sentence || !lead || openerAt[opener] === 2)) from = Math.min(from, opener);
    mark(startDiff, Math.max(from, cue.at - (cue.latin || all ? 2 : 1) * REACH_SENTENCE), cue.at);
  }
  let s = 0;
  let e = 0;
  for (let i = 0; i <= n; i++) {
    s += startDiff[i]!;
    e += endDiff[i]!;
    startNegated[i] = s > 0 ? 1 : 0;
    endNegated[i] = e > 0 ? 1 : 0;
  }
  return (start: number, end: number) =>
    startNegated[start] === 1 || endNegated[end] === 1 || cues.named.some((named) => text.startsWith(named, end));
}

const CODE_DIGITS = /\d{4,8}/;

/** A code with its digits and a never-share line: the normal form of a bank's or platform's code message. */
export function looksLikeCodeMessage(text: string, cues: ContextCues) {
  const digitsNearCode = cues.codeWords.some((word) => {
    let seen = 0;
    for (let at = text.indexOf(word); at !== -1 && seen < 20; at = text.indexOf(word, at + 1), seen++) {
      if (CODE_DIGITS.test(text.slice(Math.max(0, at - 16), at + word.length + 16))) return true;
    }
    return false;
  });
  return digitsNearCode && cues.neverShare.some((cue) => text.includes(cue));
}

/** A call-back to a number anyone can look up: a bank's 955xx line, 110, 114, 12315, 12345, 12381. */
const OFFICIAL_NUMBER = /(?:致电|拨打|电话|call|dial|ring) ?(?:95\d{3}|110|114|12315|12345|12381)(?!\d)/;
/** The text points to the reader's own channel: one of the calm cues (lib/scam-check/calm.ts), or a public number. */
export const calmed = (text: string, cues: readonly string[]) =>
  cues.some((cue) => text.includes(cue)) || OFFICIAL_NUMBER.test(text);
