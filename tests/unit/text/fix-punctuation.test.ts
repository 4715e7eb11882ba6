import { describe, expect, it } from 'vitest';
import { fixPunctuation } from '../../../src/pipeline/text/fix-punctuation';
import { sourceText } from './corpus';

const fix = (s: string) => fixPunctuation(s).text;

describe('fixPunctuation', () => {
  it('removes the comma 004 puts before every mark (004)', () => {
    expect(fix('規範化建設提升“專”的水平湖北省政協加強制度化建設促進協商民主規範化,、程序化發展')).toBe(
      '規範化建設提升“專”的水平湖北省政協加強制度化建設促進協商民主規範化、程序化發展',
    );
    expect(fix('近年來,,湖北省政協在建立完善黨組會議“第一議題”機制常態化,、規範化、實效化基礎上,,形成了')).toBe(
      '近年來,湖北省政協在建立完善黨組會議“第一議題”機制常態化、規範化、實效化基礎上,形成了',
    );
    expect(fix('分赴17個市州集中開展“回頭看”調研,,提出深化落實,、改進提高的具體措施,。')).toBe(
      '分赴17個市州集中開展“回頭看”調研,提出深化落實、改進提高的具體措施。',
    );
  });

  it('records each removed comma at its offset', () => {
    expect(fixPunctuation('具體措施,。').changes).toEqual([{ kind: 'stray-punctuation', at: 4, from: ',', to: '' }]);
  });

  it('keeps single commas, commas before quotes, and doubled commas in ASCII text', () => {
    for (const s of [
      '坚持双向发力,全面履行各项职能。',
      '“目前,我們正圍繞數字經濟發展,”他說',
      'a,,b',
      '1,000,000',
    ]) expect(fix(s)).toBe(s);
  });

  it('leaves the other sources alone and is idempotent', () => {
    for (const id of ['000', '001', '002', '003']) expect(fixPunctuation(sourceText(id)).changes).toEqual([]);
    const once = fix(sourceText('004'));
    expect(once).not.toMatch(/,[,，、。；：！？]/);
    expect(fix(once)).toBe(once);
  });
});
