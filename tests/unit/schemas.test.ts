import { describe, expect, it } from 'vitest';
import { curationFileSchema, parseWithFriendlyErrors, DataError } from '../../src/schemas';

describe('parseWithFriendlyErrors', () => {
  it('names the file, the field and the reason', () => {
    const bad = { cases: [{ case: 'x', region: '33030', reason: '朔门古港在鹿城区' }] };
    expect(() => parseWithFriendlyErrors(curationFileSchema, bad, 'curation/cases.yaml')).toThrowError(
      /curation\/cases\.yaml: invalid data\n {2}- cases\.0\.region: expected a six-digit GB\/T 2260 code/,
    );
  });
  it('returns parsed data with defaults filled in', () => {
    const ok = parseWithFriendlyErrors(curationFileSchema, {}, 'c.yaml');
    expect(ok).toEqual({ sources: [], cases: [], aliases: [], spans: [] });
  });
  it('throws a DataError that carries the file', () => {
    try {
      parseWithFriendlyErrors(curationFileSchema, { cases: [{ case: 'a', reason: 'long enough' }] }, 'f.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).file).toBe('f.yaml');
      expect((e as Error).message).toMatch(/at least one of region/);
    }
  });
});
