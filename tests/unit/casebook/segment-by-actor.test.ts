import { describe, expect, it } from 'vitest';
import { coverage, segmentArticle } from '../../../src/pipeline/cases/segment-cases';
import { actorReader } from '../../../src/pipeline/regions/actors';
import { isKnownPlaceName } from '../../../src/pipeline/regions/gazetteer';
import { getCues } from '../../../src/pipeline/regions/cues';
import { resolvePlace } from '../../../src/pipeline/regions/resolve-place';

// Lines from the development set (tests/fixtures/real/), shortened; Simplified after repair.
const isPlace = (name: string) => isKnownPlaceName(name) || resolvePlace(name).candidates.length > 0;
const segment = (paragraphs: string[], title: string | null = null) => {
  const seg = segmentArticle(paragraphs, title, actorReader(isPlace, [], [title ?? '', ...paragraphs].join('\n')), [/^\d{1,2}月\d{1,2}日/]);
  expect(coverage(seg, paragraphs.length).every((o) => o !== null)).toBe(true);
  return seg;
};
const sections = (seg: ReturnType<typeof segment>) => seg.sections.map((s) => [s.layout, s.from, s.to, s.label]);

describe('segmentation by actor', () => {
  it('reads a roster the page closes on (…获奖名单 over entries signed ——榆林市政协) as part of the story before it (sn-712)', () => {
    const paragraphs = [
      '近日，省政协办公厅对17篇优秀调研成果进行表彰。据悉，这在陕西省政协历史上尚属首次。',
      '2016年上半年全省政协系统调研成果获奖名单',
      '1.关于推进城市生活垃圾分类处理的调研报告',
      '——省政协人口资源环境委员会',
      '2.关于西安农村扶贫开发工作的建议案',
      '——西安市政协',
      '3.关于加快推进我市沿黄区域全面振兴的调研报告',
      '——榆林市政协',
      '4.咸阳市县城建设情况调研报告',
      '——咸阳市政协',
    ];
    expect(sections(segment(paragraphs))).toEqual([['single', 0, 9, null]]);
  });

  it('reads a digest\'s speakers\' bylines (□府谷县政协副主席 田乃飞) as no committee\'s part: the meeting\'s committee holds the speeches (ZZZZZZZZZZZZZZZZZZZD sn-362)', () => {
    const paragraphs = [
      '市政协召开四届二次常委会议 大会专题发言摘编',
      '编者按：8月8日至9日，市政协召开四届二次常委会议，就推进榆林市沿黄区域全面发展进行了专题协商。会上，2名县区政协代表和4名政协委员作了大会专题发言。',
      '加快发展现代特色农业促进沿黄生态经济带建设',
      '□府谷县政协副主席 田乃飞',
      '建议：一是提升农产品市场竞争力。在沿黄区域重点扶持特色农业。',
      '强化产业政策扶持推动沿黄红枣提质增效',
      '□清涧县政协主席 白晓强',
      '建议：一是健全红枣产业科技、网络信息、质量认证等保障体系。',
    ];
    expect(segment(paragraphs).sections.map((s) => s.layout)).toEqual(['single']);
  });

  it('reads a bulletin\'s contents as where its stories begin, whoever one story hosts (ZZZZZZZZZZZZZZZZK ah-291)', () => {
    const paragraphs = [
      '政协通讯2014.8',
      '【本期要目】',
      '宿州市政协召开四届二十一次主席会议',
      '省政协副主席李卫华率民生工程巡视组来宿',
      '市政协召开四届十次常委会议',
      '简讯12',
      '宿州市政协召开四届二十一次主席会议',
      '7月29日上午，市政协召开四届二十一次主席会议。市政协主席刘晓云主持会议。',
      '会议审议《政协宿州市委员会关于助推县域经济发展的建议案（审议稿）》。',
      '省政协副主席李卫华率民生工程巡视组来宿',
      '7月29日至30日，省政协副主席李卫华率领省政协巡视组来我市巡视民生工程实施情况。市政协主席刘晓云陪同巡视。',
      '在汇报会上，李卫华指出，要把民生工程办成群众满意工程。',
    ];
    const seg = segment(paragraphs);
    expect(sections(seg)).toEqual([
      ['committee-headline', 6, 8, '宿州市政协'],
      ['committee-headline', 9, 11, '省政协'],
    ]);
    expect(seg.other).toEqual([[0, 5]]);
    // (A caption printed under several photos lists nothing: `调研现场` three times.)
    const captions = ['11月17日上午，市政协副主席邹吉茂带领部分市政协委员开展对口协商调研。', '调研现场', '调研现场', '调研现场', '邹吉茂一行先后来到农业发展有限公司调研。'];
    expect(segment(captions).other).toEqual([]);
  });

  it('reads a span of days that drops the first day\'s 日 (5月29至30日) as an item\'s date (ZZZZZZZZZZZD hn-154)', () => {
    const paragraphs = [
      '◇5月29至30日，岳阳市政协组织召开改善生态环境专项民主监督学习培训班。临湘市政协主席彭海云参加。',
      '◇5月31日，临湘市政协主席彭海云带队前往市第五完全小学，督导食品安全工作落实情况。',
      '◇5月31日下午，临湘市政协副主席邓纬带领专项民主监督工作小组，开展专项民主监督。',
    ];
    const dates = getCues().itemDates.map((d) => new RegExp(d, 'u'));
    const seg = segmentArticle(paragraphs, null, actorReader(isPlace, [], paragraphs.join('\n')), dates);
    expect(sections(seg)).toEqual([
      ['item', 0, 0, '岳阳市政协'],
      ['item', 1, 1, '临湘市政协'],
      ['item', 2, 2, '临湘市政协'],
    ]);
  });

  it('splits a dated roundup at each item, and leaves items in which no committee acts out', () => {
    const seg = segment([
      '4月24日，市政协召开十四届三十六次主席会议。市政协主席俞志平主持会议。',
      '4月26日，市政协召开十四届十七次常委会议，审议市政协十四届四次会议有关事项。',
      '4月30日，常州市盛宣怀研究会召开理事会议，商讨落实2020年学会主要工作。',
      '4月22日，省政协副主席周健民一行来常，就“长江大保护突出问题整改情况”开展专题民主监督活动。',
    ]);
    expect(sections(seg)).toEqual([
      ['item', 0, 0, '市政协'],
      ['item', 1, 1, '市政协'],
      ['item', 3, 3, '省政协'],
    ]);
    expect(seg.other).toEqual([[2, 2]]);
  });

  it('reads past each story\'s reporters\' byline to its date: two stories of one committee are two items (hi-76)', () => {
    const seg = segment([
      '琼海融媒记者 彭总岸 王应峰 2月23日上午,省政协党组副书记、副主席李国梁率省政协调研组到我市调研省政协委员企业。',
      '在市政协主席刘宁的陪同下,省政协调研组来到海桂中学进行实地调研。',
      '琼海融媒记者 彭总岸 王应峰 2月22日上午,省政协调研组到我市就“水环境质量治理”等工作情况开展民主监督调研。',
      '在市政协主席刘宁的陪同下,省政协调研组前往市社会管理信息平台指挥中心。',
    ]);
    expect(sections(seg)).toEqual([
      ['item', 0, 1, '省政协党组'],
      ['item', 2, 3, '省政协'],
    ]);
  });

  it('keeps one committee\'s paragraphs of one day together: a summary and its account are one story (hl-93)', () => {
    const seg = segment([
      '政协肇东市第八届委员会第六次会议圆满完成各项议程，3月1日下午胜利闭幕。',
      '3月1日下午3时，政协肇东市第八届委员会第六次会议进行大会选举。',
      '下午3时50分，大会在庄严的国歌声中胜利闭幕。',
    ]);
    expect(seg.sections).toHaveLength(1);
  });

  it('keeps a byline line with the item before it, and splits where another committee acts', () => {
    const seg = segment([
      '3月17日，郑州市政协举行十三届二次会议提案交办会，864件提案分别被移交有关单位办理。',
      '4月16日，郑州市中原区政协首次召开季度协商座谈会。',
      '（胡青）',
      '尉氏县政协近日在邢庄乡召开乡镇工作组长第一次联席会议。',
      '洛阳市政协从今年起在委员中开展“创业争强做贡献、创先争优添光彩”活动。',
    ]);
    expect(sections(seg)).toEqual([
      ['item', 0, 0, '郑州市政协'],
      ['item', 1, 2, '郑州市中原区政协'],
      ['item', 3, 3, '尉氏县政协'],
      ['item', 4, 4, '洛阳市政协'],
    ]);
  });

  it('keeps an article about one committee whole, however many others it visits or names', () => {
    const seg = segment(
      [
        '5月15日至18日，市政协主席章松率队在陕西省咸阳市、延安市，调研考察智慧政协、书香政协等工作。',
        '咸阳市政协主席李晓静，党组副书记、副主席陪同调研。',
        '5月17日，调研组到延安市政协学习考察，延安市政协党组书记、主席陪同。',
      ],
      '章松率队在陕西调研政协工作',
    );
    expect(sections(seg)).toEqual([['single', 0, 2, null]]);
  });

  it('reads a bare committee in a feature\'s paragraph that opens with a place\'s committees of every level as that place\'s (衡阳市各级政协…, ZZZZZZK hn-53)', () => {
    const paragraphs = [
      '“渴”不容缓，湖南省各级政协组织及广大政协委员闻令而动，冒着高温酷暑，投身田间地头一线。',
      '受长江上游来水减少影响，洞庭湖水位连续回落。岳阳市政协主席黎作凤深入汨罗市城乡督导抗旱工作。',
      '衡阳市各级政协主要领导分别带队深入一线调研督导防旱抗旱工作。市政协主席刘丽华赴衡南县调研督导抗旱工作。',
      '永州市东安县政协以督办委员提案为切入口，对8件提案开展专题督办。',
    ];
    expect(sections(segment(paragraphs, '为农田“解渴” 为百姓“解忧”')).map((s) => s[3])).toEqual(['岳阳市政协', '衡阳市政协', '永州市东安县政协']);
    // (A paragraph that opens in a village, `在庆阳坝村，州政协驻村工作队队长…`, leaves the bare committee to the story's.)
    expect(sections(segment(['这样的场景在恩施州并非个例。恩施州政协将防汛宣传融入日常走访。', '在庆阳坝村，州政协驻村工作队队长宋涛的大伞也成了老街河边的标志物。', '恩施州地处武陵山区，每到雨季，次生灾害隐患大。', '州政协委员们纷纷行动起来。'], '恩施州政协委员“化身”防汛宣传员')).length).toBe(1);
  });

  it('reads a bare committee in a feature\'s paragraph that opens in a county named in full as that county\'s, and a scene with no committee as no part (ZZZZZZZZZZZZZZZZZZM sx-345)', () => {
    const paragraphs = [
      '连日来，为弘扬中华优秀传统文化，营造团结和谐、喜气祥和的新春氛围，市县政协组织、文联等政协参加单位联合各界书法名家开展“翰香书盛世 送福进万家”新春送福写赠春联活动。',
      '在潞州区上党门前，书法爱好者刘旭伏案挥毫、笔走龙蛇，把美好的愿望写进“福”字里，为群众送上新春的祝福和问候。',
      '在沁源县观音坪社区，沁源县政协常委、县书法协会主席史俊和会员们以笔寄意、以字传情，一副副饱含祝福的春联和寓意吉祥的“福”字跃然纸上。',
      '在黎城县，县政协机关工作人员把春联和“福”字送到包联小区居民手中，把年味送到基层一线……',
    ];
    const labels = sections(segment(paragraphs, null)).map((x) => x[3]);
    expect(labels).toContain('黎城县政协');
    expect(labels).not.toContain('潞州区政协');
  });

  it('reads a place that opens a paragraph with a party as its subject (在呼和浩特市，调研组…) as a stop on the trip, not a part of a feature (ZZZZZZS nm-59)', () => {
    const paragraphs = [
      '7月14日上午，内蒙古自治区政协常委会议厅内气氛热烈，京蒙两地政协签订协作协议。',
      '7月11日上午，魏小东带领调研组抵达呼伦贝尔市，北京市政协调研组开展调研。',
      '在呼伦贝尔市人民医院，调研组详细了解了北京大学肿瘤医院对口支援情况。',
      '在呼和浩特市，调研组先后深入伊利集团、蒙草集团，沉浸式了解了内蒙古精品奶业发展情况。',
    ];
    expect(sections(segment(paragraphs, null)).map((x) => x[3])).not.toContain('呼和浩特市政协');
    expect(sections(segment(paragraphs, null)).map((x) => x[3])).not.toContain('呼伦贝尔市政协');
  });

  it('reads a place that opens a paragraph with the members as its subject (在长春市双阳区…，委员们…) as a stop on their tour (jl-621)', () => {
    const paragraphs = [
      '长春日报10月15日讯：近日，长春市政协组织部分政协委员，对2018年度少数民族乡经济社会发展专题协商座谈会建议的落实情况进行跟踪视察。',
      '长春市高度重视少数民族乡经济社会发展，把贯彻落实乡村振兴战略、改善少数民族群众民生作为工作出发点和落脚点。',
      '在长春市双阳区双营子回族乡尹家村,委员们实地视察了农村老旧民居改造、庭院功能区划分等工作推进情况。',
      '随后,委员们参观了双阳区回族文化博物馆,这座综合性博物馆体现了民族文化传承的工作成效。',
      '委员们表示,今后,将持续关注少数民族乡经济社会发展,发挥自身优势,积极建言献策。',
    ];
    expect(sections(segment(paragraphs, null)).map((x) => x[3])).not.toContain('长春市双阳区政协');
  });

  it('reads a paragraph opening at a spot named after a place (在永胜社区…) as no part of that place (ZZZZZZZO js-65)', () => {
    const paragraphs = [
      '6月18日下午，射阳县政协党组副书记、副主席李洁率领县政协提案委负责人、相关政协委员、居民代表，以及住建局、文广旅局、自然资源和规划局、公安局（交警大队）等承办单位负责同志，一同来到提案办理现场，开展面对面提案办理活动。',
      '此次活动聚焦县政协十四届四次会议上孙峰、张学法、向邵陵三位政协委员提出的《关于永胜社区星河湾酒店周边小区增设口袋公园等公共体育设施的提案》《关于在射阳县图书馆内设立本地作者图书专区的提案》《关于加强县医院东门交通管控的提案》三个提案。',
      '在永胜社区星河湾酒店西侧的百姓大舞台，孙峰委员说：“这里虽然有舞台、廊架和广场，但缺乏公共体育设施，居民的健身需求十分迫切。因此，我的提案建议在此增设口袋公园并配套体育设施。”',
      '射阳县教育局党委委员周军现场回应：“‘十四五’期间，全县已投入约580万元实施体育惠民工程，目前人均公共体育场地面积达到 5.37平方米。这里的口袋公园目前10件套健身路径已配备到位。今年还将持续为镇区投放30套健身路径、40副篮球架等器材，预计7月底可配送安装到位。” 居民代表陈斌关注器材后续维护问题，县住建局分管负责人表示：“我们建立了公共体育健身设施信息化管理平台，公布监督电话、报修电话，接受社会各界监督，做好常态化公众服务。”李洁强调：“民生无小事，不仅要建好，更要管好、用好，让居民真正受益。”',
      '第二站来到车流密集的县人民医院兴阳路东门。向邵陵委员指着违法抓拍监控设备说：“探头虽然去年8月底已安装完成，但由于东门改造，线路损坏，至今未联网启用，违停现象仍然存在，影响了安全和通行。”',
    ];
    expect(sections(segment(paragraphs, null)).map((x) => x[3])).not.toContain('永胜政协');
    expect(sections(segment(paragraphs, null))).toHaveLength(1);
  });

  it('reads a paragraph opening at a firm named after a place (在湖南广丰…有限公司) as no part of that place (ZZZZZZZZZZZZZZ hn-228)', () => {
    const paragraphs = [
      '7月12日上午，邵阳市政协党组书记、主席周文带队到联点的大祥区板桥乡、龙头村调研乡村振兴工作。',
      '在湖南广丰农林科技发展有限公司，周文与该公司法人深入交流，详细了解企业发展思路、经营模式以及经营规模等情况。',
      '在益宏园林公司，周文仔细翻阅龙头生态休闲文化园总体项目规划书。',
      '在龙头村村部举行的座谈会上，周文认真听取板桥乡、龙头村关于乡村振兴工作情况的汇报。',
    ];
    expect(sections(segment(paragraphs, null))).toHaveLength(1);
  });

  it('splits at decorated place heads (● 某区 ●)', () => {
    const seg = segment(['● 黔江区 ●', '12月16日，黔江区政协主席姚登惠前往五里镇宣讲。', '● 涪陵区 ●', '12月17日，涪陵区政协主席杜海波调研涪陵榨菜智能制造基地建设情况。']);
    expect(sections(seg)).toEqual([
      ['label', 0, 1, '黔江区政协'],
      ['label', 2, 3, '涪陵区政协'],
    ]);
  });

  it('splits at committee headlines, the title line being the first', () => {
    const seg = segment(
      ['近日，张北县政协由主席、副主席带队，对2020年10件重点提案进行专题督办。', '丰南区政协开展委员走访活动', '由区政协主席会议成员带队，深入到各界别开展委员走访活动。'],
      '张北县政协对重点提案进行督办',
    );
    expect(sections(seg)).toEqual([
      ['committee-headline', 0, 0, '张北县政协'],
      ['committee-headline', 1, 2, '丰南区政协'],
    ]);
    expect(seg.sections[0].titleFromArticle).toBe(true);
  });

  it('takes a site’s name left between paragraphs for no committee’s headline (gd-20)', () => {
    const seg = segment(
      ['6月26日，广东省乐昌市政协副主席李敏瑶一行来耒阳市学习考察委员工作室建设。', '湖南政协新闻网', '在耒阳市政协医卫界别委员工作室，考察组通过听取讲解、查阅资料，详细了解履职运行情况。'],
      '广东省乐昌市政协来耒阳学习考察',
    );
    expect(seg.sections.map((s) => s.label)).not.toContain('湖南政协');
  });

  it('reads a list of news headlines over their dates as one item each', () => {
    const seg = segment(['市政协召开十四届三次常委会议', '2023-05-21', '平阴县政协开展民主监督专题调研', '2023-05-20']);
    expect(sections(seg)).toEqual([
      ['committee-headline', 0, 1, '市政协'],
      ['committee-headline', 2, 3, '平阴县政协'],
    ]);
  });

  it('reads a bulletin of bracketed committee lines, one section a committee', () => {
    const seg = segment(['【张北县政协】召开十六届四次常委会议', '【张北县政协】开展重点提案专题督办', '【丰南区政协】开展委员走访活动', '【南宫市政协】联络组挂学雷锋志愿服务牌']);
    expect(sections(seg)).toEqual([
      ['committee-heading', 0, 1, '张北县政协'],
      ['committee-heading', 2, 2, '丰南区政协'],
      ['committee-heading', 3, 3, '南宫市政协'],
    ]);
  });

  it('keeps a feature whole when a bare 省政协 its place does not settle goes on with the committee it named', () => {
    const seg = segment([
      '四川省政协召开对口协商会建议在川西藏区建设国家雪山公园',
      '四川省政协近日召开“关于在我省藏区建设国家雪山公园建议”对口协商会，围绕川西藏区进一步加强生态文明建设协商建言。',
      '今年5月至6月，省政协民族宗教委员会组织委员赴甘孜、阿坝等地实地调研。委员们认为，四川藏区已具备建设国家雪山公园的条件。',
      '会上，省政协委员与民革四川省委、省直相关单位负责人进行了互动交流。',
      '省发展改革委、省民族宗教委负责人表示，将积极沟通协调。',
    ]);
    expect(seg.sections.length).toBe(1);
  });

  it('reads numbered lines in which two or more committees act as items, and one committee’s numbered points as its own (sd-94)', () => {
    const list = segment([
      '《政协视窗》第一期内容：',
      '2、区政协机关组织收听收看党的十九大开幕盛况',
      '3、市政协调研组来我区开展住宅小区物业管理工作专题调研',
      '4、市政协来我区视察台资企业发展情况',
      '5、区政协十三届四次常委会议召开',
    ]);
    expect(sections(list).map((s) => [s[0], s[1]])).toEqual([
      ['item', 1],
      ['item', 2],
      ['item', 3],
      ['item', 4],
    ]);
    const points = segment([
      '1、县政协组织委员开展专题调研，形成调研报告3篇。',
      '2、县政协召开专题协商会，围绕乡村振兴建言献策。',
      '3、县政协开展民主监督，推动问题整改。',
    ]);
    expect(sections(points).map((s) => s[0])).toEqual(['single']);
  });

  it('reads a bare 县政协 of a page with no home as the county a party went to (yn-56)', () => {
    const paragraphs = [
      '3月30日至31日，省政协文化文史和学习委主任高德明一行到彝良县调研脱贫攻坚助推行动开展情况。',
      '省政协调研组赴彝良县调研脱贫攻坚助推行动',
      '调研组一行先后深入到彝良县山益宝生物科技有限公司查看产业发展情况。',
      '3月31日下午，在县政协机关会议室召开了座谈会，会上，彝良县政协主席李堂发汇报了工作情况。',
    ];
    const seg = segment(paragraphs);
    expect(sections(seg).map((s) => s[3])).not.toContain('县政协');
    expect(seg.sections.length).toBe(1);
  });

  it('reads a whole province’s meeting told on a city committee’s site as that city’s part in it (js-54)', () => {
    const paragraphs = [
      '2016年10月26日至28日，全省政协第22次文史工作交流会在盐城召开。省政协副主席许津荣出席会议。我市政协居丽琴副主席参加会议。',
      '会上，常州市政协文史委主任沈建钢作交流发言，介绍了常州文史资料征编工作。',
      '居丽琴副主席主持第一组讨论。',
      '常州市政协还介绍了政协文史馆建设情况。',
    ];
    const home = [{ code: '320400', what: 'changzhou (site address)', rank: 2 }];
    const seg = segmentArticle(paragraphs, null, actorReader(isPlace, home, paragraphs.join('\n')), [/^\d{1,2}月\d{1,2}日/]);
    expect(seg.sections.map((s) => s.layout)).toEqual(['single']);
    // With no site of its own, the province's meeting is a part of a feature.
    const away = segmentArticle(paragraphs, null, actorReader(isPlace, [], paragraphs.join('\n')), [/^\d{1,2}月\d{1,2}日/]);
    expect(away.sections.length).toBeGreaterThan(1);
  });

  it('makes no part of a photo’s caption or a site’s name credited over one, nor of the page’s own committee a visitor came to (gx-00, yn-29, hn-185)', () => {
    const captioned = segment([
      '8月1日至4日，广西壮族自治区政协组织12家新闻媒体深入桂林、柳州两市开展集中采访活动。',
      '采访团先后参访了桂林市、柳州市的重点项目，了解两市政协工作。',
      '图为桂林市政协领导与采访团开展座谈交流。吴小兰 摄',
      '采访团还参访了千年桂林文化城项目。',
    ]);
    expect(sections(captioned).map((s) => s[0])).toEqual(['single']);
    // …nor of a site's name credited over each photo (ZZZZZZZZZZZZI hn-185).
    const credited = segment(
      [
        '湖南政协新闻网',
        '时光为笔，书写忠诚履职的真挚情怀。2024年，衡阳市政协坚持以习近平新时代中国特色社会主义思想为指导。',
        '湖南政协新闻网',
        '11月8日，市委政协工作会议暨庆祝中国人民政治协商会议成立75周年大会召开。',
        '湖南政协新闻网',
        '市政协党组书记吴曙光走访各民主党派市委会、工商联。',
        '2024年，衡阳市政协始终把加强思想政治引领、广泛凝聚共识作为中心环节。',
      ],
      '忠诚履职结硕果 团结奋进启新程',
    );
    expect(sections(credited).map((s) => s[3])).not.toContain('湖南政协');
    const visit = segment([
      '10月20日—21日，由昆明市宜良县政协主席李鸿率领的宜良县政协考察团一行来到我县考察，学习宁海政协基层协商民主的先进经验。',
      '考察团一行首先来到宁波南部滨海新区，参观下洋涂围垦工程。',
      '尤玲娟对宜良县政协考察团的到来表示热烈欢迎。近年来，县政协从优化全县经济发展环境的高度，充分发挥政协优势。',
      '李鸿对宁海政协的工作给予高度评价。',
    ]);
    expect(sections(visit).map((s) => s[0])).toEqual(['single']);
    // …nor where the party studies 我县 (hb-32).
    const studied = segment([
      '11月18日，武汉市政协副主席李富生一行就我县经济社会发展情况进行了考察。县领导胡小国等陪同考察。',
      '考察团一行先后对我县国宝桥米、轻机等企业进行了实地考察。',
      '座谈会在京仑饭店举行，县政协主席晏德明主持会议。',
      '考察团一致认为我县历史文化深厚。',
    ]);
    expect(sections(studied).map((s) => s[0])).toEqual(['single']);
  });

  it('makes the committee of a county a party goes to (…到乐至县调研) its host, page-wide (sc-35)', () => {
    const trip = segment([
      '7月14日，资阳市政协“有事来协商”工作推进会与会人员到乐至县调研“有事来协商”平台建设工作。资阳市政协主席陈莉萍参加调研。',
      '与会人员先后前往天池街道“有事来协商·百家协商”工作站参观。',
      '近年来，乐至县政协扎实抓好“有事来协商”平台建设工作，聚焦协商主责主业。',
      '与会人员对乐至县创新开展“有事来协商”工作表示认可。',
    ]);
    expect(sections(trip).map((s) => s[3])).not.toContain('乐至县政协');
  });

  it('keeps a bare 县政协 in the county part it follows, though the page’s home places it elsewhere (sn-73, sc-03)', () => {
    const parts = [
      '西安市雁塔区政协文史资料《雁塔村事》第一辑日前出版发行。',
      '该书是今年6月份以来，陇县政协组织力量开展文史资料抢救工作编辑出版的。',
      '近年来，镇安县政协狠抓文史征编队伍建设，深入开展文史工作。',
      '到目前为止，县政协征集各类资料，编撰出版图书5部。',
    ];
    const home = [{ code: '610327', what: '陇县新闻 (page furniture)', rank: 2 }];
    const seg = segmentArticle(parts, null, actorReader(isPlace, home, parts.join('\n')), [/^\d{1,2}月\d{1,2}日/]);
    expect(sections(seg).map((s) => [s[1], s[2], s[3]])).toEqual([
      [0, 0, '西安市雁塔区政协'],
      [1, 1, '陇县政协'],
      [2, 3, '镇安县政协'],
    ]);
    // A bare 市政协 after a 县's part is no county-level city going on: it is the prefecture's own part.
    const city = [
      '在剑阁县政协的推动下，乡村协商议事会议开得红火。',
      '剑阁县政协委员深入村组开展调研，提出建议。',
      '这正是市政协深入开展“同心共建现代化四川”广元行动的生动缩影。',
      '市政协组织委员围绕乡村振兴开展专题协商。',
    ];
    const guangyuan = [{ code: '510800', what: '广元 (site)', rank: 2 }];
    const segCity = segmentArticle(city, null, actorReader(isPlace, guangyuan, city.join('\n')), [/^\d{1,2}月\d{1,2}日/]);
    expect(sections(segCity).map((s) => s[3])).toContain('市政协');
  });

  it('reads the province’s acts as the backdrop of a feature about its lower committees (hn-65)', () => {
    const parts = [
      '近日出台的实施方案提出，突出做好八项重点工作。与此同时，湖南省政协办公厅向全省广大政协委员发出倡议。',
      '长沙市政协就长沙法院生态环境司法保护工作赴浏阳市开展主席会议视察。',
      '长沙市政协委员实地察看了浏阳河沿岸生态修复情况。',
      '衡阳市政协召开改善生态环境专项民主监督工作推进会。',
    ];
    const title = '多部门联动、委派小组、开展“回头看”……各市州政协持续推动改善生态环境专项民主监督走深走实';
    expect(sections(segment(parts, title)).map((s) => s[3])).not.toContain('湖南省政协');
    expect(sections(segment(parts, '改善生态环境专项民主监督走深走实')).map((s) => s[3])).toContain('湖南省政协');
  });

  it('lets a province\'s feature told with its bare 省政协 reach the one lower committee it turns to (各市（州）…政协因地制宜; sc-661)', () => {
    const parts = [
      '记者近日从省政协办公厅获悉，全省三级政协共有4.6万名委员参与“双助”活动。',
      '积极响应省政协党组号召，全省政协各级组织和广大政协委员积极投身“双助”活动。',
      '省政协主席会议成员带头深入基层调研，协调解决具体问题。',
      '围绕“全面推进乡村振兴”主题，省政协召开专题议政性常委会，提出建议。',
      '各市（州）、县（市、区）政协因地制宜，精心谋划开展活动。',
      '广安市政协组织村容村貌治理、农村面源污染治理等方面活动35次，协调基础设施建设项目47个。',
    ];
    const title = '四川4.6万名政协委员参与“双助”活动';
    expect(sections(segment(parts, title)).map((s) => s[3])).toContain('广安市政协');
    // (Without the turn, a city named once at the end is an aside of the province's story.)
    const aside = parts.filter((_, i) => i !== 4);
    expect(sections(segment(aside, title)).map((s) => s[3])).not.toContain('广安市政协');
  });

  it('keeps a list’s dated item its own committee opens, though another item’s party goes to its city (sd-02)', () => {
    const items = [
      '10月24日，山东省政协副主席刘均刚带领调研组到淄博市，就“推进托育机构普及普惠发展”开展调研。',
      '9月27日，市政协主席张延廷带领住淄省政协委员考察淄博新区融合发展工作情况。',
    ];
    const home = [{ code: '370300', what: '淄博 (site)', rank: 2 }];
    const seg = segmentArticle(items, null, actorReader(isPlace, home, items.join('\n')), [/^\d{1,2}月\d{1,2}日/]);
    expect(sections(seg)).toEqual([
      ['item', 0, 0, '山东省政协'],
      ['item', 1, 1, '市政协'],
    ]);
  });

  it('does not make a part of a chairman speaking at the featured meeting (sd-59)', () => {
    const seg = segment([
      '全国地方政协工作经验交流会7月16日上午在京举行分组会议，与会人员交流了经验。',
      '山东省政协围绕健全完善协商选题、协商审查、协商办理“五个机制”，使提案工作向全程协商转变。',
      '山东省政协的做法有创新、有效果，得到了与会人员的认可。',
      '宁波市政协主席唐一军建议各地政协进一步加强交流，相互借鉴。',
      '济南市政协主席殷鲁谦特别提出，各级、各地政协面临的情况不一样。',
    ]);
    // Only 山东省政协 acts: the article is one story, not a feature of three committees.
    expect(sections(seg).map((s) => s[0])).toEqual(['single']);
  });

  it('does not read a bare 省政协 after a city committee as that city going on (zj-55)', () => {
    const seg = segment([
      '人民政协是中国共产党领导的政治组织。嘉兴市政协积极探索创新，全力夯实“同心向党”根基。',
      '杭州市政协深化“浙里协商”实践，引导广大委员走入基层、深入群众开展协商；',
      '宁波市政协以“阿拉一起来商量”协商体系为牵引，着力推动解决“一件事”向“一类事”转变；',
      '台州市政协聚焦打造“和合善治”品牌，积极开展调研协商、视察考察等活动。',
      '省政协专委会强化质效导向，深化全程协商，以高质量履职助力高质量发展。',
    ]);
    expect(sections(seg).map((s) => s[3])).toEqual(['嘉兴市政协', '杭州市政协', '宁波市政协', '台州市政协', '省政协']);
  });

  it('reads a place alone on its line as a heading when the article has two or more, the title counting as the first', () => {
    const paragraphs = [
      '（一）',
      '9月27日，清新区政协城乡建设组在清新区一中开展“委员携手同行送温暖”中秋慰问活动。',
      '（二）',
      '9月25日，清新区政协经济组组长李东桂同经济工作组委员一行12人走访委员企业。',
      '阳山县',
      '9月27日下午，阳山县政协副主席李志勇到杨梅镇督导检查节前安全生产工作。',
      '连南瑶族自治县',
      '9月26日，连南瑶族自治县政协召开十二届常委会第十次会议。',
    ];
    const seg = segment(paragraphs, '清新区');
    expect(sections(seg)).toEqual([
      ['label', 0, 3, '清新区政协'],
      ['label', 4, 5, '阳山县政协'],
      ['label', 6, 7, '连南瑶族自治县政协'],
    ]);
    // One such line alone is not a heading: a story may name a place on a line of its own.
    expect(segment(['阳山县', '9月27日下午，阳山县政协副主席李志勇到杨梅镇督导检查节前安全生产工作。']).sections.map((s) => s.layout)).toEqual(['single']);
  });

  it('reads dated items of two committees above the first heading as items, up to the first news of no committee', () => {
    const seg = segment([
      '9月16日，南昌市政协纪念人民政协成立70周年文艺汇演在南昌市文化馆举行。',
      '9月11日，都昌县政协举办庆祝人民政协成立70周年书画作品展。',
      '9月21日，人民政协即将迎来70华诞，全省各地组织举办多样活动。',
      '民盟省委会',
      '9月17日，民盟省委会座谈会在南昌召开。省政协副主席、民盟省委会主委刘晓庄出席并讲话。',
      '抚州市政协',
      '9月12日，抚州市政协、市委统战部联合市各民主党派、工商联，举行庆祝人民政协成立70周年文艺汇演。',
      '萍乡市政协',
      '9月18日，萍乡市政协举办庆祝人民政协成立70周年书画展。',
    ]);
    expect(sections(seg)).toEqual([
      ['item', 0, 0, '南昌市政协'],
      ['item', 1, 1, '都昌县政协'],
      ['label', 5, 6, '抚州市政协'],
      ['label', 7, 8, '萍乡市政协'],
    ]);
    expect(seg.other).toEqual([[2, 4]]);
    expect(seg.lead).toBeNull();
  });

  it('reads a headline naming a person as an item of a headed roundup when a committee acts as its story opens (bj-48)', () => {
    const seg = segment([
      '来了！早闻政协',
      '汪洋会见中国伊斯兰教协会新一届领导班子',
      '中共中央政治局常委、全国政协主席汪洋20日在京会见中国伊斯兰教协会新一届领导班子。',
      '北京市政协主席会议成员视察冬奥场馆赛后可持续利用工作',
      '9月19日上午，北京市政协组织主席会议成员围绕“用好奥运遗产”开展视察。',
      '天津市南开区政协召开专题协商会议',
      '9月20日，天津市南开区政协围绕“提升我区居家养老服务水平”召开专题协商会。',
    ]);
    expect(sections(seg)).toEqual([
      ['committee-headline', 1, 2, '全国政协'],
      ['committee-headline', 3, 4, '北京市政协'],
      ['committee-headline', 5, 6, '天津市南开区政协'],
    ]);
    expect(seg.lead).toEqual([0, 0]);
  });

  it('reads a sidebar (侧记) whose headed parts one committee opens as one story (sc-642)', () => {
    const paragraphs = [
      '2月23日，市政协五届二次会议召开界别联组会。会前，委员们积极深入基层调研，为会上发言做好充分准备。',
      '会前',
      '深入开展调研',
      '市政协发出界别联组会发言的征集通知后，市政协委员立即行动，深入基层、深入一线调查走访。',
      '工商联界委员曾涛深入新材料企业调研，提出加快新材料产业集群发展的建议。',
      '会中',
      '委员踊跃发言',
      '2月23日上午，市政协五届二次会议界别联组会在升华酒店召开。会场上，界别委员们争先发言。',
      '民盟界委员吴星辰率先发言：“做好乡镇国土空间规划编制，构建乡村发展新格局”。',
    ];
    const reader = actorReader(isPlace, [], paragraphs.join('\n'));
    const dates = [/^\d{1,2}月\d{1,2}日/];
    expect(segmentArticle(paragraphs, '“我要来建言”', reader, dates, null, true).sections.map((s) => s.layout)).toEqual(['single']);
    // (Not a sidebar: its dated parts are items.)
    expect(segmentArticle(paragraphs, '“我要来建言”', reader, dates, null, false).sections.length).toBeGreaterThan(1);
  });

  it('reads a chronicle’s dated items as one each, even of one committee; a report of one committee’s days stays whole (ha-87)', () => {
    const paragraphs = [
      '10月11日下午，市政协副主席翟政、郝伟带领有关市政协委员、相关专家到管城区调研商都历史文化区建设情况。',
      '10月11日至15日，市政协组织政协常委在革命圣地延安举办“凝心聚力奋进新征程”主题培训班。',
      '10月22日，市政协召开第五次双月协商座谈会，邀请全国、省、市政协宗教界别委员参加。',
    ];
    const chronicle = segmentArticle(paragraphs, '2024年政协郑州市委员会10月大事记', actorReader(isPlace, [], paragraphs.join('\n')), [/^\d{1,2}月\d{1,2}日/], /大事记/);
    expect(chronicle.sections.map((s) => [s.layout, s.from, s.to])).toEqual([
      ['item', 0, 0],
      ['item', 1, 1],
      ['item', 2, 2],
    ]);
    const report = segmentArticle(paragraphs, '市政协开展系列履职活动', actorReader(isPlace, [], paragraphs.join('\n')), [/^\d{1,2}月\d{1,2}日/], /大事记/);
    expect(report.sections.map((s) => s.layout)).toEqual(['single']);
  });

  it('reads a committee\'s own periodical as its items, each under its headline, even of one committee (ZZZZF ah-53)', () => {
    const paragraphs = [
      '县政协机关开展“走出去学先进对标提升”活动',
      '为落实县委关于开展“走出去学先进对标提升”活动要求，3月21日至24日，县政协副主席洪礼彬带队赴黄山市祁门县、宣城市宣州区等地考察学习。县政协秘书长、办公室主任怀剑锋，各相关委、室负责人陪同。',
      '通过此次考察学习活动，考察组成员开阔了眼界，解放了思想，学到了各地政协工作的先进做法。',
      '县政协到寺前镇开展实施文旅富民战略调研',
      '3月21日，县政协副主席占卓带领部分委员到寺前镇，就实施文旅富民战略开展调研，实地察看了多个文旅项目。',
    ];
    const reader = actorReader(isPlace, [], paragraphs.join('\n'));
    const bulletin = segmentArticle(paragraphs, '政协工作周报（2023年第11期）', reader, [/^\d{1,2}月\d{1,2}日/], /大事记|周报/);
    expect(bulletin.sections.map((s) => [s.layout, s.from, s.to])).toEqual([
      ['committee-headline', 0, 2],
      ['committee-headline', 3, 4],
    ]);
    // (A report under a title that is no periodical's stays one committee's one story.)
    const report = segmentArticle(paragraphs, '走出去学先进 对标再提升', reader, [/^\d{1,2}月\d{1,2}日/], /大事记|周报/);
    expect(report.sections.map((s) => s.layout)).toEqual(['single']);
  });

  it('reads a place run in as an item\'s label (北京：3月14日，…) past, like a number (bj-76)', () => {
    const seg = segment([
      '连日来，北京、河北、上海等地政协召开会议，传达学习全国两会精神。',
      '北京：3月14日，北京市政协党组召开扩大会议，传达学习全国两会精神，市政协党组书记、主席魏小东主持会议。',
      '河北：3月15日，河北省政协党组召开扩大会议，传达学习习近平总书记重要讲话精神和全国两会精神。',
    ]);
    expect(sections(seg)).toEqual([
      ['item', 1, 1, '北京市政协党组'],
      ['item', 2, 2, '河北省政协党组'],
    ]);
  });

  it('keeps one committee\'s dated items whole under a lead that frames them as one practice done in parts (fj-45)', () => {
    const items = [
      '12月19日，市政协主席魏克良，副主席黄国彬带队视察，围绕我市重点建设项目深入调研、协商建言。',
      '12月19日，市政协副主席黄晓舟、黄世忠带领市政协经建委联系的界别委员赴火炬高新区视察。',
      '12月12日，市政协副主席国桂荣带领港澳台侨和外事委联系的界别委员视察我市口袋公园建设情况。',
    ];
    const framed = segment(['市政协十四届四次会议将于2025年1月上中旬召开。连日来，市政协领导分别带队开展视察活动，围绕我市重点项目建设咨政建言。', ...items]);
    expect(framed.sections.map((s) => s.layout)).toEqual(['single']);
    // Without such a lead, a headline-less page of one committee's dated items is a list of its news.
    const list = segment(['市政协十四届四次会议将于2025年1月上中旬召开，市政协领导开展视察活动。', ...items]);
    expect(list.sections.length).toBeGreaterThan(1);
  });

  it('reads an account\'s sign-off label closing the page as no section: the story stays whole (sx-90)', () => {
    const seg = segment([
      '11月26日，市政协召开三届五十七次主席会议。市政协主席张稳科主持会议。',
      '会议传达学习了有关精神，审议通过了市政协三届二十四次常委会议议程草案。',
      '吕梁政协',
    ]);
    expect(seg.sections.map((s) => [s.layout, s.from, s.to])).toEqual([['single', 0, 2]]);
  });

  it('reads an undated first line with no full stop over dated items as the list\'s headline (gd-92)', () => {
    const seg = segment([
      '【政协履职动态】上周，市政协在忙啥？（02.20-02.24）',
      '2月21日上午，市政协党组书记、主席张元醒率队到深圳国际仲裁院江门中心调研。',
      '2月23日上午，市政协党组书记、主席张元醒带队走访委员企业。',
    ]);
    expect(seg.lead).toEqual([0, 0]);
    expect(seg.sections.map((s) => [s.layout, s.from, s.to])).toEqual([
      ['item', 1, 1],
      ['item', 2, 2],
    ]);
  });

  it('reads bulleted dated items as items (gz-90)', () => {
    const seg = segment([
      '■ 5月20日，省委常委、省委宣传部部长卢雍政出席理论研讨会。',
      '■ 5月20日，省政协副主席周建琨率队到黔南州惠水县调研并宣讲省第十三次党代会精神。',
      '■ 5月18日至20日，省政协副主席罗宁率队在黔西南州、六盘水市开展调研。',
    ]);
    expect(seg.sections.map((s) => [s.layout, s.from, s.to])).toEqual([
      ['item', 1, 1],
      ['item', 2, 2],
    ]);
  });

  it('reads bracketed headlines run into their stories as one item each, even of one committee (hl-84)', () => {
    const seg = segment([
      '【省政协视察组来鹤视察】 以省政协经济委员会副主任魏介奇为组长的省政协视察组一行8人。6月28日，对本市私营企业参与国有企业改革工作进行了专题视察。',
      '省视察组在三江宾馆二楼会议室听取了本市体改委、工商联三个部门的工作汇报。',
      '【省政协与市政协联谊会组织医疗咨询服务队义诊】 8月6日至10日，应鹤岗市政协的邀请，在省政协联谊会的精心组织下，医疗咨询服务队深入到鹤岗市绥、萝两县开展了巡回义诊活动。',
      '医疗服务队到鹤之后，鹤岗市委、市政府、市政协领导对服务队的活动给予了大力的支持。',
    ]);
    expect(seg.sections.map((s) => [s.layout, s.from, s.to, s.title])).toEqual([
      ['item', 0, 1, '省政协视察组来鹤视察'],
      ['item', 2, 3, '省政协与市政协联谊会组织医疗咨询服务队义诊'],
    ]);
    // A column's bracketed words are no item: a story under them stays whole.
    expect(segment(['【特别关注】', '县政协召开常委会议，审议有关事项。', '【特别关注】', '会议由县政协主席主持。']).sections.map((s) => s.layout)).toEqual([
      'single',
    ]);
  });

  it('keeps a story that opens with its own bare committee whole, however many others it names later', () => {
    const seg = segment([
      '4月12日，县政协召开座谈会，研究和部署我县征集政协文史资料工作。',
      '政协文史资料工作是中国特色社会主义文化事业的重要组成部分。我县政协共征编出版了11辑的《融水文史》。',
      '赖苗副主席在座谈中指出，加强政协文史资料工作，是展现我县政协发展历程的重要举措。',
      '会上，与会人员就此次征集工作展开了热烈讨论。',
      '据悉，为迎接人民政协成立70周年，柳州市政协将举办柳州政协发展历程展览。',
    ]);
    expect(seg.sections.map((s) => s.layout)).toEqual(['single']);
  });

  it('keeps a story that opens with a meeting of its level’s whole system, unplaced, whole (gx-119)', () => {
    const seg = segment([
      '3月21日至22日，全区政协教科卫体委2024年工作会议暨自治区政协教科卫体委全体委员会议在广西玉林市召开。',
      '费志荣对全区各级政协教科卫体委员会过去一年的工作给予充分肯定。',
      '费志荣表示，要深入学习贯彻全国两会精神，推动专委会工作迈上新台阶。',
      '会上，自治区政协教科卫体委员会主任曹坤华通报了自治区政协教科卫体委2023年工作情况及2024年工作计划。',
      '与会人员深入玉林国际香料交易市场、玉林市科技馆等地实地考察。',
    ]);
    expect(seg.sections.map((s) => s.layout)).toEqual(['single']);
  });

  it('reads a headline of parallel phrases with a comma as a committee headline over its story (bj-63)', () => {
    const seg = segment([
      '门头沟区政协向全体委员发出“同心度汛”行动倡议',
      '8月1日，门头沟区委区政府向全区人民发出公开信。经区政协领导班子研究，特向全体委员发出倡议。',
      '房山区政协汇聚“政”能量，“协”力抗汛情',
      '近日，房山区遭受强降雨侵袭。区政协主席魏广勋牵头全区城市运行恢复组工作。',
    ]);
    expect(sections(seg)).toEqual([
      ['committee-headline', 0, 1, '门头沟区政协'],
      ['committee-headline', 2, 3, '房山区政协'],
    ]);
    // A line that ends like a sentence is prose, commas or not.
    expect(segment(['房山区政协汇聚能量，协力抗汛。', '近日，房山区遭受强降雨侵袭。']).sections).toHaveLength(1);
  });

  it('makes each line of a run of committee headlines with no story its committee’s item (jl-61)', () => {
    const seg = segment([
      '根据州政协通知精神，4月末至5月初，各县市政协积极行动起来，开展了植树绿化活动。',
      '州暨延吉市政协共同组织两级政协委员义务植树活动',
      '珲春市政协举行政协委员“关注森林”活动启动仪式',
      '图们市政协组织委员进行义务植树活动',
      '和龙市政协委员进行“关注森林”义务植树劳动',
      '汪清县政协开展“关注森林”政协委员义务植树活动',
    ]);
    expect(seg.lead).toEqual([0, 0]);
    expect(sections(seg)).toEqual([
      ['committee-headline', 1, 1, '延吉市政协'],
      ['committee-headline', 2, 2, '珲春市政协'],
      ['committee-headline', 3, 4, '图们市政协'],
      ['committee-headline', 5, 5, '汪清县政协'],
    ]);
  });

  it('reads a bare committee’s story as a feature when two or more others each open a paragraph in turn (sc-64)', () => {
    const seg = segment([
      '在全面推进重点工作任务的同时，州、县（市）政协组织积极参与脱贫攻坚。州政协机关为联系村贫困户捐款修建牲畜阳光棚。',
      '汶川县政协采取对单精准施策方式，为联系村争取水利灌溉项目1个。',
      '壤塘县政协机关协同县妇联，开展单亲母亲结对认亲活动。',
      '马尔康市政协机关为联系贫困户协调房屋重建地基。',
    ]);
    expect(sections(seg).map((s) => s[3])).toEqual(['州政协', '汶川县政协', '壤塘县政协', '马尔康市政协']);
    // One other committee later is an aside of the bare committee's own news.
    const own = segment([
      '5月25日，县政协召开常委会议，审议有关事项。',
      '会议要求，要认真做好各项工作。',
      '据悉，柳州市政协将举办培训班，县政协将选派委员参加。',
      '会议还研究了其他事项。',
    ]);
    expect(own.sections).toHaveLength(1);
  });

  it('reads an item a list prints twice in a row as one item (fj-122)', () => {
    const twice = '11月3日，市政协副主席赵爱红带领部分市政协委员，深入荔城区、秀屿区开展专题调研。';
    const seg = segment([
      '11月5日，省政协召开专题协商会视频会议。市政协党组书记沈萌芽在莆田分会场出席。',
      twice,
      twice,
      '10月27日至28日，市政协副主席林惠中带领部分市政协委员，深入涵江区开展专题调研。',
    ]);
    expect(sections(seg).map((s) => [s[1], s[2]])).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
  });

  it('gives a list’s own committee its items though it hosts a visit in another (js-36)', () => {
    const paragraphs = [
      '▲3月4日，宜兴市政协召开十五届四十七次主席会议，专题协商讨论年度协商工作计划。',
      '▲3月10日，宜兴市政协召开十五届二十三次常委会议，视察并协商科技赋能情况。',
      '▲3月17日，无锡市政协副主席张丽霞来宜视察台属联谊工作。宜兴市政协副主席芮俊燕陪同。',
    ];
    expect(sections(segment(paragraphs)).map((s) => s[3])).toEqual(['宜兴市政协', '宜兴市政协', '无锡市政协']);
  });

  it('keeps a reference page’s headed stories of one committee’s one plenary session whole (ln-132)', () => {
    const paragraphs = [
      '1月8日，辽宁省政协十三届一次会议',
      '新闻发布会在沈阳举行，省政协秘书长王德佳向省内外新闻媒体通报了本次大会的筹备情况。',
      '选举事项',
      '1月15日，中国人民政治协商会议辽宁省第十三届委员会第一次会议选举：周波为省政协主席。',
      '历次会议',
      '1月11日，中国人民政治协商会议辽宁省第十三届委员会第一次会议在沈阳隆重开幕。',
    ];
    expect(segment(paragraphs).sections.map((s) => s.layout)).toEqual(['single']);
    // Stories of one committee's several sessions stay a list.
    const sessions = [...paragraphs];
    sessions[5] = '1月11日，中国人民政治协商会议辽宁省第十三届委员会第二次会议在沈阳隆重开幕。';
    expect(segment(sessions).sections.length).toBeGreaterThan(1);
  });

  it('reads a news list whose first headline the page took for its title as a list (gd-53), unless its headlines repeat', () => {
    const paragraphs = [
      '2月1日上午，禅城区政协五届四次会议顺利完成各项议程，胜利闭幕。闭幕大会上，区委书记强调，新一年，区政协和全区广大政协委员要为中国式现代化禅城实践作出新的更大贡献。',
      '深入南庄镇调研推进“百县千镇万村高质量发展工程”',
      '1月15日上午，禅城区政协党组书记、主席殷辉同志率队到南庄镇和紫洞村进行实地调研。',
      '持续走访调研 推动主题教育走深走实',
      '近期，区政协副主席刘飞虎带队持续开展走访调研活动，先后走访了5位委员。',
    ];
    const title = '禅城区政协五届四次会议闭幕：为中国式现代化禅城实践作出新的更大贡献';
    const seg = segment(paragraphs, title);
    expect(sections(seg).map((s) => [s[0], s[1], s[2]])).toEqual([
      ['item', 0, 0],
      ['item', 1, 2],
      ['item', 3, 4],
    ]);
    expect(seg.sections[0].title).toBe(title);
    // A headline repeated under photos is one story's.
    const photos = ['3月30日至31日，省政协调研组赴彝良县调研。', '省政协调研组赴彝良县调研', '调研组一行先后深入到彝良县山益宝生物科技有限公司。', '省政协调研组赴彝良县调研', '3月31日下午，在县政协机关会议室召开了座谈会。'];
    expect(segment(photos, '省政协调研组赴彝良县调研').sections).toHaveLength(1);
  });

  it('keeps the committee of a place a party goes to for a meeting (赴…参加) from starting a part (he-15)', () => {
    const paragraphs = [
      '近日，为深入推进京津冀三地交流合作，怀来县政协赴北京市延庆区参加京津冀“推动长城文化经济带建设，助力京津冀协同发展”专题议政会议。',
      '此次专题议政会由北京延庆区政协发起，北京市延庆区、天津市蓟州区、怀来县和赤城县共同参与。与会人员先后到八达岭镇石峡村实地调研，并组织召开专题议政会。' +
        '有关政协委员、长城专家代表围绕“长城保护、长城传承与利用”建言献策；中国长城研究院院长、延庆区政协文史专员作主旨发言；各地政协主席分别进行了交流发言。',
      '（通讯员 郭未来）',
      '本网其他转载稿件涉及版权等问题，请作者或版权所有者在一周内来电或来函。',
    ];
    expect(sections(segment(paragraphs))).toEqual([['single', 0, 3, null]]);
  });

  it('reads a sidebar\'s list of related news as no roundup, whatever committee one line names (gd-64)', () => {
    const paragraphs = [
      '9月26日，市政协召开十二届十次主席会议。市政协主席主持会议。',
      '会议还讨论了常务委员会第七次会议有关事宜。',
      '让奋斗成为中国农民丰收节最美底色',
      '我市开展纪检监察巡察干部全员培训',
      '市政协召开十二届十次主席会议 为韶关文化体育及生态建设出谋划策',
      '凤凰山隧道今日通车',
      '九江市政协十五届三次',
    ];
    expect(segment(paragraphs).sections).toHaveLength(1);
  });

  it('reads what the story learned besides (据了解，…将于1月4日上午开幕，1月6日上午闭幕) as the story going on (ah-33)', () => {
    const paragraphs = [
      '县政协十一届二次会议于1月4日在城召开，1月3日下午，来自各条战线的政协委员陆续向大会报到。',
      '报到现场，委员们在工作人员的引导下，有序登记、签到、领取材料、办理入住，现场秩序井然。',
      '据了解，县政协十一届二次会议将于1月4日上午在城开幕，1月6日上午闭幕，委员们将听取和审议常委会工作报告。',
    ];
    expect(segment(paragraphs).sections).toHaveLength(1);
    // A dated item of another committee still starts its own.
    expect(segment([...paragraphs, '1月5日，市政协召开主席会议，研究近期工作。']).sections).toHaveLength(2);
  });

  it('keeps the places a party goes to (赴A和B，) from opening parts of a feature (ha-03)', () => {
    const paragraphs = [
      '4月10日至11日，陕州区政协党组成员、副主席刘阳带领机关相关委室人员赴平顶山市鲁山县和郑州市中牟县，实地学习取经。',
      '在鲁山县和中牟县，学习考察组围绕文史资料的选题、征集、编辑、出版等环节，全方位学习两地先进经验。',
      '此外，考察组还参观了鲁山县豫西革命纪念馆，感受政协文史工作在存史资政方面发挥的独特作用。',
      '在中牟县电影小镇，领略到了文旅融合发展的成效。',
    ];
    expect(segment(paragraphs).sections).toHaveLength(1);
  });

  it('reads a story printed twice over as one, its second copy belonging to no section (XP)', () => {
    const story = ['9月25日,沈阳市政协组织部分委员视察沈抚新城建设。市领导陪同视察。', '当天,委员们先后来到沈抚新城工业起步区、白沙河综合整治工程现场。'];
    const seg = segment([...story, ...story]);
    expect(seg.sections.map((s) => [s.layout, s.from, s.to])).toEqual([['single', 0, 1]]);
    expect(seg.other).toEqual([[2, 3]]);
    // Two different items of one committee are two items still.
    expect(segment(['9月25日,沈阳市政协组织部分委员视察沈抚新城建设。', '9月26日,沈阳市政协召开主席会议。']).sections).toHaveLength(2);
  });

  it('makes no feature of places that open paragraphs where no committee acts (XL: a party’s trip)', () => {
    const paragraphs = [
      '近日,民进唐山市委主委、市政协副主席杨方带领民进调研组,就京津冀协同发展到北京、天津学习调研。',
      '在北京,李焕喜介绍了北京民进的基本情况,他希望加强北京民进与唐山民进各方面的沟通交流。',
      '在天津,参观了天津顶新国际集团康师傅方便面印象馆、方便面生产车间。',
      '北京、天津、唐山民进分别表示,今后一定会加强联络,整合会内外资源。',
    ];
    expect(segment(paragraphs).sections.map((s) => s.layout)).toEqual(['single']);
  });

  it('reads a namesake the article names elsewhere in full as that committee, not a part of a feature (he-23)', () => {
    const paragraphs = [
      '河北省承德市宽城满族自治县政协坚持把读书活动作为加强委员队伍建设的重要抓手。',
      '宽城县政协读书交流微信群一片热闹，委员们分享读书心得。',
      '走进宽城县政协“委员之家”，首先映入眼帘的就是整面图书墙。',
      '宽城满族自治县政协主席表示，将持续推进书香政协建设。',
    ];
    expect(segment(paragraphs).sections).toHaveLength(1);
  });

  it('reads a town\'s committee named again without its county as the one named in full (js-636)', () => {
    const paragraphs = [
      '为充分发挥政协委员履职能力，创新服务群众，苏州市姑苏区沧浪街道政协工委通过“有事好商量”协商议事平台，积极组织政协委员参与街道各项工作。',
      '政协委员吴蔚是新盘门建设有限公司的董事长，主动与街道工委联系。',
      '“实事求是”的政协文化、清正廉明的名言警句、健康实用的小知识……这些健康向上的楼道文化将西大街社区内原本老旧的居民楼道装扮一新。',
      '据悉，沧浪街道政协工委以“党建引领，网格落位”为思路，创新建立“1234”基层协商体系。',
    ];
    // (Whatever the page's other evidence says of a bare town committee: here its publisher, 江南时报, read as 南宁's 江南区.)
    const home = [{ code: '450105', what: '江南 (publisher)', rank: 2 }];
    const seg = segmentArticle(paragraphs, null, actorReader(isPlace, home, paragraphs.join('\n')), [/^\d{1,2}月\d{1,2}日/]);
    expect(seg.sections).toHaveLength(1);
  });

  it('makes a lead in which a committee heading no section acts its own section (zj-11), and no sign-off a heading (sc-46)', () => {
    const paragraphs = [
      '根据省政协党组和主席会议的部署，今年省政协组织开展了创新案例推荐活动，共收到推荐案例21个。',
      '近日，省政协办公厅印发通知，对这6个案例予以推介。具体名单如下：',
      '湖州市政协：市委书记、市长与政协委员“面对面”协商',
      '金华市政协：探索建立全面推行“一村一委员”工作机制',
      '德清县政协：创新跨届重点提案跟踪追办机制',
    ];
    const seg = segment(paragraphs, '省政协推介6个“创新案例”');
    expect(sections(seg)).toEqual([
      ['single', 0, 1, '省政协'],
      ['committee-heading', 2, 2, '湖州市政协'],
      ['committee-heading', 3, 3, '金华市政协'],
      ['committee-heading', 4, 4, '德清县政协'],
    ]);
    expect(seg.sections[0].title).toBe('省政协推介6个“创新案例”');
    // A lead that only frames the roundup stays the lead.
    const framed = segment(['近年来，各级政协积极探索履职方式。', ...paragraphs.slice(2)], '各地政协创新案例');
    expect(framed.lead).toEqual([0, 0]);
    // A committee's site sign-off under its story is no heading of a section.
    const signed = segment(['2月13日，县政协组织开展专项视察调研暨读书活动。县政协主席吴开财参加活动。', '南江政协 微信公众号'], '县政协组织开展专项视察调研');
    expect(sections(signed)).toEqual([['single', 0, 1, null]]);
  });

  it('keeps photo captions of the committee a label heads as that section\'s lead, not a case of their own (ZZZZZZZZZZZZZZZZZZZZZZX js-460)', () => {
    const paragraphs = [
      '市政协组织四级政协委员视察环保整治地块',
      '市政协主席黄巍东带队开展污染防治攻坚督查',
      '南通市政协',
      '创新民主监督机制 助力污染防治攻坚',
      '近年来，南通市政协创新民主监督机制，强化市县联动，组织四级政协委员围绕污染防治攻坚和长江大保护突出问题整改，持续开展专项监督。',
    ];
    const home = [{ code: '320600', what: 'zgnt.net (site)', rank: 1 }];
    const seg = segmentArticle(paragraphs, '发挥专门协商机构作用 推动政协工作守正创新', actorReader(isPlace, home, paragraphs.join('\n')), [/^\d{1,2}月\d{1,2}日/]);
    expect(sections(seg)).toEqual([['label', 2, 4, '南通市政协']]);
    expect(seg.lead).toEqual([0, 1]);
  });

  it('makes a lead in which a committee acts, over items in which none does, the whole article one case (ZZZZZZZZZZZZZZZI sn-263)', () => {
    const paragraphs = [
      '绥德县疫情发生以来，县政协听从号令，广泛动员，发出倡议。广大政协委员积极响应号召，纷纷开展了大量的捐款捐物奉献爱心活动。',
      '政协常委郭军利捐赠价值3万元的新鲜蔬菜900份',
      '11月16日与11月27日，绥德县政协常委、绥德县同心医院院长郭军利分别为上郡路社区金阳光小区3号楼、4号楼封控居民和龙湾社区捐赠了价值3万元的新鲜蔬菜900份。',
      '“越是紧要关头，越要凝聚同舟共济的力量，我作为一名政协委员，就想着尽己所能为困难群众解决点实际问题。”郭军利介绍说。',
      '政协委员刘治国捐赠价值4万元的沙地红薯500箱',
      '11月27日，绥德县政协委员、陕西绿源生态农业开发有限公司负责人刘治国为全县疫情防控一线工作人员捐赠了沙地红薯500箱。',
      '政协委员丁汝泽捐赠价值3万元的绥德山地苹果500箱',
      '11月27日，绥德县政协委员、绥德县二十四洼种养殖农民专业合作社负责人丁汝泽为全县疫情防控一线工作人员捐赠了山地苹果500箱。',
    ];
    const seg = segment(paragraphs);
    expect(sections(seg)).toEqual([['single', 0, 7, null]]);
    expect(seg.lead).toBeNull();
  });
  it('makes one committee\'s dated items on one quoted topic, its research and then its consultation, one practice (xj-605)', () => {
    const paragraphs = [
      '依托丰富的自然资源,新疆文旅产业厚积薄发,正日益成为新兴的战略性支柱产业。',
      '8月20日至24日,全国政协副主席巴特尔率调研组,就“发展特色优势产业 推动民族地区高质量发展”赴新疆维吾尔自治区开展调研。',
      '9月12日,全国政协民族和宗教委员会在京召开“发展特色优势产业 推动民族地区高质量发展”少数民族界主题协商座谈会。',
    ];
    expect(segment(paragraphs).sections.map((s) => s.layout)).toEqual(['single']);
    // On two topics, two items.
    const two = [paragraphs[0], paragraphs[1], paragraphs[2].replace('发展特色优势产业 推动民族地区高质量发展', '铸牢中华民族共同体意识')];
    expect(segment(two).sections.map((s) => s.layout)).toEqual(['item', 'item']);
  });
});
