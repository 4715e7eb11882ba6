import { describe, expect, it } from 'vitest';
import { caseDate } from '../../../src/pipeline/cases/case-date';
import { caseSummary } from '../../../src/pipeline/cases/summary';
import { caseTitle } from '../../../src/pipeline/cases/case-title';
import type { Case } from '../../../src/schemas';

describe('caseDate', () => {
  const source = (date: string | null, paragraphs: string[] = []) => ({ date, paragraphs });
  it('takes the report date first, then the first full date of the text, then the latest year', () => {
    expect(caseDate(source('2022-06-14'), ['2020年3月18日，西城区政协…'], 2026)).toEqual({ date: '2022-06-14', dateKind: 'report' });
    expect(caseDate(source(null), ['2022年12月26日，湖北省政协召开党组会议。'], 2026)).toEqual({ date: '2022-12-26', dateKind: 'text' });
    expect(caseDate(source(null, ['2021年5月3日，市政协…']), ['区政协…'], 2026)).toEqual({ date: '2021-05-03', dateKind: 'text' });
    expect(caseDate(source(null), ['2017年换届以来，连续两年开展重点调研，2019年又…'], 2026)).toEqual({ date: '2019', dateKind: 'year' });
  });

  it('never takes a year still to come, and says when there is no date at all', () => {
    expect(caseDate(source(null), ['到2035年基本实现现代化。'], 2026)).toEqual({ date: null, dateKind: null });
  });
});

describe('caseSummary', () => {
  const base = { functions: [{ id: 'member-development', score: 4, terms: [] }], figures: [] as Case['figures'], mechanisms: [] as Case['mechanisms'] };
  it('takes the sentence that shows the main mechanism, with its key figure', () => {
    const body = ['近年来，区政协不断加强委员队伍建设。', '区政协分批建立20个政协委员工作室，委员轮流值守。'];
    const summary = caseSummary(
      {
        ...base,
        body,
        mechanisms: [{ id: 'committee-studio', alias: '委员工作室', quote: '区政协分批建立20个政协委员工作室，委员轮流值守。', paragraph: 1 }],
        figures: [{ value: 20, approx: false, unit: '个', what: '政协委员工作室', quote: '20个', paragraph: 1, mechanism: 'committee-studio' }],
      },
      () => ['member-development'],
    );
    expect(summary).toBe('区政协分批建立20个政协委员工作室，委员轮流值守。');
  });

  it('else the first sentence that does something, cut to fit a card', () => {
    const body = ['立足新时代，展现新作为。', `县政协组织开展“委员进社区”活动，${'走访群众、收集意见、'.repeat(10)}形成报告。`];
    const s = caseSummary({ ...base, body });
    expect(s.startsWith('县政协组织开展“委员进社区”活动')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(82);
  });
});

describe('caseTitle made from the text', () => {
  const made = (first: string, committee = '金安区政协') => caseTitle({ title: null, layout: 'item' }, null, [first], committee);

  it('takes off an opening span of days (yn-45)', () => {
    expect(made('5月11—14日，腾冲县人大、政协组织代表委员视察茶叶产业。', '腾冲县政协').title).toBe('腾冲县人大、政协组织代表委员视察茶叶产业');
    expect(made('3月30日至4月2日，县政协组织委员视察。', '腾冲县政协').title).toBe('腾冲县政协组织委员视察');
  });

  it('takes off a wire\'s or paper\'s dateline the first paragraph opens with (ZZZZZZZZZZV cq-146, yn-83)', () => {
    expect(made('中新网重庆1月27日电 （记者 钟旖）重庆市政协六届四次会议27日开幕。程丽华作工作报告。', '重庆市政协').title).toBe('重庆市政协六届四次会议27日开幕');
    expect(made('央广网昆明1月28日消息（记者 魏文青 赵贝贝）1月27日上午，中国人民政治协商会议云南省第十三届委员会第四次会议开幕。', '云南省政协').title).toBe(
      '中国人民政治协商会议云南省第十三届委员会第四次会议开幕',
    );
    expect(made('本报讯（记者 李倩）1月18日，区政协召开主席会议。').title).toBe('金安区政协召开主席会议');
    // …or a reporter's credit before a space (ZZZZZZZZZZZZZZN zj-242).
    expect(made('见习记者 徐丽敏 在昨天开展的市政协港澳委员集中视察活动中，我看到了难掩的兴奋。', '宁波市政协').title).toMatch(/^在昨天开展的/);
    // …or a repost's credit before a space (ZZZZZZZZZZZX zj-174).
    expect(made('据联谊报 今年的舟山市定海区政协全会，来了一批“新面孔”。', '定海区政协').title).toBe('今年的舟山市定海区政协全会，来了一批“新面孔”');
    // (A sentence that names no outlet before its date is the story: `市政协收到消息后…`.)
    expect(made('市政协收到消息后，立即组织委员赶赴现场。', '六安市政协').title).toBe('六安市政协收到消息后，立即组织委员赶赴现场');
  });

  it('passes over a first sentence of a few words, its time off (ZZZZZZZZZZZZZZZZZZZT sh-378)', () => {
    expect(made('3月 18日召开。区委书记周国雄到会讲话。区政协主席许伟国代表区政协致辞，对社员大会的召开表示祝贺。', '普陀区政协').title).toBe('普陀区政协主席许伟国代表区政协致辞，对社员大会的召开表示祝贺');
    expect(made('3月18日召开。大会听取了工作报告。').title).toBe('大会听取了工作报告');
    expect(made('会议召开。').title).toBe('会议召开');
  });

  it('starts at the clause in which the committee acts, past frames and times (ah-39, zj-95)', () => {
    expect(made('根据区政协年度工作安排，近日，区政协主席傅恬到毛坦厂镇等地看望政协委员。')).toEqual({
      title: '金安区政协主席傅恬到毛坦厂镇等地看望政协委员',
      from: 'text',
    });
    expect(made('为进一步提升区政协委员的履职能力和水平，6月6日至9日，区政协组织部分委员赴衢州市委党校开展集中培训。', '越城区政协').title).toBe(
      '越城区政协组织部分委员赴衢州市委党校开展集中培训',
    );
  });

  it('starts at the clause in which a committee\'s members\' group in a town acts (ZZZZZZZZ tj-76)', () => {
    expect(made('为提升政协委员履职能力，引领委员了解区情区况，更好履职尽责，12月12日，华新街道委员学习活动组开展四季度学习调研活动', '东丽区政协').title).toBe(
      '华新街道委员学习活动组开展四季度学习调研活动',
    );
  });

  it('makes its title from the first paragraph that names the committee, by its formal name too (ZZZZZZZT zj-70)', () => {
    const body = ['今天大会的执行主席由徐宇宁、陈仲朝担任。', '各位委员、各位同志：中国人民政治协商会议第十六届宁波市委员会第二次会议即将开幕。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, body, '宁波市政协').title).toMatch(/即将开幕$/);
  });

  it('starts at a committee\'s unit named in quotation marks that opens its clause (yn-36)', () => {
    expect(made('为进一步加强政法界别委员之间的联系，畅通委员履职渠道，10日，“政协昆明市委员会（政法界）委员之家”在昆明市中级人民法院正式建成并揭牌', '政协昆明市委员会').title).toBe(
      '“政协昆明市委员会（政法界）委员之家”在昆明市中级人民法院正式建成并揭牌',
    );
  });

  it('takes the story’s own committee headline above its first sentence on a page with no headline (bj-87)', () => {
    const body = ['关注公众号，弘扬正能量', '各区政协', '大兴区', '大兴区政协召开关于进一步助力新媒体产业基地建设双月民主协商议政会', '9月11日，大兴区政协召开双月民主协商议政会。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, body, '大兴区政协')).toEqual({
      title: '大兴区政协召开关于进一步助力新媒体产业基地建设双月民主协商议政会',
      from: 'heading',
    });
    // Below the first sentence it is something else (a copyright notice, a caption).
    const below = ['11月27日，市政协副主席于军开展“主席接待委员日”活动。', '六安市政协网站版权与免责声明'];
    expect(caseTitle({ title: null, layout: 'single' }, null, below, '六安市政协').from).toBe('text');
  });

  it('passes over a photo’s caption that says it is one, with its photographer’s credit (ZZZZZZZZZZZZZY yn-227)', () => {
    const body = ['图为云南省政协委员在会场合影。 李嘉娴 摄', '值得一提的是，云南省政协切实以数字化赋能政协协商。2019年以来，云南省政协年度重点协商议题实现了网络议政全覆盖。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, body, '云南省政协').title).toBe('云南省政协切实以数字化赋能政协协商');
    // (…in brackets too, over the meeting it shows: ZZZZZZZZZZZZZZZC gs-257.)
    const scene = ['（图为省政协主会场）', '全省政协系统委员和干部学习培训班9月7日上午在兰州开班，此次培训班为期三天，在省政协设主会场。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, scene, '甘肃省政协').title).toMatch(/^全省政协系统委员和干部学习培训班/);
  });

  it('passes over a file’s name and a bare mojibake full stop, never a sentence that names its 承办单位 (ZZZZZZZZZZZT sh-170, js-170; yn-49)', () => {
    const doc = ['下载此文档', '中国人民政治协商会议上海市闵行区委员会委员履职积分管理....doc', '中国人民政治协商会议上海市闵行区委员会委员履职积分管理细则为切实加强政协委员履职管理和服务工作，制定本细则。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, doc, '闵行区政协').title).toMatch(/^中国人民政治协商会议上海市闵行区委员会委员履职积分管理细则/);
    expect(made('。ㄓ浾摺”R怡 通讯员 奚智武)11月27日下午，市政协十三届四次会议筹备工作会议召开。', '政协泰兴市第十三届委员会').title).toBe('市政协十三届四次会议筹备工作会议召开');
    const host = ['8月7日，易门县政协文化文史和学习委牵头组织召开联系单位的提案协商督办会，10余家提案承办单位参加会议。', '（易门县政协 武云雁）'];
    expect(caseTitle({ title: null, layout: 'single' }, null, host, '易门县政协').title).toBe('易门县政协文化文史和学习委牵头组织召开联系单位的提案协商督办会');
  });

  it('takes the headline straight above the first sentence past a rule, below a mobile paper’s contents, in its formal name too (ZZZZZZZZZZZQ hb-167)', () => {
    const contents = Array.from({ length: 8 }, (_, i) => `◇本埠要闻导读第${i + 1}条`);
    const body = [
      ...contents,
      '◇热烈庆祝中国人民政治协商会议石首市第九届委员会第五次会议隆重召开!',
      '政协石首市第九届委员会第五次会议隆重开幕',
      '————————',
      '●建言资政谋发展，凝聚共识开新局。1月6日上午，政协石首市第九届委员会第五次会议在市科技馆隆重开幕。',
    ];
    expect(caseTitle({ title: null, layout: 'single' }, null, body, '石首市政协')).toEqual({ title: '政协石首市第九届委员会第五次会议隆重开幕', from: 'heading' });
  });

  it('finds the story’s headline below a menu’s bullets and the place’s blurb, never a bullet (ha-00)', () => {
    const body = [
      '  • 魅力封丘',
      '  • 魅力封丘',
      '封丘县地处河南省东北部，为河南省新乡市辖县，辖19个乡镇。',
      '封丘县政协开展面对面协商办理政协委员提案活动',
      '6月26日上午，封丘县政协召开城管局与政协委员面对面协商办理提案座谈会。',
    ];
    expect(caseTitle({ title: null, layout: 'single' }, null, body, '封丘县政协')).toEqual({ title: '封丘县政协开展面对面协商办理政协委员提案活动', from: 'heading' });
    expect(caseTitle({ title: null, layout: 'item' }, null, body.slice(0, 3), '封丘县政协').title).not.toMatch(/•/);
  });

  it('never makes a column\'s label left over the story its title (政协动态; ZZZR sd-38)', () => {
    const body = ['站内搜索：', '政协动态', '7月20日上午，市政协召开机关办公会，就上半年工作进行总结。'];
    expect(caseTitle({ title: null, layout: 'item' }, null, body, '诸城市政协').title).toBe('诸城市政协召开机关办公会，就上半年工作进行总结');
  });

  it('makes the title from the first paragraph that names a committee, not a photo caption above it (he-54)', () => {
    const body = ['27日上午，王宝强委员认真听取大会发言。', '1月27日，市政协委员王宝强参加了市政协十一届三次会议大会发言。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, body, '邢台市政协').title).toBe('邢台市政协委员王宝强参加了市政协十一届三次会议大会发言');
    // xz-33: nor a caption of a scene (…提案现场。) that does name one.
    const scene = ['自治区政协十一届五次会议提案现场。', '1月3日，记者从自治区政协十一届五次会议上获悉，广大政协委员共提交提案384件。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, scene, '西藏自治区政协').title).toMatch(/^记者从自治区政协十一届五次会议上获悉/);
    // ZZZZZZZZZZZZZZK sc-239: nor a group photo's (…合影留念。).
    const photo = ['政协委员们在会场外合影留念。', '2月9日下午，政协第七届南充市委员会第四次会议胜利闭幕。'];
    expect(caseTitle({ title: null, layout: 'single' }, null, photo, '南充市政协').title).toMatch(/胜利闭幕$/);
  });

  it('puts the attributed committee only in place of a bare name of its level (cq-95)', () => {
    expect(made('4月20日，市政协副主席杜惠平率队来彭调研。', '彭水苗族土家族自治县政协').title).toBe('市政协副主席杜惠平率队来彭调研');
  });

  it('cuts a long sentence at a comma outside quotation marks (sn-82)', () => {
    const first = '6月24日，汉中市南郑区政协召开十一届十五次常委会会议，围绕“发展渔业经济，助力乡村振兴”开展专题协商，提出意见建议。';
    expect(made(first, '汉中市南郑区政协').title).toBe('汉中市南郑区政协召开十一届十五次常委会会议');
  });

  it('keeps a sentence whose committee acts in its first clause, or in no clause after it', () => {
    expect(made('4月24日，市政协召开十四届三十六次主席会议，审议有关事项。', '常州市政协').title).toBe('常州市政协召开十四届三十六次主席会议，审议有关事项');
    expect(made('今年以来，委员们围绕乡村振兴积极建言。').title).toBe('今年以来，委员们围绕乡村振兴积极建言');
  });
});
