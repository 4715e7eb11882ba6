/**
 * `npm run serve`: serve a built site (dist/ by default) over HTTP with no dependencies.
 *
 *   tsx scripts/serve.ts [dir] [--port 8080]      (or PORT=8080; default 4321; dir defaults to SITE_DIST or dist)
 *
 * Behaves like the static hosts the site is meant for: `/x/` serves `/x/index.html`, `/x` redirects
 * to `/x/` when that is a directory, unknown paths get `404.html` with status 404. Importable:
 * `startServer({ root, port })` resolves to `{ url, close }` (port 0 picks a free port), which the
 * browser tests use.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
  // Pagefind's index files (a later issue adds search).
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export const mimeType = (path: string) => MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';

export interface ServerHandle {
  url: string;
  port: number;
  close: () => Promise<void>;
}

export interface ServerOptions {
  root: string;
  port?: number;
  host?: string;
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

/**
 * Sent with every response. The pages carry their own Content-Security-Policy (a meta tag, so it
 * holds on any static host and offline too); what a meta tag cannot say is said here.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
};

function reply(res: ServerResponse, status: number, headers: Record<string, string | number> = {}, body?: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, size: number): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': mimeType(file), 'Content-Length': size, 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * The path a request target asks for, or null when the target is malformed: not an absolute path
 * (`*`, `http://…`), starting with `//` (it would make a protocol-relative redirect), with a
 * backslash, a NUL or a broken percent-encoding.
 */
export function requestedPath(target: string | undefined): { pathname: string; search: string } | null {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.includes('\\')) return null;
  const q = target.indexOf('?');
  const rawPath = q >= 0 ? target.slice(0, q) : target;
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.startsWith('//')) return null;
  return { pathname, search: q >= 0 ? target.slice(q) : '' };
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    reply(res, 405, { Allow: 'GET, HEAD' });
    return;
  }
  const requested = requestedPath(req.url);
  if (!requested) {
    reply(res, 400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'bad request');
    return;
  }
  const { pathname, search } = requested;
  // Resolve inside root only: `..` must never reach the file system; and nothing whose name
  // starts with a dot (build internals such as .prerender/, editor files) is ever served.
  const target = resolve(root, `.${pathname}`);
  const hidden = pathname.split('/').some((part) => part.startsWith('.'));
  if (target !== root && !target.startsWith(root + sep)) {
    reply(res, 403, { 'Content-Type': 'text/plain; charset=utf-8' }, 'forbidden');
    return;
  }

  const info = hidden ? null : await statOrNull(target);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // Always a path on this host: the target was checked to start with exactly one slash.
      reply(res, 301, { Location: `${encodeURI(pathname)}/${search}` });
      return;
    }
    const index = join(target, 'index.html');
    const indexInfo = await statOrNull(index);
    if (indexInfo?.isFile()) return send(req, res, 200, index, indexInfo.size);
  } else if (info?.isFile()) {
    return send(req, res, 200, target, info.size);
  }

  const notFound = join(root, '404.html');
  const notFoundInfo = await statOrNull(notFound);
  if (notFoundInfo?.isFile()) return send(req, res, 404, notFound, notFoundInfo.size);
  reply(res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, '404 not found');
}

/** Serve `root`; resolves once listening. `port: 0` asks the OS for a free port. */
export function startServer({ root, port = 4321, host = '127.0.0.1' }: ServerOptions): Promise<ServerHandle> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    handle(base, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolvePromise({
        url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function cliOptions(argv: string[]): { root: string; port: number } {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { port: { type: 'string' } } });
  const root = positionals[0] ?? process.env.SITE_DIST ?? 'dist';
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port number: ${values.port ?? process.env.PORT}`);
  return { root, port };
}

async function main(): Promise<void> {
  const { root, port } = cliOptions(process.argv.slice(2));
  const info = await statOrNull(resolve(root));
  if (!info?.isDirectory()) {
    console.error(`serve: ${root}/ does not exist; build the site first (npm run build)`);
    process.exit(1);
  }
  const handle = await startServer({ root, port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`serve: ${resolve(root)} at ${handle.url}`);
  const stop = () => void handle.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: Error) => {
    console.error(`serve: ${e.message}`);
    process.exit(1);
  });
}
