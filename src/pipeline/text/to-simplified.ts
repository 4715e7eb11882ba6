import * as OpenCC from 'opencc-js';
import { getGazetteer } from '../regions/gazetteer';
import type { Change, StageResult } from './types';

export type Script = 'traditional' | 'simplified';

export interface ToSimplifiedResult extends StageResult {
  script: Script;
  /** Characters changed, counted one by one (the change list has one entry per distinct pair). */
  converted: number;
}

type Convert = (text: string) => string;

// Two OpenCC presets, each built once on first use (loading the dictionaries is the slow part).
// `tw` reads 著 the way the Traditional pages in the corpus use it (著力 -> 着力, 沿著 -> 沿着) and
// still keeps 著名/顯著; but on text that is already Simplified it turns a lone 著 into 着 (显著 ->
// 显着). `t` (OpenCC's standard Traditional) leaves 著 alone and changes nothing in Simplified
// text. So Traditional text goes through `tw`, and everything goes through `t`.
let fromTaiwan: Convert | undefined;
let fromStandard: Convert | undefined;
const taiwanToMainland = (): Convert => (fromTaiwan ??= OpenCC.Converter({ from: 'tw', to: 'cn' }));
const standardToMainland = (): Convert => (fromStandard ??= OpenCC.Converter({ from: 't', to: 'cn' }));

/** Share of Han characters that conversion changes above which a text counts as Traditional. */
const TRADITIONAL_SHARE = 0.05;
const HAN = /\p{Script=Han}/gu;

/**
 * Convert with the presets a text of `script` needs, then repeat the standard conversion until it
 * changes nothing more (in practice once), so that the result is a fixed point: converting it
 * again is a no-op, whatever its script is then judged to be.
 */
export function convertToSimplified(text: string, script: Script): string {
  let out = script === 'traditional' ? taiwanToMainland()(text) : text;
  for (let i = 0; i < 4; i++) {
    const next = standardToMainland()(out);
    if (next === out) break;
    out = next;
  }
  return keepPlaceNames(text, out);
}

/**
 * Official place names whose characters OpenCC would change (乾县 -> 干县, a Traditional 乾 read
 * as 干): their converted form -> the name. Built once from the GB/T 2260 dataset.
 */
let fragile: Array<{ converted: string; name: string }> | undefined;
function fragileNames(): Array<{ converted: string; name: string }> {
  if (!fragile) {
    const names = new Set<string>();
    for (const e of getGazetteer().entries()) for (const n of [e.name, ...e.shortNames]) if (n.length >= 2) names.add(n);
    fragile = [...names].map((name) => ({ name, converted: standardToMainland()(name) })).filter((f) => f.converted !== f.name && f.converted.length === f.name.length);
  }
  return fragile;
}

/**
 * Where the source wrote a place name's own characters (乾縣, 乾县) and conversion turned them into
 * another (干县), put the name back: the standard's spelling of a place is never a variant.
 */
function keepPlaceNames(source: string, out: string): string {
  if (out === source || out.length !== source.length) return out;
  let kept = out;
  for (const { converted, name } of fragileNames()) {
    for (let at = kept.indexOf(converted); at >= 0; at = kept.indexOf(converted, at + 1)) {
      let wrote = true;
      for (let j = 0; j < name.length && wrote; j++) if (name[j] !== converted[j]) wrote = source[at + j] === name[j];
      if (wrote) kept = kept.slice(0, at) + name + kept.slice(at + name.length);
    }
  }
  return kept;
}

/**
 * Traditional -> Simplified with OpenCC's dictionaries (phrase-aware: 乾隆 stays, 乾淨 -> 干净).
 * The script is judged by how many Han characters the standard conversion would change; text
 * already in Simplified comes back unchanged. Changes: one per distinct character pair, at its
 * first offset, with the number of occurrences in `note`; when the conversion changes the length
 * (rare phrase entries) one summary change stands for all. Never throws, idempotent.
 */
export function toSimplified(text: string): ToSimplifiedResult {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return { text, changes: [], script: 'simplified', converted: 0 };

  const probe = standardToMainland()(text);
  const script: Script = countDiffering(text, probe) / han > TRADITIONAL_SHARE ? 'traditional' : 'simplified';
  const out = convertToSimplified(text, script);
  if (out === text) return { text, changes: [], script, converted: 0 };

  const before = [...text];
  const after = [...out];
  if (before.length !== after.length) {
    return {
      text: out,
      script,
      converted: 1,
      changes: [{ kind: 'to-simplified', at: 0, from: '', to: '', note: 'converted; phrase entries changed the length, so no per-character list' }],
    };
  }
  const pairs = new Map<string, { at: number; from: string; to: string; n: number }>();
  let converted = 0;
  for (let k = 0, offset = 0; k < before.length; offset += before[k].length, k++) {
    if (before[k] === after[k]) continue;
    converted++;
    const key = before[k] + after[k];
    const seen = pairs.get(key);
    if (seen) seen.n++;
    else pairs.set(key, { at: offset, from: before[k], to: after[k], n: 1 });
  }
  const changes: Change[] = [...pairs.values()].map((p) => ({
    kind: 'to-simplified',
    at: p.at,
    from: p.from,
    to: p.to,
    note: `${p.n}×`,
  }));
  return { text: out, changes, script, converted };
}

function countDiffering(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length) return Math.max(1, Math.abs(x.length - y.length));
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}
