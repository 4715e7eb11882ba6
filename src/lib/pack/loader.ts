import type { PackCase } from '../../schemas';
import { sourceIdOfCase } from '../../pipeline/cases/case-id';

/**
 * Loading cases in the browser for the pack, the side-by-side view and the reference downloads.
 * The cases of each article are a classic script, /data/pack/<source id>.js, that puts them in
 * `self.casebookCases`: a script element loads from a server and from the file system alike,
 * where fetch() of a local file is refused. The article's id is part of every case id.
 */
declare global {
  interface Window {
    casebookCases?: Record<string, PackCase>;
  }
}

/**
 * The address of the site's root folder, from the header's home link: `/` on a server (or the
 * base path the site is published under), `../../index.html` in the offline copy, whose links the
 * offline build rewrites. So no page needs to know where it is.
 */
export function siteRoot(): URL {
  const home = document.querySelector<HTMLAnchorElement>('a[data-site-root]');
  const url = new URL(home?.getAttribute('href') ?? '/', location.href);
  url.pathname = url.pathname.replace(/index\.html$/, '');
  url.search = '';
  url.hash = '';
  return url;
}

/** A site path (`/cases/x/`) as a link that works here: the same on a server, a file offline. */
export function sitePath(path: string): string {
  const root = siteRoot();
  const url = new URL(path.replace(/^\//, ''), root);
  if (root.protocol === 'file:' && url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
}

function loadScript(src: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = document.createElement('script');
    s.src = src;
    s.async = true;
    s.onload = () => resolve(true);
    s.onerror = () => resolve(false);
    document.head.append(s);
  });
}

export interface LoadedCases {
  cases: Map<string, PackCase>;
  /** Ids the casebook no longer has (a case removed or renamed since the pack was made). */
  missing: string[];
}

export async function loadCases(ids: readonly string[]): Promise<LoadedCases> {
  const root = siteRoot();
  const sources = new Set(ids.filter((id) => !window.casebookCases?.[id]).flatMap((id) => sourceIdOfCase(id) ?? []));
  await Promise.all([...sources].map((source) => loadScript(new URL(`data/pack/${source}.js`, root).href)));
  const cases = new Map<string, PackCase>();
  const missing: string[] = [];
  for (const id of ids) {
    const c = window.casebookCases?.[id];
    if (c) cases.set(id, c);
    else missing.push(id);
  }
  return { cases, missing };
}
