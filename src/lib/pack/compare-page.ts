import { compareModel, MAX_COMPARE, MIN_COMPARE } from './compare';
import { refreshPackControls, wirePackControls } from './controls';
import { loadCases, sitePath } from './loader';
import { compareTableHtml } from './render-html';
import { isCaseId } from './state';

/** The /compare/ page in the browser: the cases named in ?c=, in that order. */
export async function startComparePage(): Promise<void> {
  const message = document.getElementById('compare-message')!;
  const say = (text: string) => {
    message.hidden = false;
    message.textContent = text;
  };
  const ids = [...new Set((new URLSearchParams(location.search).get('c') ?? '').split(',').map((s) => s.trim()).filter(isCaseId))];
  if (ids.length < MIN_COMPARE) {
    say(`请选择${MIN_COMPARE}至${MAX_COMPARE}个案例：在讲义中勾选“对比”，或在案例页点“与此对比”。`);
    return;
  }
  const shown = ids.slice(0, MAX_COMPARE);
  const { cases, missing } = await loadCases(shown);
  const notes: string[] = [];
  if (ids.length > MAX_COMPARE) notes.push(`最多并排${MAX_COMPARE}个案例，只显示前${MAX_COMPARE}个。`);
  if (missing.length) notes.push(`有${missing.length}个案例在本案例库中已找不到（可能已重新划分）。`);
  const found = shown.filter((id) => cases.has(id)).map((id) => cases.get(id)!);
  if (found.length < MIN_COMPARE) {
    say([...notes, '可对比的案例不足两个。'].join(''));
    return;
  }
  if (notes.length) say(notes.join(''));
  document.title = `${found.map((c) => c.committee).join('、')}：案例对比 · 政协履职实践案例库`;
  document.getElementById('compare-table')!.innerHTML = compareTableHtml(compareModel(found), sitePath);
  const add = document.getElementById('compare-add') as HTMLButtonElement;
  add.dataset.packIds = found.map((c) => c.id).join(' ');
  document.getElementById('compare-tools')!.hidden = false;
  wirePackControls();
  refreshPackControls();
}
