import type { PackCase, PackMechanism } from '../../schemas';

/**
 * Cases side by side (对比): what each is (region and level, date, functions), then the
 * mechanisms they share, one row each so the figures line up (海淀 33 · 延庆 20 · 平阳 16 for
 * 委员工作室), then each one's other mechanisms, then what each did in a sentence. Pure data: the
 * page renders it in the browser (/compare/?c=…), lessons render it on the server.
 */
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export interface MechanismRow {
  id: string;
  name: string;
  /** One cell per case, null where the case does not run it. */
  cells: Array<PackMechanism | null>;
  /** How many of the cases run it. */
  shared: number;
}

export interface CompareModel {
  cases: PackCase[];
  facts: Array<{ label: string; cells: string[] }>;
  /** Mechanisms two or more of the cases run, most widely shared first. */
  shared: MechanismRow[];
  /** Each case's other mechanisms, as a list per case. */
  others: PackMechanism[][];
  /** What each case did: its summary line. */
  summaries: string[];
}

export function compareModel(cases: readonly PackCase[]): CompareModel {
  const rows = new Map<string, MechanismRow>();
  cases.forEach((c, col) => {
    for (const m of c.mechanisms) {
      const row = rows.get(m.id) ?? { id: m.id, name: m.name, cells: cases.map(() => null), shared: 0 };
      if (!row.cells[col]) row.shared++;
      row.cells[col] = m;
      rows.set(m.id, row);
    }
  });
  const order = [...rows.keys()];
  const shared = [...rows.values()]
    .filter((r) => r.shared >= 2)
    // Most widely shared first; among equals, the first case's order (its main mechanism first).
    .sort((a, b) => b.shared - a.shared || order.indexOf(a.id) - order.indexOf(b.id));
  const sharedIds = new Set(shared.map((r) => r.id));
  return {
    cases: [...cases],
    facts: [
      { label: '地区', cells: cases.map((c) => c.place) },
      { label: '层级', cells: cases.map((c) => c.level) },
      { label: '日期', cells: cases.map((c) => c.date) },
      { label: '职能', cells: cases.map((c) => c.functions.map((f) => f.name).join('、') || '—') },
    ],
    shared,
    others: cases.map((c) => c.mechanisms.filter((m) => !sharedIds.has(m.id))),
    summaries: cases.map((c) => c.summary || c.paragraphs[0] || ''),
  };
}

/** How a mechanism cell reads: the ranking figure first, then the other figures. */
export function mechanismFigures(m: PackMechanism): string {
  return [m.comparable?.label, ...m.figures].filter(Boolean).join('，');
}
