import type { Case } from '../../schemas';

/**
 * One line on what a case did, for the cards of browse lists: the sentence that shows its main
 * mechanism (the one serving its main function, else its first), else its first sentence that
 * states something (a figure, or a verb of doing), with its key figure added when the sentence
 * lacks it. Cut at a clause boundary to fit a card. Pure.
 */
const MAX_SUMMARY = 80;
const DOING = /(开展|建立|建成|设立|成立|组建|推出|召开|举办|举行|组织|打造|创新|探索|制定|出台|推动|实施|聚焦|围绕|设立|形成|完成|选派|编印|出版|走访|调研|视察)/;
const SENTENCES = /[^。！？；]+[。！？；]?/g;

function clip(sentence: string): string {
  const s = sentence.trim().replace(/[；;]$/, '。');
  if (s.length <= MAX_SUMMARY) return s;
  const cut = s.slice(0, MAX_SUMMARY).lastIndexOf('，');
  return cut >= 20 ? `${s.slice(0, cut)}……` : `${s.slice(0, MAX_SUMMARY - 1)}…`;
}

export function caseSummary(
  c: Pick<Case, 'body' | 'mechanisms' | 'figures' | 'functions'>,
  mechanismFunctions: (id: string) => readonly string[] = () => [],
): string {
  const main = c.functions[0]?.id;
  const mechanism = c.mechanisms.find((m) => main && mechanismFunctions(m.id).includes(main)) ?? c.mechanisms[0];
  const sentences = c.body.flatMap((p) => p.match(SENTENCES) ?? []).map((s) => s.trim()).filter((s) => /\p{Script=Han}{6}/u.test(s));
  const chosen =
    mechanism?.quote ||
    sentences.find((s) => c.figures.some((f) => s.includes(f.quote))) ||
    sentences.find((s) => DOING.test(s)) ||
    sentences[0] ||
    '';
  let line = clip(chosen);
  const key = c.figures.find((f) => f.mechanism) ?? c.figures[0];
  if (key && line && !line.includes(key.quote)) {
    const figure = `${key.approx ? '约' : ''}${key.value}${key.unit}${key.what}`;
    line = `${line.replace(/[。…]+$/, '')}（${figure}）`;
  }
  return line;
}
