import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../../src/pipeline/classify/catalogue';
import { getGazetteer, type RegionEntry } from '../../src/pipeline/regions/gazetteer';
import { NO_CURATION, runPipeline } from '../../src/pipeline/run-pipeline';
import type { Case } from '../../src/schemas';
import { ROOT } from './paths';

/**
 * Synthetic articles for `npm run bench`: roundups written the way real ones are (a headline, a
 * byline, a lead, then one section per committee under a `某某县政协 标题` heading), whose sections
 * are the bundled corpus's cases with their committee and place replaced by another county's. So
 * every stage of the pipeline does its full work on every article (decoding, cleaning,
 * segmentation, attribution to thousands of different places, classification, figures), and the
 * site has as many regions and committees as a national casebook would.
 *
 * Deterministic: the same n and seed give the same files.
 */
export interface SyntheticArticle {
  name: string;
  text: string;
}

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    // xorshift32: fast, deterministic, good enough to shuffle test data.
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** The bundled corpus's cases, as the pipeline makes them (the material every article is cut from). */
function bundledCases(): Case[] {
  const dir = join(ROOT, 'sources');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
  const catalogue = loadCatalogue(join(ROOT, 'src/content/functions.yaml'), join(ROOT, 'src/content/mechanisms.yaml'));
  return runPipeline(files, catalogue, NO_CURATION).cases.filter((c) => c.body.length >= 2 && c.committeeNamed);
}

/** Counties whose full name is unique in the country: a heading naming one places it exactly. */
function uniqueCounties(): RegionEntry[] {
  const g = getGazetteer();
  return [...g.entries()].filter((e) => e.level === 'county' && !e.name.endsWith('区') && g.byFullName(e.name).length === 1);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The case's text told of another committee: its committee and place names replaced. */
function retell(c: Case, county: RegionEntry): { heading: string; paragraphs: string[] } {
  const committee = `${county.name}政协`;
  const names = [c.committee, c.region.county, c.region.city, c.region.province]
    .filter((x): x is string => !!x && x.length >= 2)
    .sort((a, b) => b.length - a.length);
  const short = (n: string) => n.replace(/(?:市|区|县|省)$/, '');
  const pattern = new RegExp(
    [...new Set([...names, ...names.map(short).filter((s) => s.length >= 2)])].map(escapeRegExp).join('|'),
    'g',
  );
  const replace = (s: string) => s.replace(pattern, (m) => (m === c.committee ? committee : m.endsWith('政协') ? committee : county.name));
  return { heading: `${committee} ${replace(c.title)}`, paragraphs: c.body.map(replace) };
}

/** The i-th article's publishing date, one day after the one before it from 2015-01-01. */
function publishedOn(i: number): string {
  return new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

export function syntheticCorpus(n: number, seed = 20261129): SyntheticArticle[] {
  const rand = random(seed);
  const cases = bundledCases();
  const counties = uniqueCounties();
  if (!cases.length || !counties.length) throw new Error('synthetic corpus: no material (bundled cases or gazetteer empty)');
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < n; i++) {
    const sections = 2 + Math.floor(rand() * 6);
    const lines = [
      `奋斗新时代 担负新使命 各地政协履职扫描（第${i + 1}期）`,
      '',
      `□记者 ${pick(['高原雪', '李明', '王晓', '张宁', '陈静'])}`,
      '',
      // (Dated one day apart, the later the newer: an article added last is the newest, as news is.)
      `发布时间：${publishedOn(i)}`,
      '',
      '本报今日推出专题报道，展示各地政协围绕中心、服务大局的履职实践。',
      '',
    ];
    for (let k = 0; k < sections; k++) {
      const { heading, paragraphs } = retell(pick(cases), pick(counties));
      lines.push(heading, '', ...paragraphs.flatMap((p) => [p, '']));
    }
    articles.push({ name: `synthetic_${String(i).padStart(6, '0')}.txt`, text: lines.join('\n') });
  }
  return articles;
}
