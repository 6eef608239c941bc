import type { ScamCheckPhrase } from './engine';

/**
 * The phrases as the /check/ page carries them: one string per phrase, in order, "signal:match|match!unless|unless".
 * Both languages' phrases go into every page; as objects they were the largest part of its HTML.
 */
export const packPhrases = (phrases: readonly ScamCheckPhrase[]) =>
  phrases.map(({ match, signal, unless }) => `${signal}:${match.join('|')}${unless?.length ? `!${unless.join('|')}` : ''}`);

export function unpackPhrases(packed: readonly string[]): ScamCheckPhrase[] {
  return packed.map((p) => {
    const at = p.indexOf(':');
    const [match, unless] = p.slice(at + 1).split('!');
    return { signal: p.slice(0, at), match: match!.split('|'), ...(unless && { unless: unless.split('|') }) };
  });
}
