/**
 * The HTML side of indexing (scripts/index-search.ts): which built pages go into the search index,
 * and the in-memory edits made before Pagefind reads them. Files on disk are never changed.
 *
 * Built pages are the site's own output (Astro: attributes double-quoted), so plain string work is
 * enough here; nothing in this module parses arbitrary HTML.
 */
import { TOKEN_PATTERN, termToken } from './terms';
import { UNDATED_SORT_VALUE, type PageType } from './pagefind-meta';

const TYPE_META = /<meta\b[^>]*\bdata-pagefind-filter="type\[content\]"[^>]*>/;
const CONTENT_ATTR = /\bcontent="([^"]*)"/;

/** The page type PagefindMeta declared, or null for pages that are not searched. */
export function declaredPageType(html: string): PageType | null {
  const tag = html.match(TYPE_META)?.[0];
  const value = tag?.match(CONTENT_ATTR)?.[1];
  return value === 'case' || value === 'source' || value === 'mechanism' || value === 'lesson' ? value : null;
}

const DATE_SORT_META = /<meta\b[^>]*\bdata-pagefind-sort="date\[content\]"[^>]*>/;

/** The page's date sort key (`2023-05-01`; UNDATED_SORT_VALUE when it has none). */
export function dateSortKey(html: string): string {
  return html.match(DATE_SORT_META)?.[0].match(CONTENT_ATTR)?.[1] ?? UNDATED_SORT_VALUE;
}

const PAGEFIND_TAG = /<meta\b[^>]*\bdata-pagefind-(?:filter|meta|sort)="[^"]*"[^>]*>/g;
const BODY_OPEN = /<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/g;

/**
 * What Pagefind takes from a page: its `data-pagefind-*` tags and the elements marked
 * data-pagefind-body, whole (Astro's output: double-quoted attributes, balanced tags). Two pages
 * alike in this are indexed alike, however the rest of them differs (a case page's list of comparable
 * cases changes with every case added, and is not indexed).
 */
export function indexedContent(html: string): string {
  const parts = [...html.matchAll(PAGEFIND_TAG)].map((m) => m[0]);
  for (const open of html.matchAll(BODY_OPEN)) {
    const tag = open[1].toLowerCase();
    const from = open.index!;
    // The element's end: its own closing tag, past any of the same name nested in it.
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = from + open[0].length;
    let depth = 1;
    let end = html.length;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    parts.push(html.slice(from, end));
  }
  return parts.join('\n');
}

/** True for pages that ask search engines to stay away (alternative table orders and the like). */
export const isNoindex = (html: string) => /<meta\b[^>]*\bname="robots"[^>]*\bcontent="[^"]*noindex/i.test(html);

export const hasPagefindBody = (html: string) => /\sdata-pagefind-body(?:[\s=>/])/.test(html);

/**
 * Weight of a term's token: like an `<h1>` (7) when the term is in the title, so a case titled
 * with it ranks above one that mentions it in passing; otherwise growing slowly with how often
 * the text uses it. One token per term (with a weight) rather than one per occurrence keeps the
 * fragment each result downloads small.
 */
export function termWeight(inTitle: boolean, count: number): number {
  if (inTitle) return 7;
  return count >= 4 ? 2 : count >= 2 ? 1.5 : 1;
}

/**
 * The hidden block of a page's term tokens ('' when it has none), written into the page when it
 * is rendered (src/lib/search/site-terms.ts). `data-casebook-terms` lets an index leave it out
 * (the "before" index of npm run measure:search) and tests tell it from visible text.
 */
export const TERMS_BLOCK_SELECTOR = '[data-casebook-terms]';

export function termTokenBlock(titleCounts: ReadonlyMap<string, number>, textCounts: ReadonlyMap<string, number>): string {
  const byWeight = new Map<number, string[]>();
  for (const [term, n] of textCounts) {
    const w = termWeight(titleCounts.has(term), n);
    byWeight.set(w, [...(byWeight.get(w) ?? []), termToken(term)]);
  }
  if (!byWeight.size) return '';
  const blocks = [...byWeight]
    .sort(([a], [b]) => b - a)
    .map(([w, tokens]) => `<p data-pagefind-weight="${w}">${tokens.join(' ')}</p>`);
  return `<div data-pagefind-body data-casebook-terms hidden>${blocks.join('')}</div>`;
}

const TERMS_BLOCK = /<div data-pagefind-body data-casebook-terms hidden>(.*?)<\/div>/s;

/** The term tokens a page's term block carries (termTokenBlock's output; none when it has no block). */
export const termTokensIn = (html: string): string[] => html.match(TERMS_BLOCK)?.[1].match(TOKEN_PATTERN) ?? [];

/**
 * Remove `id` attributes. Pagefind stores every element with an id inside the indexed part as an
 * "anchor", with its text: on case pages (one id per paragraph) that is a second copy of the text
 * in each result's fragment, which the search page never uses. Only the in-memory copy handed to
 * the indexer is changed.
 */
export const stripIds = (html: string) => html.replace(/(<[a-zA-Z][^>]*?)\sid="[^"]*"/g, '$1');
