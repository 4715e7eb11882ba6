import { describe, expect, it } from 'vitest';
import { rejoinLines } from '../../../src/pipeline/text/rejoin-lines';
import { toFullWidthPunctuation } from '../../../src/pipeline/text/full-width-punctuation';
import { sourceText } from './corpus';

const rejoin = (s: string) => rejoinLines(s).text;

describe('rejoinLines', () => {
  it('rejoins a sentence cut by a blank line (003)', () => {
    const text = [
      '坚持紧扣改革发展。围绕4+4现代产业发展,连续两年集中开展',
      '',
      '重点调研,持续开展全面深化改革典型经验调研,围绕发展中的瓶颈和难题,40余次问计省直、60余次问计于民,为省会高质量发展提供政协方案。',
    ].join('\n');
    const r = rejoinLines(text);
    expect(r.text).toBe(
      '坚持紧扣改革发展。围绕4+4现代产业发展,连续两年集中开展重点调研,持续开展全面深化改革典型经验调研,围绕发展中的瓶颈和难题,40余次问计省直、60余次问计于民,为省会高质量发展提供政协方案。',
    );
    expect(r.changes).toEqual([{ kind: 'rejoin-line', at: text.indexOf('\n'), from: '\n\n', to: '' }]);
  });

  it('keeps a list page’s teasers apart, each cut off mid-sentence before the next item’s byline or time (sn-16)', () => {
    const lines = [
      '□ 记者 张宝勤 春节的脚步一天天临近，治理城市交通拥堵又成为一个避不开的话题。最终的结果就是道路拥堵难行，购买汽车追求快',
      '春节前夕，山阳县政协办联合县文联邀请部分书法家来到板岩镇，开展送春联活动。拿到春联作',
      '本报讯（黄仁洪）近日，汉阴县政协党组召开专题会议，学习传达安康市第四次党代会精神。会议要求，政协系统',
    ];
    expect(rejoin(lines.join('\n')).split('\n')).toEqual(lines);
  });

  it('keeps a headline apart from a story that opens with 最新消息 (hn-37)', () => {
    const lines = ['梁璞存主席参与“旅发大会先锋行”活动，珠晖区政协积极贡献力量', '最新消息，8月23日，珠晖区政协衡州路街道委员工作室精心策划并实施了系列活动。'];
    expect(rejoin(lines.join('\n\n')).split('\n')).toEqual(lines);
  });

  it('keeps a headline with commas apart from a story that opens with a wire dateline (人民网上海5月4日电, ZZZZZZT sh-33)', () => {
    const lines = ['上海:中学生开“政协常委会”,体验中国式民主', '人民网上海5月4日电(谢卫群 洪圣婴)5月3日下午,上海万源城协和双语学校一楼大剧院,来自八年级的130余名学生围坐一圈。'];
    expect(rejoin(lines.join('\n\n')).split('\n')).toEqual(lines);
  });

  it('keeps a headline with commas apart from a story that opens with its outlet’s tag in brackets (【连网】, js-135)', () => {
    const lines = ['连云港市政协召开“高质发展，后发先至”专题协商议政会', '【连网】（连云港日报全媒体记者 徐黎一）3月30日下午，市政协召开专题议政会。'];
    expect(rejoin(lines.join('\n\n')).split('\n')).toEqual(lines);
  });

  it('rejoins after full-width conversion too, and across a parenthesis cut in two (003)', () => {
    const text = toFullWidthPunctuation('全面加强党的建设。完善党建制度,制定政协党组成员联系县(市、\n\n区)政协党建工作、党员委员联系党外委员。').text;
    expect(rejoin(text)).toBe('全面加强党的建设。完善党建制度，制定政协党组成员联系县（市、区）政协党建工作、党员委员联系党外委员。');
  });

  it('keeps a heading after a cut-off section apart (003: 衡水 then 邢台)', () => {
    const text = [
      '始终强化思想政治引领,不断夯实团结奋斗的共同思想政治基础。充分发扬人民政协自愿学习、自我教育的优良传统,采取组织报告会、座谈会,举办培训班、视频辅导、编发学习资料等形式,强化理论武装,提升履职能力,确保了政协工作始终沿着正确的政治方向',
      '',
      '邢台市政协 踏上新征程 再铸新辉煌',
      '',
      '七十载砥砺前行,九万里风鹏正举。凝聚共识,资政建言,党建引领,惠民生,提效能等关键词,见证着邢台市政协工作坚实的履职足迹。',
    ].join('\n');
    expect(rejoin(text).split('\n')).toEqual([
      text.split('\n')[0],
      '邢台市政协 踏上新征程 再铸新辉煌',
      '七十载砥砺前行,九万里风鹏正举。凝聚共识,资政建言,党建引领,惠民生,提效能等关键词,见证着邢台市政协工作坚实的履职足迹。',
    ]);
  });

  it('keeps titles, bylines, labels and numbered headings as their own lines (000, 002)', () => {
    const head000 = sourceText('000').split('\n').slice(0, 8).join('\n');
    expect(rejoin(head000)).toBe(head000);
    const text = [
      '一、坚持党的全面领导,准确把握政治协商定位',
      '',
      '只有毫不动摇地坚持党对政协的绝对领导,才能牢牢把握政协工作的正确方向。',
    ].join('\n');
    expect(rejoin(text)).toBe(text.replace('\n\n', '\n'));
  });

  it('rejoins every broken sentence of 003 and nothing else', () => {
    const r = rejoinLines(sourceText('003'));
    expect(r.changes).toHaveLength(19);
    expect(r.text).toContain('连续两年集中开展重点调研');
    expect(r.text).toContain('打造网络履职新平台');
    expect(r.text).toContain('深入推进民主监督。针对优化营商环境');
    expect(r.text).toContain('助力科学决策');
    expect(r.text.split('\n').find((l) => l.startsWith('始终强化思想政治引领'))).toMatch(/正确的政治方向$/);
    for (const id of ['000', '001', '002', '004']) expect(rejoinLines(sourceText(id)).changes).toEqual([]);
  });

  it('keeps a headline of a cry and a statement over its story, but joins a sentence cut after its cry (gd-08)', () => {
    const page = ['集中揭牌！潮南区设立11个镇（街道）政协联络工作室', '', '', '为深入学习贯彻党的二十大精神，6月29日，区政协举行全区镇（街道）政协联络工作室集中揭牌仪式。'].join('\n');
    expect(rejoin(page)).toBe(page.replace('\n\n\n', '\n'));
    expect(rejoin('委员们纷纷表示，这次视察收获很大！大家将把\n所见所闻转化为提案。')).toBe('委员们纷纷表示，这次视察收获很大！大家将把所见所闻转化为提案。');
  });

  it('keeps a headline of parallel phrases over its story, but joins a sentence cut after a comma (gd-53, tj-01)', () => {
    const list = ['广纳群言，广集民智，探索提案新思路', '', '为广泛征求意见和建议，谋划好提案线索指引，区政协提案工作室联合召开座谈交流会。'].join('\n');
    expect(rejoin(list)).toBe(list.replace('\n\n', '\n'));
    expect(rejoin(rejoin(list))).toBe(rejoin(list));
    expect(rejoin('本篇文章305字,读完约1分钟\n本网讯(记者霍宇辉)今天下午3点,政协召开会议。')).toBe('本篇文章305字,读完约1分钟\n本网讯(记者霍宇辉)今天下午3点,政协召开会议。');
    // A stub of a phrase, or a long run, is a sentence cut by the break (003).
    expect(rejoin('坚持探索新的工作方式，高标\n\n准做好新时代政协工作。')).toBe('坚持探索新的工作方式，高标准做好新时代政协工作。');
    expect(rejoin('县政协组织委员，\n\n深入乡镇开展调研。')).toBe('县政协组织委员，深入乡镇开展调研。');
  });

  it('ends a photo caption at its photographer\'s credit (xj-05)', () => {
    const caption = '9月23日,哈密市政协举办知识竞赛,融媒体中心记者 王文堃摄\n\n坚持党的领导是人民政协事业发展进步的根本保证。';
    expect(rejoin(caption)).toBe(caption.replace('\n\n', '\n'));
    // A sentence broken after 拍摄 is no credit: it joins.
    expect(rejoin('县政协组织部分政协委员们深入基层，参观了影视拍摄\n\n基地，了解产业发展。')).toBe('县政协组织部分政协委员们深入基层，参观了影视拍摄基地，了解产业发展。');
  });

  it('outputs one paragraph per line and is idempotent', () => {
    const once = rejoin(sourceText('003'));
    expect(once).not.toMatch(/\n\s*\n/);
    expect(rejoinLines(once)).toEqual({ text: once, changes: [] });
  });
});
