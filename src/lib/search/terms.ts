/**
 * Catalogue terms as atomic index words.
 *
 * Pagefind segments Chinese twice, differently: jieba when indexing (`民主评议` -> 民主/评/议,
 * `张家口市政协` -> 张家口/市政/协) and the browser's Intl.Segmenter when searching (`民主评议` ->
 * 民主/评/议 in Chromium, other splits elsewhere). It then matches each query word as a prefix of
 * any index word, anywhere on the page. Measured on the bundled corpus, that finds nearly every
 * page that contains a term, but also many that merely contain its characters apart
 * (`协商议事会`: 1 page has it, 7 are returned), and a quoted (phrase) search loses pages where the
 * two segmenters disagree (`"网络议政"`: 0 of 1).
 *
 * The fix does not depend on either segmenter: every catalogue term (mechanism names and aliases,
 * function names and terms, place names) gets a token made of Latin letters only, e.g.
 * `民主评议` -> `qzxmkbdrwa`. At index time a page carries the token of each term that occurs in its
 * text or metadata (scripts/index-search.ts); at query time the term is replaced by its token
 * (planQuery). A token is one word to both segmenters, and all tokens have the same length, so
 * prefix matching cannot confuse two of them.
 */

import { normalizeQuery, QUOTES } from './normalize';

/** Every token starts with this and has TOKEN_LETTERS more letters: fixed length, letters only. */
export const TOKEN_PREFIX = 'qzx';
const TOKEN_LETTERS = 7;
export const TOKEN_PATTERN = new RegExp(`\\b${TOKEN_PREFIX}[a-z]{${TOKEN_LETTERS}}\\b`, 'g');

/** 32-bit FNV-1a over UTF-16 code units: tiny, deterministic, the same in Node and browsers. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The index word that stands for `term`. Letters only because the indexer splits Latin runs at
 * digits; lower case because Pagefind lower-cases words. Collisions are checked at index time
 * (`assertNoTokenCollisions`), not assumed away.
 */
export function termToken(term: string): string {
  let n = fnv1a(term);
  let out = '';
  for (let i = 0; i < TOKEN_LETTERS; i++) {
    out += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  }
  return TOKEN_PREFIX + out;
}

/** Throws if two different terms share a token (the build must then change the hash input). */
export function assertNoTokenCollisions(terms: Iterable<string>): void {
  const seen = new Map<string, string>();
  for (const term of terms) {
    const token = termToken(term);
    const other = seen.get(token);
    if (other !== undefined && other !== term) {
      throw new Error(`search terms "${other}" and "${term}" share the token ${token}`);
    }
    seen.set(token, term);
  }
}

const PLACE_SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|区|县|旗|盟)$/;

/**
 * A place name and its short form, the way people write it: `石景山区` -> [石景山区, 石景山],
 * `北京市` -> [北京市, 北京]. Short forms of one character are dropped (`辛集市` keeps 辛集, but `X区`
 * would keep nothing useful).
 */
export function placeNameForms(name: string): string[] {
  const trimmed = name.trim();
  if (!trimmed) return [];
  const short = trimmed.replace(PLACE_SUFFIX, '');
  return short !== trimmed && [...short].length >= 2 ? [trimmed, short] : [trimmed];
}

/**
 * Clean a term list: folds each term as a query is folded (normalizeQuery), drops terms that
 * then hold a space (`委员工作室（站）` -> `委员工作室 站`: a query can never contain them whole) and
 * one-character terms (a single character is not a term and would turn every query character
 * into a token), removes duplicates, and sorts longest first, then by code point, so output is
 * stable across builds.
 */
export function normalizeTerms(terms: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const raw of terms) {
    const t = normalizeQuery(raw);
    if ([...t].length >= 2 && !t.includes(' ')) set.add(t);
  }
  return [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * How often each term occurs in `text`, ignoring quotation marks as the mechanism matcher does
 * (`两个“全覆盖”` counts for 两个全覆盖). Occurrences of different terms may overlap; all count;
 * occurrences of one term are counted left to right without overlapping.
 */
export function countTerms(text: string, terms: readonly string[]): Map<string, number> {
  return termMatcher(terms).count(text);
}

interface TrieNode {
  next: Map<number, TrieNode>;
  term: string | null;
}

export interface TermMatcher {
  count(text: string): Map<string, number>;
}

const matchers = new WeakMap<readonly string[], TermMatcher>();

/**
 * A matcher for a fixed term list: the terms in a trie, the text scanned once from each position.
 * A build counts the same few thousand terms (catalogue terms, committees, places) in every page,
 * so one scan per page replaces one search per term per page. Built once per list.
 */
export function termMatcher(terms: readonly string[]): TermMatcher {
  const known = matchers.get(terms);
  if (known) return known;
  const root: TrieNode = { next: new Map(), term: null };
  for (const term of terms) {
    if (!term) continue;
    let node = root;
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), term: null }));
      node = child;
    }
    node.term = term;
  }
  const matcher: TermMatcher = {
    count(text) {
      const haystack = text.normalize('NFKC').replace(QUOTES, '').toLowerCase();
      const counts = new Map<string, number>();
      const freeFrom = new Map<string, number>();
      for (let start = 0; start < haystack.length; start++) {
        let node: TrieNode | undefined = root;
        for (let i = start; i < haystack.length; i++) {
          node = node.next.get(haystack.charCodeAt(i));
          if (!node) break;
          if (node.term !== null && start >= (freeFrom.get(node.term) ?? 0)) {
            counts.set(node.term, (counts.get(node.term) ?? 0) + 1);
            freeFrom.set(node.term, i + 1);
          }
        }
      }
      return counts;
    },
  };
  matchers.set(terms, matcher);
  return matcher;
}

export interface QueryPart {
  /** The text as it stands in the (normalised) query. */
  text: string;
  /** Set when `text` is a catalogue term: the token searched in its place. */
  token?: string;
}

export interface QueryPlan {
  /** What to pass to Pagefind: tokens for terms, the remaining text as typed. */
  pagefindQuery: string;
  /** Literal strings to highlight in excerpts, longest first. */
  needles: string[];
  parts: QueryPart[];
}

/**
 * Split a normalised query into catalogue terms (longest match, left to right) and the text
 * between them, and build the Pagefind query from that.
 *
 * `石景山 民主评议` -> `qzx… qzx…`; `民主评议工作` -> `qzx… 工作`; `评议` (no term) -> `评议`.
 */
export function planQuery(normalized: string, terms: readonly string[]): QueryPlan {
  const byFirst = new Map<string, string[]>();
  for (const t of terms) {
    const first = t[0];
    const list = byFirst.get(first);
    if (list) list.push(t);
    else byFirst.set(first, [t]);
  }
  // terms arrive longest first (normalizeTerms), so the first hit at a position is the longest.
  const parts: QueryPart[] = [];
  for (const chunk of normalized.split(' ').filter(Boolean)) {
    let rest = '';
    let i = 0;
    while (i < chunk.length) {
      const hit = byFirst.get(chunk[i])?.find((t) => chunk.startsWith(t, i));
      if (hit) {
        if (rest) parts.push({ text: rest });
        rest = '';
        parts.push({ text: hit, token: termToken(hit) });
        i += hit.length;
      } else {
        rest += chunk[i];
        i++;
      }
    }
    if (rest) parts.push({ text: rest });
  }
  const needles = [...new Set(parts.map((p) => p.text))].sort((a, b) => b.length - a.length);
  return { pagefindQuery: parts.map((p) => p.token ?? p.text).join(' '), needles, parts };
}

/**
 * Catalogue terms a one-word query is the beginning of (`临时` -> 临时党支部, 临时党组织…), shortest
 * first, at most `limit`. Each term is its own index word (a token), so without this a short query
 * would find fewer cases than the term it begins; the search page adds their results to the
 * query's own.
 */
export function prefixExpansions(normalized: string, terms: readonly string[], limit = 5): string[] {
  if (normalized.length < 2 || normalized.includes(' ')) return [];
  return terms
    .filter((t) => t !== normalized && t.startsWith(normalized))
    .sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit);
}

/**
 * Every index word a plan needs: its tokens, and the words the browser's segmenter makes of the
 * rest (as Pagefind splits a query). Pagefind silently drops query words the index does not have
 * (`量子纠缠望远镜` would return pages that merely contain 望远镜's neighbours), so the search page
 * asks for each of these first and reports no match when one is missing: all words must match.
 */
export function requiredWords(plan: QueryPlan, locale = 'zh-CN'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words: string[] = [];
  for (const part of plan.parts) {
    if (part.token) words.push(part.token);
    else for (const s of segmenter.segment(part.text)) if (s.isWordLike) words.push(s.segment.toLowerCase());
  }
  return [...new Set(words)];
}
