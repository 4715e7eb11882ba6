/**
 * The /search/ page in the browser: reads the state from the URL, loads Pagefind (pagefind.js,
 * main thread, no worker) and the term list with the first search, runs searches as people type,
 * renders results and keeps the URL in step (typing replaces the history entry, a new search,
 * a filter or a submit adds one, back/forward restores). Loaded only by SearchPage.astro.
 *
 * Works online (Pagefind imported from /pagefind/) and from the offline bundle, where
 * scripts/build-offline.ts installs `window.__casebookOffline` first (see offline-runtime.ts).
 */
import { normalizeQuery, isSearchable, hasHan } from '../../lib/search/normalize';
import { prepareQuery } from '../../lib/search/query';
import { planQuery, prefixExpansions, requiredWords, type QueryPlan } from '../../lib/search/terms';
import { pagesFor, unpackPages, type CataloguePage } from '../../lib/search/catalogue-pages';
import { orderOptions, optionLabel } from '../../lib/search/filter-options';
import { createT2sConverter } from '../../lib/search/t2s';
import { SUPPORT_FILE, supportTerms, type SearchSupport } from '../../lib/search/support';
import { buildExcerpt, excerptHasMatch, cleanIndexedText, type ExcerptSegment } from '../../lib/search/excerpt';
import {
  FILTER_KEYS,
  formatSearchState,
  pagefindFilters,
  parseSearchState,
  sameState,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../../lib/search/url-state';
import { resultHref } from '../../lib/search/links';
import { LEVEL_FILTER_LABELS, PAGE_TYPE_LABELS, type PageType } from '../../lib/search/pagefind-meta';
import type { OfflineRuntime } from '../../lib/search/offline-runtime';
import { refreshPackControls, wirePackControls } from '../../lib/pack/controls';

// ---------------------------------------------------------------------------------------------
// Pagefind's JS API, the parts used here.

interface ResultData {
  url: string;
  /** The URL as indexed (`/cases/x/`); `url` has Pagefind's base prepended, which offline is the sentinel. */
  raw_url?: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface Response {
  results: Result[];
  /** Counts within the results, by filter value. */
  filters: Record<string, Record<string, number>>;
  /** Counts for the query with no filter applied. */
  totalFilters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, o?: Record<string, unknown>): Promise<Response | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Engine {
  pagefind: Pagefind;
  terms: string[];
  pages: CataloguePage[];
  toSimplified: (text: string) => string;
}

const PAGE_SIZE = 10;
const OTHERS_SIZE = 3;
const DEBOUNCE_MS = 120;

// ---------------------------------------------------------------------------------------------
// Where things are: online under the site's base path, or offline from the file system.

const offline: OfflineRuntime | undefined = window.__casebookOffline;
const SITE_BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const BUNDLE_BASE = offline ? offline.sentinel : `${SITE_BASE}pagefind/`;

/** A link to a site path (`/cases/x/`) from this page. */
const hrefFor = (path: string): string =>
  resultHref(path, offline ? { offline: true, fromFile: offline.fromFile } : { offline: false, base: SITE_BASE });

async function importPagefind(): Promise<Pagefind> {
  if (offline) {
    // A module cannot be imported from file://, but one made from bytes (a blob: URL) can.
    const bytes = await offline.load('pagefind.js');
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/javascript' }));
    return (await import(/* @vite-ignore */ url)) as Pagefind;
  }
  return (await import(/* @vite-ignore */ `${BUNDLE_BASE}pagefind.js`)) as Pagefind;
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
    const [pagefind, support] = await Promise.all([importPagefind(), loadSupport()]);
    // No worker: one fewer download (43 kB), and on this index a search takes milliseconds.
    await pagefind.options({ basePath: BUNDLE_BASE, baseUrl: '/', noWorker: true, excerptLength: 40 });
    await pagefind.init();
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

export function startSearchPage(): void {
  const root = $<HTMLElement>('search-root');
  if (!root) return;
  wirePackControls();
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('search-q');
  const filtersBox = $<HTMLElement>('search-filters');
  const sortSelect = $<HTMLSelectElement>('search-sort');
  const status = $<HTMLElement>('search-status');
  const intro = $<HTMLElement>('search-intro');
  const empty = $<HTMLElement>('search-empty');
  const suggest = $<HTMLElement>('search-suggest');
  const failure = $<HTMLElement>('search-error');
  const casesSection = $<HTMLElement>('search-cases');
  const casesList = $<HTMLOListElement>('search-results');
  const more = $<HTMLButtonElement>('search-more');
  const addAll = $<HTMLButtonElement>('search-add-all');
  const othersSection = $<HTMLElement>('search-others');
  const othersList = $<HTMLOListElement>('search-others-list');
  const directSection = $<HTMLElement>('search-direct');
  const directList = $<HTMLUListElement>('search-direct-list');
  const clearFilters = $<HTMLButtonElement>('search-clear-filters');
  const selects = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, form.elements.namedItem(k) as HTMLSelectElement | null]),
  ) as Record<FilterKey, HTMLSelectElement | null>;

  root.dataset.js = 'on';
  filtersBox.hidden = false;

  let current: SearchState = parseSearchState(location.search);
  let seq = 0;
  let timer: number | undefined;
  // Whether the current history entry belongs to a finished search (the next typed search then
  // gets its own entry) or to one being typed (further typing replaces it).
  let entryCommitted = true;
  let shownResults: Result[] = [];
  let shownPlan: QueryPlan | null = null;
  let options: Promise<void> | undefined;

  const setStatus = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  // ---- form <-> state

  function readForm(): SearchState {
    const state: SearchState = { q: input.value, filters: {}, sort: (sortSelect.value || 'relevance') as SortOrder };
    for (const key of FILTER_KEYS) {
      const value = selects[key]?.value;
      if (value) state.filters[key] = value;
    }
    return state;
  }

  function ensureOption(select: HTMLSelectElement, value: string) {
    if (value && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
  }

  function writeForm(state: SearchState) {
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
  }

  function updateCityVisibility() {
    const city = selects.city;
    if (!city) return;
    const wrapper = city.closest<HTMLElement>('[data-filter]');
    if (wrapper) wrapper.hidden = !selects.province?.value && !city.value;
  }

  // ---- filter options, from the index (cases only)

  function fillOptions(e: Engine): Promise<void> {
    options ??= fillOptionsOnce(e).catch((err) => {
      options = undefined;
      throw err;
    });
    return options;
  }

  async function fillOptionsOnce(e: Engine) {
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
    await fillCities(e);
    if (lastCounts) showCounts(lastCounts.response, lastCounts.state);
  }

  /**
   * Each option's count follows the search: how many of the results have it (for a filter already
   * chosen, how many the query finds with it, so switching to another value is an informed choice).
   */
  let lastCounts: { response: Response; state: SearchState } | undefined;
  function showCounts(response: Response, state: SearchState) {
    lastCounts = { response, state };
    for (const key of FILTER_KEYS) {
      const select = selects[key];
      if (!select) continue;
      const counts = (state.filters[key] ? response.totalFilters?.[key] : response.filters[key]) ?? {};
      for (const option of [...select.options].slice(1)) option.textContent = optionLabel(option.value, counts[option.value] ?? 0);
    }
  }

  async function fillCities(e: Engine) {
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
  }

  // ---- rendering

  function showOnly(...visible: HTMLElement[]) {
    for (const el of [intro, empty, failure, casesSection, othersSection, directSection]) el.hidden = !visible.includes(el);
  }

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

  /** The next page of case results (or the first, replacing what is shown). */
  async function renderMore(mySeq: number, first = false) {
    const start = first ? 0 : casesList.children.length;
    const batch = shownResults.slice(start, start + PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mySeq !== seq) return;
    const items = data.map((d) => resultItem(d, shownPlan, false));
    if (first) casesList.replaceChildren(...items);
    else casesList.append(...items);
    more.hidden = casesList.children.length >= shownResults.length;
    // 全部加入讲义 takes the cases shown so far: what the trainer has looked at.
    addAll.dataset.packIds = [...casesList.querySelectorAll<HTMLElement>('[data-pack-id]')].map((b) => b.dataset.packId).join(' ');
    refreshPackControls();
    return items;
  }

  // ---- searching

  async function run(state: SearchState, history: 'push' | 'replace' | 'none') {
    const mySeq = ++seq;
    current = state;
    if (history !== 'none') {
      const url = `${location.pathname}${formatSearchState(state)}${location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    const normalized = normalizeQuery(state.q);
    const hasFilters = Object.keys(state.filters).length > 0;
    root.dataset.status = 'searching';

    if (!isSearchable(normalized) && !hasFilters) {
      // Nothing to search: the prompt, not an error (an empty box, or only punctuation).
      showOnly(intro);
      setStatus(state.q.trim() ? '请输入关键词：只含标点或空格的内容无法搜索。' : '请输入关键词。');
      root.dataset.status = 'done';
      root.dataset.query = normalized;
      delete root.dataset.count;
      loadEngine().then(fillOptions).catch(() => {});
      return;
    }

    let e: Engine;
    try {
      e = await loadEngine();
    } catch (err) {
      if (mySeq !== seq) return;
      showOnly(failure);
      setStatus('搜索索引未能加载，暂时无法搜索。');
      root.dataset.status = 'error';
      console.error(err);
      return;
    }
    if (mySeq !== seq) return;

    const { simplified: query, plan } = prepareQuery(state.q, e.terms, e.toSimplified);
    const sort =
      state.sort === 'date-desc' || (!plan && state.sort === 'relevance')
        ? { date: 'desc' }
        : state.sort === 'date-asc'
          ? { date: 'asc' }
          : undefined;
    // A query that begins catalogue terms (`临时` for 临时党支部) also finds what they find.
    const expansions = plan && !plan.parts.some((p) => p.token) ? prefixExpansions(query, e.terms) : [];
    const caseFilters = pagefindFilters(state.filters, { type: 'case' });
    const [cases, others, allKnown, ...expanded] = await Promise.all([
      e.pagefind.search(plan ? plan.pagefindQuery : null, { filters: caseFilters, sort }),
      // Sources and mechanisms have no region or year: listed only for a plain text search.
      plan && !hasFilters
        ? e.pagefind.search(plan.pagefindQuery, { filters: { type: { any: ['lesson', 'mechanism', 'source'] } } })
        : Promise.resolve(null),
      plan ? everyWordIndexed(e.pagefind, plan) : Promise.resolve(true),
      ...expansions.map((t) => e.pagefind.search(planQuery(t, e.terms).pagefindQuery, { filters: caseFilters, sort })),
    ]);
    if (mySeq !== seq || !cases) return;
    if (!allKnown) {
      cases.results = [];
      if (others) others.results = [];
    }
    for (const extra of expanded) {
      const seen = new Set(cases.results.map((r) => r.id));
      if (extra) cases.results.push(...extra.results.filter((r) => !seen.has(r.id)));
    }
    showCounts(cases, state);
    const direct = hasFilters ? [] : pagesFor(query, e.pages);
    directList.replaceChildren(
      ...direct.map((page) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = hrefFor(page.url);
        a.className = 'font-bold';
        a.textContent = page.title;
        li.append(a);
        return li;
      }),
    );
    const directShown = direct.length ? [directSection] : [];

    shownResults = cases.results;
    shownPlan = plan;
    // Both lists' fragments load together; each list is replaced in one step (no empty flash).
    const otherDataPromise = others ? Promise.all(others.results.slice(0, OTHERS_SIZE).map((r) => r.data())) : Promise.resolve([]);
    await renderMore(mySeq, true);
    const otherData = await otherDataPromise;
    if (mySeq !== seq) return;
    othersList.replaceChildren(...otherData.map((d) => resultItem(d, plan, true)));

    const label = plan ? `“${query}”` : '所选条件';
    const filterText = describeFilters(state);
    if (cases.results.length) {
      showOnly(...directShown, casesSection, ...(otherData.length ? [othersSection] : []));
      setStatus(
        `找到 ${cases.results.length} 个与${label}相关的案例${filterText}` +
          (cases.results.length > PAGE_SIZE ? `，先显示 ${Math.min(PAGE_SIZE, cases.results.length)} 个` : '') +
          (otherData.length ? `；另有 ${others!.results.length} 个课程、机制或来源页面${others!.results.length > otherData.length ? `，列出前 ${otherData.length} 个` : ''}` : '') +
          '。',
      );
    } else {
      renderSuggestions(e, query, hasFilters);
      showOnly(...directShown, empty, ...(otherData.length ? [othersSection] : []));
      setStatus(
        `没有找到与${label}相关的案例${filterText}。` + (otherData.length ? `有 ${others!.results.length} 个课程、机制或来源页面提到它。` : ''),
      );
    }
    root.dataset.status = 'done';
    root.dataset.query = query;
    root.dataset.count = String(cases.results.length);
    // Filter options after the results, so the first search does not queue behind them.
    void fillOptions(e).catch(() => {});
  }

  function describeFilters(state: SearchState): string {
    const parts = FILTER_KEYS.map((k) => state.filters[k]).filter(Boolean);
    return parts.length ? `（筛选：${parts.join('、')}）` : '';
  }

  function renderSuggestions(e: Engine, query: string, hasFilters: boolean) {
    clearFilters.hidden = !hasFilters;
    suggest.replaceChildren();
    if (!query) return;
    // Catalogue terms that share the most characters with the query, e.g. 协商议事 -> 协商议事会.
    const chars = new Set(query);
    const scored = e.terms
      .map((t) => ({ t, n: [...new Set(t)].filter((c) => chars.has(c)).length }))
      .filter((x) => x.n >= Math.min(2, chars.size) && x.t !== query)
      .sort((a, b) => b.n - a.n || a.t.length - b.t.length)
      .slice(0, 6);
    for (const { t } of scored) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `?q=${encodeURIComponent(t)}`;
      a.dataset.searchQuery = t;
      a.textContent = t;
      li.append(a);
      suggest.append(li);
    }
    suggest.closest<HTMLElement>('[data-suggest]')!.hidden = scored.length === 0;
  }

  function schedule(delay: number) {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const next = readForm();
      if (sameState(next, current) && root.dataset.status === 'done') return;
      void run(next, entryCommitted ? 'push' : 'replace');
      entryCommitted = false;
    }, delay);
  }

  // ---- events

  input.addEventListener('focus', () => void loadEngine().catch(() => {}), { once: true });
  input.addEventListener('input', (ev) => {
    // Mid-composition (pinyin being typed into an input method) the box holds Latin letters that
    // are not the query yet; compositionend fires the search.
    if ((ev as InputEvent).isComposing) return;
    schedule(DEBOUNCE_MS);
  });
  input.addEventListener('compositionend', () => schedule(DEBOUNCE_MS));

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    window.clearTimeout(timer);
    const next = readForm();
    void run(next, sameState(next, current) ? 'replace' : entryCommitted ? 'push' : 'replace');
    entryCommitted = true;
  });

  form.addEventListener('change', (ev) => {
    const target = ev.target as HTMLElement;
    if (target === input) return;
    if (target === selects.province && selects.city) {
      selects.city.value = '';
      void loadEngine().then(fillCities).catch(() => {});
    }
    window.clearTimeout(timer);
    void run(readForm(), 'push');
    entryCommitted = true;
  });

  clearFilters.addEventListener('click', () => {
    const next: SearchState = { ...readForm(), filters: {} };
    writeForm(next);
    void run(next, 'push');
    entryCommitted = true;
    input.focus();
  });

  more.addEventListener('click', async () => {
    const items = await renderMore(seq);
    items?.[0]?.querySelector('a')?.focus();
    setStatus(`已显示 ${casesList.children.length} / ${shownResults.length} 个案例。`);
  });

  // In-page query links (examples, suggestions): search without reloading the page.
  root.addEventListener('click', (ev) => {
    const a = (ev.target as HTMLElement).closest<HTMLAnchorElement>('a[data-search-query]');
    if (!a || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    const next: SearchState = { ...readForm(), q: a.dataset.searchQuery ?? '' };
    writeForm(next);
    void run(next, 'push');
    entryCommitted = true;
    input.focus();
  });

  window.addEventListener('popstate', () => {
    const state = parseSearchState(location.search);
    writeForm(state);
    void run(state, 'none');
    entryCommitted = true;
  });

  // ---- start

  writeForm(current);
  void run(current, 'none');
  if (!current.q) input.focus();
}

// ---------------------------------------------------------------------------------------------

/** False when a word of the query is nowhere in the index (Pagefind would ignore it). */
async function everyWordIndexed(pagefind: Pagefind, plan: QueryPlan): Promise<boolean> {
  const words = requiredWords(plan);
  if (words.length < 2) return true;
  const found = await Promise.all(words.map((w) => pagefind.search(w)));
  return found.every((r) => !r || r.results.length > 0);
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
