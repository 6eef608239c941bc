import type { ScamCheckPhrase } from './engine';

/**
 * The phrases as the /check/ page carries them: one string, a line per phrase in order, "n:match|match!unless|unless"
 * where n is the signal's place in the page's list of signals (base 36). A page's own language's phrases come in
 * its phrases.json, the other languages' in other-phrases.json, both packed against its signals; as objects in
 * the page they were the largest part of its HTML.
 */
export const packPhrases = (phrases: readonly ScamCheckPhrase[], signals: readonly string[]) =>
  phrases
    .map(({ match, signal, unless }) => {
      const n = signals.indexOf(signal);
      if (n < 0) throw new Error(`no signal ${signal}`);
      return `${n.toString(36)}:${match.join('|')}${unless?.length ? `!${unless.join('|')}` : ''}`;
    })
    .join('\n');

export function unpackPhrases(packed: string, signals: readonly string[]): ScamCheckPhrase[] {
  return packed.split('\n').map((p) => {
    const at = p.indexOf(':');
    const [match, unless] = p.slice(at + 1).split('!');
    return {
      signal: signals[parseInt(p.slice(0, at), 36)]!,
      match: match!.split('|'),
      ...(unless && { unless: unless.split('|') }),
    };
  });
}
