/**
 * `npm run ingest [-- files…] [--strict] [--quiet] [--list=FILE]`: raw articles in sources/ ->
 * typed content in src/content/generated/ (see scripts/lib/run-ingest.ts).
 *
 * Exit code: 0, also when some files were skipped or curation had problems (each is printed with
 * its file and reason and written to the report); 1 for those problems under --strict (the default
 * under CI); 2 when the project's catalogue is invalid.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataError } from '../src/schemas';
import { casebookPaths, isStrict } from './lib/paths';
import { runIngest } from './lib/run-ingest';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean' },
      quiet: { type: 'boolean' },
      // A file of paths, one a line: for batches too large for a command line.
      list: { type: 'string' },
    },
  });
  const listed = values.list ? readFileSync(values.list, 'utf8').split('\n').filter(Boolean) : [];
  const named = [...positionals, ...listed].map((f) => resolve(f));
  const result = await runIngest({ paths: casebookPaths(), files: named.length ? named : undefined, quiet: values.quiet });
  if (result.problems.length && isStrict(values.strict)) {
    console.error(`ingest: ${result.problems.length} problem(s) and --strict: failing (see the report)`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const usage = e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS');
    if (!(e instanceof DataError) && !usage) throw e;
    console.error(`ingest: ${(e as Error).message}`);
    process.exitCode = 2;
  },
);
