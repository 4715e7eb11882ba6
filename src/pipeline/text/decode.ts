export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult = { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

/** Share of CJK characters among non-ASCII ones a GB18030 reading must reach to be believed. */
const MIN_CJK_SHARE = 0.5;
/** Share of control characters (other than tab, line breaks, form feed) that marks a binary file. */
const MAX_CONTROL_SHARE = 0.01;
/** Share of UTF-16 code units with a zero byte needed to call a BOM-less file UTF-16. */
const MIN_UTF16_ZERO_SHARE = 0.05;

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

interface Census {
  chars: number;
  controls: number;
  nonAscii: number;
  cjk: number;
}

/** One linear pass over the text: what kinds of characters it is made of. */
function census(text: string): Census {
  const c: Census = { chars: 0, controls: 0, nonAscii: 0, cjk: 0 };
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xdc00 && u <= 0xdfff) continue; // counted with its high half
    c.chars++;
    if (u < 0x20) {
      if (u !== 0x09 && u !== 0x0a && u !== 0x0d && u !== 0x0c) c.controls++;
    } else if (u === 0x7f) {
      c.controls++;
    } else if (u >= 0x80) {
      c.nonAscii++;
      if (
        (u >= 0x4e00 && u <= 0x9fff) ||
        (u >= 0x3400 && u <= 0x4dbf) ||
        (u >= 0xf900 && u <= 0xfaff) ||
        (u >= 0x3000 && u <= 0x303f) ||
        (u >= 0xff00 && u <= 0xffef) ||
        (u >= 0xd840 && u <= 0xd87f) // high half of an ideograph in the supplementary planes
      ) {
        c.cjk++;
      }
    }
  }
  return c;
}

const looksBinary = (c: Census) => c.chars > 0 && c.controls / c.chars > MAX_CONTROL_SHARE;

function finish(text: string, encoding: TextEncoding): DecodeResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return { ok: true, text: body.replace(/\r\n?/g, '\n'), encoding };
}

/** Zero bytes at even and odd offsets: UTF-16 text shows them on one side only. */
function zeroBytes(bytes: Uint8Array): { even: number; odd: number } {
  let even = 0;
  let odd = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) {
    if (i % 2 === 0) even++;
    else odd++;
  }
  return { even, odd };
}

/**
 * Raw file bytes -> text, by evidence. In order: a byte-order mark (UTF-8, UTF-16 LE/BE); zero
 * bytes, which only UTF-16 text without a mark may have, and then only on every other byte and
 * decoding cleanly; strict UTF-8; strict GB18030, believed only when most non-ASCII characters
 * come out as CJK. Empty, binary (stray zero or control bytes) and undecodable files are refused
 * with a reason. The BOM is stripped and CRLF/CR become LF. Linear in the file size; `name` is the
 * file being read, for the caller's messages, and does not affect the decision.
 */
export function decodeBytes(bytes: Uint8Array, name: string): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text === null) return { ok: false, reason: 'UTF-8 byte-order mark, but the bytes after it are not valid UTF-8' };
    if (looksBinary(census(text))) return { ok: false, reason: 'binary file: control bytes in UTF-8 text' };
    return finish(text, 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4)) {
    return fromUtf16(bytes.subarray(2), 'utf-16le', 'UTF-16LE byte-order mark');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return fromUtf16(bytes.subarray(2), 'utf-16be', 'UTF-16BE byte-order mark');
  }

  if (bytes.indexOf(0) !== -1) {
    // Without a mark, only a clear pattern counts: zero bytes all on one side (the ASCII
    // characters' high bytes), enough of them, and a clean decode.
    const { even, odd } = zeroBytes(bytes);
    const units = Math.floor(bytes.length / 2);
    if (bytes.length % 2 === 0 && units > 0) {
      if (even === 0 && odd / units >= MIN_UTF16_ZERO_SHARE) {
        const r = fromUtf16(bytes, 'utf-16le', 'zero bytes at odd offsets');
        if (r.ok) return r;
      }
      if (odd === 0 && even / units >= MIN_UTF16_ZERO_SHARE) {
        const r = fromUtf16(bytes, 'utf-16be', 'zero bytes at even offsets');
        if (r.ok) return r;
      }
    }
    return { ok: false, reason: 'binary file: contains zero bytes and is not UTF-16 text' };
  }

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) {
    if (looksBinary(census(utf8))) return { ok: false, reason: 'binary file: control bytes in UTF-8 text' };
    return finish(utf8, 'utf-8');
  }

  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) {
    const c = census(gb);
    if (looksBinary(c)) return { ok: false, reason: 'binary file: control bytes' };
    if (c.nonAscii > 0 && c.cjk / c.nonAscii >= MIN_CJK_SHARE) return finish(gb, 'gb18030');
    return { ok: false, reason: 'not UTF-8, and as GB18030 it does not read as Chinese text (binary or another encoding?)' };
  }
  return { ok: false, reason: 'undecodable: not valid UTF-8, UTF-16 or GB18030 (binary or another encoding?)' };
}

function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', evidence: string): DecodeResult {
  if (bytes.length % 2 !== 0) return { ok: false, reason: `${evidence}, but an odd number of bytes follows` };
  const text = tryDecode(encoding, bytes);
  if (text === null) return { ok: false, reason: `${evidence}, but the text is not valid ${encoding.toUpperCase()}` };
  const c = census(text);
  if (text.includes('\0') || looksBinary(c)) return { ok: false, reason: `binary file: ${evidence}, but control characters in the text` };
  return finish(text, encoding);
}
