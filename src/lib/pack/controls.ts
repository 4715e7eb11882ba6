import { addCases, packHas, removeCase } from './state';
import { loadPack, onPackChange, savePack } from './store';

/**
 * The "加入讲义" controls on case cards and case pages, "全部加入讲义" on lists, and the count
 * beside 讲义 in the header. Markup (src/components/PackControl.astro):
 *
 *   <button data-pack-id="<case id>" hidden>   one case: adds it, or takes it out again
 *   <button data-pack-ids="<id> <id> …" hidden> every case of the list
 *
 * Buttons stay hidden where this script does not run (they would do nothing). Clicks are handled
 * by one listener on the document, so lists rendered later (search results) need only call
 * refreshPackControls().
 */
const ADD = '加入讲义';
const ADDED = '已加入讲义';

function label(button: HTMLButtonElement, text: string) {
  const span = button.querySelector('[data-pack-label]');
  if (span) span.textContent = text;
  else button.textContent = text;
}

export function refreshPackControls(root: ParentNode = document): void {
  const pack = loadPack();
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-pack-id]')) {
    const inPack = packHas(pack, b.dataset.packId!);
    b.hidden = false;
    b.setAttribute('aria-pressed', String(inPack));
    label(b, inPack ? ADDED : ADD);
    b.title = inPack ? '再按一次从讲义中移出' : '';
  }
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[data-pack-ids]')) {
    const ids = (b.dataset.packIds ?? '').split(/\s+/).filter(Boolean);
    const missing = ids.filter((id) => !packHas(pack, id));
    b.hidden = ids.length === 0;
    b.disabled = missing.length === 0;
    label(b, missing.length === 0 ? `这${ids.length}个案例都已在讲义中` : `全部加入讲义（${ids.length}个）`);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-pack-count]')) {
    el.textContent = pack.items.length ? String(pack.items.length) : '';
    el.hidden = pack.items.length === 0;
  }
}

let wired = false;

/** Wire every pack control on the page; safe to call from several scripts. */
export function wirePackControls(): void {
  if (wired) return;
  wired = true;
  document.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-pack-id], button[data-pack-ids]');
    if (!button) return;
    const pack = loadPack();
    if (button.dataset.packId) {
      const id = button.dataset.packId;
      savePack(packHas(pack, id) ? removeCase(pack, id) : addCases(pack, [id]));
    } else {
      savePack(addCases(pack, (button.dataset.packIds ?? '').split(/\s+/).filter(Boolean)));
    }
    announce();
  });
  onPackChange(() => refreshPackControls());
  refreshPackControls();
}

/** One polite line for screen readers and a glance: how many cases the pack holds now. */
function announce() {
  const status = document.getElementById('pack-status');
  if (!status) return;
  const n = loadPack().items.length;
  status.textContent = n ? `讲义中现有${n}个案例。` : '讲义已空。';
}
