import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeType, startServer, type ServerHandle } from '../../scripts/serve';
import { ensureSite, pageTypes } from './support';

// scripts/serve.ts behaves like the static hosts the site is built for.
let server: ServerHandle;
beforeAll(async () => {
  server = await startServer({ root: ensureSite(), port: 0 });
});
afterAll(async () => {
  await server?.close();
});

const get = (path: string, method = 'GET') => fetch(new URL(path, server.url), { method, redirect: 'manual' });

describe('scripts/serve.ts', () => {
  it('serves a directory index with the HTML type', async () => {
    const res = await get(pageTypes().case);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toMatch(/^<!DOCTYPE html>/i);
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const res = await get(`${pageTypes().case.slice(0, -1)}?a=1`);
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${pageTypes().case}?a=1`);
  });

  it('answers unknown paths with 404.html and status 404', async () => {
    const res = await get('/nothing/here/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('页面不存在');
  });

  it('never serves files outside the root', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      const res = await get(path);
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain('"devDependencies"');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/', 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
    expect((await get('/', 'POST')).status).toBe(405);
  });

  it('sends the security headers a meta tag cannot carry, on every response', async () => {
    for (const path of ['/', '/nothing/here/', pageTypes().case.slice(0, -1)]) {
      const res = await get(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    }
  });

  it('answers malformed request targets with 400 and never redirects off the host', async () => {
    const raw = (target: string) =>
      new Promise<{ status: number; location: string | undefined }>((done, fail) => {
        const { port } = new URL(server.url);
        const req = request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
          res.resume();
          done({ status: res.statusCode ?? 0, location: res.headers.location });
        });
        req.on('error', fail);
        req.end();
      });
    for (const target of ['//evil.example/cases', '//evil.example', '/%E4%B8', '/a%00b', '/x\\y', '*']) {
      expect((await raw(target)).status, target).toBe(400);
    }
    const dir = await raw(pageTypes().case.slice(0, -1));
    expect(dir.status).toBe(301);
    expect(dir.location).toMatch(/^\/[^/]/);
  });

  it('never serves build internals or other dot files', async () => {
    mkdirSync(join(ensureSite(), '.prerender'), { recursive: true });
    writeFileSync(join(ensureSite(), '.prerender', 'chunk.mjs'), 'export const secret = 1;');
    try {
      const res = await get('/.prerender/chunk.mjs');
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('secret');
    } finally {
      rmSync(join(ensureSite(), '.prerender'), { recursive: true, force: true });
    }
  });

  it('knows the types the site publishes', () => {
    expect(mimeType('a/b.css')).toBe('text/css; charset=utf-8');
    expect(mimeType('data/cases.csv')).toBe('text/csv; charset=utf-8');
    expect(mimeType('data/cases.json')).toBe('application/json; charset=utf-8');
    expect(mimeType('favicon.svg')).toBe('image/svg+xml');
    expect(mimeType('x.wasm')).toBe('application/wasm');
    expect(mimeType('x.unknown')).toBe('application/octet-stream');
  });
});
