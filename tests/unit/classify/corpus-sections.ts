/**
 * The bundled articles (sources/*.txt) cut into their case sections, roughly, for corpus-level
 * tests of the classify stages. This is test scaffolding, not the pipeline: it does just enough
 * cleaning for the catalogue's words to be findable (drop the glued pinyin readings, Traditional to
 * Simplified, full-width commas, rejoin 003's hard-wrapped lines) and splits sections by each
 * article's heading lines, by hand-written rules per article. The mojibake runs of 000 and 004
 * stay garbled; they hold no catalogue words.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as OpenCC from 'opencc-js';

export interface CorpusSection {
  /** File stem plus the section's label or headline. */
  name: string;
  title: string;
  body: string[];
}

const root = resolve(import.meta.dirname, '../../..');
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const READING = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}\)/g;
const FURNITURE = /^(首页|编辑：|责任编辑：|关键词：|发布时间：|记者 |□记者|【|编者按)/;
const ENUMERATED = /^[一二三四五六七八九十]+、/;

function cleanLines(file: string): string[] {
  const raw = readFileSync(join(root, 'sources', file), 'utf8');
  const text = toSimplified(raw.replace(READING, ''))
    .replace(/,,/g, '，')
    .replace(/,(?=[、。，])/g, '')
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .replace(/;/g, '；');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !FURNITURE.test(l));
}

/** 003 breaks lines mid-sentence: join a line that ends without punctuation to the next. */
function rejoin(lines: string[], isHeading: (l: string) => boolean): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !isHeading(prev) && !isHeading(line) && !/[。！？”：；]$/.test(prev)) {
      out[out.length - 1] = prev + line;
    } else out.push(line);
  }
  return out;
}

function splitAt(file: string, lines: string[], start: (l: string) => boolean, titleOf: (l: string, next: string) => [string, string, number]): CorpusSection[] {
  const sections: CorpusSection[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!start(lines[i])) continue;
    const [name, title, headingLines] = titleOf(lines[i], lines[i + 1] ?? '');
    let j = i + headingLines;
    const body: string[] = [];
    while (j < lines.length && !start(lines[j])) body.push(lines[j++]);
    sections.push({ name: `${file.slice(0, 3)} ${name}`, title, body });
    i = j - 1;
  }
  return sections;
}

export function corpusSections(): CorpusSection[] {
  const label = /^(\S{2,10}政协)：$/;
  const committeeHeading = /^(\S{2,6}市政协) (.+)$/;
  const s000 = splitAt('000', cleanLines('000_4bb3d2b3ae31962d.txt'), (l) => label.test(l), (l, next) => [l.replace('：', ''), next, 2]);
  const s001 = splitAt('001', cleanLines('001_908a390d6d506da1.txt'), (l) => !ENUMERATED.test(l), (l) => [l, l, 1]);
  const l002 = cleanLines('002_1c5dea9eec081a1b.txt');
  const s002: CorpusSection[] = [{ name: '002 金昌市政协', title: l002[0], body: l002.slice(2) }];
  const s003 = splitAt(
    '003',
    rejoin(cleanLines('003_0de38e78cda0ee45.txt'), (l) => committeeHeading.test(l)),
    (l) => committeeHeading.test(l),
    (l) => {
      const m = l.match(committeeHeading)!;
      return [m[1], m[2], 1];
    },
  );
  const l004 = cleanLines('004_556c2cbf0c3b394f.txt');
  const s004: CorpusSection[] = [{ name: '004 湖北省政协', title: l004[0], body: l004.slice(1) }];
  return [...s000, ...s001, ...s002, ...s003, ...s004];
}
