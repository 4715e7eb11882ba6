/**
 * The casebook's own pages about a catalogue term: a mechanism's comparison page for its name and
 * aliases, a function's page for its name. A search for one of these words shows that page first
 * (it is the best answer to `委员工作室`), above the cases. Built at index time into the search
 * support file; matched in the browser. Pure.
 */
import { normalizeQuery } from './normalize';

export interface CataloguePage {
  /** Folded words that lead to it (normalizeQuery). */
  terms: string[];
  /** Site path. */
  url: string;
  title: string;
  kind: 'mechanism' | 'function';
}

/**
 * How the pages travel in the search support file, which the first query loads (its bytes count
 * against the first-query budget): `[kind, id, name, ...indexes of its words in the term list]`.
 */
export type PackedPage = [kind: 'm' | 'f', id: string, name: string, ...terms: number[]];

export function packPages(pages: readonly CataloguePage[], terms: readonly string[]): PackedPage[] {
  const at = new Map(terms.map((t, i) => [t, i]));
  return pages.map((p) => [
    p.kind === 'mechanism' ? 'm' : 'f',
    p.url.split('/')[2],
    p.title.replace(/^(机制比较|职能)：/, ''),
    ...p.terms.flatMap((t) => (at.has(t) ? [at.get(t)!] : [])),
  ]);
}

export function unpackPages(packed: readonly PackedPage[], terms: readonly string[]): CataloguePage[] {
  return packed.map(([kind, id, name, ...indexes]) => ({
    kind: kind === 'm' ? 'mechanism' : 'function',
    url: `/${kind === 'm' ? 'mechanisms' : 'functions'}/${id}/`,
    title: `${kind === 'm' ? '机制比较' : '职能'}：${name}`,
    terms: indexes.map((i) => terms[i]),
  }));
}

export function cataloguePages(
  mechanisms: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>,
  functions: ReadonlyArray<{ id: string; name: string; aliases: readonly string[] }>,
): CataloguePage[] {
  const fold = (words: readonly string[]) => [...new Set(words.map((w) => normalizeQuery(w)).filter((w) => w.length >= 2))];
  return [
    ...mechanisms.map((m) => ({ terms: fold([m.name, m.name.replace(/（.*?）/g, ''), ...m.aliases]), url: `/mechanisms/${m.id}/`, title: `机制比较：${m.name}`, kind: 'mechanism' as const })),
    ...functions.map((f) => ({ terms: fold([f.name, ...f.aliases]), url: `/functions/${f.id}/`, title: `职能：${f.name}`, kind: 'function' as const })),
  ];
}

/** Pages whose words the query is, or begins (a prefix of two characters or more: `临时` for 临时党支部). */
export function pagesFor(query: string, pages: readonly CataloguePage[]): CataloguePage[] {
  const q = normalizeQuery(query);
  if (q.length < 2 || q.includes(' ')) return [];
  const exact = pages.filter((p) => p.terms.includes(q));
  if (exact.length) return exact;
  return pages.filter((p) => p.terms.some((t) => t.startsWith(q))).slice(0, 3);
}
