/**
 * `npm run serve`: serve a built site (dist/ by default) over HTTP with no dependencies.
 *
 *   tsx scripts/serve.ts [dir] [--port 8080]      (or PORT=8080; default 4321)
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

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
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

function send(req: IncomingMessage, res: ServerResponse, status: number, file: string, size: number): void {
  res.writeHead(status, { 'Content-Type': mimeType(file), 'Content-Length': size, 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  // Resolve inside root only: `..` or an encoded NUL must never reach the file system.
  const target = resolve(root, `.${pathname}`);
  if (pathname.includes('\0') || (target !== root && !target.startsWith(root + sep))) {
    res.writeHead(403).end('forbidden');
    return;
  }

  const info = await statOrNull(target);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
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
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 not found');
}

/** Serve `root`; resolves once listening. `port: 0` asks the OS for a free port. */
export function startServer({ root, port = 4321, host = '127.0.0.1' }: ServerOptions): Promise<ServerHandle> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    handle(base, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
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

function parseArgs(argv: string[]): { root: string; port: number } {
  let root = 'dist';
  let port = Number(process.env.PORT ?? 4321);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port') port = Number(argv[++i]);
    else if (a.startsWith('--port=')) port = Number(a.slice(7));
    else if (!a.startsWith('-')) root = a;
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: not a port number: ${port}`);
  return { root, port };
}

async function main(): Promise<void> {
  const { root, port } = parseArgs(process.argv.slice(2));
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
