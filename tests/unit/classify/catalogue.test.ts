import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/schemas';
import {
  buildCatalogue,
  checkCatalogue,
  loadCatalogue,
  parseCatalogue,
  withExtraAliases,
  type Catalogue,
} from '../../../src/pipeline/classify/catalogue';

const root = resolve(import.meta.dirname, '../../..');
const files = { functions: 'fx/functions.yaml', mechanisms: 'fx/mechanisms.yaml' };

const fn = (id: string, order: number, terms: unknown[] = ['协商']) => ({ id, name: id, description: '说明。', terms, order });
const mech = (id: string, aliases: string[], functions = ['consult']) => ({ id, name: id, aliases, description: '说明。', functions });

/** The DataError message `f` throws. */
function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('expected a DataError');
}

describe('the bundled catalogue', () => {
  it('loads and validates: 11 functions in DOMAIN.md order, mechanisms cross-referenced', () => {
    const cat = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));
    expect(cat.functions.map((f) => f.name)).toEqual([
      '政治协商', '民主监督', '参政议政', '凝聚共识', '党的建设', '委员队伍建设', '提案工作',
      '基层协商与社会治理', '文史工作', '宣传与信息', '机关与制度建设',
    ]);
    expect(cat.functions.map((f) => f.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(cat.mechanisms.length).toBeGreaterThanOrEqual(10);
    expect(checkCatalogue(cat)).toEqual([]);
  });

  it('names a missing file', () => {
    expect(messageOf(() => loadCatalogue(join(root, 'nope/functions.yaml'), join(root, 'nope/mechanisms.yaml')))).toMatch(
      /nope\/functions\.yaml: cannot read \(ENOENT\)/,
    );
  });
});

describe('schema errors name the file and the field', () => {
  it('a function without a description', () => {
    const yaml = `- id: consult\n  name: 政治协商\n  terms: [协商]\n  order: 1\n`;
    expect(messageOf(() => parseCatalogue(yaml, '[]', files))).toMatch(
      /^fx\/functions\.yaml: invalid data\n {2}- 0\.description: /,
    );
  });

  it('a term weight that is not positive', () => {
    const msg = messageOf(() => buildCatalogue([fn('consult', 1, [{ term: '协商', weight: 0 }])], [], files));
    expect(msg).toMatch(/^fx\/functions\.yaml: invalid data\n {2}- 0\.terms\.0(\.weight)?: /);
  });

  it('a mechanism id that is not a slug', () => {
    const msg = messageOf(() => buildCatalogue([fn('consult', 1)], [mech('Bad Id', ['委员工作室'])], files));
    expect(msg).toBe('fx/mechanisms.yaml: invalid data\n  - 0.id: expected a lowercase slug of a-z, 0-9 and single hyphens');
  });

  it('YAML that does not parse', () => {
    expect(messageOf(() => parseCatalogue('- id: [unclosed', '[]', files))).toMatch(/^fx\/functions\.yaml: not valid YAML\n {2}- /);
  });
});

describe('cross-reference checks', () => {
  const base: Catalogue = buildCatalogue([fn('consult', 1), fn('supervise', 2, ['监督'])], [], files);

  it('a mechanism serving an unknown function', () => {
    const msg = messageOf(() => buildCatalogue([fn('consult', 1)], [mech('studio', ['委员工作室'], ['consult', 'nope'])], files));
    expect(msg).toBe('fx/mechanisms.yaml: invalid data\n  - 0.functions.1: unknown function "nope" (not an id in fx/functions.yaml)');
  });

  it('a second fallback function', () => {
    const problems = checkCatalogue({ functions: base.functions.map((f) => ({ ...f, fallback: true })), mechanisms: [] }, files);
    expect(problems).toEqual([{ file: 'fx/functions.yaml', path: '1.fallback', message: 'only one function can be the fallback (also 0.fallback)' }]);
  });

  it('an alias claimed by two mechanisms names both', () => {
    const msg = messageOf(() =>
      buildCatalogue(base.functions, [mech('studio', ['委员工作室', '委员之家']), mech('home', ['政协之家', '委员之家'])], files),
    );
    expect(msg).toBe(
      'fx/mechanisms.yaml: invalid data\n' +
        '  - 1.aliases.1: alias "委员之家" is claimed by two mechanisms: "studio" (0.aliases.1) and "home" (1.aliases.1)',
    );
  });

  it('duplicate ids, a term listed twice, an alias with quotation marks: all reported at once', () => {
    const problems = checkCatalogue(
      {
        functions: [...base.functions, { ...base.functions[0], terms: ['协商', '协商'] }],
        mechanisms: [
          { ...mech('studio', ['委员工作室']), units: [], counts: [], verb: '开展' },
          { ...mech('studio', ['“请你来协商”']), units: [], counts: [], verb: '开展' },
        ],
      },
      files,
    );
    expect(problems).toEqual([
      { file: 'fx/functions.yaml', path: '2.id', message: 'duplicate function id "consult" (first at 0.id)' },
      { file: 'fx/functions.yaml', path: '2.terms.1', message: 'term "协商" listed twice (also 2.terms.0)' },
      { file: 'fx/mechanisms.yaml', path: '1.id', message: 'duplicate mechanism id "studio" (first at 0.id)' },
      {
        file: 'fx/mechanisms.yaml',
        path: '1.aliases.0',
        message: 'alias "“请你来协商”" has quotation marks; matching ignores them, write it without',
      },
    ]);
  });
});

describe('withExtraAliases (curation)', () => {
  const cat = buildCatalogue([fn('consult', 1)], [mech('studio', ['委员工作室']), mech('council', ['议事厅'])], files);

  it('adds an alias to its mechanism, leaving the input alone', () => {
    const out = withExtraAliases(cat.mechanisms, [{ mechanism: 'studio', alias: '委员之家' }]);
    expect(out.map((m) => m.aliases)).toEqual([['委员工作室', '委员之家'], ['议事厅']]);
    expect(cat.mechanisms[0].aliases).toEqual(['委员工作室']);
  });

  it('rejects an unknown mechanism and an alias another mechanism owns', () => {
    const msg = messageOf(() =>
      withExtraAliases(
        cat.mechanisms,
        [
          { mechanism: 'nope', alias: '委员之家' },
          { mechanism: 'studio', alias: '议事厅' },
        ],
        'curation/aliases.yaml',
      ),
    );
    expect(msg).toBe(
      'curation/aliases.yaml: invalid data\n' +
        '  - aliases.0.mechanism: unknown mechanism "nope"\n' +
        '  - aliases.1.alias: alias "议事厅" is claimed by two mechanisms: "council" and "studio"',
    );
  });
});
