import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAliases, loadCatalogue } from '../../../src/pipeline/classify/catalogue';
import {
  buildTermIndex,
  findTerms,
  indexParagraphs,
  matchMechanisms,
  splitSentences,
} from '../../../src/pipeline/classify/match-mechanisms';
import { caseMechanismSchema, type MechanismEntry } from '../../../src/schemas';

const root = resolve(import.meta.dirname, '../../..');
const { mechanisms } = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));

const studio = (paragraphs: Array<{ index: number; text: string }>) =>
  matchMechanisms(paragraphs, mechanisms).find((m) => m.id === 'committee-studio');

describe('matchMechanisms: committee studios across the corpus', () => {
  it('延庆: 20个政协委员工作室', () => {
    const text =
      '根据《政协北京市延庆区委员会关于加强委员联系群众工作实施方案》，区政协分批建立20个政协委员工作室，涵盖了界别、党派及街道、社区、农村以及委员比较集中的行业和重点领域，充分利用委员工作室这一履职平台，根据自身特点开展各种形式的履职活动。';
    const found = matchMechanisms([{ index: 53, text }], mechanisms);
    expect(found).toEqual([
      { id: 'committee-studio', alias: '委员工作室', quote: text, paragraph: 53 },
      { id: 'members-contact-public', alias: '委员联系群众', quote: text, paragraph: 53 },
    ]);
    for (const m of found) expect(caseMechanismSchema.parse(m)).toEqual(m);
  });

  it('张家口: 10个政协委员工作室 (the sentence, not the paragraph)', () => {
    const text =
      '在强化委员管理中汇聚合力。创建10个政协委员工作室，搭建委员履职新平台，有效激发工作活力。制定出台了《政协委员履职考核管理办法》，研发《张家口市政协委员履职考核管理系统》软件，建立委员履职档案，对委员履职情况实行记分考核。';
    expect(matchMechanisms([{ index: 57, text }], mechanisms)).toEqual([
      { id: 'committee-studio', alias: '委员工作室', quote: '创建10个政协委员工作室，搭建委员履职新平台，有效激发工作活力。', paragraph: 57 },
      {
        id: 'performance-records',
        alias: '履职考核',
        quote: '制定出台了《政协委员履职考核管理办法》，研发《张家口市政协委员履职考核管理系统》软件，建立委员履职档案，对委员履职情况实行记分考核。',
        paragraph: 57,
      },
    ]);
  });

  it('平阳: the sentence that counts the studios wins over the first mention', () => {
    const paragraphs = indexParagraphs(
      [
        '重在品牌建设、发挥专业优势，打造一界别一特色的“委员工作室”。结合界别专业特色和履职服务方向，创建专业委员工作室，将乡镇委员工作室建在群众参与多、社情民意集中的场所。',
        '将每月25日固定为“委员接待日”。建立委员接待群众轮值制度，将全县政协委员分组安排在16个乡镇委员工作室，并按月度固定2-3名政协委员进行轮值接待。',
      ],
      35,
    );
    expect(studio(paragraphs)).toEqual({
      id: 'committee-studio',
      alias: '委员工作室',
      quote: '建立委员接待群众轮值制度，将全县政协委员分组安排在16个乡镇委员工作室，并按月度固定2-3名政协委员进行轮值接待。',
      paragraph: 36,
    });
  });

  it('龙湾: 委员工作室 among other grassroots platforms', () => {
    const text =
      '专委会党员委员履职临时党支部积极践行“四个一”要求，统筹推进重点协商、专项调研视察、督办重点提案、特色履职活动。推进党建阵地与民生议事堂、政协综合体、委员工作室等基层政协履职阵地深度融合，设立“党员委员联系点”。';
    const found = matchMechanisms([{ index: 7, text }], mechanisms);
    const second = '推进党建阵地与民生议事堂、政协综合体、委员工作室等基层政协履职阵地深度融合，设立“党员委员联系点”。';
    expect(found).toEqual([
      { id: 'committee-studio', alias: '委员工作室', quote: second, paragraph: 7 },
      {
        id: 'temporary-party-branch',
        alias: '党员委员履职临时党支部',
        quote: '专委会党员委员履职临时党支部积极践行“四个一”要求，统筹推进重点协商、专项调研视察、督办重点提案、特色履职活动。',
        paragraph: 7,
      },
      { id: 'grassroots-council', alias: '民生议事堂', quote: second, paragraph: 7 },
      {
        id: 'key-proposals',
        alias: '重点提案',
        quote: '专委会党员委员履职临时党支部积极践行“四个一”要求，统筹推进重点协商、专项调研视察、督办重点提案、特色履职活动。',
        paragraph: 7,
      },
    ]);
  });

  it('海淀: 33个委员工作站, the counting occurrence chosen within the sentence', () => {
    const text =
      '在联系群众中传播共识。坚持把委员工作站建设作为联系群众的平台和抓手，按照“稳妥推进、分类实施、资源整合、务求实效”的思路，海淀区政协探索建立了8种类型33个委员工作站，充分发挥委员工作站的桥梁纽带作用，借助委员优势资源，开展宣传党的政策、密切联系群众，反映社情民意、服务群众需求等活动，有效发挥了委员工作站在凝聚共识中的作用。';
    const found = studio([{ index: 22, text }]);
    expect(found).toMatchObject({ id: 'committee-studio', alias: '委员工作站', paragraph: 22 });
    expect(found!.quote.startsWith('坚持把委员工作站建设')).toBe(true);
    expect(found!.quote).toContain('8种类型33个委员工作站');
  });
});

describe('matchMechanisms: aliases', () => {
  it('knows the studio under other names: 委员议政厅, 政协联络室 (fj-74, gd-48)', () => {
    expect(studio([{ index: 0, text: '尤溪县教育界委员议政厅、经济界委员议政厅和工商联界委员议政厅正式成立。' }])).toMatchObject({ alias: '委员议政厅' });
    expect(studio([{ index: 0, text: '遂溪县首个镇级政协联络室在北坡镇揭牌成立。' }])).toMatchObject({ alias: '政协联络室' });
  });

  it('ignores quotation marks: 两个“全覆盖” is the alias 两个全覆盖', () => {
    const text = '“6”即机关党支部、老干部党支部和4个党员委员履职临时党支部，切实实现了两个“全覆盖”。';
    expect(matchMechanisms([{ index: 0, text }], mechanisms).map((m) => [m.id, m.alias])).toEqual([
      ['temporary-party-branch', '党员委员履职临时党支部'],
      ['two-full-coverages', '两个全覆盖'],
    ]);
  });

  it('does not take the discipline inspection team (纪检派驻监督) for resident supervision', () => {
    const text = '自觉、主动接受纪检派驻监督，营造风清气正的政治生态。';
    expect(matchMechanisms([{ index: 0, text }], mechanisms)).toEqual([]);
  });

  it('讲堂 finds the local lecture series by any name; the counted one is shown', () => {
    const found = matchMechanisms(
      indexParagraphs(['北京市通州区政协推出第一期城市副中心讲堂。', '参加唐山大讲堂10余场。']),
      mechanisms,
    );
    expect(found).toEqual([{ id: 'lecture-series', alias: '大讲堂', quote: '参加唐山大讲堂10余场。', paragraph: 1 }]);
  });

  it('takes extra aliases from curation, and refuses one another mechanism owns', () => {
    const text = '依托“委员共富动车组”移动式促下沉、送服务。';
    expect(matchMechanisms([{ index: 4, text }], mechanisms)).toEqual([]);
    const curated = addAliases(mechanisms, [{ mechanism: 'committee-studio', alias: '委员共富动车组' }]);
    expect(curated.problems).toEqual([]);
    expect(matchMechanisms([{ index: 4, text }], curated.mechanisms)).toEqual([
      { id: 'committee-studio', alias: '委员共富动车组', quote: text, paragraph: 4 },
    ]);
    const claimed = addAliases(mechanisms, [{ mechanism: 'committee-studio', alias: '民生议事堂' }]);
    expect(claimed.problems.map((p) => p.path)).toEqual(['aliases.0.alias']);
    expect(claimed.mechanisms).toEqual(mechanisms);
  });

  it('lists mechanisms in catalogue order, one entry each', () => {
    const small: MechanismEntry[] = [
      { id: 'b', name: 'B', aliases: ['议事厅'], description: '.', functions: ['x'], units: [], counts: [], verb: '开展' },
      { id: 'a', name: 'A', aliases: ['委员工作室', '委员会客厅'], description: '.', functions: ['x'], units: [], counts: [], verb: '开展' },
    ];
    const found = matchMechanisms(indexParagraphs(['委员会客厅和议事厅。', '委员工作室。']), small);
    expect(found).toEqual([
      { id: 'b', alias: '议事厅', quote: '委员会客厅和议事厅。', paragraph: 0 },
      { id: 'a', alias: '委员会客厅', quote: '委员会客厅和议事厅。', paragraph: 0 },
    ]);
  });
});

describe('matchMechanisms: town liaison groups and members\' service stations (gd-07, ha-85, gx-20)', () => {
  it('reads a county committee\'s groups in its towns as one mechanism, and a members\' service station as a studio', () => {
    const found = matchMechanisms(indexParagraphs(['茂南区政协全面铺开镇（街）政协联络组工作，8个政协工作联络组全部挂牌。', '周口市政协副主席到西华县调研“委员服务站”建设。']), mechanisms);
    expect(found.map((m) => [m.id, m.alias])).toEqual([
      ['committee-studio', '委员服务站'],
      ['town-liaison-group', '政协工作联络组'],
    ]);
    // (A committee's group abroad is no town's: `阳江政协香港联络组`.)
    expect(matchMechanisms(indexParagraphs(['市政协领导赴香港指导阳江政协香港联络组工作。']), mechanisms)).toEqual([]);
  });
});

describe('findTerms and splitSentences', () => {
  it('is leftmost-longest, with offsets in the text as given', () => {
    const index = buildTermIndex(['协商', '提案办理协商', '委员工作室', '界别委员工作室']);
    expect(findTerms('在提案办理协商中，打造“界别委员工作室”。', index)).toEqual([
      { term: '提案办理协商', start: 1, end: 7 },
      { term: '界别委员工作室', start: 12, end: 19 },
    ]);
  });

  it('splits at 。！？； and keeps a closing quote with its sentence', () => {
    expect(splitSentences('“必须将党的领导贯穿协商工作全过程。”西城区政协负责人表示；区政协党组每年征求意见！好吗？').map((s) => s.text)).toEqual([
      '“必须将党的领导贯穿协商工作全过程。”',
      '西城区政协负责人表示；',
      '区政协党组每年征求意见！',
      '好吗？',
    ]);
  });
});
