import { emptyPack, parsePack, type PackState } from './state';

/**
 * The pack in the browser's localStorage: no account, no server. Opened from a folder (the
 * offline copy) Chromium and Firefox share one storage across the copy's pages, so the pack works
 * the same there. Where storage is refused (some privacy modes) the pack lives for the page only,
 * and `storageWorks()` lets the page say so instead of losing a trainer's work without a word.
 */
const KEY = 'casebook-pack';
const EVENT = 'casebook-pack-change';
let memory: PackState = emptyPack();

export function storageWorks(): boolean {
  try {
    localStorage.setItem(`${KEY}-probe`, '1');
    localStorage.removeItem(`${KEY}-probe`);
    return true;
  } catch {
    return false;
  }
}

export function loadPack(): PackState {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? parsePack(JSON.parse(raw)) : emptyPack();
  } catch {
    return memory;
  }
}

export function savePack(pack: PackState): void {
  memory = pack;
  try {
    localStorage.setItem(KEY, JSON.stringify(pack));
  } catch {
    // Kept in memory for this page (see storageWorks).
  }
  dispatchEvent(new CustomEvent(EVENT));
}

/** Call `listener` when the pack changes, in this page or in another tab. */
export function onPackChange(listener: (pack: PackState) => void): void {
  addEventListener(EVENT, () => listener(loadPack()));
  addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) listener(loadPack());
  });
}
