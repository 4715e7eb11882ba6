/**
 * Single measured steps for `npm run bench`, one per process so that each gets its own time and
 * peak memory: `decode` (a 20 MB single-line article), `gazetteer` (building the place index).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../src/pipeline/text/decode';
import { getGazetteer } from '../src/pipeline/regions/gazetteer';
import { ROOT } from './lib/paths';

const part = process.argv[2];
if (part === 'decode') {
  const unit = readFileSync(join(ROOT, 'sources/002_1c5dea9eec081a1b.txt'));
  const bytes = new Uint8Array(20 * 1024 * 1024);
  for (let at = 0; at + unit.length <= bytes.length; at += unit.length) bytes.set(unit, at);
  const r = decodeBytes(bytes.subarray(0, Math.floor(bytes.length / unit.length) * unit.length), 'big.txt');
  if (!r.ok) throw new Error(r.reason);
} else if (part === 'gazetteer') {
  if (getGazetteer().size < 3000) throw new Error('gazetteer too small');
} else {
  throw new Error(`bench-parts: unknown part ${part ?? '(none)'}; expected decode or gazetteer`);
}
