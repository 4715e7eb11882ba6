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

  it('breaks an e-paper\'s strip of committee headlines a space apart, Traditional too (sn-31)', () => {
    const strip = '新城區政協開展“委員活動日”活動 閻良區政協組織委員視察項目建設情況 麟遊縣政協就提案辦理情況進行督辦 乾縣政協組織委員開展書畫惠民活動 本報綜合消息 9月21日是全省政協“委員活動日”。';
    const r = splitRunInItems(strip);
    expect(r.text.split('\n')).toEqual([
      '新城區政協開展“委員活動日”活動',
      '閻良區政協組織委員視察項目建設情況',
      '麟遊縣政協就提案辦理情況進行督辦',
      '乾縣政協組織委員開展書畫惠民活動 本報綜合消息 9月21日是全省政協“委員活動日”。',
    ]);
    expect(r.changes.map((c) => c.at)).toEqual([strip.indexOf(' 閻良'), strip.indexOf(' 麟遊'), strip.indexOf(' 乾縣')]);
    // A committee heading (committee, space, headline) and a sentence's spaces are no strip.
    for (const text of ['邢台市政协 踏上新征程 再铸新辉煌', '会议由县政协主席主持，市政协 副主席参加， 区政协委员列席。']) expect(splitRunInItems(text).changes).toEqual([]);
  });

  it('stands a page\'s timestamp run into the first sentence on a line of its own (sh-923), not one before its publishing fields', () => {
    const text = '来源：昭通新闻网\n2024-06-28 09:16近日，大关县社会福利院又收到由上海闵行区政协发起的爱心捐赠物资。';
    const r = splitRunInItems(text);
    expect(r.text.split('\n')).toEqual(['来源：昭通新闻网', '2024-06-28 09:16', '近日，大关县社会福利院又收到由上海闵行区政协发起的爱心捐赠物资。']);
    expect(r.changes).toEqual([{ kind: 'split-line', at: text.indexOf('近日'), from: '', to: '\n' }]);
    for (const line of ['2020-04-26 09:21:34作者：马蕊 张恒瑞来源：区新闻中心', '2021-02-21 09:51:04热度：161°C']) expect(splitRunInItems(line).changes).toEqual([]);
  });
});
