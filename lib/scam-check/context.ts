import { isLetter } from './languages';
import { pairHash } from './normalise';

/**
 * Whether a phrase found in a message is meant, or only named: "我们不会向您索要验证码", "请勿泄露",
 * "凡是……都是诈骗" warn about a thing rather than ask for it. Works on normalised text (lib/scam-check/normalise.ts).
 *
 * A cue binds to the clause it governs: "谨防诈骗，请把钱转到安全账户" still asks for the money. It runs on only
 * over a list that repeats its verb ("never ask for X, ask you to Y"); a closing ("……的都是诈骗", "那都是假的")
 * reaches back over its sentence to an opener, and one that opens the next sentence over a retold script or an
 * "if someone…" before it. Every cue of every list is found in one
 * pass over the text, clause and sentence bounds are read once into tables, and each cue marks its span in a
 * difference array: every position of the text is visited a bounded number of times, whatever the text.
 */

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
  /**
   * Before an ask in the same clause, these tell of it as made to someone ("对方让她…", "有人要求您…", "they told her
   * to…"): a relative retelling what happened, or a bank's warning of what impostors ask, not the ask itself.
   */
  reported: readonly string[];
  /** A phrase followed by one of these is the name of a scam ("刷单诈骗"), not the scam itself. */
  named: readonly string[];
  /** A code word near its digits and a never-share line: a bank's or platform's code message. */
  codeWords: readonly string[];
  neverShare: readonly string[];
  /** The teller already walked away ("我直接挂了", "I hung up"): a near miss told afterwards, not an ask to the reader. */
  averted: readonly string[];
  /** The teller asks whether it is a scam ("这种是不是骗子？", "is this a scam?"): a question about an ask, not one. */
  asking: readonly string[];
  /**
   * A boss's title that opens the text and is followed by one of these ("王总，", "老板好", "老板生意兴隆") names
   * the reader the text is written to: a supplier or a shop assistant addressing them, not a sender claiming the title.
   */
  addressed: readonly string[];
  /** The titles a reader holds at work, for `addressed` (a 老同学 or 表哥 who opens a text still claims to be one). */
  titles: readonly string[];
}

/** English says the same in about twice as many characters. */
const REACH_BEFORE = { han: 24, latin: 72 };
const REACH_AFTER = 10;
const reachBefore = (cue: { latin: boolean }) => (cue.latin ? REACH_BEFORE.latin : REACH_BEFORE.han);
const REACH_SENTENCE = 80;
/** Words that turn a closing onto others ("别的都是假的", "anyone else is a scammer"). */
const CONTRAST = /别的|其他|其它|别人|anyone else|everyone else|any other/;
/**
 * An English list after a denial: short items parted by commas, the last joined by "or"/"and"/"nor" ("never ask you
 * to transfer money, share your screen or cancel a membership"). A clause that turns ("but", "so", "please"…) or runs
 * long is not an item.
 */
const LIST_ITEM = /^ ?(?!(?:but|so|please|now|just|then|instead|however|yet|except|only)\b)[a-z'"“” -]{1,80}$/;
const LIST_LAST = /\b(?:or|and|nor)\b/;
/** What follows a denial that governs nothing: "stop now and …", "stop, and …". */
const NOTHING_DENIED = /^,? ?(?:(?:right )?now|here|immediately|at once)?,? ?and\b/;

/** Words by how they begin: two characters hashed (WORD_BUCKETS), or a word of one character. */
interface WordIndex {
  pairs: ([word: string, list: number][] | undefined)[];
  singles: Map<number, [word: string, list: number][]>;
}
const WORD_BUCKETS = 4096;
const wordIndexes = new WeakMap<object, WordIndex>();

/** One index for several word lists, built once per set of lists; each word keeps the number of its list. */
function wordIndex(key: object, lists: readonly (readonly string[])[]) {
  let index = wordIndexes.get(key);
  if (!index) {
    index = { pairs: new Array(WORD_BUCKETS), singles: new Map() };
    lists.forEach((words, list) => {
      for (const word of words) {
        const entry: [string, number] = [word, list];
        const code = word.charCodeAt(0);
        if (word.length > 1) (index!.pairs[pairHash(word, 0) & (WORD_BUCKETS - 1)] ??= []).push(entry);
        else if (index!.singles.has(code)) index!.singles.get(code)!.push(entry);
        else index!.singles.set(code, [entry]);
      }
    });
    wordIndexes.set(key, index);
  }
  return index;
}

/**
 * Calls `found` for every place a word of the lists starts, in one pass over the text: lists of hundreds of words
 * cost about what one word does (looking for each word in turn read a 100 000-character paste once per word).
 * `found` returns true to stop.
 */
function wordsIn(
  text: string,
  key: object,
  lists: readonly (readonly string[])[],
  found: (at: number, word: string, list: number) => boolean | void,
) {
  const { pairs, singles } = wordIndex(key, lists);
  const anySingle = singles.size > 0;
  for (let at = 0; at < text.length; at++) {
    const single = anySingle ? singles.get(text.charCodeAt(at)) : undefined;
    if (single) for (const [word, list] of single) if (found(at, word, list)) return true;
    const entries = pairs[pairHash(text, at) & (WORD_BUCKETS - 1)];
    if (entries) for (const [word, list] of entries) if (text.startsWith(word, at) && found(at, word, list)) return true;
  }
  return false;
}

interface Occurrence {
  at: number;
  end: number;
  latin: boolean;
}

/** A question that goes on to quote what it asks about: "是不是骗人的：'…'". */
const QUOTES = /^[^，。,.!?！？\n]{0,3}[：:]/;
/**
 * A clause that turns to the reader after a calm cue, or a Chinese sentence that starts after it (see readWords()).
 * Read in the normalised text, where ，。！？ are already , . ! ?.
 */
const TURN =
  /[\u4e00-\u9fff][.!?]()|(?:^|[,.;:!?\n] ?)((?:so|but|please|now|just|instead|then)\b|所以|但是|不过|请你|请您|麻烦你|麻烦您|现在请|只需|只要)/g;
/** 就 before the clause ends: "不……就……" makes a condition. */
const CONDITION = /^[^，。,.!?！？；;\n]*就/;
/** Characters that make 别 part of a word (别人, 别的…; 特别, 识别…) rather than "don't". */
const BIE_AFTER = '人的处墅针致样';
const BIE_BEFORE = '特区分告级类性识辨差个派鉴离送';

/** The cue lists read in the one pass, in this order. */
const LISTS = ['before', 'after', 'teaching', 'openers', 'closing', 'toAll', 'reported'] as const;

/**
 * Every place each list's cues stand outside the phrases found, Latin cues only as whole words. A cue that starts
 * inside a phrase, or runs into one that goes on after it, is the phrase's own word (千万别 in "千万别让…知道").
 */
function occurrences(text: string, cues: ContextCues, covered: Uint8Array) {
  const byList: Occurrence[][] = LISTS.map(() => []);
  wordsIn(
    text,
    cues,
    LISTS.map((name) => cues[name]),
    (at, cue, list) => {
      const latin = isLetter(cue[0]);
      if (covered[at] || (covered[at + cue.length - 1] && covered[at + cue.length])) return;
      if (latin && (isLetter(text[at - 1]) || isLetter(text[at + cue.length]))) return;
      // "要不要", "会不会" ask a question; they deny nothing.
      if (cue[0] === '不' && text[at - 1] === text[at + 1]) return;
      // "不下载这个app就没法退款" is a condition, a threat: 不 with 就 after it in the clause denies nothing.
      if (LISTS[list] === 'before' && cue[0] === '不' && CONDITION.test(text.slice(at + cue.length, at + cue.length + 16)))
        return;
      // "包吃包住 不要求外语": 不要求 (does not require) denies what follows it, never what came before it.
      if (LISTS[list] === 'after' && cue === '不要' && text[at + 2] === '求') return;
      // "别人", "别的", "特别", "识别": 别 inside a word denies nothing ("那个码是别人贴上去的").
      if (cue === '别' && (BIE_AFTER.includes(text[at + 1] || '-') || BIE_BEFORE.includes(text[at - 1] || '-'))) return;
      byList[list]!.push({ at, end: at + cue.length, latin });
    },
  );
  return byList;
}

/** Buffers kept between calls (a fresh typed array per analysis makes the garbage collector pause the page). */
let size = 0;
let startDiff = new Int32Array(0);
let endDiff = new Int32Array(0);
let toldDiff = new Int32Array(0);
let clauseStart = new Int32Array(0);
let clauseEnd = new Int32Array(0);
let sentenceStart = new Int32Array(0);
let sentenceEnd = new Int32Array(0);
let startNegated = new Uint8Array(0);
let endNegated = new Uint8Array(0);
let toldOf = new Uint8Array(0);
let openerAt = new Uint8Array(0);
let lastOpener = new Int32Array(0);

function buffers(length: number) {
  if (size > length) return;
  size = Math.max(length + 1, size * 2, 1024);
  startDiff = new Int32Array(size + 1);
  endDiff = new Int32Array(size + 1);
  toldDiff = new Int32Array(size + 1);
  clauseStart = new Int32Array(size);
  clauseEnd = new Int32Array(size);
  sentenceStart = new Int32Array(size);
  sentenceEnd = new Int32Array(size);
  startNegated = new Uint8Array(size);
  endNegated = new Uint8Array(size);
  toldOf = new Uint8Array(size);
  openerAt = new Uint8Array(size);
  lastOpener = new Int32Array(size);
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * What ends at a character: 2 a sentence (. ! ? or a line), 1 a clause (, ; :), 0 nothing. The point of a decimal
 * ("217.5元", "86.40") ends nothing. Read by character code: a character as a string costs an allocation.
 */
function stopAt(text: string, i: number) {
  const c = text.charCodeAt(i);
  if (c === 46) return isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) ? 0 : 2;
  return c === 33 || c === 63 || c === 10 ? 2 : c === 44 || c === 59 || c === 58 ? 1 : 0;
}

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
    const stop = stopAt(text, i);
    if (stop) clause = i + 1;
    if (stop === 2) sentence = i + 1;
  }
  clause = n;
  sentence = n;
  for (let i = n - 1; i >= 0; i--) {
    const stop = stopAt(text, i);
    if (stop) clause = i;
    if (stop === 2) sentence = i;
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

/**
 * Reads a normalised text once; then tells for any phrase at [start, end) whether it is meant, and whether it is told
 * of as asked of someone.
 */
export function negations(text: string, covered: Uint8Array, cues: ContextCues) {
  const n = text.length;
  buffers(n + 1);
  startDiff.fill(0, 0, n + 2);
  endDiff.fill(0, 0, n + 2);
  toldDiff.fill(0, 0, n + 2);
  bounds(text);
  const [before, after, teaching, openers, closing, toAll, reported] = occurrences(text, cues, covered);
  for (const cue of before!) {
    // "Stop now and move your savings…": a denial whose verb takes no object governs nothing after "and".
    if (cue.latin && NOTHING_DENIED.test(text.slice(cue.end, cue.end + 24))) continue;
    const reach = reachBefore(cue);
    // "never ask for X, ask you to Y": a list that goes on with the word after the cue stays under it.
    const word = /^ ?([a-z]+|[^a-z ,.!?;:\n]{2})/.exec(text.slice(cue.end, cue.end + 12))?.[1];
    let to = clauseEnd[cue.end]!;
    while (word && to < cue.end + reach && text.startsWith(word, to + (text[to + 1] === ' ' ? 2 : 1))) to = clauseEnd[to + 1]!;
    if (cue.latin && text[to] === ',') {
      const end = sentenceEnd[cue.end]!;
      const items = end <= cue.end + 2 * reach ? text.slice(to + 1, end).split(',') : [];
      if (items.length && items.every((item) => LIST_ITEM.test(item)) && LIST_LAST.test(items[items.length - 1]!)) to = end;
    }
    // "不下载陌生APP": a 不 cue denies the word it is made with too.
    mark(startDiff, text[cue.at] === '不' ? cue.at + 1 : cue.end, Math.min(to, cue.end + 2 * reach));
  }
  for (const cue of after!) {
    mark(endDiff, Math.max(clauseStart[cue.at]!, cue.at - REACH_AFTER), cue.at);
  }
  for (const cue of teaching!) {
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
  for (const o of openers!) openerAt[o.at] = Math.max(openerAt[o.at]!, o.end - o.at > 2 ? 2 : 1);
  for (let i = 0, last = -1; i <= n; i++) {
    lastOpener[i] = last;
    if (openerAt[i]) last = i;
  }
  // A closing said to everyone (toAll) judges the story since its opener, earlier sentences too.
  const close = (cue: Occurrence, all: boolean) => {
    let from = clauseStart[cue.at]!;
    // "……，别的都不是真的": a verdict on others judges its own clause only, not the ask before it.
    if (CONTRAST.test(text.slice(from, cue.at))) {
      mark(startDiff, from, cue.at);
      return;
    }
    if (from >= 2 && text[from - 2] === '的') from = clauseStart[from - 1]!;
    const opener = lastOpener[cue.at]!;
    // "如果有人……。直接挂掉": a verdict that opens its own sentence judges the condition just before it; so does
    // one in a sentence that opens "记住，…" after a script retold ("骗子打电话说……"): a relative's warning.
    const sentence = sentenceStart[cue.at]!;
    const lead = clauseStart[cue.at] !== sentence && cues.leads.some((word) => text.startsWith(word, sentence));
    const reach = all ? 0 : (clauseStart[cue.at] === sentence || lead) && sentence > 0 ? sentenceStart[sentence - 1]! : sentence;
    if (opener >= reach && (all || opener >= sentence || !lead || openerAt[opener] === 2)) from = Math.min(from, opener);
    mark(startDiff, Math.max(from, cue.at - (cue.latin || all ? 2 : 1) * REACH_SENTENCE), cue.at);
  };
  for (const cue of closing!) close(cue, false);
  for (const cue of toAll!) close(cue, true);
  for (const cue of reported!) mark(toldDiff, cue.end, Math.min(clauseEnd[cue.end]!, cue.end + reachBefore(cue)));
  let s = 0;
  let e = 0;
  let t = 0;
  for (let i = 0; i <= n; i++) {
    s += startDiff[i]!;
    e += endDiff[i]!;
    t += toldDiff[i]!;
    startNegated[i] = s > 0 ? 1 : 0;
    endNegated[i] = e > 0 ? 1 : 0;
    toldOf[i] = t > 0 ? 1 : 0;
  }
  // A scam's name follows few phrases: its first characters are looked up before any name is tried.
  const namedFirst = new Set(cues.named.map((named) => named.charCodeAt(0)));
  return {
    negated: (start: number, end: number) =>
      startNegated[start] === 1 ||
      endNegated[end] === 1 ||
      (namedFirst.has(text.charCodeAt(end)) && cues.named.some((named) => text.startsWith(named, end))),
    /** The phrase at `start` is told of as asked of someone (see ContextCues.reported). */
    reported: (start: number) => toldOf[start] === 1,
  };
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
const OFFICIAL_NUMBER =
  /(?:致电|拨打|请拨|详询|电话|打|call|dial|ring) ?(?:95\d{3}|110|114|12315|12345|12381|12329|12333|12393|10086|10010|10000)(?!\d)/;
/** The index key for reading a calm list with a set of cues in one pass (see readWords()). */
const readKeys = new WeakMap<ContextCues, WeakMap<readonly string[], object>>();
/**
 * One pass over the text for what is read as whole-text words:
 * - `calm`: the text points to the reader's own channel, by one of the calm cues (lib/scam-check/calm.ts) or a
 *   public number;
 * - `averted`: the teller walked away from it (see ContextCues.averted);
 * - `askedAt`: where the teller asks whether it is a scam (see ContextCues.asking), or -1: the last such question,
 *   or the end of the text when a question opens what it quotes ("你帮我看看这条是不是骗人的：'【医保服务】…'").
 * Three passes over a 100 000-character paste cost three times one.
 */
export function readWords(text: string, calm: readonly string[], cues: ContextCues) {
  let keys = readKeys.get(cues);
  if (!keys) readKeys.set(cues, (keys = new WeakMap()));
  let key = keys.get(calm);
  if (!key) keys.set(calm, (key = {}));
  /** Start and end of each calm cue found, in order. */
  const calmAt: number[] = [];
  let walkedAway = false;
  let asked = -1;
  wordsIn(text, key, [calm, cues.averted, cues.asking], (at, word, list) => {
    if (list === 0) calmAt.push(at, at + word.length);
    else if (list === 1) walkedAway = true;
    else if (asked !== text.length) asked = QUOTES.test(text.slice(at + word.length, at + word.length + 6)) ? text.length : at;
  });
  // The last calm cue that is not the start of a warning word is the one that counts: read from the end, each cue
  // is checked at most once.
  let calmFound = false;
  let calmEnd = -1;
  for (let i = calmAt.length - 2; i >= 0 && !calmFound; i -= 2)
    if (!runsIntoWarning(text, calmAt[i]!, calmAt[i + 1]!, cues)) {
      calmFound = true;
      calmEnd = calmAt[i + 1]!;
    }
  // "We never ask you for a fee, so send the deposit now": a clause after the last calm cue that turns to the
  // reader ("so", "but", "please"; 所以, 但是, 请你), or in Chinese the next sentence, starts what the calm cue does
  // not cover. (An English sentence after it would: "Please bring your ID" after "local police station".)
  let turnedAt = -1;
  if (calmFound) {
    TURN.lastIndex = Math.max(0, calmEnd - 1);
    const turn = TURN.exec(text);
    if (turn) turnedAt = turn.index + turn[0].length - (turn[1] ?? turn[2]!).length;
  }
  return { calm: calmFound || OFFICIAL_NUMBER.test(text), averted: walkedAway, askedAt: asked, turnedAt };
}
/**
 * A word at [at, end) whose end is the start of a warning word ("你报警" in "给你报警惕电信诈骗") is the warning's:
 * a scam that ends "……给你报" is not calmed by the 警惕 put after it.
 */
function runsIntoWarning(text: string, at: number, end: number, cues: ContextCues) {
  for (let k = at + 1; k < end; k++)
    for (const list of [cues.before, cues.teaching])
      for (const word of list) if (k + word.length > end && text.startsWith(word, k)) return true;
  return false;
}
