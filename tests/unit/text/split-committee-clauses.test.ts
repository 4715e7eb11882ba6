import { describe, expect, it } from 'vitest';
import { isKnownPlaceName } from '../../../src/pipeline/regions/gazetteer';
import { splitCommitteeClauses } from '../../../src/pipeline/text/split-committee-clauses';

const split = (text: string) => splitCommitteeClauses(text, { knownPlace: isKnownPlaceName });

// A feature's paragraph from a real page (zj-55, 中国政协网): five city committees, clause by clause.
const FEATURE =
  '习近平总书记指出，“有事好商量，众人的事情由众人商量，是人民民主的真谛。”杭州市政协深化“浙里协商”实践，引导广大委员走入基层；' +
  '宁波市政协以“阿拉一起来商量”协商体系为牵引，着力推动解决“一件事”向“一类事”转变；绍兴市政协创新开展“知行政协·越系列”建设；' +
  '舟山市政协优化重点协商方案生成机制；台州市政协聚焦打造“和合善治”品牌，积极开展调研协商。省政协专委会强化质效导向，深化全程协商。';

describe('splitCommitteeClauses: one paragraph running through several committees', () => {
  it('puts each committee’s clause on a line of its own, and a bare 省政协 after them too', () => {
    const r = split(FEATURE);
    const lines = r.text.split('\n');
    expect(lines.map((l) => l.slice(0, 5))).toEqual(['习近平总书', '杭州市政协', '宁波市政协', '绍兴市政协', '舟山市政协', '台州市政协', '省政协专委']);
    // Nothing removed: the text is the same once the inserted breaks are taken out.
    expect(r.text.replaceAll('\n', '')).toBe(FEATURE);
    expect(r.changes).toHaveLength(6);
    expect(r.changes.every((c) => c.kind === 'split-line' && c.from === '' && c.to === '\n')).toBe(true);
    expect(FEATURE.slice(r.changes[1].at, r.changes[1].at + 5)).toBe('宁波市政协');
  });

  it('splits sentences that open with committees after a lead on them together (yn-62)', () => {
    const text = '州市政协也推出各项举措。普洱市政协引导委员企业建立助推模式。楚雄州政协把党委安排的任务与行动结合起来。保山市政协依托委员募集资金建立助学平台。';
    expect(split(text).text.split('\n').map((l) => l.slice(0, 5))).toEqual(['州市政协也', '普洱市政协', '楚雄州政协', '保山市政协']);
  });

  it('splits two committees in turn after a lead on a level\'s committees together, a one-character county\'s too (ZZZZZZZZZZZZZZZZZZW sn-355)', () => {
    const text = '一年来，各县区政协围绕中心，服务大局，建言献策注重在“深”字上下功夫。榆阳区政协召开常委会议就社会主义新农村建设问题进行专题协商。佳县政协根据开幕式参会领导集中的特点，把大会专题发言安排在开幕式上。';
    expect(split(text).text.split('\n').map((l) => l.slice(0, 5))).toEqual(['一年来，各', '榆阳区政协', '佳县政协根']);
    // (Without the lead, two committees are a story that names both.)
    expect(split(text.slice(text.indexOf('榆阳'))).changes).toEqual([]);
  });

  it('reads an indented lead on the levels together, and several committees counted together as one clause\'s (sc-661)', () => {
    const text = '  各市（州）、县（市、区）政协因地制宜，精心谋划开展活动。成都、德阳、眉山、资阳4市政协开展“推动成德眉资都市现代高效特色农业示范区建设”联合调研；广安市政协组织村容村貌治理等方面活动35次；达州市大竹县';
    expect(split(text).text.split('\n').map((l) => l.trim().slice(0, 5))).toEqual(['各市（州）', '成都、德阳', '广安市政协']);
    // (Places that are no places do not make a joint clause: `春风、夏雨2市政协`.)
    expect(split('  各市政协因地制宜。春风、夏雨2市政协开展调研；广安市政协组织活动。').changes).toEqual([]);
  });

  it('splits a paragraph that ends in three or more sentences each opening with another committee (hn-76)', () => {
    const text =
      '省政协发出倡议书后,株洲市政协迅速转发并组织开展系列活动。市政协社法民宗委委员在委员工作室值班。茶陵县政协以委员工作室为单位开展捐赠活动。醴陵市政协28个委员工作室的170余名委员捐资捐物。芦淞区政协发动政协委员为农村群众发放防疫物资。';
    expect(split(text).text.split('\n').map((l) => l.slice(0, 5))).toEqual(['省政协发出', '茶陵县政协', '醴陵市政协', '芦淞区政协']);
    // Two such sentences are a story naming others.
    expect(split('株洲市政协召开会议。茶陵县政协作交流发言。醴陵市政协也作了交流。').changes).toEqual([]);
  });

  it('is idempotent', () => {
    const once = split(FEATURE).text;
    expect(split(once)).toEqual({ text: once, changes: [] });
  });

  it('leaves a story that names two committees, a list with no ；, and places that are not real', () => {
    const two = '六安市政协召开常委会议；金安区政协主席出席会议并讲话。';
    expect(split(two).changes).toEqual([]);
    const sentences = '杭州市政协召开会议。宁波市政协派员参加。绍兴市政协也作了交流。';
    expect(split(sentences).changes).toEqual([]);
    const unreal = '甲乙市政协召开会议；丙丁县政协开展调研；戊己区政协组织视察。';
    expect(split(unreal).changes).toEqual([]);
    // Without the gazetteer check, nothing is split.
    expect(splitCommitteeClauses(FEATURE).changes).toEqual([]);
  });
});
