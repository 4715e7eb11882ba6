import type { PackCase } from '../../schemas';
import type { CompareModel } from './compare';
import type { Handout } from './handout';
import { formatDate } from '../format';

/**
 * The side-by-side table and the handout as HTML strings: the same markup whether the browser
 * renders a trainer's selection (/pack/, /compare/) or a lesson is rendered at build time
 * (set:html), so the two never drift apart. Every value is escaped here.
 */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** Turns a site path into a link that works where the page is (server or offline folder). */
export type Linker = (path: string) => string;

const caseLink = (c: PackCase, link: Linker) => `<a href="${escapeHtml(link(c.path))}">${escapeHtml(c.fullTitle)}</a>`;

export function compareTableHtml(model: CompareModel, link: Linker): string {
  const { cases } = model;
  const head = `<tr><th scope="col"><span class="sr-only">项目</span></th>${cases.map((c) => `<th scope="col">${caseLink(c, link)}</th>`).join('')}</tr>`;
  const row = (label: string, cells: string[], cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><th scope="row">${escapeHtml(label)}</th>${cells.map((x) => `<td>${x}</td>`).join('')}</tr>`;
  const section = (label: string) => `<tr class="compare-section"><th scope="rowgroup" colspan="${cases.length + 1}">${escapeHtml(label)}</th></tr>`;
  // The figure that ranks the mechanism stands out; other figures of the sentence are only listed.
  const mechanismCell = (m: PackCase['mechanisms'][number] | null) => {
    if (!m) return '<span class="text-muted">—</span>';
    const ranked = m.comparable ? `<strong class="compare-figure">${escapeHtml(m.comparable.label)}</strong>` : '';
    const others = m.figures.length ? `<span class="compare-others">${m.comparable ? '另：' : ''}${escapeHtml(m.figures.join('，'))}</span>` : '';
    return `${ranked}${others}<span class="compare-quote">${escapeHtml(m.quote)}</span>`;
  };
  const rows = [
    ...model.facts.map((f) => row(f.label, f.cells.map(escapeHtml))),
    ...(model.shared.length
      ? [section('共有的机制'), ...model.shared.map((r) => row(r.name, r.cells.map(mechanismCell), 'compare-shared'))]
      : [section('共有的机制'), `<tr><td colspan="${cases.length + 1}" class="text-muted">这几个案例没有共同的机制。</td></tr>`]),
    section('各自的其他机制'),
    row(
      '机制',
      model.others.map((list) => (list.length ? `<ul>${list.map((m) => `<li>${escapeHtml(m.name)}${m.comparable ? `（${escapeHtml(m.comparable.label)}）` : ''}</li>`).join('')}</ul>` : '—')),
    ),
    section('做了什么'),
    row('要点', model.summaries.map(escapeHtml)),
  ];
  return `<div class="compare-scroll" tabindex="0" role="region" aria-label="案例对比表（可左右滑动）"><table class="compare-table"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>`;
}

export function handoutHtml(h: Handout, link: Linker): string {
  const cover = `<section class="handout-cover">
<p class="handout-kicker">政协履职实践案例库 · 培训讲义</p>
<h1 class="handout-title">${escapeHtml(h.title)}</h1>
<dl class="handout-facts"><dt>编印日期</dt><dd>${escapeHtml(formatDate(h.date))}</dd><dt>案例数</dt><dd>${h.cases.length}个</dd><dt>案例库</dt><dd>${escapeHtml(h.address)}</dd></dl>
</section>`;
  const contents = `<section class="handout-contents" aria-labelledby="handout-contents-title"><h2 id="handout-contents-title">目录</h2><ol>${h.cases
    .map((hc) => `<li><a href="#handout-case-${hc.number}">${escapeHtml(hc.case.fullTitle)}</a><span class="handout-contents-meta">${escapeHtml(hc.case.place)}</span></li>`)
    .join('')}${h.comparisons.length ? '<li class="handout-contents-extra"><a href="#handout-compare">机制对照</a></li>' : ''}<li class="handout-contents-extra"><a href="#handout-references">参考文献</a></li></ol></section>`;
  const cases = h.cases
    .map(({ number, case: c, note, reference, address }) => {
      const facts: Array<[string, string]> = [
        ['委员会', c.committee],
        ['地区', `${c.place}（${c.level}）`],
        ['日期', c.date],
        ['职能', c.functions.map((f) => f.name).join('、') || '—'],
        ['机制', c.mechanisms.map((m) => m.name).join('、') || '—'],
        ['数字', c.figures.join('、') || '—'],
      ];
      return `<section class="handout-case" id="handout-case-${number}" aria-labelledby="handout-case-${number}-title">
<p class="handout-case-number">案例${number}</p>
<h2 id="handout-case-${number}-title">${escapeHtml(c.fullTitle)}</h2>
<dl class="handout-case-facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>
${note ? `<aside class="handout-note"><h3>讲解要点</h3>${note.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</aside>` : ''}
<div class="reading">${c.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}${c.incomplete ? '<p class="meta">……（来源文章至此中断）</p>' : ''}</div>
<p class="handout-source">出处：参考文献[${reference}]；案例库页面：<a href="${escapeHtml(link(c.path))}">${escapeHtml(address)}</a></p>
</section>`;
    })
    .join('\n');
  const compare = h.comparisons.length
    ? `<section class="handout-compare" id="handout-compare" aria-labelledby="handout-compare-title"><h2 id="handout-compare-title">机制对照</h2><p class="meta">所选案例中两个以上运行同一机制时，列出各自的数字和做法。</p>${h.comparisons
        .map(
          (cmp) => `<h3>${escapeHtml(cmp.mechanism.name)}（${cmp.rows.length}个案例）</h3><table><thead><tr><th scope="col">案例</th><th scope="col">委员会</th><th scope="col">地区</th><th scope="col">数字</th><th scope="col">做法（原文）</th></tr></thead><tbody>${cmp.rows
            .map((r) => `<tr><td>${r.number}</td><td>${escapeHtml(r.committee)}</td><td>${escapeHtml(r.place)}</td><td>${escapeHtml(r.figures || '—')}</td><td>${escapeHtml(r.quote)}</td></tr>`)
            .join('')}</tbody></table>`,
        )
        .join('')}</section>`
    : '';
  const refs = `<section class="handout-references" id="handout-references" aria-labelledby="handout-references-title"><h2 id="handout-references-title">参考文献</h2><ol>${h.references
    .map((r, i) => `<li><span class="handout-ref-number">[${i + 1}]</span> ${escapeHtml(r)}</li>`)
    .join('')}</ol></section>`;
  return `<article class="handout">${cover}${contents}${cases}${compare}${refs}</article>`;
}
