/**
 * Search from the file system (the offline bundle, opened over file://).
 *
 * There a page cannot `fetch` files or `import` modules from disk (the origin is "null", so every
 * request is cross-origin and refused: Pagefind issues #202 and #241), but it can load classic
 * `<script src>` files and import a `blob:` URL. scripts/build-offline.ts therefore rewrites each
 * file of the Pagefind bundle `pagefind/x` as `pagefind/x.js`, a classic script that hands the
 * file's bytes (base64) to `__casebookPagefindFile`, and injects the runtime below into the search
 * page. The runtime answers `fetch` for a sentinel base URL by loading those scripts on demand,
 * so Pagefind (told to use that base) works unchanged, and only the files a query needs are read.
 *
 * `installOfflineRuntime` must stay self-contained: it is serialised with Function#toString and
 * inlined into the page as a classic script.
 */

export interface OfflineConfig {
  /** Relative path from the page to the site root (`../` for search/index.html). */
  root: string;
  /** The page's own path from the root (`search/index.html`), for building result links. */
  fromFile: string;
  /** Base URL given to Pagefind; never a real location. */
  sentinel: string;
}

export const OFFLINE_SENTINEL = 'https://casebook.offline.invalid/pagefind/';

export interface OfflineRuntime extends OfflineConfig {
  /** The bytes of a bundle file (`pagefind.js`, `fragment/…`), loaded through its wrapper script. */
  load(name: string): Promise<Uint8Array>;
}

declare global {
  interface Window {
    __casebookOffline?: OfflineRuntime;
    __casebookPagefindFile?: (name: string, base64: string) => void;
  }
}

export function installOfflineRuntime(config: OfflineConfig): void {
  const files = new Map<string, Uint8Array>();
  const pending = new Map<string, { promise: Promise<Uint8Array>; resolve: (b: Uint8Array) => void }>();

  const decode = (base64: string) => {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };

  window.__casebookPagefindFile = (name, base64) => {
    const bytes = decode(base64);
    files.set(name, bytes);
    pending.get(name)?.resolve(bytes);
  };

  const load = (name: string): Promise<Uint8Array> => {
    const ready = files.get(name);
    if (ready) return Promise.resolve(ready);
    const waiting = pending.get(name);
    if (waiting) return waiting.promise;
    let resolve!: (b: Uint8Array) => void;
    let reject!: (e: Error) => void;
    const promise = new Promise<Uint8Array>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    pending.set(name, { promise, resolve });
    const script = document.createElement('script');
    script.src = `${config.root}pagefind/${name}.js`;
    script.onerror = () => {
      pending.delete(name);
      reject(new Error(`offline search: pagefind/${name}.js could not be loaded`));
    };
    script.onload = () => script.remove();
    document.head.appendChild(script);
    return promise;
  };

  const nativeFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(config.sentinel)) return nativeFetch(input, init);
    const name = url.slice(config.sentinel.length).replace(/[?#].*$/, '');
    return load(name).then(
      (bytes) => new Response(bytes as BodyInit, { status: 200, headers: { 'Content-Type': 'application/octet-stream' } }),
      () => new Response(null, { status: 404, statusText: 'Not Found' }),
    );
  };

  window.__casebookOffline = { ...config, load };
}

/**
 * The classic script text that installs the runtime with `config`. A no-op `__name` is defined
 * first: the TypeScript loader (esbuild with keepNames) wraps inner functions in that helper, and
 * the serialised function would otherwise call a name the page does not have.
 */
export function offlineRuntimeScript(config: OfflineConfig): string {
  return `(function(){var __name=function(f){return f};(${installOfflineRuntime.toString()})(${JSON.stringify(config)});})();`;
}

/** The classic script text that registers one bundle file (`name` relative to pagefind/). */
export function wrappedBundleFile(name: string, bytes: Uint8Array): string {
  return `__casebookPagefindFile(${JSON.stringify(name)},"${Buffer.from(bytes).toString('base64')}");\n`;
}
