import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline';
import { catalogue, root, runOn } from './pipeline-support';

// Articles written for these tests in layouts and encodings the bundled corpus does not have:
// a decorated-label roundup from 成都 (UTF-8), a single-committee article from 广州 (GB18030, ASCII
// punctuation), and a Traditional roundup with pinyin readings from 绍兴.
const book = runOn(join(root, 'tests/fixtures/articles'));
const rows = (sourceId: string) =>
  book.cases
    .filter((c) => c.sourceId === sourceId)
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((c) => [c.committee, c.region.code, c.level, c.attribution.kind, c.title]);

describe('articles in new layouts', () => {
  it('reads every fixture, covers every paragraph', () => {
    expect(book.failures).toEqual([]);
    expect(book.sources.map((s) => s.report.encoding).sort()).toEqual(['gb18030', 'utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8', 'utf-8']);
    expect(book.built.flatMap((b) => b.uncovered)).toEqual([]);
  });

  it('splits a 【label】 roundup and keeps its editor’s note as the lead', () => {
    const s = book.sources.find((x) => x.id === 'sichuan-roundup')!;
    expect(s.lead).toMatch(/^近年来，成都市各级政协组织/);
    expect(s.date).toBe('2023-05-12');
    expect(s.publisher).toBe('四川政协网');
    expect(rows('sichuan-roundup')).toEqual([
      ['武侯区政协', '510107', 'county', 'explicit', '“有事好商量”议事会开到小区院坝'],
      ['郫都区政协', '510117', 'county', 'explicit', '委员工作室建在产业园区'],
      ['崇州市政协', '510184', 'county', 'explicit', '“请你来协商”搭起连心桥'],
    ]);
  });

  it('keeps a single-committee GB18030 article whole, with its author line and subtitle', () => {
    const s = book.sources.find((x) => x.id === 'guangzhou-single-gbk')!;
    expect(s).toMatchObject({ title: '以民主评议推动作风转变', author: '政协广州市越秀区委员会', date: '2021-11-03', script: 'simplified' });
    expect(s.paragraphs.join('')).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
    const [c] = book.cases.filter((x) => x.sourceId === 'guangzhou-single-gbk');
    expect(c.region.code).toBe('440104');
    expect(c.mechanisms.map((m) => m.id)).toContain('democratic-appraisal');
    expect(c.functions[0].id).toBe('democratic-supervision');
    expect(c.figures.some((f) => f.value === 18)).toBe(true);
  });

  it('cleans a Traditional roundup with readings and places its committees in 绍兴', () => {
    const s = book.sources.find((x) => x.id === 'shaoxing-traditional')!;
    expect(s.script).toBe('traditional');
    expect(s.paragraphs.join('')).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/);
    expect(rows('shaoxing-traditional')).toEqual([
      ['上虞区政协', '330604', 'county', 'explicit', '打造“请你来协商”升级版'],
      ['诸暨市政协', '330681', 'county', 'explicit', '民生议事堂开进村社'],
      ['新昌县政协', '330624', 'county', 'explicit', '“三联三带”强化委员履职'],
    ]);
  });
});

describe('a dateline run into the first paragraph', () => {
  it('takes 本报讯（记者 …） into the metadata and keeps the paragraph', () => {
    const s = book.sources.find((x) => x.id === 'henan-benbao')!;
    expect(s.reporter).toBe('王磊 通讯员 李娜');
    expect(s.paragraphs[0]).toMatch(/^近日，郑州市金水区政协在丰产路街道/);
    expect(s.report.removed.map((r) => r.rule)).toContain('dateline-prefix');
    const [c] = book.cases.filter((x) => x.sourceId === 'henan-benbao');
    expect([c.committee, c.region.code, c.level]).toEqual(['金水区政协', '410105', 'county']);
  });
});

describe('numbered committee labels and a province-level single article', () => {
  it('splits 一、…政协：headline sections and settles 通州区 in 江苏 from its siblings', () => {
    const s = book.sources.find((x) => x.id === 'jiangsu-numbered-roundup')!;
    expect(s).toMatchObject({ title: '江苏各地政协创新协商平台综述', publisher: '新华日报', reporter: '刘洋' });
    expect(rows('jiangsu-numbered-roundup')).toEqual([
      ['南京市鼓楼区政协', '320106', 'county', 'explicit', '打造“有事好商量”鼓楼样板'],
      ['苏州市吴江区政协', '320509', 'county', 'explicit', '委员工作室覆盖全区'],
      ['南通市通州区政协', '320612', 'county', 'explicit', '推进民主评议'],
    ]);
  });

  it('reads a date trailing the 来源 line and keeps a province committee’s article as one case', () => {
    const s = book.sources.find((x) => x.id === 'sichuan-province-single')!;
    expect(s).toMatchObject({ publisher: '四川政协报', date: '2023-06-08' });
    expect(rows('sichuan-province-single').map((r) => r.slice(0, 4))).toEqual([['四川省政协', '510000', 'province', 'explicit']]);
  });
});

describe('sections labelled by place alone, in Traditional with readings', () => {
  it('splits at `佛山市南海區(qū):` and `惠州市:` because they are real places', () => {
    expect(rows('guangdong-place-labels')).toEqual([
      ['南海区政协', '440605', 'county', 'explicit', '“有事好商量”议事会进村居'],
      ['惠州市政协', '441300', 'city', 'explicit', '委员工作室助力乡村振兴'],
    ]);
  });
});

describe('functions of a roundup’s one-line items', () => {
  // Items of a provincial list page (development set, sn-22), Simplified.
  const lines = [
    '11月20日，黄龙县政协主席吴江宏采取“走出去接待”的方式，开展县政协第十四次“主席接待日”活动。',
    '11月20日，宝鸡市政协召开新时代人民政协理论研讨暨新闻宣传发行工作座谈会。',
    '11月21日，渭南市华州区举行桥峪水库建设史馆筹建工作启动仪式。区政协主席王晓鹏出席并讲话。',
  ];
  const book = runPipeline([{ file: 'list.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) }], catalogue);
  const mainOf = (committee: string) => book.cases.find((c) => c.committee.includes(committee))?.functions[0];

  it('an item whose own words name no function takes the catalogue’s fallback, not its neighbours’', () => {
    expect(book.cases).toHaveLength(3);
    expect(mainOf('黄龙县')).toEqual({ id: 'participation', score: 0, terms: [] });
    expect(mainOf('宝鸡市')?.id).toBe('publicity');
    expect(mainOf('华州区')?.id).toBe('literature-history');
  });
});

describe('the function of a single case whose article names none (zj-90, ZZZZZZZZZZZZZ jx-202)', () => {
  it('takes the catalogue’s fallback, so no case is left without a main function', () => {
    const text = [
      '苍南县政协副主席于春华赴浙江远大塑胶有限公司开展“五帮五助”助企服务月活动',
      '6月23日上午，县政协副主席于春华赴浙江远大塑胶有限公司、浙江瑞旺科技有限公司开展“五帮五助”助企服务月活动，详细了解企业发展中遇到的困难，实实在在为企业解决问题。',
    ].join('\n\n');
    const book = runPipeline([{ file: 'cangnan.txt', bytes: new TextEncoder().encode(text) }], catalogue);
    expect(book.cases).toHaveLength(1);
    expect(book.cases[0].functions).toEqual([{ id: 'participation', score: 0, terms: [] }]);
  });
});

describe('the function of a case titled by its article, with the article\'s subtitle (ZZZZZZZZZZZZZZK sc-239)', () => {
  it('reads the subtitle as it reads the headline', () => {
    const text = [
      '【聚焦乐山两会】肩负使命 建言献策',
      '——乐山市政协八届一次会议委员报到侧记',
      '昨（21）日上午，参加政协乐山市第八届委员会第一次会议的政协委员们陆续来到指定地点。',
      '峨眉山手工制茶传承人王敏，今年首次当选市政协委员，他说会议期间将就如何讲好峨眉山茶的故事贡献智慧。',
    ].join('\n\n');
    const book = runPipeline([{ file: 'leshan.txt', bytes: new TextEncoder().encode(text) }], catalogue);
    expect(book.sources[0].subtitle).toBe('乐山市政协八届一次会议委员报到侧记');
    expect(book.cases).toHaveLength(1);
    expect(book.cases[0].functions[0].id).toBe('political-consultation');
  });

  it('reads its editor\'s note with the story it heads for the main function (ZZZZZZZZZZZZZZZZZZZD sn-362)', () => {
    const text = [
      '市政协召开四届二次常委会议',
      '编者按：8月8日至9日，市政协召开四届二次常委会议，就推进榆林市沿黄区域全面发展进行了专题协商。',
      '加快发展现代特色农业促进沿黄生态经济带建设',
      '建议：一是提升农产品市场竞争力。二是发展特色产业。',
    ].join('\n\n');
    const book = runPipeline([{ file: 'yulin.txt', bytes: new TextEncoder().encode(text) }], catalogue);
    expect(book.sources[0].lead).toMatch(/^8月8日至9日/);
    expect(book.cases).toHaveLength(1);
    expect(book.cases[0].functions[0].id).toBe('political-consultation');
  });
});

describe('a page its editor\'s note says is a committee\'s (sh-805, sd-49)', () => {
  it('makes the committee the note names acting the case of a contest entry that names none', () => {
    const text = [
      '战“疫”征文作品（三十）丨金海街道联络组：玉兰花绽放之时',
      '编者按：',
      '四月底，奉贤区政协面向政协各参加单位和全体政协委员、机关干部等，开展了“疫情阴霾下的那一道‘政协红’”主题征文活动。现陆续刊发部分作品。',
      '玉兰花绽放之时，我们一起走过疫情肆虐的日子。',
      '春天终会到来，城市终将苏醒。',
    ].join('\n\n');
    const book = runPipeline([{ file: 'fengxian.txt', bytes: new TextEncoder().encode(text) }], catalogue);
    expect(book.sources[0].lead).toMatch(/^四月底，奉贤区政协/);
    expect(book.cases.map((c) => [c.committee, c.region.code])).toEqual([['奉贤区政协', '310120']]);
    // (Without the note, the entry alone is no committee's practice.)
    const entry = runPipeline([{ file: 'entry.txt', bytes: new TextEncoder().encode(text.split('\n\n').filter((l) => !/编者按|奉贤/.test(l)).join('\n\n')) }], catalogue);
    expect(entry.cases).toEqual([]);
  });
});

describe('a roundup in which no committee acts (ZZZZZZZZZZZZZZZZZH sc-314)', () => {
  it('makes no case of any of its sections, however it is laid out', () => {
    const text = [
      '我州干部群众积极收听收看州“两会”盛况',
      '九龙县',
      '本网讯 1月6日，九龙县各部门、各单位、各乡镇干部群众纷纷通过电视、电脑、手机等收看州十三届人大一次会议、州政协十四届一次会议开幕盛况。',
      '道孚县',
      '本网讯 1月6日，备受关注的州十三届人大一次会议、州政协十四届一次会议在康定隆重开幕，道孚县干部群众高度关注，通过电视、电脑、手机等收看。',
      '理塘县',
      '本网讯 甘孜州“两会”召开后，理塘县干部群众通过电视、网络收听收看“两会”直播，在微信朋友圈转发“两会”会议消息。',
    ].join('\n\n');
    const book = runPipeline([{ file: 'ganzi.txt', bytes: new TextEncoder().encode(text) }], catalogue);
    expect(book.sources).toHaveLength(1);
    expect(book.cases).toEqual([]);
    // …while the same layout with the committee acting in a section is a roundup of cases.
    const acting = text.replace('理塘县干部群众通过电视', '理塘县政协组织委员通过电视');
    expect(runPipeline([{ file: 'ganzi.txt', bytes: new TextEncoder().encode(acting) }], catalogue).cases.length).toBeGreaterThan(0);
  });
});

describe('several committees acting together (yn-95, nx-58, he-53)', () => {
  const run = (lines: string[]) => runPipeline([{ file: 'joint.txt', bytes: new TextEncoder().encode(lines.join('\n\n')) }], catalogue);

  it('gives each committee of a joint practice its own case over the same paragraphs, naming the others', () => {
    const book = run([
      '四市政协主席联合视察赤水河流域',
      '6月20日至24日，昭通、毕节、泸州、遵义四市政协联合举办了四市政协主席联合视察活动，围绕赤水河流域水污染防治开展视察。',
      '视察组一路走、一路看、一路议，深入了解流域水污染防治的做法和成效。',
    ]);
    expect(book.cases.map((c) => [c.region.code, c.paragraphs])).toEqual([
      ['530600', [0, 1]],
      ['520500', [0, 1]],
      ['510500', [0, 1]],
      ['520300', [0, 1]],
    ]);
    expect(new Set(book.cases.map((c) => c.id)).size).toBe(4);
    // Places that share one 政协 are named in full.
    expect(book.cases.map((c) => c.committee)).toEqual(['昭通市政协', '毕节市政协', '泸州市政协', '遵义市政协']);
    expect(book.cases[0].jointWith).toEqual(['毕节市政协', '泸州市政协', '遵义市政协']);
    expect(book.built.flatMap((b) => b.uncovered)).toEqual([]);
  });

  it('a city-wide meeting of committees is the city committee’s, named as such, not a county’s that speaks at it (ZZZZZZZZZZZZZZZU js-275)', () => {
    const book = run([
      '5月25日至26日，全市政协反映社情民意信息工作会议在灌南县召开。市政协副主席方韬、徐善明出席会议。',
      '会议邀请专家进行专题辅导，民革市委会、民进市委会、灌南县政协、赣榆区政协和两位特邀信息员作交流发言，与会人员还实地调研了灌南经济社会发展情况。',
    ]);
    expect(book.cases.map((c) => [c.committee, c.region.code])).toEqual([['连云港市政协', '320700']]);
  });

  it('a joint meeting held in one member’s territory is that member’s practice only', () => {
    const book = run([
      '西北五省区政协建立服务丝绸之路经济带建设协作交流机制',
      '在24日于宁夏回族自治区固原市召开的六盘山片区政协精准扶贫交流推进会第五次会议上，陕西、甘肃、青海、宁夏、新疆五省区政协经沟通协商达成共识，一致同意建立协作交流机制。',
    ]);
    expect(book.cases.map((c) => [c.region.code, c.jointWith])).toEqual([['640000', []]]);
  });

  it('committees that organise an event together (联合举办) are each its organiser wherever it is held (yn-95)', () => {
    const book = run([
      '6月20日至24日，昭通、毕节、泸州、遵义四市政协联合举办了四市政协主席联合视察活动，并在遵义仁怀市召开联合视察座谈会。',
    ]);
    expect(book.cases.map((c) => c.region.code)).toEqual(['530600', '520500', '510500', '520300']);
  });

  it('committees that built a mechanism together meet in it as its members, 与 in the middle of their list joining it as 及 does (ZZZZZZZZZZZZZZZZZZZZZZZW he-485)', () => {
    const book = run([
      '京津冀六城市（区）政协建言文旅产业协同发展',
      '北京市海淀区政协、通州区政协与天津市滨海新区政协及河北省保定市政协、沧州市政协、唐山市政协联合打造的“六城市（区）政协合作机制”第5次会议近日在唐山市举行。',
      '“强化错位互补，共同构筑融合型旅游生态。”保定市政协主席李俊岭提出，由六地政协、文旅部门和相关企业家组成文旅协同发展联盟。',
    ]);
    expect(book.cases.map((c) => c.region.code)).toEqual(['110108', '110112', '120116', '130600', '130900', '130200']);
    // At its list's end, 与 still names a partner: the two act with the third.
    const pact = run(['北京市海淀区政协、通州区政协与天津市滨海新区政协签订文旅合作协议。']);
    expect(pact.cases.map((c) => c.region.code)).not.toContain('120116');
  });

  it('two committees named in full that act together are each one’s practice; a city’s with its own district’s is the city’s (sd-26)', () => {
    const pair = run(['12月9日上午，由山东省政协、海南省政协共同主办的“千秋”书画展在济南开幕。']);
    expect(pair.cases.map((c) => [c.region.code, c.jointWith])).toEqual([
      ['370000', ['海南省政协']],
      ['460000', ['山东省政协']],
    ]);
    // Their offices too, and held in one's territory: they organise it together.
    const offices = run(['由云南省政协办公厅、广西壮族自治区政协办公厅联合主办的书画作品联展近日在昆明市举办。']);
    expect(offices.cases.map((c) => c.region.code)).toEqual(['530000', '450000']);
    const nested = run(['4月2日，西宁市政协和城东区政协联合举办“委员之家”开放日活动。']);
    expect(nested.cases.map((c) => c.region.code)).toEqual(['630100']);
  });

  it('organised together but told on one member\'s own page, on its ground, it is that member\'s; on another\'s ground, each one\'s (ZZZZZZZZZH sc-107, sd-26)', () => {
    const tour = run([
      '川陕甘三省七市政协书画联展广安巡展开幕',
      '来源：广安新闻网',
      '10月11日，由广安市政协、广元市政协、南充市政协、达州市政协联合举办的书画联展广安巡展在我市邓小平图书馆开幕。市政协主席肖雷宣布书画联展开幕。',
    ]);
    expect(tour.cases.map((c) => c.region.code)).toEqual(['511600']);
    const away = run([
      '鲁琼两省政协书画联展在海口举行',
      '来源：山东省政协',
      '12月9日上午，由山东省政协、海南省政协共同主办的书画联展在海口举行。山东省政协副主席于国安出席开幕式并致辞。',
    ]);
    expect(away.cases.map((c) => c.region.code)).toEqual(['370000', '460000']);
    // A page both sign is each one's (nm-107).
    const signed = run([
      '11月20日，由鄂尔多斯市政协、包头市政协联合举办的书画摄影展开展仪式在鄂尔多斯市文化馆举行。鄂尔多斯市政协主席苏忠胜出席并宣布展览开展。',
      '供稿：鄂尔多斯市政协、包头市政协',
    ]);
    expect(signed.cases.map((c) => c.region.code)).toEqual(['150600', '150200']);
  });

  it('a committee that acts first keeps the story however many act together later (zj-86)', () => {
    const book = run([
      '台州市政协积极响应市委部署，加强与长三角地区政协的联系协作。',
      '去年5月，上海市普陀区政协、江苏省盐城市政协、安徽省黄山市政协和浙江省台州市政协“三市一区”政协在普陀区第一次正式牵手。',
    ]);
    expect(book.cases.map((c) => c.region.code)).toEqual(['331000']);
  });
});

describe('a copy that names its original address (jl-86)', () => {
  // A mirror on a host whose initials spell another city (zxdy: 德阳 or 东营), with a national site's
  // related news in its sidebar: the page's own 原文链接 places the bare 市政协 (jlszx: 吉林市).
  const lines = [
    '市政协副主席张文才视察我市城市精细化管理工作',
    '按照市政协2021年度协商计划,7月8日,由市政协副主席张文才带队,市政协社法委组织部分市政协委员对我市城市精细化管理工作情况开展视察。',
    '原文链接:http://www.jlszx.gov.cn/zxxw/scdy/202107/t20210710_969355.html',
    '- 邓立军到四川建筑职业技术...25-01-02',
    '- 民盟宁夏区委会召开 入盟...24-12-31',
  ];
  const run = (withOriginal: boolean) =>
    runPipeline([{ file: 'copy.txt', bytes: new TextEncoder().encode(lines.filter((l) => withOriginal || !l.startsWith('原文链接')).join('\n')) }], catalogue, {
      sources: [{ source: 'copy', url: 'http://zxdy.org.cn/show-5460.html', reason: '收集时记录的原文网址。' }],
      cases: [],
      aliases: [],
      spans: [],
    });

  it('reads the original host, and neither province of the sidebar settles the copy\'s initials', () => {
    expect(run(true).cases.map((c) => c.region.code)).toEqual(['220200']);
    expect(run(false).cases.map((c) => c.region.code)).toEqual([null]);
    expect(run(false).sources[0].report.removed.filter((r) => r.rule === 'related-link')).toHaveLength(2);
  });
});

describe('a headline in parts', () => {
  // hn-608: the committee names itself in the body only by a members' group (政协天元区医卫组); its
  // headline's parts are set apart by spaces, not commas.
  const lines = [
    '谋定而后动 笃行而致远 天元区政协医卫组2023年调研记实',
    '',
    '2022年8月,株洲市成为湖南省国家中医药综合改革示范区先导区,为落实目标并贡献医卫领域政协人智慧,政协天元区医卫组选定“中医药种植及药用植物资源的调研”为今年的专题考察调研主题并获批。',
    '',
    '谋定而后动,4月7日,政协天元区医卫组一行17人前往中医药产业发达地区—云南省景洪市专题考察调研“中医药种植及药用植物资源”。',
  ];
  const run = (title: string) =>
    runPipeline([{ file: 'tianyuan.txt', bytes: new TextEncoder().encode([title, ...lines.slice(1)].join('\n')) }], catalogue).cases.map((c) => c.region.code);

  it('reads a committee that opens a part of the headline as opening its clause', () => {
    expect(run(lines[0])).toEqual(['430211']);
    // The same headline as one run of words names the committee inside a clause about something else.
    expect(run(lines[0].replace(/ /g, ''))).toEqual([]);
  });
});

describe('teasers of other stories under a related-news label (sn-753)', () => {
  it('does not place a bare committee by another committee a teaser names', () => {
    const text = [
      '倾智献策促学前教育再上新台阶',
      '本报讯（张惠生）近日，千阳县政协组织部分委员与有关部门面对面专题协商学前教育问题。',
      '据了解，三年前县政协在视察义务教育工作时发现，全县县办幼儿园仅有一所。',
      '此次专题协商会上，县委、县政府充分肯定了县政协在学前教育工作上做出的突出贡献。',
      '新闻推荐',
      '白河政协四个加助推政协工作传伟华尧近日白河县',
      '白河政协“四个加"助推政协工作本报讯(传伟华尧)近日,白河县政协22次常委会召开。县政协主席何益新强调,为助推政协发挥协商...',
    ].join('\n\n');
    const book = runPipeline([{ file: 'qianyang.txt', bytes: new TextEncoder().encode(text) }], catalogue);
    expect(book.sources[0].report.removed.filter((r) => r.rule === 'related-link')).toHaveLength(2);
    expect(book.cases.map((c) => c.region.code)).toEqual(['610328']);
  });
});
