import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/pipeline/text/decode';
import { sourceBytes, sourceLine, sourceText } from './corpus';

const concat = (...parts: ArrayLike<number>[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = new Uint8Array(Buffer.from(text, 'utf16le'));
  if (order === 'le') return le;
  const be = new Uint8Array(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
};

describe('decodeBytes', () => {
  it('reads the bundled UTF-8 sources as they are', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      expect(decodeBytes(sourceBytes(id), id)).toEqual({ ok: true, encoding: 'utf-8', text: sourceText(id) });
    }
  });

  it('strips a UTF-8 byte-order mark and says it was there', () => {
    const line = sourceLine('004', '【五年履職亮點回眸】');
    const r = decodeBytes(concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(line)), 'bom.txt');
    expect(r).toEqual({ ok: true, encoding: 'utf-8-bom', text: line });
  });

  it('reads UTF-16 with a byte-order mark, both byte orders', () => {
    const line = sourceLine('000', '人民政協(xié)網(wǎng)北京6月14日電');
    expect(decodeBytes(concat([0xff, 0xfe], utf16(line, 'le')), 'le.txt')).toEqual({ ok: true, encoding: 'utf-16le', text: line });
    expect(decodeBytes(concat([0xfe, 0xff], utf16(line, 'be')), 'be.txt')).toEqual({ ok: true, encoding: 'utf-16be', text: line });
  });

  it('reads UTF-16 without a mark only when the zero bytes show it', () => {
    const text = sourceText('002').split('\n').slice(0, 8).join('\n');
    expect(decodeBytes(utf16(text, 'le'), 'le.txt')).toEqual({ ok: true, encoding: 'utf-16le', text });
    expect(decodeBytes(utf16(text, 'be'), 'be.txt')).toEqual({ ok: true, encoding: 'utf-16be', text });
  });

  it('reads GB18030/GBK when the text is not UTF-8 and comes out Chinese', () => {
    for (const id of ['001', '000']) {
      const text = sourceText(id);
      expect(decodeBytes(new Uint8Array(iconv.encode(text, 'gb18030')), id)).toEqual({ ok: true, encoding: 'gb18030', text });
    }
    const line = sourceLine('003', '□记者 高原雪');
    expect(decodeBytes(new Uint8Array(iconv.encode(line, 'gbk')), 'gbk.txt')).toEqual({ ok: true, encoding: 'gb18030', text: line });
  });

  it('refuses a GB18030 reading that is not Chinese', () => {
    // Valid GB18030 byte pairs, but all of them pinyin letters (A8 A1 = ā): not an article.
    const bytes = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0xa8 : 0xa1));
    const r = decodeBytes(bytes, 'letters.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/GB18030/);
  });

  it('normalises CRLF and CR to LF', () => {
    const [a, b, c] = sourceText('002').split('\n').filter(Boolean);
    const r = decodeBytes(new TextEncoder().encode(`${a}\r\n${b}\r${c}\n`), 'crlf.txt');
    expect(r).toEqual({ ok: true, encoding: 'utf-8', text: `${a}\n${b}\n${c}\n` });
  });

  it('reports empty, binary and undecodable files with a reason', () => {
    expect(decodeBytes(new Uint8Array(0), 'empty.txt')).toEqual({ ok: false, reason: 'empty file' });

    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0);
    const bin = decodeBytes(png, 'image.png');
    expect(bin.ok).toBe(false);
    if (!bin.ok) expect(bin.reason).toMatch(/binary/);

    const controls = decodeBytes(new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41)), 'ctl.bin');
    expect(controls.ok).toBe(false);
    if (!controls.ok) expect(controls.reason).toMatch(/binary/);

    const junk = decodeBytes(Uint8Array.of(0x80, 0xff, 0x80, 0xff, 0x41, 0xff), 'junk.bin');
    expect(junk.ok).toBe(false);
    if (!junk.ok) expect(junk.reason).toMatch(/undecodable|not UTF-8/);
  });

  it('decodes a 20 MB single-line file (its speed is measured by npm run bench)', () => {
    const line = sourceLine('002', '《中国共产党政治协商工作条例》为做好');
    const unit = new TextEncoder().encode(line);
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let at = 0; at < bytes.length; at += unit.length) bytes.set(unit.subarray(0, Math.min(unit.length, bytes.length - at)), at);
    // Cut back to a whole UTF-8 character so that the file is valid.
    let end = bytes.length;
    while ((bytes[end - 1] & 0xc0) === 0x80) end--;
    if (bytes[end - 1] >= 0xc0) end--;
    const r = decodeBytes(bytes.subarray(0, end), 'big.txt');
    expect(r.ok && r.encoding).toBe('utf-8');
  });
});
