import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCases,
  emptyPack,
  MAX_PACK_CASES,
  mergePacks,
  moveCase,
  packFromQuery,
  packTitle,
  packToQuery,
  parsePack,
  removeCase,
  samePack,
  setNote,
  setTitle,
  type PackState,
} from '../../../src/lib/pack/state';

const ids = (p: PackState) => p.items.map((i) => i.id);

describe('the course pack', () => {
  it('adds cases at the end, once each, and only real ids', () => {
    const p = addCases(addCases(emptyPack(), ['a-1', 'b-2']), ['b-2', 'c-3', '../x', 'UPPER']);
    expect(ids(p)).toEqual(['a-1', 'b-2', 'c-3']);
  });

  it('stops at its limit instead of growing without end', () => {
    const many = Array.from({ length: MAX_PACK_CASES + 5 }, (_, i) => `case-${i}`);
    expect(addCases(emptyPack(), many).items).toHaveLength(MAX_PACK_CASES);
  });

  it('moves a case up and down, and leaves it at either end', () => {
    const p = addCases(emptyPack(), ['a', 'b', 'c']);
    expect(ids(moveCase(p, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveCase(p, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveCase(p, 'a', -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveCase(p, 'c', 1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveCase(p, 'zz', 1))).toEqual(['a', 'b', 'c']);
  });

  it('removes a case and keeps the others and their notes', () => {
    const p = setNote(addCases(emptyPack(), ['a', 'b']), 'b', '讲解：先看数字');
    expect(removeCase(p, 'a').items).toEqual([{ id: 'b', note: '讲解：先看数字' }]);
  });

  it('names an untitled pack with the default title', () => {
    expect(packTitle(emptyPack())).toBe('政协履职实践案例讲义');
    expect(packTitle(setTitle(emptyPack(), '  民主监督专题  '))).toBe('民主监督专题');
  });

  it('reads back only what is a pack from storage or a file', () => {
    expect(parsePack(null)).toEqual(emptyPack());
    expect(parsePack('nonsense')).toEqual(emptyPack());
    expect(
      parsePack({ title: 7, items: [{ id: 'a', note: 'x' }, { id: 'a' }, { id: '<script>' }, { note: 'no id' }, { id: 'b', note: 3 }] }),
    ).toEqual({ title: '', items: [{ id: 'a', note: 'x' }, { id: 'b', note: '' }] });
  });

  it('is carried whole by its shareable URL: order, title and notes', () => {
    const pack = setNote(setTitle(addCases(emptyPack(), ['b-2', 'a-1']), '委员工作室 & 临时党支部?'), 'a-1', '第一行\n第二行 #1');
    const query = packToQuery(pack);
    expect(query.startsWith('c=b-2,a-1&')).toBe(true);
    expect(samePack(packFromQuery(`?${query}`)!, pack)).toBe(true);
  });

  it('round-trips any pack through its URL', () => {
    const id = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
    const text = fc.string({ maxLength: 40 }).map((s) => s.trim());
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(id, text), { selector: ([i]) => i, maxLength: 8 }), text, (items, title) => {
        let pack = setTitle(addCases(emptyPack(), items.map(([i]) => i)), title);
        for (const [i, note] of items) pack = setNote(pack, i, note);
        expect(samePack(packFromQuery(packToQuery(pack))!, pack)).toBe(true);
      }),
    );
  });

  it('treats a URL without c= as no shared pack, and drops ids that are not ids', () => {
    expect(packFromQuery('?t=x')).toBeNull();
    expect(ids(packFromQuery('?c=a,,../../etc,b')!)).toEqual(['a', 'b']);
  });

  it('merges a shared pack into mine without overwriting my notes', () => {
    const mine = setNote(addCases(emptyPack(), ['a', 'b']), 'a', '我的要点');
    const shared = setNote(setNote(addCases(emptyPack(), ['b', 'a', 'c']), 'a', '别人的要点'), 'b', '别人的b');
    const merged = mergePacks(mine, shared);
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
    expect(merged.items.map((i) => i.note)).toEqual(['我的要点', '别人的b', '']);
  });
});
