/**
 * `npm run twins -- <batch folder>… [--min 0.3]`: each new article's closest article in the
 * development set or the batch (scripts/lib/twins.ts), those at or over `--min` first marked for a
 * person to read. Writes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEV_SET } from './eval';
import { closestTwins, type Article } from './lib/twins';

function articles(dir: string): Article[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ name: n.slice(0, -4), text: readFileSync(join(dir, n), 'utf8') }));
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { min: { type: 'string', default: '0.3' } } });
  if (positionals.length === 0) {
    console.error('usage: npm run twins -- <batch folder>… [--min 0.3]');
    process.exit(2);
  }
  const min = Number(values.min);
  const fresh = positionals.flatMap((d) => articles(resolve(d)));
  const inSet = new Set(fresh.map((a) => a.name));
  const set = articles(DEV_SET).filter((a) => !inSet.has(a.name));
  for (const m of closestTwins(fresh, set)) {
    console.log(`${m.share >= min ? 'READ' : '    '} ${m.share.toFixed(2)}  ${m.name}  ~  ${m.other || '(none)'}`);
  }
}

main();
