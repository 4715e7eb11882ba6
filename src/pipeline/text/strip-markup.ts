import type { Change, StageResult } from './types';

/**
 * An HTML tag left in a scraped copy (`<p class="ql-block">`, `</p>`, `<span style="…">`,
 * `<br>`): a tag name in Latin letters, its attributes, no `<` or `>` inside.
 */
const TAG = /<\/?([A-Za-z][A-Za-z0-9]{0,10})(?:\s[^<>\n]{0,300})?\/?>/g;

/** Tags that end a block of text: the paragraph breaks the copy lost. */
const BLOCK = new Set(['p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Fewest tags that make a text a copy with its markup left in (one `<b>` may be a word's). */
const MIN_TAGS = 2;

/**
 * A copy that kept the page's markup (`<p class="ql-block"> 为进一步改善…</p>`): its tags are no
 * words. A block tag becomes the line break it stood for, any other goes; each is logged, so
 * nothing is lost. A text with fewer than two tags is left as it is. Pure, idempotent.
 */
export function stripMarkup(text: string): StageResult {
  const tags = [...text.matchAll(TAG)];
  if (tags.length < MIN_TAGS) return { text, changes: [] };
  const changes: Change[] = [];
  const pieces: string[] = [];
  let copied = 0;
  for (const m of tags) {
    const at = m.index!;
    const to = BLOCK.has(m[1].toLowerCase()) ? '\n' : '';
    pieces.push(text.slice(copied, at), to);
    copied = at + m[0].length;
    changes.push({ kind: 'markup', at, from: m[0], to });
  }
  pieces.push(text.slice(copied));
  return { text: pieces.join(''), changes };
}
