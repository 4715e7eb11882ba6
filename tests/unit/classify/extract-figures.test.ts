import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/pipeline/classify/catalogue';
import { extractFigures, extractYears } from '../../../src/pipeline/classify/extract-figures';
import { parseChineseNumeral, scanNumbers } from '../../../src/pipeline/classify/figures-grammar';
import { figureSchema } from '../../../src/schemas';

const root = resolve(import.meta.dirname, '../../..');
const { mechanisms } = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));

const figures = (text: string, index = 0) => extractFigures([{ index, text }], mechanisms);
/** `value unit what` plus flags, for compact expectations. */
const brief = (text: string) =>
  figures(text).map((f) => `${f.approx ? '~' : ''}${f.value} ${f.unit} ${f.what}${f.mechanism ? ` @${f.mechanism}` : ''}`);

describe('extractFigures: corpus sentences', () => {
  it('海淀: 8种类型33个委员工作站 gives two figures, the second a committee studio count', () => {
    const text = '坚持把委员工作站建设作为联系群众的平台和抓手，海淀区政协探索建立了8种类型33个委员工作站，充分发挥委员工作站的桥梁纽带作用。';
    expect(figures(text, 21)).toEqual([
      { value: 8, approx: false, unit: '种', what: '类型', quote: '8种类型', paragraph: 21, mechanism: null },
      { value: 33, approx: false, unit: '个', what: '委员工作站', quote: '33个委员工作站', paragraph: 21, mechanism: 'committee-studio' },
    ]);
    for (const f of figures(text)) expect(figureSchema.parse(f)).toEqual(f);
  });

  it('石景山: 36家区属党政部门 (the phrase stops before 履职情况)', () => {
    expect(figures('先后对区生态环境局等36家区属党政部门履职情况进行民主监督与评议，较好履行了政协民主监督职能。')).toEqual([
      { value: 36, approx: false, unit: '家', what: '区属党政部门', quote: '36家区属党政部门', paragraph: 0, mechanism: null },
    ]);
  });

  it('金昌: 5300多人 reads what is counted from before the number (members, not councils)', () => {
    expect(figures('全市基层组织协商议事会成员已达5300多人。')).toEqual([
      { value: 5300, approx: true, unit: '人', what: '协商议事会成员', quote: '协商议事会成员已达5300多人', paragraph: 0, mechanism: null },
    ]);
  });

  it('张家口: 795万元 is 7950000 元 (万 is a multiplier, never part of the unit)', () => {
    expect(figures('捐赠资金795万元，救助贫困群众9423名。')).toEqual([
      { value: 7950000, approx: false, unit: '元', what: '资金', quote: '资金795万元', paragraph: 0, mechanism: null },
      { value: 9423, approx: false, unit: '名', what: '贫困群众', quote: '贫困群众9423名', paragraph: 0, mechanism: null },
    ]);
  });

  it('通州: 200余位政协委员, and 13期“委员讲堂” counts lectures', () => {
    expect(figures('200余位政协委员通过视频参加此次培训。')).toEqual([
      { value: 200, approx: true, unit: '位', what: '政协委员', quote: '200余位政协委员', paragraph: 0, mechanism: null },
    ]);
    expect(figures('举办13期“委员讲堂”，邀请市、区政协委员作专题讲座。')).toEqual([
      { value: 13, approx: false, unit: '期', what: '委员讲堂', quote: '13期“委员讲堂”', paragraph: 0, mechanism: 'lecture-series' },
    ]);
  });

  it('temporary party branches: 张家口 23, 秦皇岛 15, 怀柔 4, 辛集 8', () => {
    expect(brief('探索建立23个临时党支部，建立“两联一包”双促进党建工作机制。')).toEqual(['23 个 临时党支部 @temporary-party-branch']);
    expect(brief('将全部党员委员编入15个临时党支部，实现党的领导对党员委员的全覆盖。')).toEqual(['15 个 临时党支部 @temporary-party-branch']);
    expect(brief('“6”即机关党支部、老干部党支部和4个党员委员履职临时党支部，切实实现了两个“全覆盖”。')).toEqual([
      '4 个 党员委员履职临时党支部 @temporary-party-branch',
    ]);
    expect(brief('健全市政协党组、机关党组、机关党支部党建引领机制，组建8个界别党支部。')).toEqual(['8 个 界别党支部 @temporary-party-branch']);
  });

  it('committee studios: 延庆 20, 张家口 10, 平阳 16, and 12家 past a modifier ending in 的', () => {
    expect(brief('区政协分批建立20个政协委员工作室，涵盖了界别、党派及街道、社区。')).toEqual(['20 个 政协委员工作室 @committee-studio']);
    expect(brief('创建10个政协委员工作室，搭建委员履职新平台。')).toEqual(['10 个 政协委员工作室 @committee-studio']);
    expect(brief('将全县政协委员分组安排在16个乡镇委员工作室，并按月度固定2-3名政协委员进行轮值接待。')).toEqual([
      '16 个 乡镇委员工作室 @committee-studio',
    ]);
    expect(figures('打造12家特色鲜明、功能各异的界别委员工作室，组织开展履职活动。')[0]).toMatchObject({
      value: 12,
      unit: '家',
      what: '界别委员工作室',
      quote: '12家特色鲜明、功能各异的界别委员工作室',
      mechanism: 'committee-studio',
    });
  });

  it('邢台: a list of counts, each with the noun before it', () => {
    expect(brief('共召开3次全会、8次专题议政性常委会，组织专题调研视察100余次，形成各类报告建议40多篇，征集提案2833件，整理社情民意信息268篇。')).toEqual([
      '3 次 全会',
      '8 次 专题议政性常委会 @deliberative-standing-committee',
      '~100 次 专题调研视察',
      '~40 篇 各类报告建议',
      '2833 件 提案',
      '268 篇 社情民意信息 @social-conditions',
    ]);
  });

  it('approximations: 余 多 近 超 上千, and 1.2万 / 10余万', () => {
    expect(brief('累计报道各类新闻上千条。')).toEqual(['~1000 条 各类新闻']);
    expect(brief('直接涉及制度建设的共28条，占比超40%。')).toEqual(['28 条 ', '~40 % 占比']);
    expect(brief('近20个乡镇建立了议事厅。')).toEqual(['~20 个 乡镇']);
    expect(brief('服务群众1.2万人次。')).toEqual(['12000 人次 服务群众']);
    expect(brief('惠及群众10余万人。')).toEqual(['~100000 人 群众']);
    expect(figures('近20个乡镇建立了议事厅。')[0].quote).toBe('近20个乡镇');
  });

  it('Chinese numerals: 二十三, 十, 两, and a range 1至34辑', () => {
    expect(brief('组建二十三个临时党支部，建成十个委员工作室，设立两个委员工作站。')).toEqual([
      '23 个 临时党支部 @temporary-party-branch',
      '10 个 委员工作室 @committee-studio',
      '2 个 委员工作站 @committee-studio',
    ]);
    expect(brief('组织1至34辑文史资料的重印工作。')).toEqual(['34 辑 文史资料 @literature-history-materials']);
    expect(brief('每项议题组织6-8次协商活动。')).toEqual([]);
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    ['ordinals', '召开第五次政协工作会议，推出第一期城市副中心讲堂。'],
    ['session numbers', '湖北省政协召开十二届五十四次主席会议，在市政协九届三次常委会议上进行专题培训。'],
    ['dates and years', '2022年12月26日，湖北省政协召开党组会议。人民政协网北京6月14日电。'],
    ['spans of time and durations', '3年来，70年风雨兼程，必须在两个月内给出答复反馈，限时三个月闭环办理。'],
    ['names in quotation marks', '谋划“十四五”发展要求，“1+2+6”是党的组织体系，落实“三会一课”，纳入县委“十重百项”重大破难清单。'],
    ['slogans written bare', '增强“四个意识”、坚定“四个自信”、做到“两个维护”，深化两个“全覆盖”，严格执行中央八项规定精神。'],
    ['party congresses', '学习党的二十大精神和党的十九大精神。'],
    ['list markers and the 一 of idioms', '一、强化委员学习先导作用。二要加强党的领导。一条龙深入推进，一批专家，一次次大考，每季度举办一场“政协讲坛”。'],
    ['formulas and codes', '围绕4+4现代产业发展，建立“1+2+2+N”提案办理体系，选定1号提案，对接12345市长热线。'],
    ['numbers without a measure word', '总阅读数达450余万，单条最高阅读量10万。'],
    ['idioms made of numerals', '打造三位一体学习品牌，践行“四个一”要求，九万里风鹏正举。'],
  ])('%s', (_label, text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('scanNumbers and parseChineseNumeral', () => {
  it('parses Chinese numerals', () => {
    expect(['十', '二十三', '两', '一百零五', '三千五百', '一万二千', '五十四'].map(parseChineseNumeral)).toEqual([
      10, 23, 2, 105, 3500, 12000, 54,
    ]);
  });

  it('groups by four digits: 万 scales the group before it, 亿 everything before it', () => {
    expect(['一亿二千万', '一亿零五百万', '三千万', '十万', '两亿三千四百五十六万七千八百九十'].map(parseChineseNumeral)).toEqual([
      120_000_000, 105_000_000, 30_000_000, 100_000, 234_567_890,
    ]);
  });

  it('multiplies Arabic numbers by the magnitudes written after them', () => {
    const values = (text: string) => scanNumbers(text).map((t) => [t.value, t.unit]);
    expect(values('投入1.2亿元')).toEqual([[120_000_000, '元']]);
    expect(values('筹集3千万元')).toEqual([[30_000_000, '元']]);
    expect(values('惠及12万人')).toEqual([[120_000, '人']]);
    expect(values('资金5百万元')).toEqual([[5_000_000, '元']]);
    expect(values('资金一亿二千万元')).toEqual([[120_000_000, '元']]);
  });

  it('gives offsets that include an approximation mark before the number', () => {
    expect(scanNumbers('占比超40%')).toEqual([{ start: 3, quoteStart: 2, end: 6, value: 40, approx: true, unit: '%', chinese: false }]);
  });
});

describe('extractYears', () => {
  it('collects four-digit years, unique and ascending, including the year of a date', () => {
    expect(
      extractYears([
        { index: 3, text: '怀柔区政协于2018年成立了政协机关党组。2019年召开的中央政协工作会议。' },
        '2022年12月26日，湖北省政协召开党组会议。2019年在部分市县启动试点。',
      ]),
    ).toEqual([2018, 2019, 2022]);
  });

  it('leaves out spans of time and other numbers', () => {
    expect(extractYears(['70年风雨兼程，3年来累计报告34次，对接12345市长热线，连续4年列为协商议题。'])).toEqual([]);
  });
});
