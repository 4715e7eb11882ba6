import type { PackCase } from '../../schemas';
import { isoDateInChina } from '../citation';
import { MAX_COMPARE, MIN_COMPARE } from './compare';
import { handoutCsv, handoutFileName, handoutJson, handoutMarkdown } from './formats';
import { handoutModel, type Handout } from './handout';
import { loadCases, sitePath, siteRoot } from './loader';
import { escapeHtml, handoutHtml } from './render-html';
import { mergePacks, moveCase, packFromQuery, packToQuery, removeCase, samePack, setNote, setTitle, type PackState, emptyPack } from './state';
import { loadPack, onPackChange, savePack, storageWorks } from './store';
import { refreshPackControls } from './controls';

/**
 * The /pack/ page in the browser. The pack is the one in this browser's storage, unless the page
 * was opened from a shared link (?c=…): then the shared pack is shown as it is, and the trainer's
 * own pack is left untouched until they choose to replace it or merge the two (nothing of theirs
 * is overwritten by opening a link). A shared link opened where no pack is kept simply becomes it.
 */
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function startPackPage(): void {
  const app = $<HTMLDivElement>('pack-app');
  if (!app) return;
  app.hidden = false;
  $('pack-storage-warning').hidden = storageWorks();

  let pack: PackState = loadPack();
  let sharedMode = false;
  const fromLink = packFromQuery(location.search);
  if (fromLink && !samePack(fromLink, pack)) {
    if (pack.items.length === 0) {
      pack = fromLink;
      savePack(pack);
    } else {
      pack = fromLink;
      sharedMode = true;
    }
  }

  let loaded = new Map<string, PackCase>();
  let missing: string[] = [];
  const chosenForCompare = new Set<string>();

  const commit = (next: PackState, redraw: 'all' | 'preview' = 'all') => {
    pack = next;
    if (!sharedMode) savePack(pack);
    refreshPackControls();
    void render(redraw);
  };

  const say = (text: string) => {
    $('pack-message').textContent = text;
  };

  const address = () => {
    const site = app.dataset.siteAddress;
    if (site) return site;
    const root = siteRoot();
    return root.protocol === 'file:' ? '离线版（本机文件夹）' : root.href;
  };

  // A page's printed address: on the web its full address; opened from a folder, its site path.
  const pageAddress = (path: string) => {
    const site = app.dataset.siteAddress;
    if (site) return new URL(path.replace(/^\//, ''), site).href;
    const href = sitePath(path);
    return /^https?:/.test(href) ? href : path;
  };
  const handout = (): Handout => handoutModel(pack, loaded, { date: isoDateInChina(), address: address(), pageAddress });

  const shareUrl = () => {
    const url = new URL(location.href);
    url.search = pack.items.length ? packToQuery(pack) : '';
    url.hash = '';
    return url.href;
  };

  function itemHtml(index: number, id: string, note: string): string {
    const c = loaded.get(id);
    if (!c) return '';
    const n = pack.items.length;
    return `<li class="card pack-item" data-id="${escapeHtml(id)}">
<p><span class="meta">${index + 1}.</span> <a href="${escapeHtml(sitePath(c.path))}" class="font-bold">${escapeHtml(c.fullTitle)}</a></p>
<p class="meta">${escapeHtml([c.place, c.level, c.date].join(' · '))}</p>
<label class="mt-2 block text-sm"><span class="font-bold">讲解要点</span>（印在这个案例之前）<textarea data-note rows="2" maxlength="1000">${escapeHtml(note)}</textarea></label>
<div class="pack-item-tools">
<button type="button" class="btn" data-move="-1"${index === 0 ? ' disabled' : ''}>上移</button>
<button type="button" class="btn" data-move="1"${index === n - 1 ? ' disabled' : ''}>下移</button>
<button type="button" class="btn" data-remove>移出讲义</button>
<label class="btn"><input type="checkbox" data-compare${chosenForCompare.has(id) ? ' checked' : ''}> 对比</label>
</div>
</li>`;
  }

  function drawCompareLink() {
    const ids = pack.items.map((i) => i.id).filter((id) => chosenForCompare.has(id) && loaded.has(id));
    const link = $<HTMLAnchorElement>('pack-compare');
    const ok = ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE;
    link.href = ok ? `${sitePath('/compare/')}?c=${ids.join(',')}` : '#pack-items';
    link.setAttribute('aria-disabled', String(!ok));
    link.classList.toggle('opacity-60', !ok);
    $('pack-compare-note').textContent = ok
      ? `将并排对比勾选的${ids.length}个案例。`
      : `在案例下勾选“对比”（${MIN_COMPARE}至${MAX_COMPARE}个），可并排对比它们。`;
  }

  async function render(redraw: 'all' | 'preview' = 'all') {
    const ids = pack.items.map((i) => i.id);
    ({ cases: loaded, missing } = await loadCases(ids));
    if (redraw === 'all' && chosenForCompare.size === 0 && ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE) ids.forEach((id) => chosenForCompare.add(id));

    const shared = $('pack-shared');
    shared.hidden = !sharedMode;
    if (sharedMode) {
      const mine = loadPack();
      $('pack-shared-text').textContent = `这是别人分享的讲义（${pack.items.length}个案例）。你自己的讲义（${mine.items.length}个案例）没有改动；在这里的修改不会保存，除非选择保存或并入。`;
    }
    const missingNote = $('pack-missing');
    missingNote.hidden = missing.length === 0;
    if (missing.length) {
      missingNote.innerHTML = `讲义中有${missing.length}个案例在本案例库中已找不到（可能已重新划分），预览和下载中已略去。<button type="button" class="btn ml-2" id="pack-drop-missing">从讲义中移除它们</button>`;
    }

    const filled = pack.items.length > 0;
    $('pack-empty').hidden = filled;
    $('pack-filled').hidden = !filled;
    $('pack-preview').hidden = !filled || loaded.size === 0;
    if (redraw === 'all') {
      const title = $<HTMLInputElement>('pack-title');
      if (document.activeElement !== title) title.value = pack.title;
      $('pack-count').textContent = String(pack.items.length);
      $('pack-items').innerHTML = pack.items.map((item, i) => itemHtml(i, item.id, item.note)).join('');
    }
    drawCompareLink();
    $<HTMLInputElement>('pack-link').value = shareUrl();
    if (sharedMode) history.replaceState(null, '', shareUrl());
    $('handout').innerHTML = loaded.size ? handoutHtml(handout(), sitePath) : '';
  }

  // Editing: one listener per kind of event, for every item however often the list is redrawn.
  const items = $('pack-items');
  items.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!id) return;
    if (target.matches('[data-move]')) {
      commit(moveCase(pack, id, Number(target.dataset.move)));
      // Keep the keyboard where it was: on the moved item's same button.
      requestAnimationFrame(() => items.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [data-move="${target.dataset.move}"]:not(:disabled)`)?.focus());
    } else if (target.matches('[data-remove]')) {
      chosenForCompare.delete(id);
      commit(removeCase(pack, id));
      say('已从讲义中移出一个案例。');
    }
  });
  items.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!id || !target.matches('[data-compare]')) return;
    if (target.checked) chosenForCompare.add(id);
    else chosenForCompare.delete(id);
    drawCompareLink();
  });
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  items.addEventListener('input', (e) => {
    const target = e.target as HTMLTextAreaElement;
    const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!id || !target.matches('[data-note]')) return;
    pack = setNote(pack, id, target.value);
    if (!sharedMode) savePack(pack);
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => void render('preview'), 300);
  });
  $<HTMLInputElement>('pack-title').addEventListener('input', (e) => {
    pack = setTitle(pack, (e.target as HTMLInputElement).value);
    if (!sharedMode) savePack(pack);
    clearTimeout(noteTimer);
    noteTimer = setTimeout(() => void render('preview'), 300);
  });
  $('pack-missing').addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).matches('#pack-drop-missing')) return;
    let next = pack;
    for (const id of missing) next = removeCase(next, id);
    commit(next);
  });

  // The shared-link banner.
  const leaveSharedMode = (next: PackState, message: string) => {
    sharedMode = false;
    history.replaceState(null, '', location.pathname);
    commit(next);
    say(message);
  };
  $('pack-shared-keep').addEventListener('click', () => leaveSharedMode(pack, '已保存为你的讲义。'));
  $('pack-shared-merge').addEventListener('click', () => leaveSharedMode(mergePacks(loadPack(), pack), '已把分享的案例并入你的讲义。'));

  // Print and the downloads.
  $('pack-print').addEventListener('click', () => print());
  const download = (name: string, blob: Blob) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const text = (s: string, type: string) => new Blob([s], { type: `${type};charset=utf-8` });
  $('pack-md').addEventListener('click', () => download(handoutFileName(handout(), 'md'), text(handoutMarkdown(handout()), 'text/markdown')));
  $('pack-csv').addEventListener('click', () => download(handoutFileName(handout(), 'csv'), text(handoutCsv(handout()), 'text/csv')));
  $('pack-json').addEventListener('click', () => download(handoutFileName(handout(), 'json'), text(handoutJson(handout()), 'application/json')));
  $('pack-docx').addEventListener('click', async () => {
    say('正在生成文档……');
    try {
      if (!window.casebookHandoutDocx) {
        await new Promise<void>((resolve, reject) => {
          const s = document.createElement('script');
          s.src = new URL('vendor/handout-docx.js', siteRoot()).href;
          s.onload = () => resolve();
          s.onerror = () => reject(new Error('load'));
          document.head.append(s);
        });
      }
      const h = handout();
      download(handoutFileName(h, 'docx'), await window.casebookHandoutDocx!(h));
      say('文档已生成，请在浏览器的下载中查看。');
    } catch {
      say('生成文档失败：本页未能载入生成文档所需的文件。可改用打印或下载文本。');
    }
  });
  $('pack-share').addEventListener('click', async () => {
    const input = $<HTMLInputElement>('pack-link');
    try {
      await navigator.clipboard.writeText(input.value);
    } catch {
      input.select();
      document.execCommand('copy');
    }
    say('分享链接已复制。对方打开链接即可看到同一份讲义（标题、顺序和讲解要点）。');
  });
  const clear = $<HTMLButtonElement>('pack-clear');
  clear.addEventListener('click', () => {
    // Two presses, so one slip cannot throw a prepared pack away.
    if (clear.dataset.confirm !== 'yes') {
      clear.dataset.confirm = 'yes';
      clear.textContent = '确认清空？再按一次';
      setTimeout(() => {
        clear.dataset.confirm = '';
        clear.textContent = '清空讲义';
      }, 4000);
      return;
    }
    clear.dataset.confirm = '';
    clear.textContent = '清空讲义';
    chosenForCompare.clear();
    commit(emptyPack());
    say('讲义已清空。');
  });

  // Another tab added or removed cases.
  onPackChange((stored) => {
    if (sharedMode || samePack(stored, pack)) return;
    pack = stored;
    void render();
  });

  refreshPackControls();
  void render();
}
