import { describe, expect, it } from 'vitest';
import { indexCasebook } from '../../../src/lib/casebook';
import { toPackCase } from '../../../src/lib/pack/pack-case';
import { compareLink, packItemHtml } from '../../../src/lib/pack/pack-items';
import { bundled, catalogue } from '../casebook/pipeline-support';

// What the /pack/ page draws of a trainer's pack, on the bundled corpus's 海淀 case.
const built = bundled();
const book = indexCasebook({ ...built, functions: catalogue.functions, mechanisms: catalogue.mechanisms });
const haidian = toPackCase(book.cases.find((c) => c.committee === '海淀区政协')!, book, undefined, '2026-11-29');

describe('a case in the pack', () => {
  const view = { index: 0, total: 3, id: haidian.id, note: '先讲<工作室>的由来', case: haidian, href: '/cases/x/', compared: true };

  it('shows its number, title, place and the trainer note, escaped', () => {
    const html = packItemHtml(view);
    expect(html).toContain(`data-id="${haidian.id}"`);
    expect(html).toContain('<span class="meta">1.</span> <a href="/cases/x/" class="font-bold">');
    expect(html).toContain('北京市 海淀区');
    expect(html).toContain('先讲&lt;工作室&gt;的由来</textarea>');
    expect(html).toContain('data-compare checked');
  });

  it('cannot move the first up or the last down', () => {
    expect(packItemHtml(view)).toContain('data-move="-1" disabled');
    expect(packItemHtml(view)).not.toContain('data-move="1" disabled');
    const last = packItemHtml({ ...view, index: 2, compared: false });
    expect(last).toContain('data-move="1" disabled');
    expect(last).not.toContain('data-move="-1" disabled');
    expect(last).not.toContain('checked');
  });
});

describe('the compare link', () => {
  it('compares two to four ticked cases, in the order given', () => {
    expect(compareLink(['a', 'b'], '/compare/')).toEqual({ ok: true, href: '/compare/?c=a,b', note: '将并排对比勾选的2个案例。' });
  });
  it('otherwise says how many to tick and goes nowhere', () => {
    for (const ticked of [['a'], ['a', 'b', 'c', 'd', 'e']]) {
      expect(compareLink(ticked, '/compare/')).toEqual({ ok: false, href: '#pack-items', note: '在案例下勾选“对比”（2至4个），可并排对比它们。' });
    }
  });
});
