import { readFileSync } from 'node:fs';
import { ingestSource } from './src/pipeline/article/ingest-source';
import { isKnownPlaceName, regionByCode } from './src/pipeline/regions/gazetteer';
import { homeEvidence } from './src/pipeline/regions/article-context';
for (const base of process.argv.slice(2)) {
  const o = ingestSource(readFileSync(`tests/fixtures/real/${base}.txt`), `${base}.txt`, 'x', { knownPlace: isKnownPlaceName });
  if (!o.ok) { console.log(base, o.reason); continue; }
  const s = o.source;
  const url = readFileSync(`tests/fixtures/real/${base}.yaml`, 'utf8').match(/^url: (.*)$/m)?.[1];
  const ev = homeEvidence({ title: s.title, subtitle: s.subtitle, kicker: s.kicker, lead: s.lead, publisher: s.publisher, place: s.place, author: s.author, furniture: s.report.removed.map((r) => r.text), body: s.paragraphs.join('\n'), url });
  console.log('==', base, '| title:', s.title, '| publisher:', s.publisher);
  for (const e of ev) console.log('  ', e.rank, e.code, regionByCode(e.code)?.name, e.what);
}
