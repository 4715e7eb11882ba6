import { describe, expect, it } from 'vitest';
import { splitRunInItems } from '../../../src/pipeline/text/split-run-in-items';

// jx-52 (development set): two photo captions the page laid side by side, run into one line.
const captions =
  '9月16日,南昌市政协纪念人民政协成立70周年文艺汇演在南昌市文化馆举行。省政协副主席陈俊卿出席。                  (文/廖斌  图/魏勇剑)             9月11日,都昌县政协举办庆祝人民政协成立70周年书画作品展。 (段玉琪    摄)';

describe('splitRunInItems', () => {
  it('breaks the line at a wide gap after a closed item, before a date', () => {
    const r = splitRunInItems(captions);
    expect(r.text.split('\n')).toEqual([
      '9月16日,南昌市政协纪念人民政协成立70周年文艺汇演在南昌市文化馆举行。省政协副主席陈俊卿出席。                  (文/廖斌  图/魏勇剑)',
      '9月11日,都昌县政协举办庆祝人民政协成立70周年书画作品展。 (段玉琪    摄)',
    ]);
    expect(r.changes).toEqual([{ kind: 'split-line', at: captions.indexOf('魏勇剑)') + 4, from: ' '.repeat(13), to: '\n' }]);
  });

  it('leaves a gap before a credit, a narrow gap, and a date inside a sentence alone; is idempotent', () => {
    for (const text of ['会议在南昌召开。 9月11日，都昌县政协举办书画作品展。', '会议于    9月11日召开。', '举行。                  (文/廖斌)']) {
      expect(splitRunInItems(text)).toEqual({ text, changes: [] });
    }
    const once = splitRunInItems(captions).text;
    expect(splitRunInItems(once)).toEqual({ text: once, changes: [] });
  });
});
