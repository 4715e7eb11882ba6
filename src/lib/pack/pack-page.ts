import type { PackCase } from '../../schemas';
import { isoDateInChina } from '../citation';
import { MAX_COMPARE, MIN_COMPARE } from './compare';
import { handoutCsv, handoutFileName, handoutJson, handoutMarkdown } from './formats';
import { handoutModel, type Handout } from './handout';
import { loadCases, sitePath, siteRoot } from './loader';
import { compareLink, packItemHtml } from './pack-items';
import { handoutHtml } from './render-html';
import { mergePacks, moveCase, packFromQuery, packToQuery, removeCase, samePack, setNote, setTitle, type PackState, emptyPack } from './state';
import { loadPack, onPackChange, savePack, storageWorks } from './store';
import { refreshPackControls } from './controls';

/**
 * The /pack/ page in the browser. The pack is the one in this browser's storage, unless the page
 * was opened from a shared link (?c=…): then the shared pack is shown as it is, and the trainer's
 * own pack is left untouched until they choose to replace it or merge the two (nothing of theirs
 * is overwritten by opening a link). A shared link opened where no pack is kept simply becomes it.
 *
 * The page's parts: the pack and how it is drawn (`PackPage`), and its controls, wired in groups
 * (the items, the shared-link banner, print and downloads, clearing). What an item's card and the
 * compare link say is pack-items.ts (no DOM).
 */
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** How long after the last keystroke in a note or the title the preview is drawn again. */
const PREVIEW_DELAY_MS = 300;

export function startPackPage(): void {
  const app = $<HTMLDivElement>('pack-app');
  if (!app) return;
  app.hidden = false;
  $('pack-storage-warning').hidden = storageWorks();
  const page = new PackPage(app);
  wireItems(page);
  wireSharedBanner(page);
  wireOutputs(page);
  wireClear(page);
  // Another tab added or removed cases.
  onPackChange((stored) => page.adoptStored(stored));
  refreshPackControls();
  void page.render();
}

/** The pack on the page: the trainer's own (saved as it changes) or a shared one (not saved). */
class PackPage {
  pack: PackState;
  /** Showing a pack from a shared link while the trainer's own is kept apart. */
  sharedMode = false;
  /** The pack's cases found in the casebook. */
  private loaded = new Map<string, PackCase>();
  /** The pack's ids the casebook no longer has. */
  missing: string[] = [];
  readonly chosenForCompare = new Set<string>();
  private previewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly app: HTMLElement) {
    this.pack = loadPack();
    const fromLink = packFromQuery(location.search);
    if (fromLink && !samePack(fromLink, this.pack)) {
      if (this.pack.items.length === 0) savePack(fromLink);
      else this.sharedMode = true;
      this.pack = fromLink;
    }
  }

  /** A change to the pack: saved (unless shared) and drawn. */
  commit(next: PackState, redraw: 'all' | 'preview' = 'all'): void {
    this.pack = next;
    if (!this.sharedMode) savePack(this.pack);
    refreshPackControls();
    void this.render(redraw);
  }

  /** A change typed into a note or the title: saved now, the preview drawn once typing pauses. */
  edit(next: PackState): void {
    this.pack = next;
    if (!this.sharedMode) savePack(this.pack);
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.render('preview'), PREVIEW_DELAY_MS);
  }

  /** The pack saved by another tab, unless this page shows a shared one or already has it. */
  adoptStored(stored: PackState): void {
    if (this.sharedMode || samePack(stored, this.pack)) return;
    this.pack = stored;
    void this.render();
  }

  /** Keep the shared pack as the trainer's own (or merged into it), and say so. */
  leaveSharedMode(next: PackState, message: string): void {
    this.sharedMode = false;
    history.replaceState(null, '', location.pathname);
    this.commit(next);
    this.say(message);
  }

  say(text: string): void {
    $('pack-message').textContent = text;
  }

  /** The handout as printed and downloaded, dated today and citing where it was made. */
  handout(): Handout {
    return handoutModel(this.pack, this.loaded, { date: isoDateInChina(), address: this.address(), pageAddress: (path) => this.pageAddress(path) });
  }

  shareUrl(): string {
    const url = new URL(location.href);
    url.search = this.pack.items.length ? packToQuery(this.pack) : '';
    url.hash = '';
    return url.href;
  }

  /** The casebook's address as the handout cites it. */
  private address(): string {
    const site = this.app.dataset.siteAddress;
    if (site) return site;
    const root = siteRoot();
    return root.protocol === 'file:' ? '离线版（本机文件夹）' : root.href;
  }

  /** A page's printed address: on the web its full address; opened from a folder, its site path. */
  private pageAddress(path: string): string {
    const site = this.app.dataset.siteAddress;
    if (site) return new URL(path.replace(/^\//, ''), site).href;
    const href = sitePath(path);
    return /^https?:/.test(href) ? href : path;
  }

  drawCompareLink(): void {
    const ticked = this.pack.items.map((i) => i.id).filter((id) => this.chosenForCompare.has(id) && this.loaded.has(id));
    const state = compareLink(ticked, sitePath('/compare/'));
    const link = $<HTMLAnchorElement>('pack-compare');
    link.href = state.href;
    link.setAttribute('aria-disabled', String(!state.ok));
    link.classList.toggle('opacity-60', !state.ok);
    $('pack-compare-note').textContent = state.note;
  }

  /** Draw the pack: its cases loaded anew, the list (unless only the preview), the links and the handout. */
  async render(redraw: 'all' | 'preview' = 'all'): Promise<void> {
    const ids = this.pack.items.map((i) => i.id);
    ({ cases: this.loaded, missing: this.missing } = await loadCases(ids));
    // (The pack as it is now: another tab or an edit may have changed it while its cases loaded.)
    const { pack } = this;
    if (redraw === 'all' && this.chosenForCompare.size === 0 && ids.length >= MIN_COMPARE && ids.length <= MAX_COMPARE) ids.forEach((id) => this.chosenForCompare.add(id));

    $('pack-shared').hidden = !this.sharedMode;
    if (this.sharedMode) {
      const mine = loadPack();
      $('pack-shared-text').textContent = `这是别人分享的讲义（${pack.items.length}个案例）。你自己的讲义（${mine.items.length}个案例）没有改动；在这里的修改不会保存，除非选择保存或并入。`;
    }
    const missingNote = $('pack-missing');
    missingNote.hidden = this.missing.length === 0;
    if (this.missing.length) {
      missingNote.innerHTML = `讲义中有${this.missing.length}个案例在本案例库中已找不到（可能已重新划分），预览和下载中已略去。<button type="button" class="btn ml-2" id="pack-drop-missing">从讲义中移除它们</button>`;
    }

    const filled = pack.items.length > 0;
    $('pack-empty').hidden = filled;
    $('pack-filled').hidden = !filled;
    $('pack-preview').hidden = !filled || this.loaded.size === 0;
    if (redraw === 'all') {
      const title = $<HTMLInputElement>('pack-title');
      if (document.activeElement !== title) title.value = pack.title;
      $('pack-count').textContent = String(pack.items.length);
      $('pack-items').innerHTML = pack.items
        .map((item, index) => {
          const c = this.loaded.get(item.id);
          return c
            ? packItemHtml({ index, total: pack.items.length, id: item.id, note: item.note, case: c, href: sitePath(c.path), compared: this.chosenForCompare.has(item.id) })
            : '';
        })
        .join('');
    }
    this.drawCompareLink();
    $<HTMLInputElement>('pack-link').value = this.shareUrl();
    if (this.sharedMode) history.replaceState(null, '', this.shareUrl());
    $('handout').innerHTML = this.loaded.size ? handoutHtml(this.handout(), sitePath) : '';
  }
}

/** Editing the items: one listener per kind of event, for every item however often the list is redrawn. */
function wireItems(page: PackPage): void {
  const items = $('pack-items');
  items.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!id) return;
    if (target.matches('[data-move]')) {
      page.commit(moveCase(page.pack, id, Number(target.dataset.move)));
      // Keep the keyboard where it was: on the moved item's same button.
      requestAnimationFrame(() => items.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"] [data-move="${target.dataset.move}"]:not(:disabled)`)?.focus());
    } else if (target.matches('[data-remove]')) {
      page.chosenForCompare.delete(id);
      page.commit(removeCase(page.pack, id));
      page.say('已从讲义中移出一个案例。');
    }
  });
  items.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!id || !target.matches('[data-compare]')) return;
    if (target.checked) page.chosenForCompare.add(id);
    else page.chosenForCompare.delete(id);
    page.drawCompareLink();
  });
  items.addEventListener('input', (e) => {
    const target = e.target as HTMLTextAreaElement;
    const id = target.closest<HTMLElement>('[data-id]')?.dataset.id;
    if (!id || !target.matches('[data-note]')) return;
    page.edit(setNote(page.pack, id, target.value));
  });
  $<HTMLInputElement>('pack-title').addEventListener('input', (e) => page.edit(setTitle(page.pack, (e.target as HTMLInputElement).value)));
  $('pack-missing').addEventListener('click', (e) => {
    if (!(e.target as HTMLElement).matches('#pack-drop-missing')) return;
    let next = page.pack;
    for (const id of page.missing) next = removeCase(next, id);
    page.commit(next);
  });
}

/** The shared-link banner: keep the shared pack as one's own, or merge it in. */
function wireSharedBanner(page: PackPage): void {
  $('pack-shared-keep').addEventListener('click', () => page.leaveSharedMode(page.pack, '已保存为你的讲义。'));
  $('pack-shared-merge').addEventListener('click', () => page.leaveSharedMode(mergePacks(loadPack(), page.pack), '已把分享的案例并入你的讲义。'));
}

function download(name: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

const textBlob = (s: string, type: string) => new Blob([s], { type: `${type};charset=utf-8` });

/** The Word-document maker, loaded on first use (only a trainer who asks for a Word file needs it). */
async function loadDocxMaker(): Promise<NonNullable<typeof window.casebookHandoutDocx>> {
  if (!window.casebookHandoutDocx) {
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = new URL('vendor/handout-docx.js', siteRoot()).href;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('load'));
      document.head.append(s);
    });
  }
  return window.casebookHandoutDocx!;
}

/** Print, the downloads and the share link. */
function wireOutputs(page: PackPage): void {
  $('pack-print').addEventListener('click', () => print());
  $('pack-md').addEventListener('click', () => download(handoutFileName(page.handout(), 'md'), textBlob(handoutMarkdown(page.handout()), 'text/markdown')));
  $('pack-csv').addEventListener('click', () => download(handoutFileName(page.handout(), 'csv'), textBlob(handoutCsv(page.handout()), 'text/csv')));
  $('pack-json').addEventListener('click', () => download(handoutFileName(page.handout(), 'json'), textBlob(handoutJson(page.handout()), 'application/json')));
  $('pack-docx').addEventListener('click', async () => {
    page.say('正在生成文档……');
    try {
      const makeDocx = await loadDocxMaker();
      const h = page.handout();
      download(handoutFileName(h, 'docx'), await makeDocx(h));
      page.say('文档已生成，请在浏览器的下载中查看。');
    } catch {
      page.say('生成文档失败：本页未能载入生成文档所需的文件。可改用打印或下载文本。');
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
    page.say('分享链接已复制。对方打开链接即可看到同一份讲义（标题、顺序和讲解要点）。');
  });
}

/** Clearing the pack takes two presses, so one slip cannot throw a prepared pack away. */
function wireClear(page: PackPage): void {
  const clear = $<HTMLButtonElement>('pack-clear');
  clear.addEventListener('click', () => {
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
    page.chosenForCompare.clear();
    page.commit(emptyPack());
    page.say('讲义已清空。');
  });
}
