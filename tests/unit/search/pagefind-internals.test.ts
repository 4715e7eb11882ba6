import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundleFileKind,
  CHUNK_SIZE_VARIABLE,
  decodeFragment,
  isFragmentPath,
  PAGEFIND_VERSION,
} from '../../../src/lib/search/pagefind-internals';

// The contract between this project and Pagefind's undocumented internals, checked against the
// installed Pagefind. If one of these fails after an upgrade, src/lib/search/pagefind-internals.ts
// needs a look before the search can be trusted again.
const root = join(import.meta.dirname, '../../..');

const page = (n: number, words: string) => `<!doctype html><html lang="zh-CN"><head><title>第${n}页</title></head>
<body><main data-pagefind-body><h1>延庆区政协委员工作室 ${n}</h1><p>${words}</p>
<meta data-pagefind-filter="province[content]" content="北京市"><span data-pagefind-meta="committee">延庆区政协</span></main></body></html>`;

async function buildIndex(pages: number, words: string) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error('no index');
  for (let n = 0; n < pages; n++) {
    const added = await index.addHTMLFile({ url: `/cases/${n}/`, content: page(n, words) });
    expect(added.errors).toEqual([]);
  }
  const { files, errors } = await index.getFiles();
  expect(errors).toEqual([]);
  await index.deleteIndex();
  return files;
}

afterAll(async () => {
  delete process.env[CHUNK_SIZE_VARIABLE];
  await pagefind.close();
});

describe('Pagefind internals (pinned to the installed version)', () => {
  it('is the version the adapter was checked against, pinned exactly in package.json', () => {
    const installed = JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')).version;
    const declared = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies.pagefind;
    expect(installed).toBe(PAGEFIND_VERSION);
    expect(declared).toBe(PAGEFIND_VERSION);
  });

  it('writes fragments the adapter decodes: url, indexed text and metadata', async () => {
    const files = await buildIndex(1, '委员工作室建在社区，群众有事找委员。');
    const fragments = files.filter((f) => isFragmentPath(f.path));
    expect(fragments).toHaveLength(1);
    const fragment = decodeFragment(fragments[0].content);
    expect(fragment.url).toBe('/cases/0/');
    // Chinese text comes back segmented, words apart by zero-width spaces (cleanIndexedText drops them).
    expect(fragment.content).toContain('\u200b');
    expect(fragment.content.replaceAll('\u200b', '')).toContain('群众有事找委员');
    expect(fragment.meta.committee).toBe('延庆区政协');
    expect(fragment.meta.title).toBe('延庆区政协委员工作室 0');
  });

  it('names its bundle files so that every kind the search page loads is recognised', async () => {
    const files = await buildIndex(2, '协商议事');
    const kinds = new Set(files.map((f) => bundleFileKind(f.path)));
    for (const kind of ['pagefind.js', 'wasm', 'meta', 'index', 'filters', 'fragments'] as const) expect(kinds, kind).toContain(kind);
  });

  it('refuses bytes that are not a fragment, loudly', () => {
    expect(() => decodeFragment(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toThrow(/was Pagefind upgraded/);
  });

  it('takes its index chunk size from the unstable variable', async () => {
    const words = Array.from({ length: 400 }, (_, i) => `词${i}号`).join('，');
    const chunks = (files: Array<{ path: string }>) => files.filter((f) => bundleFileKind(f.path) === 'index').length;
    await pagefind.close();
    delete process.env[CHUNK_SIZE_VARIABLE];
    const big = chunks(await buildIndex(20, words));
    await pagefind.close();
    process.env[CHUNK_SIZE_VARIABLE] = '200';
    const small = chunks(await buildIndex(20, words));
    expect(small).toBeGreaterThan(big);
  });
});
