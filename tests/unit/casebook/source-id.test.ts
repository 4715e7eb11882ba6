import { describe, expect, it } from 'vitest';
import { assignSourceIds, sourceIdFromFile } from '../../../src/pipeline/article/source-id';

describe('sourceIdFromFile', () => {
  it('keeps a plain name as it is, separators as hyphens (the bundled ids)', () => {
    expect(sourceIdFromFile('000_4bb3d2b3ae31962d.txt')).toBe('000-4bb3d2b3ae31962d');
    expect(sourceIdFromFile('guangzhou-single.gbk.txt')).toBe('guangzhou-single-gbk');
  });

  it('gives names that differ only in case or in non-ASCII characters different ids', () => {
    const ids = ['ABC.txt', 'abc.txt', '委员abc.txt', '委员会abc.txt'].map(sourceIdFromFile);
    expect(new Set(ids).size).toBe(4);
    expect(ids[1]).toBe('abc');
    expect(ids[0]).toMatch(/^abc-[0-9a-f]{8}$/);
    expect(ids[2]).toMatch(/^abc-[0-9a-f]{8}$/);
  });

  it('names a file with no ASCII letters or digits by a hash of its name, not of its content', () => {
    expect(sourceIdFromFile('政协委员工作室.txt')).toMatch(/^s-[0-9a-f]{8}$/);
    expect(sourceIdFromFile('政协委员工作室.txt')).toBe(sourceIdFromFile('政协委员工作室.txt'));
  });

  it('keeps ids short enough for file names however long the name is', () => {
    const id = sourceIdFromFile(`${'a'.repeat(246)}.txt`);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).not.toBe(sourceIdFromFile(`${'a'.repeat(245)}.txt`));
  });
});

describe('assignSourceIds', () => {
  it('does not change an id when another file is added, in any listing order', () => {
    const before = assignSourceIds(['sources/abc.txt', 'sources/x_y.txt']).ids;
    for (const files of [
      ['sources/ABC.txt', 'sources/abc.txt', 'sources/委员abc.txt', 'sources/x_y.txt'],
      ['sources/委员abc.txt', 'sources/x_y.txt', 'sources/abc.txt', 'sources/ABC.txt'],
    ]) {
      const after = assignSourceIds(files).ids;
      expect(after.get('sources/abc.txt')).toBe(before.get('sources/abc.txt'));
      expect(after.get('sources/x_y.txt')).toBe(before.get('sources/x_y.txt'));
    }
  });

  it('settles names that differ only in separators the same way every time, and reports it', () => {
    const a = assignSourceIds(['s/x_y.txt', 's/x-y.txt']);
    const b = assignSourceIds(['s/x-y.txt', 's/x_y.txt']);
    expect(a.ids).toEqual(b.ids);
    expect(a.ids.get('s/x-y.txt')).toBe('x-y');
    expect(a.ids.get('s/x_y.txt')).toMatch(/^x-y-[0-9a-f]{8}$/);
    expect(a.collisions).toEqual([{ id: 'x-y', kept: 's/x-y.txt', file: 's/x_y.txt', assigned: a.ids.get('s/x_y.txt') }]);
  });

  it('lets the file that already had the id keep it, whatever its spelling', () => {
    const { ids } = assignSourceIds(['s/x-y.txt', 's/x_y.txt'], new Map([['x-y', 's/x_y.txt']]));
    expect(ids.get('s/x_y.txt')).toBe('x-y');
    expect(ids.get('s/x-y.txt')).toMatch(/^x-y-[0-9a-f]{8}$/);
  });
});
