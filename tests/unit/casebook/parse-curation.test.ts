import { describe, expect, it } from 'vitest';
import { parseCurationFiles } from '../../../src/pipeline/cases/parse-curation';
import { isRealDate } from '../../../src/schemas';

const parse = (...files: Array<[string, string]>) => parseCurationFiles(files.map(([file, text]) => ({ file, text })));

describe('parseCurationFiles', () => {
  it('names a misspelt key with the keys the entry takes, and applies the file’s other entries', () => {
    const { curation, problems } = parse([
      'curation/a.yaml',
      'cases:\n  - case: x-1\n    comittee: 西城区政协\n    reason: named in the heading\n  - case: x-2\n    region: "110102"\n    reason: named in the heading\n',
    ]);
    expect(problems).toEqual([
      { kind: 'invalid', file: 'curation/a.yaml', path: 'cases.0.comittee', message: expect.stringMatching(/^unknown key \(this entry takes case, region, committee,/) },
      // With the key misspelt the entry sets nothing, which is said too.
      { kind: 'invalid', file: 'curation/a.yaml', path: 'cases.0', message: expect.stringMatching(/must set at least one of/) },
    ]);
    expect(curation.cases.map((c) => c.case)).toEqual(['x-2']);
  });

  it('reports a section name that is not one (case: for cases:)', () => {
    const { problems } = parse(['curation/b.yaml', 'case:\n  - case: x\n    region: "110102"\n    reason: a mistake\n']);
    expect(problems).toEqual([{ kind: 'invalid', file: 'curation/b.yaml', path: 'case', message: 'unknown section (a curation file has sources, cases, aliases, spans)' }]);
  });

  it('refuses a date that is not in the calendar', () => {
    const { problems, curation } = parse(['curation/c.yaml', 'sources:\n  - source: s\n    date: 2022-06-31\n    reason: the dateline\n']);
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['sources.0.date: no such date in the calendar']);
    expect(curation.sources).toEqual([]);
  });

  it('reports two files that set the same field differently; the later file applies', () => {
    const { problems, curation } = parse(
      ['curation/a.yaml', 'cases:\n  - case: x\n    region: "110102"\n    reason: first reading\n'],
      ['curation/b.yaml', 'cases:\n  - case: x\n    region: "110105"\n    reason: second reading\n'],
    );
    expect(problems).toEqual([
      {
        kind: 'conflict',
        file: 'curation/b.yaml',
        path: 'cases.0.region',
        message: 'case x: region is "110102" in curation/a.yaml (cases.0) but "110105" here; this later one applies',
      },
    ]);
    expect(curation.cases.map((c) => c.region)).toEqual(['110102', '110105']);
  });

  it('reports YAML that does not parse, with its line, and goes on with the next file', () => {
    const { problems, curation } = parse(
      ['curation/bad.yaml', 'cases:\n  - case: [x\n'],
      ['curation/good.yaml', 'aliases:\n  - mechanism: member-studio\n    alias: 委员之家\n    reason: local name\n'],
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'curation/bad.yaml', path: '(file)', message: expect.stringMatching(/^not valid YAML at line \d/) });
    expect(curation.aliases).toHaveLength(1);
  });
});

describe('isRealDate', () => {
  it('knows month lengths and leap years', () => {
    expect(['2022-06-30', '2024-02-29', '2022', '2022-12'].map(isRealDate)).toEqual([true, true, true, true]);
    expect(['2022-06-31', '2023-02-29', '2022-13', '2022-00-10', '2022-1-1'].map(isRealDate)).toEqual([false, false, false, false, false]);
  });
});
