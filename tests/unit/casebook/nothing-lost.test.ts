import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/pipeline/text/decode';
import { ingestSource } from '../../../src/pipeline/article/ingest-source';
import { repairText } from '../../../src/pipeline/text/repair-text';
import { root } from './pipeline-support';

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const count = (texts: Array<string | null>) => {
  const m = new Map<string, number>();
  for (const t of texts) for (const ch of (t ?? '').match(CJK) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
};

/**
 * The invariant of issue 2: every CJK character of the article, after readings are removed and the
 * text repaired, is in the clean text, the lead, or the report's list of removed furniture.
 */
function expectNothingLost(bytes: Uint8Array, name: string) {
  const decoded = decodeBytes(bytes, name);
  if (!decoded.ok) return;
  const repaired = repairText(decoded.text).text;
  const outcome = ingestSource(bytes, name, 'x');
  if (!outcome.ok) {
    // A page that is all furniture (or all whitespace) is refused as a whole, by name: the batch
    // report carries it.
    expect(outcome.reason).toMatch(/no article text left|only whitespace/);
    return;
  }
  const s = outcome.source;
  const kept = count([...s.paragraphs, s.lead, ...s.report.removed.map((r) => r.text)]);
  expect(kept).toEqual(count([repaired]));
}

describe('nothing lost between the raw article and the source record', () => {
  for (const name of readdirSync(join(root, 'sources'))) {
    it(`accounts for every character of ${name}`, () => {
      expectNothingLost(readFileSync(join(root, 'sources', name)), name);
    });
  }

  it('accounts for every character of generated articles mixing furniture, labels and noise', () => {
    const furniture = fc.constantFrom(
      '首页>协商>政协动态', '编辑:罗文', '关键词:政协 委员', '编者按:', '□记者 高原雪', '【五年履职亮点回眸】',
      '人民政协网北京6月14日电 (记者 包松婭)', '发布时间:2022-09-19 10:01:02 来源:民主协商新闻网', '西城區(qū)政協(xié):',
      '一、强化委员学习。', '<b>{x}</b>', '?!北本┦形鞒菂^(qū)', '',
    );
    const line = fc.oneof(furniture, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        expectNothingLost(new TextEncoder().encode(lines.join('\n')), 'generated.txt');
      }),
      { numRuns: 150 },
    );
  });
});
