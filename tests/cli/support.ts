/**
 * Helpers for tests that run the command-line tools as child processes. Every run gets folders of
 * its own (content, cache, report, site, Astro cache) under a fresh temporary directory, so these
 * tests never touch the real sources/, dist/ or .cache/, and a build running beside them cannot
 * change what they see.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TSX = join(ROOT, 'node_modules/.bin/tsx');

export interface Workspace {
  dir: string;
  sources: string;
  curation: string;
  content: string;
  dist: string;
  report: string;
  lessons: string;
  env: Record<string, string>;
}

// Each test file imports its own copy of this module, so this removes the folders of that file's
// workspaces once its tests are done; a run otherwise leaves tens of megabytes in the temp folder.
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary casebook: empty sources/ and curation/, and every output folder inside `dir`. */
export function workspace(prefix: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), `casebook-${prefix}-`));
  made.push(dir);
  const ws = {
    dir,
    sources: join(dir, 'sources'),
    curation: join(dir, 'curation'),
    content: join(dir, 'content'),
    dist: join(dir, 'site'),
    report: join(dir, 'report.json'),
    // The project's lessons cite the bundled corpus; a workspace starts with none.
    lessons: join(dir, 'lessons'),
  };
  mkdirSync(ws.sources);
  mkdirSync(ws.curation);
  mkdirSync(ws.lessons);
  return {
    ...ws,
    env: {
      CASEBOOK_SOURCES: ws.sources,
      CASEBOOK_CURATION: ws.curation,
      CASEBOOK_CONTENT: ws.content,
      CASEBOOK_CACHE: join(dir, 'cache'),
      CASEBOOK_REPORT: ws.report,
      CASEBOOK_LESSONS: ws.lessons,
      CASEBOOK_ASTRO_CACHE: join(dir, 'astro-cache'),
      SITE_DIST: ws.dist,
      // Tests say what they expect of strictness; CI's default must not decide it for them.
      CASEBOOK_STRICT: '0',
    },
  };
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start `tsx <script> …args` in its own process group (so a test can kill the whole build). */
export function start(script: string, args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<RunResult> } {
  const child = spawn(TSX, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<RunResult>((resolveRun, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolveRun({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Run `tsx <script> …args` to the end. */
export const run = (script: string, args: string[], env: Record<string, string>): Promise<RunResult> => start(script, args, env).done;

/** Poll `check` every 100 ms until it holds or `ms` pass. */
export async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
