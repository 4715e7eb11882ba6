/**
 * A trainer's course pack (选题篮): the chosen cases in order, each with the trainer's note, and
 * the pack's title. Pure functions over plain data: the browser keeps the state in localStorage
 * (store.ts) and in the pack's shareable URL (`/pack/?c=id,id&t=标题&n.id=备注`).
 */
export interface PackItem {
  id: string;
  note: string;
}

export interface PackState {
  title: string;
  items: PackItem[];
}

/** More cases than any session uses; it keeps the shareable URL within what browsers accept. */
export const MAX_PACK_CASES = 80;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_TITLE_LENGTH = 80;
export const DEFAULT_PACK_TITLE = '政协履职实践案例讲义';

export const emptyPack = (): PackState => ({ title: '', items: [] });

/** Case ids are lowercase slugs (src/schemas/case.ts); anything else in a URL or storage is dropped. */
export const isCaseId = (id: unknown): id is string => typeof id === 'string' && /^[a-z0-9-]{1,120}$/.test(id);

export const packHas = (pack: PackState, id: string) => pack.items.some((i) => i.id === id);

/** The ids added at the end in the order given; ones already in the pack keep their place. */
export function addCases(pack: PackState, ids: readonly string[]): PackState {
  const items = [...pack.items];
  for (const id of ids) {
    if (!isCaseId(id) || items.some((i) => i.id === id) || items.length >= MAX_PACK_CASES) continue;
    items.push({ id, note: '' });
  }
  return { ...pack, items };
}

export const removeCase = (pack: PackState, id: string): PackState => ({ ...pack, items: pack.items.filter((i) => i.id !== id) });

/** Move a case up (delta −1) or down (+1); at either end it stays. */
export function moveCase(pack: PackState, id: string, delta: number): PackState {
  const from = pack.items.findIndex((i) => i.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= pack.items.length) return pack;
  const items = [...pack.items];
  const [item] = items.splice(from, 1);
  items.splice(to, 0, item);
  return { ...pack, items };
}

export const setNote = (pack: PackState, id: string, note: string): PackState => ({
  ...pack,
  items: pack.items.map((i) => (i.id === id ? { ...i, note: note.slice(0, MAX_NOTE_LENGTH) } : i)),
});

export const setTitle = (pack: PackState, title: string): PackState => ({ ...pack, title: title.slice(0, MAX_TITLE_LENGTH) });

export const packTitle = (pack: PackState) => pack.title.trim() || DEFAULT_PACK_TITLE;

/** A pack read back from storage or a file: whatever is not a valid pack is dropped, never trusted. */
export function parsePack(value: unknown): PackState {
  if (!value || typeof value !== 'object') return emptyPack();
  const v = value as { title?: unknown; items?: unknown };
  const title = typeof v.title === 'string' ? v.title.slice(0, MAX_TITLE_LENGTH) : '';
  const items: PackItem[] = [];
  for (const raw of Array.isArray(v.items) ? v.items : []) {
    const item = raw as { id?: unknown; note?: unknown };
    if (!isCaseId(item?.id) || items.some((i) => i.id === item.id) || items.length >= MAX_PACK_CASES) continue;
    items.push({ id: item.id, note: typeof item.note === 'string' ? item.note.slice(0, MAX_NOTE_LENGTH) : '' });
  }
  return { title, items };
}

/** The query string of the pack's shareable URL: ids in order, the title, and each note. */
export function packToQuery(pack: PackState): string {
  // Ids are slugs and need no escaping: the commas stay readable in the link.
  const parts = [`c=${pack.items.map((i) => i.id).join(',')}`];
  if (pack.title.trim()) parts.push(`t=${encodeURIComponent(pack.title.trim())}`);
  for (const i of pack.items) if (i.note.trim()) parts.push(`n.${i.id}=${encodeURIComponent(i.note.trim())}`);
  return parts.join('&');
}

/** The pack a shared URL describes, or null when the URL names none. */
export function packFromQuery(search: string): PackState | null {
  const params = new URLSearchParams(search);
  const c = params.get('c');
  if (c === null) return null;
  const ids = c.split(',').map((s) => s.trim()).filter(isCaseId);
  let pack = addCases(setTitle(emptyPack(), params.get('t') ?? ''), ids);
  for (const item of pack.items) {
    const note = params.get(`n.${item.id}`);
    if (note) pack = setNote(pack, item.id, note);
  }
  return pack;
}

export const samePack = (a: PackState, b: PackState) =>
  a.title === b.title && a.items.length === b.items.length && a.items.every((item, i) => item.id === b.items[i].id && item.note === b.items[i].note);

/** The shared pack's cases added to mine; my notes win where both have one. */
export function mergePacks(mine: PackState, shared: PackState): PackState {
  let merged = addCases(mine, shared.items.map((i) => i.id));
  for (const item of shared.items) {
    const own = merged.items.find((i) => i.id === item.id);
    if (own && !own.note && item.note) merged = setNote(merged, item.id, item.note);
  }
  return merged;
}
