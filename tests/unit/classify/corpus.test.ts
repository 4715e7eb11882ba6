import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, loadCatalogue } from '../../../src/pipeline/classify/catalogue';
import { extractFigures } from '../../../src/pipeline/classify/extract-figures';
import { indexParagraphs, matchMechanisms } from '../../../src/pipeline/classify/match-mechanisms';
import { corpusSections } from './corpus-sections';

const root = resolve(import.meta.dirname, '../../..');
const catalogue = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));
const sections = corpusSections();

/** Mechanism id -> names of the sections that run it. */
const runBy = new Map<string, string[]>();
for (const s of sections) {
  for (const m of matchMechanisms(indexParagraphs(s.body), catalogue.mechanisms)) {
    runBy.set(m.id, [...(runBy.get(m.id) ?? []), s.name]);
  }
}

describe('the catalogue against the bundled corpus', () => {
  it('the rough split finds the 33 case sections DOMAIN.md lists (6 + 12 + 1 + 13 + 1)', () => {
    const perFile = (prefix: string) => sections.filter((s) => s.name.startsWith(prefix)).length;
    expect(['000', '001', '002', '003', '004'].map(perFile)).toEqual([6, 12, 1, 13, 1]);
  });

  it('validates', () => {
    expect(checkCatalogue(catalogue)).toEqual([]);
  });

  it('has at least 10 mechanisms that two or more sections run', () => {
    const shared = [...runBy].filter(([, names]) => names.length >= 2).map(([id]) => id);
    expect(shared.length).toBeGreaterThanOrEqual(10);
    // The comparisons DOMAIN.md names are among them.
    expect(shared).toEqual(
      expect.arrayContaining(['committee-studio', 'temporary-party-branch', 'democratic-appraisal', 'grassroots-council', 'please-consult']),
    );
  });

  it('committee studios are found in 海淀, 延庆, 张家口, 平阳 and 龙湾', () => {
    const names = runBy.get('committee-studio')!;
    for (const name of ['000 海淀区政协', '000 延庆区政协', '003 张家口市政协', '001 委员下沉“接地气” 服务群众“零距离”', '001 增强党建“三力” 促履职提质增效']) {
      expect(names).toContain(name);
    }
  });

  it('every catalogued mechanism occurs in at least one section, or in a real article of the development set (no dead entries)', () => {
    // A mechanism the five bundled articles never run (乡镇政协联络组) is catalogued once real
    // articles show committees running it; its page on the bundled site says it has no case yet.
    const real = join(root, 'tests/fixtures/real');
    const texts = readdirSync(real)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(real, f), 'utf8'));
    const dead = catalogue.mechanisms.filter((m) => !runBy.has(m.id) && !texts.some((t) => m.aliases.some((a) => t.includes(a))));
    expect(dead.map((m) => m.id)).toEqual([]);
  });

  it('the comparable figures of DOMAIN.md come out with their mechanism', () => {
    const counted = sections.flatMap((s) =>
      extractFigures(indexParagraphs(s.body), catalogue.mechanisms)
        .filter((f) => f.mechanism === 'committee-studio' || f.mechanism === 'temporary-party-branch')
        .map((f) => `${s.name.split(' ')[1]} ${f.value}${f.unit}${f.what}`),
    );
    expect(counted).toEqual(
      expect.arrayContaining([
        '海淀区政协 33个委员工作站',
        '延庆区政协 20个政协委员工作室',
        '张家口市政协 10个政协委员工作室',
        '怀柔区政协 4个党员委员履职临时党支部',
        '张家口市政协 23个临时党支部',
        '秦皇岛市政协 15个临时党支部',
      ]),
    );
  });
});
