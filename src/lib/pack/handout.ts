import type { PackCase } from '../../schemas';
import { mechanismFigures } from './compare';
import { packTitle, type PackState } from './state';

/**
 * The course pack as a handout, in one model that every format renders (the printed page, the
 * Word file, Markdown, CSV, JSON): a cover, the cases in the trainer's order with their notes,
 * a table for each mechanism two or more of the cases share, and a numbered reference list of
 * the original articles (GB/T 7714; an article cut into several chosen cases is listed once).
 */
export interface HandoutCase {
  number: number;
  case: PackCase;
  note: string;
  /** Number of its original article (or, when the article is unknown, its casebook page) in the references. */
  reference: number;
  /** Address of its casebook page, as printed: absolute where the casebook's address is known, else the site path. */
  address: string;
}

export interface HandoutComparison {
  mechanism: { id: string; name: string };
  rows: Array<{ number: number; committee: string; place: string; figures: string; quote: string }>;
}

export interface Handout {
  title: string;
  /** ISO date the handout was made. */
  date: string;
  /** Where the casebook is: its address on the web, or 离线版 with the folder. */
  address: string;
  cases: HandoutCase[];
  comparisons: HandoutComparison[];
  references: string[];
  /** Ids in the pack the casebook no longer has. */
  missing: string[];
}

export interface HandoutMeta {
  date: string;
  address: string;
  /** The printed address of a casebook page (default: its site path). */
  pageAddress?: (path: string) => string;
}

export function handoutModel(pack: PackState, loaded: ReadonlyMap<string, PackCase>, meta: HandoutMeta): Handout {
  const pageAddress = meta.pageAddress ?? ((path: string) => path);
  const references: string[] = [];
  const referenceOf = (text: string) => {
    const at = references.indexOf(text);
    if (at >= 0) return at + 1;
    references.push(text);
    return references.length;
  };
  const cases: HandoutCase[] = [];
  const missing: string[] = [];
  for (const item of pack.items) {
    const c = loaded.get(item.id);
    if (!c) {
      missing.push(item.id);
      continue;
    }
    cases.push({
      number: cases.length + 1,
      case: c,
      note: item.note.trim(),
      reference: referenceOf(c.references.article ?? c.references.casebook),
      address: pageAddress(c.path),
    });
  }

  const byMechanism = new Map<string, HandoutComparison>();
  for (const hc of cases) {
    for (const m of hc.case.mechanisms) {
      const entry = byMechanism.get(m.id) ?? { mechanism: { id: m.id, name: m.name }, rows: [] };
      if (entry.rows.some((r) => r.number === hc.number)) continue;
      entry.rows.push({ number: hc.number, committee: hc.case.committee, place: hc.case.place, figures: mechanismFigures(m), quote: m.quote });
      byMechanism.set(m.id, entry);
    }
  }
  const comparisons = [...byMechanism.values()].filter((c) => c.rows.length >= 2).sort((a, b) => b.rows.length - a.rows.length);

  return { title: packTitle(pack), date: meta.date, address: meta.address, cases, comparisons, references, missing };
}
