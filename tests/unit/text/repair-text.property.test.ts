import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairText } from '../../../src/pipeline/text/repair-text';
import { stripPinyin } from '../../../src/pipeline/text/strip-pinyin';
import { toSimplified } from '../../../src/pipeline/text/to-simplified';
import { sourceText } from './corpus';

// Pieces of the real damage and of hostile markup, to be shuffled into random strings.
const corpusLines = ['000', '001', '002', '003', '004'].flatMap((id) => sourceText(id).split('\n')).filter((l) => l.length > 0);
const fragments = [
  '?!', '?', '!', '(', ')', '（', '）', ',', ',,', ',、', ',。', ':', ';', '\n', '\n\n', ' ', '\t', '\r\n',
  '(xié)', '(qū)', 'jù)', '(APP)', '(2019)', '(出)', '(a)', '⟨', '⟩', '⟨?⟩',
  '{', '}', '<', '>', '</div>', '<script>alert(1)</script>', '{frontmatter}', '---', '# ', '```', '${x}', '&amp;',
  '北本┦形鞒菂^', '睋?', '笔吧絽^', '搬槍π乱粚谜f', '毖討c', '蔽錆h', '區', '政協', '政协', '市', '嗎', '如何',
  '10:01:02', '2022-09-19', '1,000', 'https://x.cn/?a=1', 'a@b.cn', 'GDP',
  '\ud800', '\udc00', '\ud83d\ude00', '𠀀', '\u0301', '\ufeff', '\u0000',
];
const piece = fc.oneof(
  fc.constantFrom(...fragments),
  fc.constantFrom(...corpusLines).chain((l) => fc.nat(l.length).map((n) => l.slice(n, n + 40))),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const adversarial = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
const longLine = fc.constantFrom(...corpusLines).map((l) => l.replace(/\n/g, '').repeat(Math.ceil(40_000 / l.length)));
const anyText = fc.oneof({ weight: 6, arbitrary: adversarial }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) }, { weight: 1, arbitrary: longLine });

const HAN = /\p{Script=Han}/gu;
const hanMultiset = (s: string) => {
  const m = new Map<string, number>();
  for (const ch of toSimplified(s).text.match(HAN) ?? []) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
};

describe('repairText properties', () => {
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = repairText(s).text;
        expect(repairText(once).text).toBe(once);
      }),
      {
        numRuns: Number(process.env.PROPERTY_RUNS ?? 200),
        // Found by a random run: a reading split by a broken line, whole again once the lines are joined.
        examples: [['意見落實,并將協(xié)商意見辦理成果向區(qū)委、區(qū)政府主要負責(\n\nxié)商>政協(xié)動態(tài)?!']],
      },
    );
  });

  it('keeps every Chinese character of the input, readings aside (markers may wrap, never drop)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const r = repairText(s);
        const out = hanMultiset(r.text);
        const expected = hanMultiset(stripPinyin(s).text);
        // A mojibake run is the one place where characters are replaced, by design: its damaged
        // characters are not expected back (its repaired ones are in the output).
        for (const c of r.changes) {
          if (c.kind !== 'mojibake') continue;
          for (const [ch, n] of hanMultiset(c.from)) expected.set(ch, (expected.get(ch) ?? 0) - n);
        }
        for (const [ch, n] of expected) expect(out.get(ch) ?? 0, ch).toBeGreaterThanOrEqual(n);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });
});
