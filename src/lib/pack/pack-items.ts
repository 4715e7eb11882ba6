/**
 * What the /pack/ page shows of the pack's cases, as text: one item's card and the compare link.
 * No DOM and no location (the page passes the links in), so tested in Node
 * (tests/unit/pack/pack-items.test.ts).
 */
import type { PackCase } from '../../schemas';
import { MAX_COMPARE, MIN_COMPARE } from './compare';
import { escapeHtml } from './render-html';

export interface PackItemView {
  /** Its place in the pack, from 0, and the pack's length. */
  index: number;
  total: number;
  id: string;
  note: string;
  case: PackCase;
  /** The link to its case page from this page. */
  href: string;
  /** Ticked for the side-by-side comparison. */
  compared: boolean;
}

/** One case's card in the pack: its title, facts, the trainer's note, and the tools to move, remove and compare it. */
export function packItemHtml(v: PackItemView): string {
  const c = v.case;
  return `<li class="card pack-item" data-id="${escapeHtml(v.id)}">
<p><span class="meta">${v.index + 1}.</span> <a href="${escapeHtml(v.href)}" class="font-bold">${escapeHtml(c.fullTitle)}</a></p>
<p class="meta">${escapeHtml([c.place, c.level, c.date].join(' · '))}</p>
<label class="mt-2 block text-sm"><span class="font-bold">讲解要点</span>（印在这个案例之前）<textarea data-note rows="2" maxlength="1000">${escapeHtml(v.note)}</textarea></label>
<div class="pack-item-tools">
<button type="button" class="btn" data-move="-1"${v.index === 0 ? ' disabled' : ''}>上移</button>
<button type="button" class="btn" data-move="1"${v.index === v.total - 1 ? ' disabled' : ''}>下移</button>
<button type="button" class="btn" data-remove>移出讲义</button>
<label class="btn"><input type="checkbox" data-compare${v.compared ? ' checked' : ''}> 对比</label>
</div>
</li>`;
}

export interface CompareLink {
  /** Enough cases ticked, and not too many. */
  ok: boolean;
  /** The compare page with the ticked cases (`comparePage?c=a,b`), or back to the list. */
  href: string;
  note: string;
}

/** The link to compare the ticked cases (in the pack's order) side by side. */
export function compareLink(ticked: readonly string[], comparePage: string): CompareLink {
  const ok = ticked.length >= MIN_COMPARE && ticked.length <= MAX_COMPARE;
  return {
    ok,
    href: ok ? `${comparePage}?c=${ticked.join(',')}` : '#pack-items',
    note: ok ? `将并排对比勾选的${ticked.length}个案例。` : `在案例下勾选“对比”（${MIN_COMPARE}至${MAX_COMPARE}个），可并排对比它们。`,
  };
}
