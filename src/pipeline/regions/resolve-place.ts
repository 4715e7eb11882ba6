/**
 * Resolve place text (`北京市西城区`, `通州区`, `永嘉`) to one GB/T 2260 code, or say why not.
 *
 * The text is read as a chain of division names, each enclosing the next (`浙江省温州市永嘉县`,
 * `北京西城区`). When the innermost name fits several divisions (`通州区` is 110112 in Beijing and
 * 320612 in 南通市), context decides: tiers of codes from the same article, strongest first (the
 * section's own other mentions, the sibling sections, the article's title and dateline). A candidate
 * wins a tier when it shares a deeper ancestor with the tier's codes than every other candidate
 * does. Nothing decides? Then `code` is null, with the candidates and the deepest division that
 * holds them all: this module never picks one without evidence.
 */
import { commonAncestor, getGazetteer, lineage, OUTSIDE_MAINLAND, type NameForm } from './gazetteer';

/** Codes from one source of context (`{ label: 'sibling sections', codes: ['110102', …] }`). */
export interface ContextTier {
  label: string;
  codes: readonly string[];
}

export type ResolutionBasis =
  /** One division has this name. */
  | 'unique'
  /** The outer names of the chain settle it (`北京市通州区`). */
  | 'qualified'
  /** A context tier settles it (`via` names the tier). */
  | 'context'
  /** Several divisions fit and nothing settles it. */
  | 'ambiguous'
  /** The chain's names do not nest (`江苏省西城区`). */
  | 'conflict'
  /** Not a place name. */
  | 'unknown';

export interface PlaceResolution {
  code: string | null;
  /** Every division the text can name, before context. */
  candidates: string[];
  basis: ResolutionBasis;
  /** Label of the context tier that decided, when basis is `context`. */
  via: string | null;
  /** Deepest division containing every candidate: the best known ancestor when undecided. */
  ancestor: string | null;
  /** Strongest name form the text uses (`short` for `永嘉`, `full` for `永嘉县` and `北京西城区`). */
  form: NameForm | null;
}

interface Parsed {
  forms: NameForm[];
  /** Candidates of each segment, outermost first, before nesting. */
  segments: (readonly string[])[];
}

/** Split place text into nested division names; fewest segments, then longest first segment. */
function parseChain(text: string): Parsed | null {
  const g = getGazetteer();
  const memo = new Map<number, Parsed | null>();
  const walk = (from: number): Parsed | null => {
    if (from === text.length) return { forms: [], segments: [] };
    if (memo.has(from)) return memo.get(from)!;
    let best: Parsed | null = null;
    for (let len = Math.min(g.maxNameLength, text.length - from); len >= 2; len--) {
      const found = g.lookup(text.slice(from, from + len));
      if (!found) continue;
      const rest = walk(from + len);
      if (!rest) continue;
      const option = { forms: [found.form, ...rest.forms], segments: [found.codes, ...rest.segments] };
      if (!best || option.segments.length < best.segments.length) best = option;
    }
    memo.set(from, best);
    return best;
  };
  return walk(0);
}

const FORM_RANK: Record<NameForm, number> = { full: 0, alias: 1, short: 2 };


/** How much `a` and `b` share: the depth of their deepest common division, plus ½ if equal. */
function affinity(a: string, b: string): number {
  const la = lineage(a);
  const lb = lineage(b);
  let k = 0;
  while (k < la.length && k < lb.length && la[k] === lb[k]) k++;
  return k + (a === b ? 0.5 : 0);
}

/** A prefecture's code (`370500`), not a province's (`370000`). */
const PREFECTURE = /^\d{2}(?!00)\d{2}00$/;
/**
 * The single candidate closest to the tier's codes, or null on a tie or no affinity at all. A name a
 * prefecture shares with its own district (`东营`: 东营市 and 东营区), both of which the tier names, is
 * the prefecture: the district's name in full (`东营区吕剧`) is one more place of the city's.
 */
function decideByTier(candidates: readonly string[], tier: ContextTier): string | null {
  const named = candidates.filter((c) => tier.codes.includes(c));
  const outer = named.find((c) => PREFECTURE.test(c) && named.every((o) => o === c || lineage(o).includes(c)));
  if (named.length >= 2 && outer) return outer;
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const c of candidates) {
    let score = 0;
    for (const h of tier.codes) score = Math.max(score, affinity(c, h));
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

/**
 * Resolve `text` to a division. `context` tiers are tried in order; the first that separates the
 * candidates decides. Examples: `北京市西城区` -> 110102 (qualified); `西城区` -> 110102 (unique);
 * `通州区` with a tier holding 110000 -> 110112 (context); `通州区` alone -> null, candidates
 * [110112, 320612] (ambiguous).
 */
export function resolvePlace(text: string, context: readonly ContextTier[] = []): PlaceResolution {
  const none = (basis: ResolutionBasis, candidates: string[] = [], form: NameForm | null = null): PlaceResolution => ({
    code: null,
    candidates,
    basis,
    via: null,
    // Names that do not nest say nothing about where the place is.
    ancestor: basis === 'conflict' ? null : commonAncestor(candidates),
    form,
  });
  const parsed = text ? parseChain(text) : null;
  if (!parsed) return none('unknown');
  const form = parsed.forms.reduce((a, b) => (FORM_RANK[b] < FORM_RANK[a] ? b : a), 'short' as NameForm);

  // Keep, segment by segment, the candidates enclosed by some kept candidate of the segment before.
  let kept: string[] = [...parsed.segments[0]];
  for (const seg of parsed.segments.slice(1)) {
    const next = seg.filter((c) => kept.some((outer) => outer !== c && lineage(c).includes(outer)));
    // (The same place written twice, a copy's slip, `第七届汶上汶上县委员会`: one place, not two that do not nest.)
    if (next.length === 0 && seg.some((c) => kept.includes(c))) {
      kept = seg.filter((c) => kept.includes(c));
      continue;
    }
    if (next.length === 0) return none('conflict', [...seg], form);
    kept = next;
  }
  const innermost = parsed.segments[parsed.segments.length - 1];
  const result = (code: string, basis: ResolutionBasis, via: string | null = null): PlaceResolution => ({
    code,
    candidates: kept,
    basis,
    via,
    ancestor: code,
    form,
  });

  // Hong Kong, Macao and Taiwan have district names that mainland towns and streets share (东区,
  // 南区, 中西区): they are never the reading unless the text names them as such.
  const outside = (c: string) => OUTSIDE_MAINLAND.test(c);
  if (kept.some(outside) && !parsed.segments.slice(0, -1).some((seg) => seg.some(outside))) {
    const mainland = kept.filter((c) => !outside(c));
    if (mainland.length === 0) return none('unknown', [], form);
    kept = mainland;
  }

  if (kept.length === 1) return result(kept[0], innermost.length > 1 ? 'qualified' : 'unique');
  for (const tier of context) {
    const code = decideByTier(kept, tier);
    if (code) return result(code, 'context', tier.label);
  }
  return none('ambiguous', kept, form);
}

/** The longest start of `text`, two characters or more, that resolves to one place (`菏泽定陶区政务…`: 定陶区). */
/**
 * The place a resolution names; or, where the name is a prefecture's short name it shares with its
 * own district (`广安`: 广安市 and its 广安区), the prefecture, as a visit there means it.
 */
export function placeOrEnclosing(res: PlaceResolution): string | null {
  return res.code ?? (res.ancestor && res.candidates.includes(res.ancestor) ? res.ancestor : null);
}

export function leadingPlace(text: string): { code: string; name: string } | null {
  for (let len = text.length; len >= 2; len--) {
    const code = resolvePlace(text.slice(0, len)).code;
    if (code) return { code, name: text.slice(0, len) };
  }
  return null;
}
