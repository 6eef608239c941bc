/**
 * The "is this a scam?" analysis. Pure and synchronous: it runs in the reader's browser on the
 * answers they tick and the text they paste, and sends nothing anywhere.
 */
import { looksLikeCodeMessage, negations, readWords, type ContextCues } from './context';
import { MAX_MARKS, MAX_TEXT } from './limits';
import { isHan, isLetter } from './languages';
import { normalise, pairHash } from './normalise';

export { MAX_MARKS, MAX_TEXT };

export interface ScamCheckSignal {
  id: string;
  weight: number;
  /** Case types this sign is evidence for: it can name them. */
  cases: string[];
  /** Case types this generic sign adds weight to once they have evidence of their own. */
  supports?: string[];
  /**
   * The sign is the reader being asked to do what the sources call fraud (move money to a "safe account",
   * give a code, pay a fee before a loan…). Only an ask can make the verdict "stop".
   */
  ask?: boolean;
  /** The sign rests only on a dated source (2017 tips): shown as history, never raising the verdict above caution. */
  history?: boolean;
  /**
   * The sign tells what already happened (paid, then blocked; a code found stuck over the real one): a reason to
   * warn, never on its own a reason to stop, since nobody is asking the reader anything.
   */
  told?: boolean;
  /**
   * The sign is how a first contact opens (asks whether it is really you, whether you are free, to add them): beside
   * who the sender says they are it is a reason to check, but it asks nothing of what the sources call fraud, so it
   * never counts towards "stop".
   */
  opener?: boolean;
}

export interface ScamCheckPhrase {
  /** Defaults to the first match; the page leaves it out to keep the HTML small. */
  id?: string;
  /**
   * Words to find. "先报名…学费" is a behaviour in plain words: 先报名, then 学费 within GAP characters of the
   * same sentence ("需要先报名参加培训课程，学费980元").
   */
  match: string[];
  signal: string;
  /** Longer words that contain a match but mean something else (反洗钱 is not 洗钱). */
  unless?: string[];
}

export interface ScamCheckOption {
  id: string;
  signals: string[];
}

export interface ScamCheckRules {
  questions: { id: string; options: ScamCheckOption[] }[];
  signals: ScamCheckSignal[];
  phrases: ScamCheckPhrase[];
  /** Words that point to the reader's own channel (lib/scam-check/calm.ts; see readWords()). */
  calm: readonly string[];
  /** Words that tell a phrase meant from one only named (lib/scam-check/cues.ts; see negations()). */
  cues: ContextCues;
}

export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
  signal: string;
}

/**
 * "told": the text tells of an ask the sources call fraud as made of someone (a relative retelling what happened, a
 * bank's warning of what impostors ask, a reader asking "is this a scam?" about what they were told) rather than
 * making it: whoever was asked should stop, and a warning passed on is checked with who sent it.
 */
export type Verdict = 'stop' | 'told' | 'caution' | 'code' | 'none';

export interface CaseMatch {
  slug: string;
  score: number;
  /** How sure: "strong" when several specific signs agree, "some" otherwise. */
  level: 'strong' | 'some';
  /** Another case type has exactly the same evidence: neither is first. */
  tied: boolean;
}

export interface Analysis {
  /** Signals raised, strongest first. */
  signals: string[];
  /** Case types with evidence of their own, most likely first. */
  cases: CaseMatch[];
  /** Marks to draw in the text, in its order: one per phrase meant, one per part of a "先交…学费" phrase; at most MAX_MARKS. */
  hits: PhraseHit[];
  /** Marks not drawn, beyond MAX_MARKS. */
  unmarked: number;
  /** The text gives or mentions a code and says never to share it. */
  codeNotice: boolean;
  /**
   * The case types come only from phrases the text names rather than asks for (a warning, a news report, a
   * lesson): the text describes a scam and the page says "this reads like…".
   */
  describes: boolean;
  verdict: Verdict;
  /**
   * The caution rests on how a first contact opens (an `opener` sign) and who the sender says they are, with at most
   * a weak generic word beside them and nothing asked: the advice is to check who it is before anything else.
   */
  firstContact: boolean;
}

/**
 * An ask this strong on its own, or any ask with signs of weight 5 or more adding up to STOP_AT (not counting
 * who the sender says they are, the `claims-…` signs), means: stop now.
 */
export const STOP_ASK = 9;
export const STOP_AT = 12;
/**
 * Caution needs one sign this strong, or two or more signs adding up to CAUTION_AT: a lone role, place or
 * word ("民警", "改签", "马上") is what honest messages say too.
 */
export const CAUTION_ONE = 7;
export const CAUTION_AT = 9;
/** What a pointer to the reader's own channel takes off the signs' total (see readWords()). */
export const CALM_WEIGHT = 7;
/** A case type is named only with at least this much evidence of its own. */
export const CASE_AT = 4;
/** Evidence this high, from two or more specific signs, is "very like" a case type. */
export const STRONG_AT = 12;
/** How far the second part of a "先交…学费" phrase may stand from the first. */
export const GAP = 16;
/**
 * At most this many two-part phrases start with the same two characters (the loader checks): each place in a
 * text is looked ahead from at most TWO_PART_SHARE × GAP times, whatever the text.
 */
export const TWO_PART_SHARE = 8;

interface Needle {
  text: string;
  phrase: ScamCheckPhrase;
  latin: boolean;
  /** Short English words must end where the word ends too ("pin" is not "pineapple"). */
  wholeWord: boolean;
  /** The second part of a "先交…学费" phrase. */
  then?: string;
  unless: { text: string; offset: number }[];
}

type PhraseIndex = (Needle[] | undefined)[];
const indexes = new WeakMap<readonly ScamCheckPhrase[], PhraseIndex>();
/** A small integer from the first two characters; needles that share one are told apart by startsWith. */
const BUCKETS = 1 << 16;
export const pairKey = (text: string, at: number) => pairHash(text, at) & (BUCKETS - 1);

/** Needles by their first two characters, longest first: one pass over the text finds them all. */
function phraseIndex(phrases: readonly ScamCheckPhrase[]) {
  let index = indexes.get(phrases);
  if (index) return index;
  index = new Array<Needle[] | undefined>(BUCKETS);
  for (const phrase of phrases) {
    const unless = (phrase.unless ?? []).map((u) => normalise(u).text);
    for (const m of phrase.match) {
      const [head, then] = m.split('…').map((part) => normalise(part).text);
      const text = head!;
      if (!text) continue;
      const needle: Needle = {
        text,
        then,
        phrase,
        latin: isLetter(text[0]),
        wholeWord: isLetter(text[0]) && text.length <= 4,
        unless: unless.filter((u) => u.includes(text)).map((u) => ({ text: u, offset: u.indexOf(text) })),
      };
      const key = pairKey(text, 0);
      (index[key] ??= []).push(needle);
    }
  }
  // Longest first; a "先交…学费" phrase counts both its parts.
  const size = (n: Needle) => n.text.length + (n.then?.length ?? 0);
  for (const list of index) list?.sort((a, b) => size(b) - size(a));
  indexes.set(phrases, index);
  return index;
}

/** Kept between calls, like the buffers in normalise.ts. */
let coveredBuffer = new Uint8Array(1024);
let urlBuffer = new Uint8Array(1024);

/** Characters a web address is made of, once the text is normalised (lower case, half-width). */
const isUrlChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2e ||
  code === 0x2d ||
  code === 0x2f ||
  code === 0x3a ||
  code === 0x5f ||
  code === 0x3d ||
  code === 0x25 ||
  code === 0x26 ||
  code === 0x23;
const TLD =
  /\.(?:com|cn|net|org|top|cc|xyz|vip|info|shop|club|site|online|io|me|co|app|link|ltd|uk|au|us|ca|nz|sg|in|live|cloud|icu|buzz|help|support|click|tk|pro|today|ly|gl)(?:[/:]|$)/;

/**
 * Marks every web address in the text: a word inside one ("tax" in "tax-back.top") is part of the address,
 * not a word of the message. One pass; each run of address characters is read twice at most.
 */
function markUrls(flat: string) {
  if (urlBuffer.length < flat.length) urlBuffer = new Uint8Array(Math.max(flat.length, urlBuffer.length * 2));
  const url = urlBuffer.fill(0, 0, flat.length);
  let addresses = 0;
  for (let i = 0; i < flat.length;) {
    if (!isUrlChar(flat.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < flat.length && isUrlChar(flat.charCodeAt(j))) j++;
    const run = flat.slice(i, j);
    if (run.includes('://') || run.startsWith('www.') || TLD.test(run)) {
      url.fill(1, i, j);
      addresses++;
    }
    i = j;
  }
  return { url, addresses };
}

/** Where the engine has it, a word segmenter tells "验资" from the middle of "实验资料费". */
type Segmenter = { segment(text: string): { containing(index: number): { index: number; segment: string } | undefined } };
let segmenter: Segmenter | null | undefined;
function wordSegmenter(): Segmenter | null {
  if (segmenter !== undefined) return segmenter;
  const Ctor = (Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: 'word' }) => Segmenter }).Segmenter;
  segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
  return segmenter;
}
/** Segmenting costs tens of microseconds a look: at most this many looks per analysis keep any text fast. */
export const SEGMENT_LOOKS = 120;
const SEGMENT_CONTEXT = 4;

/**
 * Whether a short Chinese phrase at [start, end) starts or ends where the words around it do. Without
 * Intl.Segmenter (older browsers), or beyond SEGMENT_LOOKS, the phrase's `unless` words alone decide.
 */
function standsAsWord(flat: string, start: number, end: number) {
  const seg = wordSegmenter();
  if (!seg) return true;
  const from = Math.max(0, start - SEGMENT_CONTEXT);
  const words = seg.segment(flat.slice(from, end + SEGMENT_CONTEXT));
  const first = words.containing(start - from);
  const last = words.containing(end - 1 - from);
  // A segmenter also splits words it does not know ("先验/资"): only a phrase cut through at both ends is inside other words.
  return first?.index === start - from || (last !== undefined && last.index + last.segment.length === end - from);
}

/** Whether a phrase found already holds a place in [from, to): a second part is held as soon as it is found. */
function taken(from: number, to: number) {
  while (from < to) if (coveredBuffer[from++]) return true;
  return false;
}

/**
 * Where the second part of a "先交…学费" phrase ends, within GAP characters of the same sentence, or -1; -1 too
 * when another phrase holds it. An English second part starts a word ("app" is not the "app" of "happy").
 */
function thenAt(flat: string, from: number, then: string) {
  const ahead = flat.slice(from, from + GAP + then.length);
  for (let at = ahead.indexOf(then); at >= 0 && at <= GAP; at = ahead.indexOf(then, at + 1)) {
    if (/[!?\n]|\.(?!\d)/.test(ahead.slice(0, at))) return -1;
    const end = from + at + then.length;
    // An English second part starts where a word does; it may end inside one ("app" in "apps").
    if (!isLetter(then[0]) || !isLetter(flat[from + at - 1])) return taken(end - then.length, end) ? -1 : end;
  }
  return -1;
}

/** The longest needle that stands at `i` as a word of its own and not inside one of its `unless` words. */
function matchAt(flat: string, i: number, list: Needle[]) {
  for (const n of list) {
    if (!flat.startsWith(n.text, i) || taken(i, i + n.text.length)) continue;
    if (n.latin && (isLetter(flat[i - 1]) || ((flat[i - 1] ?? ' ') >= '0' && flat[i - 1]! <= '9'))) continue;
    if (n.wholeWord && isLetter(flat[i + n.text.length])) continue;
    if (n.unless.length && n.unless.some((u) => flat.startsWith(u.text, i - u.offset))) continue;
    if (n.then && thenAt(flat, i + n.text.length, n.then) < 0) continue;
    return n;
  }
  return undefined;
}

/**
 * Every phrase in the text, leftmost-longest, without overlaps, with positions in the original text
 * (at most MAX_MARKS of them), and the distinct phrases that are meant rather than negated.
 */
export function findPhrases(text: string, { phrases, calm, cues }: Pick<ScamCheckRules, 'phrases' | 'calm' | 'cues'>) {
  const index = phraseIndex(phrases);
  const { text: flat, origin } = normalise(text.slice(0, MAX_TEXT));
  /** Where each phrase found stands: start and end of its first part, then of its second part if it has one. */
  const spans: number[] = [];
  const needles: Needle[] = [];
  if (coveredBuffer.length < flat.length) coveredBuffer = new Uint8Array(Math.max(flat.length, coveredBuffer.length * 2));
  const covered = coveredBuffer.fill(0, 0, flat.length);
  const { url, addresses } = markUrls(flat);
  let looks = 0;
  for (let i = 0; i < flat.length - 1; i++) {
    const list = index[pairKey(flat, i)];
    if (!list) continue;
    const needle = matchAt(flat, i, list);
    if (!needle) continue;
    // Inside a web address only the address itself is a sign.
    if (url[i] && needle.phrase.signal !== 'web-address') continue;
    if (needle.text.length === 2 && isHan(needle.text.charCodeAt(0)) && looks < SEGMENT_LOOKS) {
      looks++;
      if (!standsAsWord(flat, i, i + 2)) continue;
    }
    const end = i + needle.text.length;
    covered.fill(1, i, end);
    needles.push(needle);
    spans.push(i, end);
    // A "先交…学费" phrase holds its two parts, not what stands between them: a 不要 or another phrase there is read.
    if (needle.then) {
      const thenEnd = thenAt(flat, end, needle.then);
      covered.fill(1, thenEnd - needle.then.length, thenEnd);
      spans.push(thenEnd - needle.then.length, thenEnd);
    }
    i = end - 1;
  }
  const { negated: isNegated, reported } = negations(flat, covered, cues);
  const hits: PhraseHit[] = [];
  const meant = new Set<ScamCheckPhrase>();
  /** Phrases meant at least once where nothing tells of them as asked of someone else (see ContextCues.reported). */
  const made = new Set<ScamCheckPhrase>();
  /** Phrases the text names without asking for them: evidence of what a description is about. */
  const named = new Set<ScamCheckPhrase>();
  let count = 0;
  // A code named under "never share it" is the normal form of a bank's or platform's message.
  let codeNamed = false;
  for (let k = 0, p = 0; k < needles.length; k++) {
    const { phrase, then } = needles[k]!;
    // spans[from…p): start and end of each part. A phrase is meant only if neither part is negated: a cue before
    // either part or after the last one. A cue just after the first part governs the second ("先垫了，别返给我"),
    // not the first ("先垫付不要紧，马上返佣金").
    const from = p;
    p += then ? 4 : 2;
    // "王总，货款请打新账户" is written to a boss, not by one.
    if (phrase.signal === 'claims-boss' && addressesReader(flat, text, origin, spans[from]!, spans[from + 1]!, cues)) continue;
    if (isNegated(spans[from]!, spans[p - 1]!) || (then && isNegated(spans[from + 2]!, spans[p - 1]!))) {
      codeNamed ||= phrase.signal === 'share-code';
      named.add(phrase);
      continue;
    }
    meant.add(phrase);
    if (!reported(spans[from]!)) made.add(phrase);
    const id = phrase.id ?? phrase.match[0]!;
    // One mark per part.
    for (let q = from; q < p; q += 2)
      if (count++ < MAX_MARKS)
        hits.push({ start: origin[spans[q]!]!, end: origin[spans[q + 1]! - 1]! + 1, phrase: id, signal: phrase.signal });
  }
  // A phrase found between the two parts of another is marked between them.
  hits.sort((a, b) => a.start - b.start);
  const { calm: calmText, averted, askedAt: asked, turnedAt } = readWords(flat, calm, cues);
  return {
    hits,
    unmarked: count - hits.length,
    meant: [...meant],
    made,
    named: [...named].filter((p) => !meant.has(p)),
    /** Web addresses in the text, each a sign of its own even when no phrase names it. */
    addresses,
    codeNotice: codeNamed || looksLikeCodeMessage(flat, cues),
    calm: calmText,
    /** Where, after the last calm cue, a clause turns to the reader (in the text as typed), or -1. */
    turnedAt: turnedAt < 0 ? -1 : turnedAt >= flat.length ? text.length : origin[turnedAt]!,
    averted,
    /** Where the text last asks "is this a scam?", in the text as typed, or -1. */
    askedAt: asked < 0 ? -1 : asked >= flat.length ? text.length : origin[asked]!,
  };
}

/**
 * The title at start…end of the normalised text opens it and is followed by a comma, a space or a greeting: it names
 * whom the text is written to.
 */
function addressesReader(flat: string, text: string, origin: Int32Array, start: number, end: number, cues: ContextCues) {
  // Only blanks before it: stop at the first other character, so a long text costs nothing here.
  for (let i = 0; i < start; i++) if (flat[i]!.trim()) return false;
  if (!cues.titles.some((title) => flat.endsWith(title, end))) return false;
  return (
    end === flat.length ||
    /\s/.test(text[origin[end - 1]! + 1] ?? '') ||
    cues.addressed.some((word) => flat.startsWith(word, end))
  );
}

type Evidence = Map<string, Set<string>>;

/** Case types with evidence of their own, most likely first. */
function rank(byId: Map<string, ScamCheckSignal>, evidence: Evidence): CaseMatch[] {
  const signals = [...evidence.keys()];
  const own = new Map<string, { score: number; signs: number }>();
  for (const id of signals) {
    const { weight, cases } = byId.get(id)!;
    // A second or third phrase of the same sign is a little more evidence, never a lot.
    const score = weight + Math.min(evidence.get(id)!.size - 1, 2);
    for (const slug of cases) {
      const entry = own.get(slug) ?? { score: 0, signs: 0 };
      own.set(slug, { score: entry.score + score, signs: entry.signs + 1 });
    }
  }
  const named = [...own].filter(([, e]) => e.score >= CASE_AT);
  const scored = named.map(([slug, e]) => {
    let support = 0;
    for (const id of signals) {
      const signal = byId.get(id)!;
      if (!signal.cases.includes(slug) && signal.supports?.includes(slug)) support += Math.ceil(signal.weight / 2);
    }
    return { slug, own: e.score, signs: e.signs, score: e.score + support };
  });
  const order = (a: (typeof scored)[number], b: (typeof scored)[number]) =>
    b.score - a.score || b.own - a.own || b.signs - a.signs;
  scored.sort((a, b) => order(a, b) || a.slug.localeCompare(b.slug));
  return scored.map((c, i) => ({
    slug: c.slug,
    score: c.score,
    level: c.own >= STRONG_AT && c.signs >= 2 ? 'strong' : 'some',
    tied: scored.some((o, j) => j !== i && order(c, o) === 0),
  }));
}

export function analyse(rules: ScamCheckRules, answers: readonly string[], text: string): Analysis {
  const byId = new Map(rules.signals.map((s) => [s.id, s]));
  /** Distinct pieces of evidence per signal: each option ticked and each different phrase. */
  const evidence: Evidence = new Map();
  const raise = (into: Evidence, signal: string, why: string) => {
    if (!byId.has(signal)) return;
    const set = into.get(signal) ?? new Set();
    set.add(why);
    into.set(signal, set);
  };
  const chosen = new Set(answers);
  /** An answer ticked that is an ask is made of the reader, whatever the text tells. */
  let answeredAsk = false;
  for (const q of rules.questions)
    for (const o of q.options)
      if (chosen.has(o.id))
        for (const s of o.signals) {
          raise(evidence, s, o.id);
          answeredAsk ||= !!byId.get(s)?.ask;
        }
  const {
    hits,
    unmarked,
    meant,
    made: madePhrases,
    named,
    codeNotice,
    addresses,
    calm: calmCue,
    turnedAt,
    averted: walkedAway,
    askedAt: questionAt,
  } = findPhrases(text, rules);
  for (const phrase of meant) raise(evidence, phrase.signal, phrase.id ?? phrase.match[0]!);
  // An ask made after the calm cue, in a clause that turns to the reader, is not covered by it.
  const calm = calmCue && !(turnedAt >= 0 && hits.some((hit) => hit.start >= turnedAt && byId.get(hit.signal)?.ask));
  if (addresses) raise(evidence, 'web-address', 'address');

  const signals = [...evidence.keys()].sort((a, b) => byId.get(b)!.weight - byId.get(a)!.weight || a.localeCompare(b));
  let cases = rank(byId, evidence);
  let describes = false;
  // Who the sender says they are, or a weak generic word (urgency, an amount) that asks nothing.
  const whoOrWeak = (id: string) => {
    const signal = byId.get(id)!;
    return id.startsWith('claims-') || (!signal.ask && signal.weight < CAUTION_ONE - 2);
  };
  const onlyWho = signals.every(whoOrWeak);
  if ((!cases.length || cases[0]!.tied || onlyWho) && named.length) {
    // Nothing asked, but the text tells of a scam (a warning, a report, a lesson): name what it describes. Where
    // what it asks leaves a tie, what it names breaks it (a lesson on 注销校园贷账户 that also says 网贷).
    const told: Evidence = new Map([...evidence].map(([id, set]) => [id, new Set(set)]));
    for (const phrase of named) raise(told, phrase.signal, phrase.id ?? phrase.match[0]!);
    const described = rank(byId, told);
    if (!cases.length || (onlyWho && described.length && !described[0]!.tied)) {
      cases = described;
      describes = cases.length > 0;
    } else if (described.length && !described[0]!.tied) cases = described;
  }

  let total = 0;
  let current = 0;
  let specific = 0;
  let strongest = 0;
  let ask = 0;
  let claimed = false;
  let counted = 0;
  for (const id of signals) {
    const signal = byId.get(id)!;
    strongest = Math.max(strongest, signal.weight);
    // Who the sender says they are counts once, however many roles they name (signs come strongest first).
    if (id.startsWith('claims-')) {
      if (claimed) continue;
      claimed = true;
    }
    counted++;
    // A sign that rests only on a dated tip is shown as history and counts half towards caution.
    if (signal.history) {
      total += Math.ceil(signal.weight / 2);
      continue;
    }
    total += signal.weight;
    current += signal.weight;
    // Who the sender says they are (a `claims-…` sign), how a first contact opens (an `opener`) and generic words
    // (urgency, an amount) add to caution, never towards "stop": a class teacher's QR code for the book fee is a
    // reason to check with the teacher.
    if (signal.weight >= CAUTION_ONE - 2 && !id.startsWith('claims-') && !signal.told && !signal.opener)
      specific += signal.weight;
    if (signal.ask) ask = Math.max(ask, signal.weight);
  }
  // A text that points to the reader's own channel (see readWords()): only a strong ask stops, only an ask warns.
  // A near miss told afterwards ("我直接挂了") asks the reader nothing: even a strong ask in it only warns.
  // An ask made of the reader is found before the calm cue is weighed: a strong ask only told of (a police follow-up on
  // "您昨天报警说被客服开了屏幕共享") is covered by the cue as a weaker one is.
  const made = answeredAsk || [...madePhrases].some((phrase) => byId.get(phrase.signal)?.ask);
  if (walkedAway || (calm && (ask < STOP_ASK || !made))) {
    // Beside a calm cue an ask only told of (a follow-up that names what impostors asked) is no reason to warn.
    const warn = ask > 0 && (made || walkedAway) && current - CALM_WEIGHT >= CAUTION_AT;
    const calmVerdict = warn ? 'caution' : codeNotice ? 'code' : 'none';
    return { signals, cases, hits, unmarked, codeNotice, describes, verdict: calmVerdict, firstContact: false };
  }
  // "Stop" needs an ask: a role, a place, a crime word or a fee on its own is at most a reason to verify.
  // A teller who asks "这种是不是骗子？" after what someone was told is told what it is, not told to stop: nobody asked
  // them. A script that opens "Is this a scam? No! …" still stops.
  // A code message that asks nothing is a code message, whatever it names (对公账户转账, a game's 客服 never asking).
  const asks = questionAt >= 0 && hits.some((hit) => byId.get(hit.signal)?.ask && hit.end <= questionAt);
  const verdict: Verdict =
    ask > 0 && (ask >= STOP_ASK || specific >= STOP_AT)
      ? asks || !made
        ? 'told'
        : 'stop'
      : codeNotice && (strongest < 5 || ask === 0)
        ? 'code'
        : strongest >= CAUTION_ONE || (counted >= 2 && total >= CAUTION_AT)
          ? 'caution'
          : 'none';
  const firstContact =
    verdict === 'caution' &&
    signals.some((id) => byId.get(id)!.opener) &&
    signals.every((id) => byId.get(id)!.opener || whoOrWeak(id));
  return { signals, cases, hits, unmarked, codeNotice, describes, verdict, firstContact };
}
