/**
 * Traditional -> Simplified for queries, with opencc-js's own dictionaries and converter.
 *
 * opencc-js ships the t->cn dictionaries as 37.5 kB of JavaScript (TSPhrases + TSCharacters; the
 * prebuilt `opencc-js/t2cn` bundle is 197 kB minified because it carries every regional preset).
 * A query only needs the entries whose Simplified side can occur in the index: a Traditional
 * character whose Simplified form appears nowhere in the site cannot find anything either way.
 * So scripts/index-search.ts writes the entries pruned to the indexed text's characters
 * (`pruneDictionary`), and the browser builds a converter from them with opencc-js's
 * `ConverterFactory` (about 2.7 kB minified), only when a query contains a Han character.
 */
import { ConverterFactory } from 'opencc-js/core';

/** The pruned dictionaries: phrases in opencc-js's serialised form (`源 目|源 目`), characters packed. */
export interface T2sData {
  phrases: string;
  /**
   * The single-character entries packed as pairs, each Traditional character followed by its
   * Simplified one (`協协區区`): the serialised form's space and bar are a quarter of its bytes, and
   * the file downloads with the first query (packCharacters).
   */
  characters: string;
}

/**
 * Keep only the entries of an opencc-js serialised dictionary (`a b|c d`, several candidates
 * allowed after the first space) whose first candidate is made of characters in `keep`.
 * Identity entries (`乾隆 乾隆`, which stop a phrase from being converted character by character)
 * are kept by the same rule.
 */
export function pruneDictionary(dict: string, keep: ReadonlySet<string>): string {
  return dict
    .split('|')
    .filter((entry) => {
      const [source, target] = entry.split(' ');
      return source && target && [...target].every((c) => keep.has(c));
    })
    .map((entry) => entry.split(' ').slice(0, 2).join(' '))
    .join('|');
}

/**
 * Pack a serialised dictionary of single characters (`協 协|區 区`, pruned to one candidate) as pairs
 * (`協协區区`). Throws on an entry of more than one character a side, which pairs cannot hold.
 */
export function packCharacters(dict: string): string {
  if (!dict) return '';
  return dict
    .split('|')
    .map((entry) => {
      const [source, target] = entry.split(' ');
      if ([...source].length !== 1 || [...(target ?? '')].length !== 1) throw new Error(`t2s: «${entry}» is no single-character entry`);
      return source + target;
    })
    .join('');
}

/** The serialised form of packed pairs (`協协區区` -> `協 协|區 区`), as opencc-js reads it. */
export function unpackCharacters(packed: string): string {
  const chars = [...packed];
  const entries: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 2) entries.push(`${chars[i]} ${chars[i + 1]}`);
  return entries.join('|');
}

/** Build the converter (opencc-js: phrases take precedence over single characters). */
export function createT2sConverter(data: T2sData): (text: string) => string {
  const dicts = [data.phrases, unpackCharacters(data.characters)].filter((d) => d.length > 0);
  if (!dicts.length) return (text) => text;
  return ConverterFactory(dicts);
}
