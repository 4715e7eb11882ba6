import { describe, expect, it } from 'vitest';
import { shardOf, shardProvince } from '../../../src/pipeline/cases/shard';
import { bundled } from './pipeline-support';

const book = bundled();

describe('shardProvince', () => {
  it('reads two digits or a six-digit province code', () => {
    expect(shardProvince('44')).toEqual({ code: '440000', name: '广东省' });
    expect(shardProvince('130000')).toEqual({ code: '130000', name: '河北省' });
  });

  it('refuses what is not a province', () => {
    for (const bad of ['4', '99', '440100', 'gd', '']) expect(shardProvince(bad)).toBeNull();
  });
});

describe('shardOf', () => {
  it('keeps the cases placed in the province, their articles and the province part of the region tree', () => {
    
    const shard = shardOf(book, '130000');
    expect(shard.cases.length).toBeGreaterThan(0);
    expect(shard.cases.length).toBeLessThan(book.cases.length);
    expect(shard.cases.every((c) => c.region.code?.startsWith('13'))).toBe(true);
    expect(book.cases.filter((c) => c.region.code?.startsWith('13'))).toEqual(shard.cases);
    expect(new Set(shard.sources.map((s) => s.id))).toEqual(new Set(shard.cases.map((c) => c.sourceId)));
    expect(shard.regions.length).toBeGreaterThan(0);
    expect(shard.regions.every((r) => r.id.startsWith('13'))).toBe(true);
  });

  it('is empty for a province with no case', () => {
    const shard = shardOf(book, '650000');
    expect(shard).toEqual({ sources: [], cases: [], regions: [] });
  });
});
