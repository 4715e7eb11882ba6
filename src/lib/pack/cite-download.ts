import { bibtexFile, risFile } from '../reference-files';
import { loadCases } from './loader';

/**
 * The RIS and BibTeX downloads of a case page, made in the browser from the case's records in its
 * article's pack data (src/lib/pack/loader.ts): a national casebook then carries no two files per
 * case. Markup: `<button data-cite-case="<id>" data-cite-format="ris|bib" hidden>`; buttons stay
 * hidden where this does not run (the references above them can still be copied).
 */
const FORMATS = {
  ris: { make: risFile, type: 'application/x-research-info-systems' },
  bib: { make: bibtexFile, type: 'application/x-bibtex' },
} as const;

/** Make and download the file a `data-cite-case` button asks for. */
export async function downloadCitation(button: HTMLButtonElement): Promise<void> {
  const format = button.dataset.citeFormat as keyof typeof FORMATS;
  const id = button.dataset.citeCase!;
  if (!(format in FORMATS)) return;
  const { cases } = await loadCases([id]);
  const c = cases.get(id);
  if (!c) return;
  const blob = new Blob([FORMATS[format].make(c.records)], { type: `${FORMATS[format].type};charset=utf-8` });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${id}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
