import { describe, expect, it } from 'vitest';
import { crc32, inflateRawSync } from 'node:zlib';
import { zipArchive } from '../../../src/lib/search/zip';

/** Read a ZIP written by zipArchive back through its central directory. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const end = buf.length - 22;
  expect(buf.readUInt32LE(end)).toBe(0x06054b50);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(at)).toBe(0x02014b50);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    const localNameLen = buf.readUInt16LE(local + 26);
    const start = local + 30 + localNameLen + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    if (!name.endsWith('/')) expect(crc32(data)).toBe(crc);
    out.set(name, data);
    at += 46 + nameLen;
  }
  return out;
}

describe('zipArchive', () => {
  it('writes folders, deflated text and stored incompressible bytes that read back intact', () => {
    const text = Buffer.from('政协履职实践案例库 '.repeat(200));
    const random = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256));
    const zip = zipArchive([
      { name: 'offline/' },
      { name: 'offline/案例/index.html', data: text },
      { name: 'offline/pagefind/a.bin', data: random },
      { name: 'offline/empty.txt', data: new Uint8Array(0) },
    ]);
    const files = unzip(zip);
    expect([...files.keys()]).toEqual(['offline/', 'offline/案例/index.html', 'offline/pagefind/a.bin', 'offline/empty.txt']);
    expect(files.get('offline/案例/index.html')!.equals(text)).toBe(true);
    expect(files.get('offline/pagefind/a.bin')!.equals(random)).toBe(true);
    expect(files.get('offline/empty.txt')!.length).toBe(0);
    expect(zip.length).toBeLessThan(text.length);
  });
});
