/**
 * The /search/ page in the browser: reads the state from the URL, loads Pagefind (pagefind.js,
 * main thread, no worker) and the term list with the first search, runs searches as people type,
 * renders results and keeps the URL in step (typing replaces the history entry, a new search,
 * a filter or a submit adds one, back/forward restores). Loaded only by SearchPage.astro.
 *
 * Works online (Pagefind imported from /pagefind/) and from the offline bundle, where
 * scripts/build-offline.ts installs `window.__casebookOffline` first (see offline-runtime.ts).
 *
 * What a search asks Pagefind and what it says of the answer is lib/search/run-search.ts (no DOM);
 * here are the page's parts: its elements (`SearchDom`), the form (`SearchForm`: state in and out,
 * filter options), a session that runs searches and shows them (`SearchSession`), and the events.
 */
import { normalizeQuery, hasHan } from '../../lib/search/normalize';
import type { QueryPlan } from '../../lib/search/terms';
import { unpackPages, type CataloguePage } from '../../lib/search/catalogue-pages';
import { orderOptions, optionLabel } from '../../lib/search/filter-options';
import { createT2sConverter } from '../../lib/search/t2s';
import { SUPPORT_FILE, supportTerms, type SearchSupport } from '../../lib/search/support';
import { buildExcerpt, excerptHasMatch, cleanIndexedText, type ExcerptSegment } from '../../lib/search/excerpt';
import { FILTER_KEYS, formatSearchState, parseSearchState, sameState, type FilterKey, type SearchState, type SortOrder } from '../../lib/search/url-state';
import {
  hasFilters,
  hasSearch,
  OTHERS_SIZE,
  PAGE_SIZE,
  promptStatus,
  resultStatus,
  searchCasebook,
  suggestTerms,
  type Engine,
  type Pagefind,
  type PagefindResponse,
  type PagefindResult,
  type ResultData,
  type SearchOutcome,
} from '../../lib/search/run-search';
import { resultHref } from '../../lib/search/links';
import { openIndex, sharingFetch } from '../../lib/search/parts';
import { LEVEL_FILTER_LABELS, PAGE_TYPE_LABELS, type PageType } from '../../lib/search/pagefind-meta';
import type { OfflineRuntime } from '../../lib/search/offline-runtime';
import { refreshPackControls, wirePackControls } from '../../lib/pack/controls';

/** Quiet time after a keystroke before the search runs. */
const DEBOUNCE_MS = 120;

// ---------------------------------------------------------------------------------------------
// Where things are: online under the site's base path, or offline from the file system.

const offline: OfflineRuntime | undefined = window.__casebookOffline;
const SITE_BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const BUNDLE_BASE = offline ? offline.sentinel : `${SITE_BASE}pagefind/`;

/** A link to a site path (`/cases/x/`) from this page. */
const hrefFor = (path: string): string =>
  resultHref(path, offline ? { offline: true, fromFile: offline.fromFile } : { offline: false, base: SITE_BASE });

/**
 * pagefind.js as a new module instance: one per part of the index (src/lib/search/parts.ts). The
 * first is the plain import; the others differ by a query string online, by blob URL offline.
 */
async function importPagefind(part: number): Promise<Pagefind> {
  if (offline) {
    // A module cannot be imported from file://, but one made from bytes (a blob: URL) can.
    const bytes = await offline.load('pagefind.js');
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/javascript' }));
    return (await import(/* @vite-ignore */ url)) as Pagefind;
  }
  return (await import(/* @vite-ignore */ `${BUNDLE_BASE}pagefind.js${part ? `?part=${part}` : ''}`)) as Pagefind;
}

async function loadSupport(): Promise<SearchSupport> {
  const response = await fetch(`${BUNDLE_BASE}${SUPPORT_FILE}`);
  if (!response.ok) throw new Error(`${SUPPORT_FILE}: HTTP ${response.status}`);
  return (await response.json()) as SearchSupport;
}

let engine: Promise<Engine> | undefined;

/** Load Pagefind and the term list once, on first use (focus, typing or a query in the URL). */
function loadEngine(): Promise<Engine> {
  engine ??= (async () => {
    const [first, support] = await Promise.all([importPagefind(0), loadSupport()]);
    const parts = support.parts ?? [];
    // A large index comes in parts, each asking for Pagefind's WebAssembly: it is fetched once.
    if (parts.length) window.fetch = sharingFetch(window.fetch.bind(window), BUNDLE_BASE);
    // No worker: one fewer download (43 kB), and on this index a search takes milliseconds.
    const load = (part: number) => (part ? importPagefind(part) : Promise.resolve(first));
    const pagefind = await openIndex(load, BUNDLE_BASE, parts, { baseUrl: '/', noWorker: true, excerptLength: 40 });
    document.getElementById('search-root')?.setAttribute('data-engine', 'ready');
    let converter: ((t: string) => string) | undefined;
    const terms = supportTerms(support);
    return {
      pagefind,
      terms,
      pages: unpackPages(support.pages ?? [], terms),
      // Built on the first query with a Han character only.
      toSimplified: (text: string) => (hasHan(text) ? (converter ??= createT2sConverter(support.t2s))(text) : text),
    };
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

// ---------------------------------------------------------------------------------------------
// The page.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The case id in a case page's URL (`/cases/<id>/`), or null for any other page. */
export const caseIdOfUrl = (url: string) => /\/cases\/([a-z0-9-]+)\/(?:index\.html)?(?:[?#].*)?$/.exec(url)?.[1] ?? null;

/** The "加入讲义" button of a case result (src/lib/pack/controls.ts wires it). */
function packButton(id: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'card-foot';
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'pack-button';
  b.dataset.packId = id;
  b.setAttribute('aria-pressed', 'false');
  b.hidden = true;
  b.innerHTML = '<span aria-hidden="true" class="pack-icon"></span><span data-pack-label>加入讲义</span>';
  wrap.append(b);
  return wrap;
}

// ---------------------------------------------------------------------------------------------
// Rendering: DOM only. What a search finds and says comes from lib/search/run-search.ts.

function excerptNode(segments: ExcerptSegment[]): HTMLElement {
  const p = document.createElement('p');
  p.className = 'mt-1 text-sm leading-relaxed';
  for (const s of segments) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      p.append(mark);
    } else p.append(s.text);
  }
  return p;
}

/** A result's card: title (with its page type among other pages), facts, marked terms, excerpt. */
function resultItem(data: ResultData, plan: QueryPlan | null, showType: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'card';
  const meta = data.meta;
  const heading = document.createElement('h3');
  heading.className = 'text-base font-bold';
  if (showType) {
    const badge = document.createElement('span');
    badge.className = 'badge badge-info mr-2 align-middle';
    badge.textContent = PAGE_TYPE_LABELS[(meta.type as PageType) ?? 'case'] ?? '页面';
    heading.append(badge);
  }
  const a = document.createElement('a');
  const url = data.raw_url ?? data.url;
  a.href = hrefFor(url);
  a.textContent = meta.title || url;
  heading.append(a);
  li.append(heading);

  const facts = [meta.committee, meta.region, meta.date ? formatDay(meta.date) : ''].filter(Boolean);
  if (facts.length) {
    const p = document.createElement('p');
    p.className = 'meta';
    p.textContent = facts.join(' · ');
    li.append(p);
  }
  // Functions and mechanisms are searched too: marking them shows why a card matched when its
  // text does not use the words (a 民主评议 case that says 监督评议).
  for (const [key, label] of [['functions', '职能'], ['mechanisms', '机制']] as const) {
    const value = meta[key];
    if (!value) continue;
    const p = excerptNode(buildExcerpt(value, plan?.needles ?? [], value.length + 1));
    p.className = 'text-sm text-muted';
    p.prepend(`${label}：`);
    li.append(p);
  }
  let segments = buildExcerpt(data.content, plan?.needles ?? [], 90);
  if (plan && !excerptHasMatch(segments)) segments = pagefindExcerpt(data.excerpt) ?? segments;
  const excerpt = excerptNode(segments);
  excerpt.classList.add('result-excerpt');
  li.append(excerpt);
  const caseId = (meta.type ?? 'case') === 'case' ? caseIdOfUrl(url) : null;
  if (caseId) li.append(packButton(caseId));
  return li;
}

/** A catalogue page the query names, linked above the results. */
function directItem(page: CataloguePage): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hrefFor(page.url);
  a.className = 'font-bold';
  a.textContent = page.title;
  li.append(a);
  return li;
}

/** A suggested term: an in-page query link. */
function suggestionItem(term: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `?q=${encodeURIComponent(term)}`;
  a.dataset.searchQuery = term;
  a.textContent = term;
  li.append(a);
  return li;
}

/** `2022-06-14` -> `2022年6月14日` (the site's date style; partial dates stay partial). */
function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** Pagefind's excerpt (HTML with <mark>) as segments, read without ever assigning HTML. */
function pagefindExcerpt(html: string): ExcerptSegment[] | null {
  if (!html) return null;
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const segments: ExcerptSegment[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    const text = cleanIndexedText(node.textContent ?? '');
    if (text) segments.push({ text, mark: node.nodeName === 'MARK' });
  }
  return segments.some((s) => s.mark) ? segments : null;
}

// ---------------------------------------------------------------------------------------------
// The page's elements (SearchPage.astro).

interface SearchDom {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  filtersBox: HTMLElement;
  sortSelect: HTMLSelectElement;
  status: HTMLElement;
  intro: HTMLElement;
  empty: HTMLElement;
  suggest: HTMLElement;
  failure: HTMLElement;
  casesSection: HTMLElement;
  casesList: HTMLOListElement;
  more: HTMLButtonElement;
  addAll: HTMLButtonElement;
  othersSection: HTMLElement;
  othersList: HTMLOListElement;
  directSection: HTMLElement;
  directList: HTMLUListElement;
  clearFilters: HTMLButtonElement;
  selects: Record<FilterKey, HTMLSelectElement | null>;
}

function searchDom(): SearchDom | null {
  const root = $<HTMLElement>('search-root');
  if (!root) return null;
  const form = $<HTMLFormElement>('search-form');
  return {
    root,
    form,
    input: $<HTMLInputElement>('search-q'),
    filtersBox: $<HTMLElement>('search-filters'),
    sortSelect: $<HTMLSelectElement>('search-sort'),
    status: $<HTMLElement>('search-status'),
    intro: $<HTMLElement>('search-intro'),
    empty: $<HTMLElement>('search-empty'),
    suggest: $<HTMLElement>('search-suggest'),
    failure: $<HTMLElement>('search-error'),
    casesSection: $<HTMLElement>('search-cases'),
    casesList: $<HTMLOListElement>('search-results'),
    more: $<HTMLButtonElement>('search-more'),
    addAll: $<HTMLButtonElement>('search-add-all'),
    othersSection: $<HTMLElement>('search-others'),
    othersList: $<HTMLOListElement>('search-others-list'),
    directSection: $<HTMLElement>('search-direct'),
    directList: $<HTMLUListElement>('search-direct-list'),
    clearFilters: $<HTMLButtonElement>('search-clear-filters'),
    selects: Object.fromEntries(FILTER_KEYS.map((k) => [k, form.elements.namedItem(k) as HTMLSelectElement | null])) as Record<
      FilterKey,
      HTMLSelectElement | null
    >,
  };
}

// ---------------------------------------------------------------------------------------------
// The form: the search state in and out, and the filters' options and counts from the index.

interface SearchForm {
  read(): SearchState;
  write(state: SearchState): void;
  /** Every filter's options, from the cases in the index: loaded once. */
  fillOptions(e: Engine): Promise<void>;
  /** The cities of the chosen province. */
  fillCities(e: Engine): Promise<void>;
  /**
   * Each option's count follows the search: how many of the results have it (for a filter already
   * chosen, how many the query finds with it, so switching to another value is an informed choice).
   */
  showCounts(response: PagefindResponse, state: SearchState): void;
}

function ensureOption(select: HTMLSelectElement, value: string): void {
  if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
}

function searchForm(dom: SearchDom): SearchForm {
  const { input, sortSelect, selects } = dom;
  let options: Promise<void> | undefined;
  let lastCounts: { response: PagefindResponse; state: SearchState } | undefined;

  const updateCityVisibility = () => {
    const city = selects.city;
    if (!city) return;
    const wrapper = city.closest<HTMLElement>('[data-filter]');
    if (wrapper) wrapper.hidden = !selects.province?.value && !city.value;
  };

  const form: SearchForm = {
    read() {
      const state: SearchState = { q: input.value, filters: {}, sort: (sortSelect.value || 'relevance') as SortOrder };
      for (const key of FILTER_KEYS) {
        const value = selects[key]?.value;
        if (value) state.filters[key] = value;
      }
      return state;
    },
    write(state) {
      input.value = state.q;
      for (const key of FILTER_KEYS) {
        const select = selects[key];
        if (!select) continue;
        const value = state.filters[key] ?? '';
        // A deep link may name a value before (or without) the options being loaded.
        ensureOption(select, value);
        select.value = value;
      }
      sortSelect.value = state.sort;
      updateCityVisibility();
    },
    fillOptions(e) {
      options ??= fillOptionsOnce(e).catch((err) => {
        options = undefined;
        throw err;
      });
      return options;
    },
    async fillCities(e) {
      const city = selects.city;
      const province = selects.province?.value;
      if (!city) return;
      const keep = city.value;
      city.length = 1;
      if (province) {
        const within = await e.pagefind.search(null, { filters: { type: 'case', province } });
        const counts = within?.filters.city ?? {};
        for (const v of orderOptions('city', counts, [])) {
          if (counts[v] > 0) city.add(new Option(optionLabel(v, counts[v]), v));
        }
      }
      ensureOption(city, keep);
      city.value = keep;
      updateCityVisibility();
    },
    showCounts(response, state) {
      lastCounts = { response, state };
      for (const key of FILTER_KEYS) {
        const select = selects[key];
        if (!select) continue;
        const counts = (state.filters[key] ? response.totalFilters?.[key] : response.filters[key]) ?? {};
        for (const option of [...select.options].slice(1)) option.textContent = optionLabel(option.value, counts[option.value] ?? 0);
      }
    },
  };

  async function fillOptionsOnce(e: Engine): Promise<void> {
    // Counts come back with searches only once every filter file is loaded.
    await e.pagefind.filters();
    const all = await e.pagefind.search(null, { filters: { type: 'case' } });
    if (!all) return;
    for (const key of FILTER_KEYS) {
      const select = selects[key];
      if (!select || key === 'city') continue;
      const counts = all.filters[key] ?? {};
      const keep = select.value;
      select.length = 1;
      for (const v of orderOptions(key, counts, Object.values(LEVEL_FILTER_LABELS))) select.add(new Option(optionLabel(v, counts[v]), v));
      ensureOption(select, keep);
      select.value = keep;
    }
    await form.fillCities(e);
    // The counts shown so far came with a search made before the filter files were loaded, when
    // Pagefind counts nothing: the same search again gives them (unless a newer one has since).
    const shown = lastCounts;
    const again = shown ? await searchCasebook(e, shown.state) : null;
    if (shown && again && lastCounts === shown) form.showCounts(again.cases, shown.state);
    document.getElementById('search-root')?.setAttribute('data-filters', 'ready');
  }

  return form;
}

// ---------------------------------------------------------------------------------------------
// A session on the page: runs searches (the latest one wins), shows them, keeps the history.

type HistoryStep = 'push' | 'replace' | 'none';

class SearchSession {
  current: SearchState = parseSearchState(location.search);
  /** Whether the current history entry belongs to a finished search (the next typed search then
   * gets its own entry) or to one being typed (further typing replaces it). */
  entryCommitted = true;
  /** Of the latest search: later answers to earlier searches are dropped. */
  private seq = 0;
  private timer: number | undefined;
  private shownResults: PagefindResult[] = [];
  private shownPlan: QueryPlan | null = null;

  constructor(
    private readonly dom: SearchDom,
    private readonly form: SearchForm,
  ) {}

  /** Run the search the form now holds after `delay` ms of no typing. */
  schedule(delay: number): void {
    this.cancelScheduled();
    this.timer = window.setTimeout(() => {
      const next = this.form.read();
      if (sameState(next, this.current) && this.dom.root.dataset.status === 'done') return;
      void this.run(next, this.entryCommitted ? 'push' : 'replace');
      this.entryCommitted = false;
    }, delay);
  }

  cancelScheduled(): void {
    window.clearTimeout(this.timer);
  }

  /**
   * A search the person asked for (a submit, a filter, a link, back or forward), not typed: any typed
   * search still waiting is dropped, and the entry it makes (a new one by default) counts as finished.
   */
  ask(state: SearchState, history: HistoryStep = 'push'): void {
    this.cancelScheduled();
    void this.run(state, history);
    this.entryCommitted = true;
  }

  async run(state: SearchState, history: HistoryStep): Promise<void> {
    const mySeq = ++this.seq;
    const { root } = this.dom;
    this.current = state;
    if (history !== 'none') {
      const url = `${location.pathname}${formatSearchState(state)}${location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    root.dataset.status = 'searching';
    if (!hasSearch(state)) return this.showPrompt(state);

    let e: Engine;
    try {
      e = await loadEngine();
    } catch (err) {
      if (mySeq === this.seq) this.showFailure(err);
      return;
    }
    if (mySeq !== this.seq) return;
    const outcome = await searchCasebook(e, state);
    if (mySeq !== this.seq || !outcome) return;
    await this.show(state, outcome, e.terms, mySeq);
    if (mySeq !== this.seq) return;
    root.dataset.status = 'done';
    root.dataset.query = outcome.query;
    root.dataset.count = String(outcome.cases.results.length);
    // Filter options after the results, so the first search does not queue behind them.
    void this.form.fillOptions(e).catch(() => {});
  }

  /** The next page of case results (or the first, replacing what is shown). */
  async renderMore(mySeq = this.seq, first = false): Promise<HTMLLIElement[] | undefined> {
    const { casesList, more, addAll } = this.dom;
    const start = first ? 0 : casesList.children.length;
    const batch = this.shownResults.slice(start, start + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mySeq !== this.seq) return;
    const items = data.map((d) => resultItem(d, this.shownPlan, false));
    if (first) casesList.replaceChildren(...items);
    else casesList.append(...items);
    more.hidden = casesList.children.length >= this.shownResults.length;
    // 全部加入讲义 takes the cases shown so far: what the trainer has looked at.
    addAll.dataset.packIds = [...casesList.querySelectorAll<HTMLElement>('[data-pack-id]')].map((b) => b.dataset.packId).join(' ');
    refreshPackControls();
    return items;
  }

  /** Tell how many cases are shown of how many found (after 显示更多). */
  showCount(): void {
    this.setStatus(`已显示 ${this.dom.casesList.children.length} / ${this.shownResults.length} 个案例。`);
  }

  private setStatus(text: string): void {
    if (this.dom.status.textContent !== text) this.dom.status.textContent = text;
  }

  private showOnly(...visible: HTMLElement[]): void {
    const { intro, empty, failure, casesSection, othersSection, directSection } = this.dom;
    for (const el of [intro, empty, failure, casesSection, othersSection, directSection]) el.hidden = !visible.includes(el);
  }

  /** Nothing to search: the prompt, not an error (an empty box, or only punctuation). */
  private showPrompt(state: SearchState): void {
    const { root } = this.dom;
    this.showOnly(this.dom.intro);
    this.setStatus(promptStatus(state));
    root.dataset.status = 'done';
    root.dataset.query = normalizeQuery(state.q);
    delete root.dataset.count;
    loadEngine()
      .then((e) => this.form.fillOptions(e))
      .catch(() => {});
  }

  private showFailure(err: unknown): void {
    this.showOnly(this.dom.failure);
    this.setStatus('搜索索引未能加载，暂时无法搜索。');
    this.dom.root.dataset.status = 'error';
    console.error(err);
  }

  /** One search's results: the pages it names, its cases, the other pages, the status line. */
  private async show(state: SearchState, outcome: SearchOutcome, terms: readonly string[], mySeq: number): Promise<void> {
    const { directSection, directList, casesSection, othersSection, othersList, empty } = this.dom;
    const { cases, others, plan } = outcome;
    this.form.showCounts(cases, state);
    directList.replaceChildren(...outcome.direct.map(directItem));
    const directShown = outcome.direct.length ? [directSection] : [];
    this.shownResults = cases.results;
    this.shownPlan = plan;
    // Both lists' fragments load together; each list is replaced in one step (no empty flash).
    const otherDataPromise = others ? Promise.all(others.results.slice(0, OTHERS_SIZE).map((r) => r.data())) : Promise.resolve([]);
    await this.renderMore(mySeq, true);
    const otherData = await otherDataPromise;
    if (mySeq !== this.seq) return;
    othersList.replaceChildren(...otherData.map((d) => resultItem(d, plan, true)));
    const othersShown = otherData.length ? [othersSection] : [];
    if (cases.results.length) this.showOnly(...directShown, casesSection, ...othersShown);
    else {
      this.showSuggestions(outcome.query, suggestTerms(outcome.query, terms), hasFilters(state));
      this.showOnly(...directShown, empty, ...othersShown);
    }
    this.setStatus(resultStatus(state, outcome, otherData.length));
  }

  private showSuggestions(query: string, terms: string[], hasFilters: boolean): void {
    const { clearFilters, suggest } = this.dom;
    clearFilters.hidden = !hasFilters;
    suggest.replaceChildren();
    if (!query) return;
    suggest.append(...terms.map(suggestionItem));
    suggest.closest<HTMLElement>('[data-suggest]')!.hidden = terms.length === 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Events.

function wireEvents(dom: SearchDom, form: SearchForm, session: SearchSession): void {
  const { input, root, selects } = dom;
  input.addEventListener('focus', () => void loadEngine().catch(() => {}), { once: true });
  input.addEventListener('input', (ev) => {
    // Mid-composition (pinyin being typed into an input method) the box holds Latin letters that
    // are not the query yet; compositionend fires the search.
    if ((ev as InputEvent).isComposing) return;
    session.schedule(DEBOUNCE_MS);
  });
  input.addEventListener('compositionend', () => session.schedule(DEBOUNCE_MS));

  dom.form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const next = form.read();
    session.ask(next, sameState(next, session.current) ? 'replace' : session.entryCommitted ? 'push' : 'replace');
  });

  dom.form.addEventListener('change', (ev) => {
    const target = ev.target as HTMLElement;
    if (target === input) return;
    if (target === selects.province && selects.city) {
      selects.city.value = '';
      void loadEngine()
        .then((e) => form.fillCities(e))
        .catch(() => {});
    }
    session.ask(form.read());
  });

  /** Search for `next` as if typed into the form, and go back to the box. */
  const searchFor = (next: SearchState) => {
    form.write(next);
    session.ask(next);
    input.focus();
  };
  dom.clearFilters.addEventListener('click', () => searchFor({ ...form.read(), filters: {} }));

  dom.more.addEventListener('click', async () => {
    const items = await session.renderMore();
    items?.[0]?.querySelector('a')?.focus();
    session.showCount();
  });

  // In-page query links (examples, suggestions): search without reloading the page.
  root.addEventListener('click', (ev) => {
    const a = (ev.target as HTMLElement).closest<HTMLAnchorElement>('a[data-search-query]');
    if (!a || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    searchFor({ ...form.read(), q: a.dataset.searchQuery ?? '' });
  });

  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    form.write(state);
    session.ask(state, 'none');
  });
}

export function startSearchPage(): void {
  const dom = searchDom();
  if (!dom) return;
  wirePackControls();
  dom.root.dataset.js = 'on';
  dom.filtersBox.hidden = false;
  const form = searchForm(dom);
  const session = new SearchSession(dom, form);
  wireEvents(dom, form, session);
  form.write(session.current);
  void session.run(session.current, 'none');
  if (!session.current.q) dom.input.focus();
}
