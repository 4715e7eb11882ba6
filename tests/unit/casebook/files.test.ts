import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesUnder, filesUnder } from '../../../scripts/lib/files';

describe('filesUnder', () => {
  it('lists every file at any depth, sorted, with / separators, and no folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'casebook-files-'));
    mkdirSync(join(root, 'b/c'), { recursive: true });
    mkdirSync(join(root, 'empty'));
    writeFileSync(join(root, 'b/c/index.html'), '12345');
    writeFileSync(join(root, 'a.txt'), '12');
    writeFileSync(join(root, 'b/z.js'), '1');
    try {
      expect(filesUnder(root)).toEqual(['a.txt', 'b/c/index.html', 'b/z.js']);
      expect(bytesUnder(root)).toBe(8);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
