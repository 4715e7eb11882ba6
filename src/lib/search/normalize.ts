/**
 * Query normalisation: what people type into the box, folded into the form the index holds.
 *
 * The index holds Simplified Chinese with half-width digits and Latin letters (the pipeline
 * converts sources). People paste full-width forms (`１号提案`, `ＡＰＰ`), ideographic spaces,
 * stray punctuation, and sometimes whole sentences. Traditional-to-Simplified conversion is a
 * separate, lazily loaded step (see `t2s.ts`), so this module stays dependency-free.
 */

/** Longer input is cut: nobody searches a paragraph, and Pagefind's cost grows with words. */
export const MAX_QUERY_LENGTH = 64;

// Quotation marks mark emphasis inside a phrase (`两个“全覆盖”` is the term 两个全覆盖), so they are
// removed outright; other punctuation and symbols separate words.
export const QUOTES = /[\p{Pi}\p{Pf}"'「」『』﹁﹂﹃﹄〝〞]/gu;
// Punctuation and symbols separate words but are never searched: Pagefind drops them too, and a
// query of only `“”！` must read as empty, not as a search for nothing.
const SEPARATORS = /[\p{P}\p{S}\p{Z}\s]+/gu;
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

/**
 * NFKC-fold, drop control and format characters, turn punctuation and every kind of space into
 * one ASCII space, lower-case Latin letters, trim, and cut to MAX_QUERY_LENGTH characters
 * (code points, never splitting a surrogate pair).
 *
 * `ＡＰＰ　１号提案` -> `app 1号提案`; `“委员工作室”` -> `委员工作室`; `两个“全覆盖”` -> `两个全覆盖`; `  ` -> ``.
 */
export function normalizeQuery(raw: string): string {
  const folded = raw
    .normalize('NFKC')
    .replace(QUOTES, '')
    // Tabs and line breaks are control characters too: make them spaces before dropping the rest
    // (zero-width spaces, BOMs), which must vanish without splitting a word.
    .replace(/\s/g, ' ')
    .replace(CONTROL, '')
    .replace(SEPARATORS, ' ')
    .toLowerCase()
    .trim();
  const chars = [...folded];
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('').trim() : folded;
}

/** True when a normalised query has something to search: at least one letter or digit. */
export const isSearchable = (normalized: string): boolean => /[\p{L}\p{N}]/u.test(normalized);

/** True when the text holds a Han character (only then is Traditional conversion worth loading). */
export const hasHan = (text: string): boolean => /\p{Script=Han}/u.test(text);
