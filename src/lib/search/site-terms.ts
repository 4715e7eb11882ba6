import type { FunctionEntry, MechanismEntry } from '../../schemas';
import type { Casebook } from '../casebook';
import { weightedTerms } from '../../pipeline/classify/catalogue';
import { regionLabel } from './pagefind-meta';
import { termTokenBlock } from './index-html';
import { assertNoTokenCollisions, normalizeTerms, placeNameForms, termMatcher } from './terms';

/**
 * The search terms of a build, and each page's term tokens, written into the page as it is
 * rendered: so the stock Pagefind run over the built site indexes them (src/lib/search/terms.ts
 * explains the tokens), in one pass at Pagefind's own speed, with no second reading of the pages.
 *
 * The terms: the catalogue (function and mechanism names, aliases and classifier terms but its phrase cues, with
 * curated aliases merged in) and the names pages declare (every committee named in three or more
 * characters, every place a case is in, in full and short form).
 */
export function catalogueTerms(functions: readonly FunctionEntry[], mechanisms: readonly MechanismEntry[]): string[] {
  return [
    // (Not the classifier's phrase cues, `次会议在`: a token for them would only weigh down the search's files.)
    ...functions.flatMap((f) => [f.name, ...f.aliases, ...weightedTerms(f).flatMap((t) => (t.cue ? [] : [t.term]))]),
    ...mechanisms.flatMap((m) => [m.name, ...m.aliases]),
  ];
}

export function siteTerms(book: Pick<Casebook, 'cases' | 'functions' | 'mechanisms'>, extra: readonly string[] = []): string[] {
  const declared: string[] = [];
  for (const c of book.cases) {
    if ([...c.committee].length >= 3) declared.push(c.committee);
    for (const name of regionLabel(c.region).split(' ')) declared.push(...placeNameForms(name));
  }
  const terms = normalizeTerms([...catalogueTerms(book.functions, book.mechanisms), ...declared, ...extra]);
  assertNoTokenCollisions(terms);
  return terms;
}

let cached: { book: object; terms: string[] } | undefined;

/** siteTerms of this build's casebook, worked out once however many pages ask. */
export function siteTermsOf(book: Pick<Casebook, 'cases' | 'functions' | 'mechanisms'>): string[] {
  if (cached?.book !== book) cached = { book, terms: siteTerms(book) };
  return cached.terms;
}

/**
 * The hidden block of a page's term tokens: each term that occurs in its indexed text, weighted
 * like a heading when it is in the title. `text` is what the page gives Pagefind to index (its
 * data-pagefind-body text) plus its result metadata (committee, region, functions, mechanisms).
 */
export function pageTermBlock(terms: readonly string[], title: string, text: string): string {
  const matcher = termMatcher(terms);
  return termTokenBlock(matcher.count(title), matcher.count(`${text}\n${title}`));
}
