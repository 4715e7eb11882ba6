/**
 * Fitting the function catalogue's weights to the development set, for `npm run fit:functions`.
 *
 * The classifier is a weighted vote (src/pipeline/classify/classify-functions.ts): a function's
 * score is the sum of its words' weights times their counts. Given, for every expected case the
 * pipeline placed right, the words it read and the functions its key accepts, a weight can be
 * tried at other values and kept where more cases come out right. Weights tried on the same cases
 * they are judged on learn those cases, so a change is proposed only when it is found again and
 * again on different parts of the set (stability selection): the set is cut into folds by article,
 * a greedy fit runs on all folds but one, each time, and a change is kept when at least `agree` of
 * those fits make it in the same direction. `estimate` measures the whole procedure honestly: it
 * selects changes without one fold and counts what they do on that fold.
 *
 * Only existing weights move (a word never starts voting for another function), in half steps,
 * never below 0 (0: the word leaves the catalogue). Pure: rows and weights in, numbers out.
 */
import { createHash } from 'node:crypto';

/** `term` + TAB + function id. */
export type WeightKey = string;
export type Weights = ReadonlyMap<WeightKey, number>;

export const weightKey = (term: string, fn: string): WeightKey => `${term}\t${fn}`;

export interface FunctionOrder {
  id: string;
  order: number;
}

/** One expected case: what its words are, what its key accepts. */
export interface EvidenceRow {
  /** The article it comes from: folds never split an article. */
  group: string;
  accept: readonly string[];
  /** Count (body + title × the title factor) of each catalogue word, by the weight it feeds. */
  counts: ReadonlyMap<WeightKey, number>;
  /** Points each function gets from votes that are not catalogue weights (mechanisms' aliases). */
  fixed: ReadonlyMap<string, number>;
  /** The main function when the words give none (the pipeline's fallback). */
  fallback: string | null;
}

export interface FitOptions {
  /** Least number of cases a change must set right (net) on the fitted rows. */
  minGain: number;
  passes: number;
  steps: readonly number[];
  /** Least number of fitted rows a weight must appear in to be tried. */
  minRows: number;
}

export const DEFAULT_FIT: FitOptions = { minGain: 2, passes: 3, steps: [-1, -0.5, 0.5, 1], minRows: 3 };

const round = (n: number) => Math.round(n * 100) / 100;

/** The main function of `row` under `weights`, as the classifier ranks: score, then order, then position. */
export function mainFunction(row: EvidenceRow, weights: Weights, functions: readonly FunctionOrder[]): string | null {
  const score = new Map(row.fixed);
  for (const [key, n] of row.counts) {
    const fn = key.slice(key.indexOf('\t') + 1);
    score.set(fn, (score.get(fn) ?? 0) + (weights.get(key) ?? 0) * n);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const f of [...functions].sort((a, b) => a.order - b.order)) {
    const s = round(score.get(f.id) ?? 0);
    if (s > bestScore) [best, bestScore] = [f.id, s];
  }
  return best ?? row.fallback;
}

const isRight = (row: EvidenceRow, weights: Weights, functions: readonly FunctionOrder[]) => {
  const main = mainFunction(row, weights, functions);
  return main !== null && row.accept.includes(main);
};

/** How many of `rows` come out right under `weights`. */
export const countRight = (rows: readonly EvidenceRow[], weights: Weights, functions: readonly FunctionOrder[]) =>
  rows.filter((r) => isRight(r, weights, functions)).length;

export interface WeightChange {
  key: WeightKey;
  from: number;
  to: number;
}

/**
 * Greedy coordinate search: each weight (most used first) tried at its steps, a value kept when it
 * sets at least `minGain` more rows right; repeated up to `passes` times while anything moves.
 */
export function fitWeights(rows: readonly EvidenceRow[], start: Weights, functions: readonly FunctionOrder[], options: FitOptions = DEFAULT_FIT): { weights: Map<WeightKey, number>; changes: WeightChange[] } {
  const weights = new Map(start);
  const byKey = new Map<WeightKey, EvidenceRow[]>();
  for (const row of rows) {
    for (const key of row.counts.keys()) {
      if (!start.has(key)) continue;
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
  }
  const keys = [...byKey.keys()].filter((k) => byKey.get(k)!.length >= options.minRows).sort((a, b) => byKey.get(b)!.length - byKey.get(a)!.length || (a < b ? -1 : 1));
  for (let pass = 0; pass < options.passes; pass++) {
    let moved = false;
    for (const key of keys) {
      const touched = byKey.get(key)!;
      const now = weights.get(key)!;
      const right = countRight(touched, weights, functions);
      let best = { gain: 0, value: now };
      for (const step of options.steps) {
        const value = now + step;
        if (value < 0) continue;
        weights.set(key, value);
        const gain = countRight(touched, weights, functions) - right;
        if (gain >= options.minGain && gain > best.gain) best = { gain, value };
      }
      weights.set(key, best.value);
      if (best.value !== now) moved = true;
    }
    if (!moved) break;
  }
  const changes = [...weights].filter(([k, v]) => v !== start.get(k)).map(([key, to]) => ({ key, from: start.get(key)!, to }));
  return { weights, changes };
}

/** The fold of an article, from a hash of its name: the same on every run and machine. */
export const foldOf = (group: string, folds: number) => createHash('sha1').update(group).digest().readUInt32BE(0) % folds;

export interface StableChange extends WeightChange {
  /** How many of the fold fits made this change (in this direction). */
  agreeing: number;
  /** Rows whose words feed this weight. */
  rows: number;
}

/**
 * Changes found by at least `agree` of `folds` fits, each on all folds but one; the value is the
 * median of theirs.
 */
export function stableChanges(rows: readonly EvidenceRow[], start: Weights, functions: readonly FunctionOrder[], folds = 5, agree = 4, options: FitOptions = DEFAULT_FIT): StableChange[] {
  const found = new Map<WeightKey, number[]>();
  for (let f = 0; f < folds; f++) {
    const { changes } = fitWeights(rows.filter((r) => foldOf(r.group, folds) !== f), start, functions, options);
    for (const c of changes) found.set(c.key, [...(found.get(c.key) ?? []), c.to]);
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const out: StableChange[] = [];
  for (const [key, values] of found) {
    const from = start.get(key)!;
    const up = values.filter((v) => v > from);
    const down = values.filter((v) => v < from);
    const side = up.length >= agree ? up : down.length >= agree ? down : null;
    if (!side) continue;
    out.push({ key, from, to: median(side), agreeing: side.length, rows: rows.filter((r) => r.counts.has(key)).length });
  }
  return out.sort((a, b) => b.rows - a.rows || (a.key < b.key ? -1 : 1));
}

export const applyChanges = (start: Weights, changes: readonly WeightChange[]) => {
  const w = new Map(start);
  for (const c of changes) w.set(c.key, c.to);
  return w;
};

/**
 * What the whole procedure gains on articles it never saw: for each fold, changes are selected on
 * the other folds (stableChanges within them) and counted on it.
 */
export function estimate(rows: readonly EvidenceRow[], start: Weights, functions: readonly FunctionOrder[], folds = 5, agree = 4, options: FitOptions = DEFAULT_FIT): { before: number; after: number; perFold: Array<{ before: number; after: number }> } {
  const perFold: Array<{ before: number; after: number }> = [];
  for (let f = 0; f < folds; f++) {
    const held = rows.filter((r) => foldOf(r.group, folds) === f);
    // Inner folds cut the rest again, with another seed so they are not the outer ones.
    const rest = rows.filter((r) => foldOf(r.group, folds) !== f).map((r) => ({ ...r, group: `${r.group}#${f}` }));
    const changes = stableChanges(rest, start, functions, folds - 1, Math.max(1, agree - 1), options);
    perFold.push({ before: countRight(held, start, functions), after: countRight(held, applyChanges(start, changes), functions) });
  }
  return { before: perFold.reduce((s, p) => s + p.before, 0), after: perFold.reduce((s, p) => s + p.after, 0), perFold };
}
