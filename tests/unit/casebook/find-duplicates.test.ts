import { describe, expect, it } from 'vitest';
import { contentKey, findDuplicates } from '../../../src/pipeline/article/find-duplicates';
import type { Source } from '../../../src/schemas';

const source = (id: string, file: string, paragraphs: string[], lead: string | null = null) => ({ id, file, paragraphs, lead }) as Source;

describe('findDuplicates', () => {
  const text = ['6月14日，北京市西城区政协召开会议。', '会议通报了委员工作室建设情况。'];

  it('finds the same article saved again with other whitespace, and keeps the file that sorts first', () => {
    const copies = [
      source('b', 'sources/b.txt', text),
      source('a', 'sources/a.txt', text.map((p) => ` ${p.replace('，', '， ')} `)),
      source('c', 'sources/c.txt', ['另一篇文章。']),
    ];
    expect(findDuplicates(copies)).toEqual([{ id: 'b', file: 'sources/b.txt', keptId: 'a', keptFile: 'sources/a.txt' }]);
  });

  it('tells articles apart when a paragraph differs, or text moves between lead and body', () => {
    expect(contentKey(source('a', 'a', text))).not.toBe(contentKey(source('b', 'b', [text[0], text[1] + '又'])));
    expect(contentKey(source('a', 'a', text))).not.toBe(contentKey(source('b', 'b', [text[1]], text[0])));
  });

  it('keeps the copy already published, so a new copy never moves an article', () => {
    const copies = [source('b', 'sources/b.txt', text), source('a', 'sources/a.txt', text)];
    expect(findDuplicates(copies, new Set(['b']))).toEqual([{ id: 'a', file: 'sources/a.txt', keptId: 'b', keptFile: 'sources/b.txt' }]);
  });
});
