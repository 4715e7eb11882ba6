import { describe, expect, it } from 'vitest';
import {
  attributeRegion,
  attributeSections,
  deepestCommonAncestor,
  type SiblingRegion,
} from '../../../src/pipeline/regions/attribute-region';
import { toRegionRef } from '../../../src/pipeline/regions/gazetteer';
import { homeEvidence } from '../../../src/pipeline/regions/article-context';
import { assignRoles } from '../../../src/pipeline/regions/committee-roles';
import { regionRefSchema } from '../../../src/schemas/case';

const sibling = (code: string, span: string): SiblingRegion => ({
  committee: span,
  region: toRegionRef(code)!,
  kind: 'explicit',
  span,
});
const HEBEI_SIBLINGS = [sibling('130100', '石家庄市政协'), sibling('130800', '承德市政协'), sibling('130300', '秦皇岛市政协')];

describe('deepestCommonAncestor', () => {
  it('gives the deepest shared division', () => {
    expect(deepestCommonAncestor(['330303', '330324', '330327'])).toBe('330300');
    expect(deepestCommonAncestor(['110102', '110112'])).toBe('110000');
    expect(deepestCommonAncestor(['130682', '130181'])).toBe('130000');
    expect(deepestCommonAncestor(['110102', '110102'])).toBe('110102');
    expect(deepestCommonAncestor(['110112', '320612'])).toBeNull();
    expect(deepestCommonAncestor([])).toBeNull();
  });
});

describe('attributeRegion: the committee a section is about', () => {
  it('takes the heading committee; 区政协 in a 西城 section is that committee (municipality district)', () => {
    const r = attributeRegion({
      heading: ['西城区政协：', '打造协商议政“西城实践”'],
      body: '“目前，我们正围绕数字经济发展等重点议题开展协商。”北京市西城区政协有关工作负责人介绍，区政协深刻把握专门协商机构丰富内涵。\n每年至少确定5项重点议题，以协商报告等形式报送区委。',
      siblings: [],
      single: false,
    });
    expect(r).toEqual({
      committee: '西城区政协',
      level: 'county',
      region: { code: '110102', name: '西城区', province: '北京市', city: null, county: '西城区' },
      attribution: {
        kind: 'explicit',
        span: '西城区政协',
        note: 'committee named in the section heading; 区政协 in the text refer to it',
        basis: 'heading',
        homonym: false,
        shortForm: false,
      },
    });
    expect(regionRefSchema.parse(r.region)).toEqual(r.region);
  });

  it('reads a meeting of 全区政协 on a page that names the autonomous region\'s committee as the region\'s, not the venue district\'s (gx-1214)', () => {
    const heading = ['全区政协推动政协协商与基层协商有效衔接工作会议在宜州召开'];
    const body = '12月11日，全区政协推动政协协商与基层协商有效衔接工作会议在河池市宜州区召开。自治区政协副主席磨长英出席并讲话。';
    const r = attributeRegion({ heading, body, siblings: [], single: true });
    expect(r.region?.code).toBe('450000');
    // (A district's own page, naming no region's committee, keeps its 全区政协 the district's.)
    const district = attributeRegion({ heading: ['全区政协系统工作推进会召开'], body: '近日，全区政协系统工作推进会在宜州区召开。区政协主席出席。', siblings: [], single: true });
    expect(district.region?.code).toBe('451203');
  });

  it('places a bare 省政协 by two county short names that only one county each holds, both in one province (zj-145)', () => {
    const body = '7月3-4日，省政协农业和农村委副主任王慧琳一行，到庆开展专题调研，并召开座谈会。\n王慧琳一行实地走访庆元-长兴山海协作点——县实验小学长庆楼，了解该校校园文化建设。';
    expect(attributeRegion({ heading: [], body, siblings: [], single: true }).region.code).toBe('330000');
    // (One such name alone, which may be a word's two characters, places nothing.)
    const one = '7月3日，省政协农业和农村委副主任王慧琳一行，走访庆元山海协作点，了解该校校园文化建设。';
    expect(attributeRegion({ heading: [], body: one, siblings: [], single: true }).region.code).toBeNull();
  });

  it('does not let a cited county committee win over 秦皇岛市政协 (no heading)', () => {
    const r = attributeRegion({
      heading: [],
      body: '秦皇岛市政协充分发挥专门协商机构作用，为推动全市经济社会高质量发展作出新贡献。\n充分发挥市政协党组把方向、管大局、保落实的领导核心作用。将全部党员委员编入15个临时党支部。积极探索新方法，推广卢龙县政协抓党建和委员管理、山海关区政协建设政协委员工作室经验。',
      siblings: HEBEI_SIBLINGS,
    });
    expect(r.committee).toBe('秦皇岛市政协');
    expect(r.level).toBe('city');
    expect(r.region.code).toBe('130300');
    expect(r.attribution.kind).toBe('explicit');
    expect(r.attribution.note).toContain('not counted: 卢龙县政协（推广）、山海关区政协（推广）');
  });

  it('keeps the committee that opens the section when its own people attend its act (fj-45)', () => {
    const r = attributeRegion({
      heading: [],
      body: '根据2016年泉州市政协常委会工作安排,为了让驻晋泉州市政协委员更好履职,昨日,晋江市政协组织泉州市政协委员晋江小组赴安溪县开展异地视察活动。\n晋江市政协领导周伯恭、林仁达,晋江市领导庄天怀等参加活动。',
      siblings: [],
    });
    expect(r.region.code).toBe('350582');
  });

  it('does not attribute a section to a committee it only cites', () => {
    const r = attributeRegion({
      heading: [],
      body: '积极探索新方法，推广卢龙县政协抓党建和委员管理经验。每年组织4次季度协商座谈会。',
      siblings: HEBEI_SIBLINGS,
    });
    expect(r.region.code).not.toBe('130324');
    expect(r.attribution.kind).toBe('inferred');
    expect(r.region.code).toBe('130000');
  });

  it('keeps a partner (与省政协同心携手) and collectives (市县两级政协) from winning', () => {
    const chengde = attributeRegion({
      heading: [],
      body: '承德市政协坚持以习近平新时代中国特色社会主义思想引领航向。\n聚焦协同发展和脱贫攻坚，推出“四引四帮”主题实践活动，与省政协同心携手助力脱贫攻坚。创办承德政协大讲堂，提升委员素质能力。',
      siblings: HEBEI_SIBLINGS,
    });
    expect(chengde).toMatchObject({ committee: '承德市政协', level: 'city', region: { code: '130800' } });
    expect(chengde.attribution.note).toContain('省政协（与）');

    const handan = attributeRegion({
      heading: [],
      body: '自换届以来，邯郸市政协围绕中心、服务大局。\n探索市县联动监督。市县两级政协联合进行农村厕所、污水处理、垃圾处置专项监督。借鉴全国政协双周协商座谈会的形式，创新推出双月专题议政座谈会。市政协领导班子多次深入联系的重点项目调研走访。',
      siblings: HEBEI_SIBLINGS,
    });
    expect(handan).toMatchObject({ committee: '邯郸市政协', level: 'city', region: { code: '130400' }, attribution: { kind: 'explicit' } });
  });

  it('puts a county-level city under its prefecture, at county level (定州)', () => {
    const r = attributeRegion({
      heading: ['定州市政协 切实履行行政职能 积极助推高质量发展'],
      body: '定州市政协紧紧围绕省委对定州提出的要求和市委确定的任务目标，认真履行职能。',
      siblings: HEBEI_SIBLINGS,
    });
    expect(r).toMatchObject({
      committee: '定州市政协',
      level: 'county',
      region: { code: '130682', name: '定州市', province: '河北省', city: '保定市', county: '定州市' },
    });
  });

  it('attributes the national committee', () => {
    const r = attributeRegion({
      heading: [],
      body: '全国政协召开双周协商座谈会，围绕“推进基层协商民主建设”建言献策。',
      single: true,
    });
    expect(r).toMatchObject({
      committee: '全国政协',
      level: 'national',
      region: { code: null, province: null },
      attribution: { kind: 'explicit', span: '全国政协' },
    });
  });
});

describe('attributeRegion: a committee the headline names that the text only visits (jl-19)', () => {
  it('leaves the case to the one that acts: 省政协主席…来到双辽市…走进双辽市政协机关 under 江泽林走进双辽市政协机关…', () => {
    const body = '9月27日至28日，省政协主席江泽林来到双辽市，围绕“十四五”规划编制工作进行调研。\n江泽林一行走进双辽市政协机关，亲切看望政协机关干部，详细了解基层政协工作情况。';
    const article = { body, title: '提高履职质量 积极担当作为', subtitle: '江泽林走进双辽市政协机关了解基层政协工作情况' };
    expect(attributeRegion({ heading: [], body, article, single: true }).region.code).toBe('220000');
  });
});

describe('attributeRegion: the account a repost is signed with in its headline (fj-1069)', () => {
  it('leaves the case to the committee the text shows acting: 华人号：福建政协“…？” over 莆田市仙游县政协组织开展…', () => {
    const body = '近日，莆田市仙游县政协组织开展2024年为民办实事项目专项民主监督活动，围绕12大项33个为民办实事项目以协商式监督的形式，查找难点堵点。县政协副主席傅俊忠主持活动。';
    const article = { body, title: '华人号：福建政协“项目完成了吗？什么时候能投用？”“群众满意度如何？”“在长效运行方面有哪些探索？”……' };
    const r = attributeRegion({ heading: [], body, article, single: true });
    expect(r.region.code).toBe('350322');
    expect(r.committee).toBe('莆田市仙游县政协');
  });
});

describe('attributeRegion: the members a headline names by their place\'s short name (qh-325, yn-797)', () => {
  it('gives the case to their committee, not to a member\'s post the text names: 青海政协委员建言… over 玉树市政协副主席…', () => {
    const body = '1月16日，在青海省两会上，委员们围绕冬虫夏草资源保护建言。玉树市政协副主席扎西说，要建立休挖期。';
    const r = attributeRegion({ heading: [], body, article: { body, title: '建立“休挖期”与“保护基地” 青海政协委员建言保护“软黄金”' }, single: true });
    expect(r.region.code).toBe('630000');
    // (Members living elsewhere are not their home's body: no case goes to 内蒙古 by the headline.)
    const away = attributeRegion({ heading: [], body, article: { body, title: '9名住澳门内蒙古政协委员建言保护“软黄金”' }, single: true });
    expect(away.region.code).toBe('632701');
  });
});

describe('attributeRegion: the member a headline names with his proposal (bj-1036)', () => {
  it('gives the case to his committee, not to the place of the dateline: 全国政协委员吉平建议… over 人民政协网北京…电', () => {
    const body = '人民政协网北京3月9日电 内蒙古西辽河流域位于辽河上游，是我国重要的粮食生产区。近年来，水生态问题异常突出。';
    const r = attributeRegion({ heading: [], body, article: { body, title: '全国政协委员吉平建议：西辽河应进行“量水而行”试点' }, single: true });
    expect(r.committee).toBe('全国政协');
    expect(r.attribution.basis).toBe('national');
  });
});

describe('attributeRegion: a bare 市政协 beside its counties\' committees (hn-739, hn-381)', () => {
  it('is the city its counties\' committees, named in full, lie in', () => {
    const body = '3月17日，市政协召开全市政协文教卫体委员会工作会议。市政协副主席李平，各县市区政协、屈原管理区政协联络工委分管文教卫体委员会副主席参加了会议。';
    const r = attributeRegion({ heading: [], body, article: { body }, single: true });
    expect(r.region.code).toBe('430600');
    expect(r.attribution.basis).toBe('text');
    // (Not counties of two cities, nor one the committee goes to: a study trip's host.)
    const two = body.replace('屈原管理区政协', '屈原管理区政协、汝城县政协');
    expect(attributeRegion({ heading: [], body: two, article: { body: two }, single: true }).region.code).toBeNull();
    const trip = '3月17日，市政协主席一行赴汝城县考察学习园区建设。汝城县政协主席邱文辉陪同考察。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true }).region.code).toBeNull();
  });
});

describe('attributeRegion: what a bare committee can be (gx-46, cq-41)', () => {
  it('never reads a bare 市政协 as a 州’s committee, and takes the page’s masthead instead', () => {
    const body =
      '南宁云-南宁日报贵阳专电（特派记者胡明峰）9月3日、4日，协商会议在贵阳召开，市政协主席、党组书记杜伟率我市代表团出席会议。会议增加了红河哈尼族彝族自治州政协成为参会单位。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('450100');
  });

  it('gives a section that names no committee and no place to the committee the page names as its own (ZZZZZZZZZZZZZZZZZZZZZP cq-426)', () => {
    const body = '12月3日上午，杨家坪街道委员工作站组织开展了“落实河长制·三级大巡河”履职活动。部分区政协委员，机关、社区干部，志愿者等共100余人，由建设码头出发。';
    const home = homeEvidence({ body, furniture: ['政协重庆市九龙坡区委员会'] });
    const r = attributeRegion({ heading: [], body, article: { body, home } });
    expect(r.region.code).toBe('500107');
    expect(r.attribution.basis).toBe('page-home');
    // (…or, for a town's or street's members' unit, the county whose own site the address spells (sd-724:
    // `大坞镇政协委员联络室` on tengzhou.gov.cn); a city's, or a section with no such unit, is not enough.)
    expect(attributeRegion({ heading: [], body, article: { body, home: [{ code: '500107', what: '九龙坡 (site address)', rank: 2 }] } }).region.code).toBe('500107');
    expect(attributeRegion({ heading: [], body, article: { body, home: [{ code: '500100', what: 'cq (site address)', rank: 2 }] } }).region.code).toBeNull();
    const unit = '6月12日，大坞镇政协委员联络室召开“移风易俗”专题协商会，镇党委副书记主持会议。';
    expect(attributeRegion({ heading: [], body: unit, article: { body: unit, home: [{ code: '370481', what: 'tengzhou (site address)', rank: 2 }] } }).region.code).toBe('370481');
    const meeting = '6月12日，大坞镇召开“移风易俗”专题协商会，镇党委副书记主持会议，住镇政协委员参加。';
    expect(attributeRegion({ heading: [], body: meeting, article: { body: meeting, home: [{ code: '370481', what: 'tengzhou (site address)', rank: 2 }] } }).region.code).toBeNull();
  });

  it('reads a bare 省政协 leading a delegation of a province to another as that province’s (hn-36)', () => {
    const body = '2023年8月30日至9月5日，省政协主席毛万春率湖南省党政代表团在西藏自治区考察对口援藏工作。';
    const siblings = [{ committee: '长沙市政协', level: 'city' as const, region: toRegionRef('430100')!, kind: 'explicit' as const, span: '长沙市政协' }];
    // The page is at home in 西藏 (中国西藏网, 贡嘎县 named throughout): weaker than the sentence.
    const home = [{ code: '540000', what: '贡嘎县 (the text)', rank: 6 }];
    expect(attributeRegion({ heading: [], body, siblings, article: { body, home } }).region.code).toBe('430000');
  });

  it('reads a bare 市政协 on a county’s site that writes its own as 县政协 as the 市 above it (js-16)', () => {
    const body =
      '3月12日至13日，市政协副主席杨展里、陈宋义率领各县（市、区）文教卫体部门负责人来海，就全市文教卫体工作进行交流。朱春主席介绍了海安县政协推进文化海安建设的情况。自去年起，县政协把“文化海安”建设作为工作主题之一。杨展里要求，市政协文教卫体委员会加强民本意识。';
    const url = 'http://zx.haian.gov.cn/zx/xzdt/20130314/49347b0c.html';
    expect(attributeRegion({ heading: [], body, article: { body, url } }).region.code).toBe('320600');
  });

  it('reads a bare 市政协 on a page that counts its counties together as their prefecture’s, not a county-level 市 among them (gx-593)', () => {
    const body =
      '按照市政协2011年工作计划的安排，今天在这里召开全市政协系统宣传文史工作座谈会。今年，市政协继续把新闻信息工作作为反映社情民意，认真履行政协职能的一项重要工作来抓。各县（市、区）具体采用数为：北流政协采用11篇；容县政协17篇；陆川政协8篇；博白政协13篇；兴业政协9篇。容县政协、博白县政协、北流市政协的新闻信息工作处于相对领先位置。工作中，市政协网络发挥了重要阵地作用。市政协网站开通两年多来，成为政协宣传工作的重要窗口。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true }).region.code).toBe('450900');
    // (Without the counties spoken of together, the one county-level 市 named may still be the bare one's.)
    const plain = body.replace('各县（市、区）具体采用数为', '具体采用数为');
    expect(attributeRegion({ heading: [], body: plain, article: { body: plain }, single: true }).region.code).toBe('450981');
  });

  it('reads a partner’s place (携手四川资阳市) as no home of the page', () => {
    const body = '6月19日，市政协主席唐方裕在大足调研。大足区正在携手四川资阳市打造文旅融合发展示范区。';
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('512000');
    // Cue words are read with 政协 blanked: 川渝政协助推 holds no 协助.
    expect(assignRoles('会议听取川渝政协助推濑溪河流域保护情况和泸州市政协、大足区政协联合协商情况汇报。').map((m) => m.role)).not.toContain('partner');
  });

  it('reads a grassroots partner (联合…社区) as somewhere on the committee’s own ground, but not one it helps (nx-74)', () => {
    const body =
      '12月22日，自治区政协机关第一、三、六、八党支部联合银川市兴庆区解放西路文艺社区开展“冬至包饺子送温暖”活动。文艺社区是自治区政协机关结对共建社区。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('640104');
    const helps = '县政协联合毕节市七星关区柏杨林街道开展东西部协作帮扶活动。';
    expect(homeEvidence({ body: helps }).map((e) => e.code)).not.toContain('520502');
  });
});

describe('homeEvidence: a slogan for the writer\'s own place (gs-08)', () => {
  it('reads a county\'s short name after 大美 (奋力建设大美两当) as home', () => {
    const body = '县政协主席宋国南一行赴西坡镇调研。他强调，要广泛凝聚各方智慧力量，奋力建设大美两当。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('621228');
  });

  it('reads a county\'s short name after 推动 (推动遂平文化艺术事业发展) as home (ha-559)', () => {
    const body = '3月14日，县政协举行书画笔会启动仪式。万传琴希望书画家们继续关心和支持政协工作，推动遂平文化艺术事业发展与繁荣。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('411728');
    expect(homeEvidence({ body: body.replace('推动遂平', '让遂平') }).map((e) => e.code)).not.toContain('411728');
  });
});

describe('homeEvidence: a shared name right after its parent (sd-08)', () => {
  it('reads 市中区 after 枣庄市 in a title as 枣庄\'s, where alone it is four places', () => {
    expect(homeEvidence({ title: '山东枣庄市市中区台侨界政协委员积极参政议政' }).map((e) => e.code)).toContain('370402');
    expect(homeEvidence({ title: '市中区台侨界政协委员积极参政议政' }).map((e) => e.code)).not.toContain('370402');
  });
});

describe('attributeRegion: a bare 区政协 on a study trip (sh-99)', () => {
  it('is not the committee of a district it goes to study, named only in passing there', () => {
    const body =
      '为进一步助力奉贤政协示范点建设，8月16日-18日，区政协副主席邵惠娟带队部分委员赴浙江省绍兴市诸暨市、杭州市富阳区考察学习基层协商的先进经验。 富阳区 富阳区政协持续深入推进“民生议事堂”建设。此次考察团先后实地考察了东洲街道民生议事堂。考察团认为，富阳区政协鼓励支持基层单位和政协委员开展基层协商。';
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).not.toBe('330111');
  });
});

describe('attributeRegion: committees only named in titles, none acting (ZZZZZZZZZZZZZZZZZZZZ sc-384)', () => {
  const body = '会议学习了《广安市政协信息宣传工作目标任务及考核办法》《前锋区政协信息宣传工作目标任务及考核办法（试行）》，通报了《关于表扬2022年广安市政协优秀信息的通报》。会议强调要讲好前锋故事、讲好政协故事。';
  it('takes the one the page strongly says is its own, over one named more often', () => {
    expect(attributeRegion({ heading: [], body, article: { body, url: 'https://qfqzx.gov.cn/jiguanjianshe/446.html' } }).region.code).toBe('511603');
    // (With nothing strong to say whose page it is, the one named most.)
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('511600');
  });
});

describe('attributeRegion: a bare 市政协 on a county-level city\'s page (hb-04)', () => {
  it('is the page\'s own 市, not the prefecture above it that the text names in full', () => {
    const body =
      '宜都融媒讯 今天(11月8日)下午,市政协九届一次会议召开主席团常务主席会议。市委书记谭建国出席。\n谭建国指出,要精心组织好大会选举,确保按照宜昌市委批准的方案,把政协领导班子选好。';
    const article = { body, place: '宜都' };
    expect(attributeRegion({ heading: [], body, article }).region.code).toBe('420581');
    // (With nothing to say where the page is at home, the prefecture it names is the one place.)
    expect(attributeRegion({ heading: [], body: body.replace('宜都融媒讯 ', ''), article: { body: body.replace('宜都融媒讯 ', '') } }).region.code).toBe('420500');
  });

  it('is the page\'s own 市 where the page says so twice, however weakly (ZZZZZZZZZZZZZZZZZZZX fj-382)', () => {
    // (Its relaying verb lost to mojibake, the list of plenums is no relay: 泉州市 is the one place named.)
    const body = '8日，第八届市政协常委会第九次会议召开。会上书面鬟_省委十一届四次全会、泉州市委十三届五次全会、石狮市委八届五次全会精神，审议通过有关人事事项。';
    const url = 'http://www.lvtaikj.com/shishi/news/2862954.html';
    expect(attributeRegion({ heading: [], body, article: { body, url } }).region.code).toBe('350581');
    // (Said once, by the text alone, the prefecture named in full stays the one place.)
    expect(attributeRegion({ heading: [], body, article: { body } }).region.code).toBe('350500');
  });
});

describe('attributeRegion: a bare 市政协 whose sibling sections are all one city (ZZZC sx-06, nm-05)', () => {
  it('is that city; among several cities it is only their province', () => {
    const body = '3月25日下午，市政协举行提案、信息、文史工作表彰暨首发式。';
    const lvliang = [sibling('141100', '政协第二届吕梁市委员会'), sibling('141100', '政协第二届吕梁市委员会')];
    expect(attributeRegion({ heading: [], body, siblings: lvliang }).region.code).toBe('141100');
    const peers = [sibling('141100', '吕梁市政协'), sibling('140100', '太原市政协')];
    expect(attributeRegion({ heading: [], body, siblings: peers }).region.code).toBe('140000');
  });
});

describe('attributeRegion: a provincial committee going to a city named like its province (ZZZH jl-25)', () => {
  it('goes to the city 吉林, so the 吉林省政协 the text names is still its own', () => {
    const body = [
      '6月12日下午，吉林省政协主席江泽林主持召开省政协十二届四次主席会议。',
      '会议审议通过《关于我省河长制实施情况的监督性视察报告》（审议稿）。',
      '按照吉林省政协2018年协商计划安排，省政协组织政协委员和专家，到白山等地就我省冰雪产业发展现状开展调研。',
      '近日，省政协组成视察组先后赴延边、吉林等地就图们江、松花江重点流域河长制实施情况开展监督性视察。',
    ].join('\n');
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ committee: '吉林省政协', region: { code: '220000' } });
  });
});

describe('attributeRegion: a bare 市政协 whose members\' group is named after a county (hn-56, ZZZG js-17)', () => {
  it('is the 市 above that county, whatever the page\'s own place', () => {
    const body = '4月27日至28日，市政协副主席傅绍平率汉寿活动组委员赴安乡开展异地视察。\n市政协汉寿活动组委员先后来到安乡县黄山头镇等地。';
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '430700' } });
    const haian = '10月26日上午，市政协海安联系小组专门召开了协商座谈会。县政协主席李春旺参加活动。';
    const url = 'http://zx.haian.gov.cn/zx/xzdt/20171030/x.html';
    expect(attributeRegion({ heading: [], body: haian, article: { body: haian, url } })).toMatchObject({ region: { code: '320600' } });
  });
});

describe('attributeRegion: towns of one county (js-61)', () => {
  it('settles a bare 市政协 by two towns one county has, where one town alone named in passing would not', () => {
    const body = '5月3日，市政协副主席丁永明赴周庄、荻垛两乡镇开展“三走访三促进”活动，走访当地政协工委和一线委员。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('321281');
    expect(homeEvidence({ body: '5月3日，市政协副主席丁永明在荻垛镇开展活动。' }).map((e) => e.code)).toEqual([]);
    // (…but one gone to, a name no other county has, does: he-597's 到神头乡.)
    expect(homeEvidence({ body: '5月3日，市政协副主席丁永明赴荻垛镇开展活动。' }).map((e) => e.code)).toContain('321281');
  });
});

describe('attributeRegion: 永定区, a full name two provinces\' counties share (hn-78)', () => {
  it('places a bare 区政协 in the one of the page\'s province', () => {
    const body =
      '近日，永定区与武陵源区联合开展联合巡河活动。\n前不久，委员田贵学发现永定区辖区内有一些河流是跨区域的。此微建议通过政协云提交给区政协后，区政协按照有关程序转交区水利局办理。';
    expect(homeEvidence({ body }).map((e) => e.code)).toContain('430802');
    expect(homeEvidence({ body }).map((e) => e.code)).not.toContain('350803');
  });
});

describe('attributeRegion: 通州区, a name two provinces share', () => {
  const tongzhou = {
    heading: ['通州区政协：', '切实加强凝聚共识载体建设'],
    body: '以学习促履职，这是通州区政协创新推出城市副中心讲堂的初衷，也是区政协加强凝聚共识载体建设的具体实践。',
  };

  it('is Beijing\'s when the sibling sections are Beijing districts', () => {
    const r = attributeRegion({
      ...tongzhou,
      siblings: [sibling('110102', '西城区政协'), sibling('110108', '海淀区政协'), sibling('110119', '延庆区政协')],
    });
    expect(r.region).toEqual({ code: '110112', name: '通州区', province: '北京市', city: null, county: '通州区' });
    expect(r.level).toBe('county');
    expect(r.attribution.kind).toBe('inferred');
    expect(r.attribution.note).toContain('通州区 fits 2 divisions (110112 北京市通州区, 320612 江苏省南通市通州区), decided by the sibling sections');
  });

  it('is Beijing\'s when the article is datelined 北京', () => {
    const r = attributeRegion({ ...tongzhou, article: { place: '北京', publisher: '人民政协网' }, single: false });
    expect(r.region.code).toBe('110112');
    expect(r.attribution.note).toContain('decided by the article (北京 (dateline))');
  });

  it('is 南通\'s when the sibling sections are in 南通市', () => {
    const r = attributeRegion({
      ...tongzhou,
      siblings: [sibling('320613', '崇川区政协'), sibling('320614', '海门区政协')],
    });
    expect(r.region).toEqual({ code: '320612', name: '通州区', province: '江苏省', city: '南通市', county: '通州区' });
    expect(r.attribution.kind).toBe('inferred');
  });

  it('is explicit when the section itself says 北京市通州区', () => {
    const r = attributeRegion({
      heading: tongzhou.heading,
      body: '2020年3月18日上午，北京市通州区政协推出第一期城市副中心讲堂。' + tongzhou.body,
      siblings: [sibling('320613', '崇川区政协')],
    });
    expect(r.region.code).toBe('110112');
    expect(r.attribution.kind).toBe('explicit');
  });

  it('stays unknown when nothing decides', () => {
    const r = attributeRegion({ ...tongzhou, single: false });
    expect(r).toMatchObject({
      committee: '通州区政协',
      level: 'county',
      region: { code: null, name: null, province: null, city: null, county: null },
      attribution: { kind: 'unknown', span: '通州区政协' },
    });
    expect(r.attribution.note).toContain('110112 北京市通州区, 320612 江苏省南通市通州区');
  });
});

describe('attributeSections: a 温州 roundup whose sections mostly name no place', () => {
  const sections = [
    {
      heading: ['优化履职环境 强化责任担当'],
      body: '一、强化委员学习先导作用。相继组织委员到湖南大学、苏州大学等院校进行集中培训。每季度举办一场“政协讲坛”，相继就朔门古港遗址保护等内容作深入探讨。每月举办一次“微论坛”活动，围绕区委、区政府重大决策部署开展学习研讨。',
    },
    {
      heading: ['增强党建“三力” 促履职提质增效'],
      body: '一、“责任链”同构筑牢品牌底色。同步组建“政先锋·协同行”同心向党党建工作品牌建设工作专班。\n三、“创新链”同构描绘品牌成色。打造“书香政协·悦学龙湾”学习品牌，建立党组引领学等“六学联动”制度体系。今年区政协党组专题研究确立。',
    },
    {
      heading: ['架起“连心桥” 共绘“同心圆”'],
      body: '二、坚持高位聚能，积极展现永嘉政协“新形象”。横向联动县委宣传部、县融媒体中心打造宣传矩阵。\n三、制定出台《永嘉县政协系统信息工作采用通报制度》，实行季度统计、半年通报、年度排名。',
    },
    {
      heading: ['委员下沉“接地气” 服务群众“零距离”'],
      body: '一、出台《政协平阳县委员会委员工作室建设运行工作规则》，明确界别活动组“一月一主题”开展委员活动。',
    },
    {
      heading: ['聚委员之力 助强城行动'],
      body: '二、聚焦发展定位组织委员开展专题调研，推动编制《泰顺县飞云湖水源地保护和产业发展规划》。\n三、规划实施“同心向党·廊桥先锋”党建工作品牌。',
    },
    {
      heading: ['以文铸魂聚人心 以史资政促发展'],
      body: '一、苍南县政协党组会议就文史工作报告的可行性进行了专题研究。\n二、组建县政协文史资料库，定期在“苍南政协”微信公众号推出文史资料精品选辑。',
    },
  ];
  const results = attributeSections(sections);

  it('names the place where a section names its committee; a place named with no committee is only inferred', () => {
    expect(results.slice(2).map((r) => [r.committee, r.region.code, r.level, r.attribution.kind])).toEqual([
      ['永嘉政协', '330324', 'county', 'explicit'],
      ['政协平阳县委员会', '330326', 'county', 'explicit'],
      ['', '330329', 'county', 'inferred'],
      ['苍南县政协', '330327', 'county', 'explicit'],
    ]);
    expect(results[2].attribution.note).toContain('named by its short form (永嘉)');
    expect(results[5].attribution.span).toBe('苍南县政协党组');
  });

  it('takes a place named outside a committee mention, with lower confidence', () => {
    expect(results[1]).toMatchObject({
      committee: '区政协',
      level: 'county',
      region: { code: '330303', name: '龙湾区', province: '浙江省', city: '温州市', county: '龙湾区' },
      attribution: { kind: 'explicit', span: '书香政协·悦学龙湾' },
    });
    expect(results[1].attribution.note).toContain('lower confidence');
    expect(results[4].attribution.span).toBe('《泰顺县飞云湖水源地保护和产业发展规划》');
  });

  it('gives a section with no place the deepest region its siblings share, as inferred', () => {
    expect(results[0]).toEqual({
      committee: '',
      level: 'county',
      region: { code: '330300', name: '温州市', province: '浙江省', city: '温州市', county: null },
      attribution: {
        kind: 'inferred',
        span: '永嘉政协；政协平阳县委员会；苍南县政协党组',
        note: 'no committee named; 3 sibling sections all lie in 浙江省温州市; the region is the best known ancestor',
        basis: 'siblings',
        homonym: false,
        shortForm: false,
      },
    });
  });
});

describe('attributeRegion: one-committee articles', () => {
  it('金昌: the party group\'s author line names the 金昌市 committee', () => {
    const r = attributeRegion({
      heading: [],
      body: '立足新时代新征程，金昌市各级政协组织要把学习贯彻《条例》作为重要政治任务。\n坚持以市政协党组理论学习中心组学习为引领。严格落实市委领导下的政治协商工作机制，市政协先后制定了党组议事工作规则。',
      article: {
        title: '贯彻落实《中国共产党政治协商工作条例》 着力提升政协履职质量',
        author: '中共政协金昌市委员会党组',
        publisher: '民主协商新闻网',
      },
    });
    expect(r).toEqual({
      committee: '政协金昌市委员会',
      level: 'city',
      region: { code: '620300', name: '金昌市', province: '甘肃省', city: '金昌市', county: null },
      attribution: {
        kind: 'explicit',
        span: '中共政协金昌市委员会党组',
        note: "committee named in the article's author line; 市政协党组、市政协 in the text refer to it",
        basis: 'article-title',
        homonym: false,
        shortForm: false,
      },
    });
  });

  it('金昌: the same from a label line', () => {
    const r = attributeRegion({ heading: ['中共政协金昌市委员会党组'], body: '市政协年度协商计划报市委常委会议确定。', siblings: [], single: false });
    expect(r).toMatchObject({ level: 'city', region: { code: '620300' }, attribution: { kind: 'explicit' } });
  });

  it('湖北: 湖北省政协 in the title, 省政协 throughout; 武汉市政协 quoted does not win', () => {
    const r = attributeRegion({
      heading: [],
      body: '2022年2月初，省政协召开专题会议，逐项梳理6大类、66条“回头看”清单。\n“‘回头看’也是对专门协商机构制度化建设的一次集中助力。”武汉市政协主席杨智说，“省政协主席孙伟带队到武汉调研检查后，指出了区级政协存在的问题。我们印发了《政协武汉市委员会协商工作规则》等制度文件。”\n省政协机关研究制定了加强规范化建设工作方案。',
      article: { title: '规范化建设提升“专”的水平 湖北省政协加强制度化建设促进协商民主规范化、程序化发展' },
    });
    expect(r).toMatchObject({
      committee: '湖北省政协',
      level: 'province',
      region: { code: '420000', name: '湖北省', province: '湖北省', city: null, county: null },
      attribution: { kind: 'explicit', span: '湖北省政协' },
    });
  });

  it('湖北: only 省政协 in the text, 湖北 in the title -> inferred province', () => {
    const r = attributeRegion({
      heading: [],
      body: '省政协党组成员带队组成5个调研组，分赴17个市州集中开展“回头看”调研。省政协党组专题会议听取各调研组调研情况汇报。',
      article: { title: '湖北：以制度建设加强和改进市县政协工作' },
    });
    expect(r).toMatchObject({
      committee: '省政协',
      level: 'province',
      region: { code: '420000', province: '湖北省' },
      attribution: { kind: 'inferred', span: '湖北 (title)' },
    });
  });

  it('names nothing and has no context: unknown, all null', () => {
    const r = attributeRegion({ heading: [], body: '坚持党的领导，加强思想政治引领，广泛凝聚共识。' });
    expect(r).toEqual({
      committee: '',
      level: null,
      region: { code: null, name: null, province: null, city: null, county: null },
      attribution: { kind: 'unknown', span: null, note: 'no committee named; nothing in the article supports a place', basis: 'unknown', homonym: false, shortForm: false },
    });
  });
});

describe('attributeRegion: 张家口 and its 12345 hotline', () => {
  const body =
    '在强化委员管理中汇聚合力。创建10个政协委员工作室，搭建委员履职新平台。委员履职考核管理系统中的社情民意信息版块与张家口12345市长热线平台进行对接融合。举办市政协大型救助活动8次。';

  it('takes 张家口 from the hotline when it is the one place named inside the siblings\' province', () => {
    const r = attributeRegion({ heading: [], body, siblings: HEBEI_SIBLINGS });
    expect(r).toMatchObject({
      committee: '市政协',
      level: 'city',
      region: { code: '130700', name: '张家口市' },
      attribution: { kind: 'explicit', span: '张家口' },
    });
    expect(r.attribution.note).toContain('but not as a committee');
  });

  it('does not trust the short name with no frame to check it against', () => {
    const r = attributeRegion({ heading: [], body, single: false });
    expect(r).toMatchObject({ committee: '市政协', level: 'city', region: { code: null }, attribution: { kind: 'unknown' } });
  });

  it('keeps the heading committee and ignores the hotline', () => {
    const r = attributeRegion({ heading: ['张家口市政协 围绕建言资政凝聚共识双向发力'], body, siblings: HEBEI_SIBLINGS });
    expect(r).toMatchObject({ committee: '张家口市政协', region: { code: '130700' }, attribution: { span: '张家口市政协' } });
  });
});

describe('attributeRegion: other provinces (invented sections in committee-news style)', () => {
  it('成都市武侯区政协 in a 成都 roundup', () => {
    const article = {
      title: '协商于民 协商为民——成都市区（市）县政协基层协商工作掠影',
      publisher: '四川政协网',
      lead: '近年来，成都市各级政协组织把协商平台延伸到镇街、社区。本期选登部分区（市）县政协的实践。',
    };
    const results = attributeSections(
      [
        {
          heading: ['【武侯区政协】', '“有事好商量”议事会开到小区院坝'],
          body: '武侯区政协在全区13个街道建成协商议事会86个。\n区政协还建立“协商成果转化清单”，由区委督查室跟踪督办。',
        },
        {
          heading: ['【崇州市政协】', '“请你来协商”搭起连心桥'],
          body: '崇州市政协每季度举办一期“请你来协商”活动。市政协还开发委员履职管理APP。',
        },
        {
          heading: ['委员工作室建在产业园区'],
          body: '区政协聚焦乡村振兴和产业发展，建成委员工作室12个，组织委员开展“委员接待日”活动。',
        },
      ],
      article,
    );
    expect(results[0]).toMatchObject({
      committee: '武侯区政协',
      level: 'county',
      region: { code: '510107', name: '武侯区', province: '四川省', city: '成都市', county: '武侯区' },
      attribution: { kind: 'explicit', span: '武侯区政协' },
    });
    expect(results[1]).toMatchObject({ level: 'county', region: { code: '510184', city: '成都市' } });
    expect(results[2]).toMatchObject({
      committee: '区政协',
      level: 'county',
      region: { code: '510100', name: '成都市' },
      attribution: { kind: 'inferred', span: '武侯区政协；崇州市政协' },
    });
  });

  it('政协绍兴市上虞区委员会 named in the body only', () => {
    const r = attributeRegion({
      heading: ['打造“请你来协商”升级版'],
      body: '政协绍兴市上虞区委员会围绕群众关切，每两个月举办一期“请你来协商”活动，今年以来已举办6期。区政协还建成委员工作室15个，做到镇街全覆盖。',
      article: { title: '绍兴市政协系统打造基层协商品牌' },
      siblings: [sibling('330681', '诸暨市政协'), sibling('330624', '新昌县政协')],
    });
    expect(r).toMatchObject({
      committee: '政协绍兴市上虞区委员会',
      level: 'county',
      region: { code: '330604', name: '上虞区', province: '浙江省', city: '绍兴市', county: '上虞区' },
      attribution: { kind: 'explicit', span: '政协绍兴市上虞区委员会' },
    });
  });

  it('恩施州政协: an autonomous prefecture by its usual abbreviation', () => {
    const r = attributeRegion({
      heading: ['恩施州政协：', '“协商在一线”开到田间地头'],
      body: '州政协党组坚持把“协商在一线”作为履职重要抓手，今年以来在8个县市开展协商活动46场。恩施市政协、利川市政协同步跟进。',
      siblings: [sibling('420500', '宜昌市政协'), sibling('420100', '武汉市政协')],
    });
    expect(r).toMatchObject({
      committee: '恩施州政协',
      level: 'city',
      region: { code: '422800', name: '恩施土家族苗族自治州', province: '湖北省', city: '恩施土家族苗族自治州', county: null },
      attribution: { kind: 'explicit', span: '恩施州政协' },
    });
    expect(r.attribution.note).toContain('州政协党组 in the text refer to it');
  });

  it('凉山彝族自治州 county: a 自治县 committee under its prefecture', () => {
    const r = attributeRegion({
      heading: [],
      body: '木里藏族自治县政协组织委员深入乡镇开展专题调研，县政协主席会议专题研究乡村振兴协商议题。',
      single: true,
    });
    expect(r).toMatchObject({
      committee: '木里藏族自治县政协',
      level: 'county',
      region: { code: '513422', province: '四川省', city: '凉山彝族自治州', county: '木里藏族自治县' },
      attribution: { kind: 'explicit' },
    });
  });
});

describe('attributeRegion: a title of two committees acting together', () => {
  it('takes the guests, not the one the text makes their host (hn-20)', () => {
    const body =
      '6月9日岳阳、益阳两市政协举行工作交流会在我市南湖宾馆举行。市政协主席徐新楚会见益阳市政协主席黄加忠一行。\n益阳市政协一行高度肯定了我市政协工作的好经验好做法。';
    const r = attributeRegion({ heading: [], body, single: true, article: { title: '岳阳、益阳两市政协举行工作交流会', publisher: '岳阳日报', body } });
    expect(r).toMatchObject({ region: { code: '430900' } });
  });
});

describe('attributeRegion: sibling frames', () => {
  it('lifts a frame above peers: a 西城 and a 海淀 sibling do not make a third 区政协 either; two 西城 siblings do', () => {
    const body = '区政协组织委员开展街巷微协商。';
    const r = attributeRegion({ heading: [], body, siblings: [sibling('110102', '西城区政协'), sibling('110108', '海淀区政协')] });
    expect(r).toMatchObject({ level: 'county', region: { code: '110000', city: null }, attribution: { kind: 'inferred' } });
    // (An article about one committee's several doings: its bare name is that committee; ZZZC sx-06, nm-05.)
    const same = attributeRegion({ heading: [], body, siblings: [sibling('110102', '西城区政协'), sibling('110102', '北京市西城区政协')] });
    expect(same).toMatchObject({ level: 'county', region: { code: '110102' }, attribution: { kind: 'inferred' } });
  });

  it('reads 市政协 in a municipality roundup as the municipal (province-level) committee', () => {
    const r = attributeRegion({
      heading: [],
      body: '市政协召开常委会议，专题协商首都城市副中心建设。',
      siblings: [sibling('110102', '西城区政协'), sibling('110108', '海淀区政协')],
    });
    expect(r).toMatchObject({ level: 'province', region: { code: '110000' }, attribution: { kind: 'inferred' } });
  });

  it('ignores an unknown sibling and uses the rest', () => {
    const r = attributeRegion({
      heading: [],
      body: '县政协组织委员开展视察。',
      siblings: [
        sibling('330324', '永嘉政协'),
        sibling('330326', '政协平阳县委员会'),
        { region: { code: null, name: null, province: null, city: null, county: null }, kind: 'unknown' },
      ],
    });
    expect(r).toMatchObject({ level: 'county', region: { code: '330300' }, attribution: { kind: 'inferred' } });
  });
});

describe('attributeRegion: committees named as often', () => {
  // js-52 (development set): four chairmen meet in 盐城, reported by a 盐城 site.
  const body =
    '10月25日至27日，长三角“三市一区”第七次政协主席联席会议暨“助推民营经济高质量发展”研讨会在盐城举行。\n' +
    '上海普陀区政协主席杭春芳、浙江台州市政协主席叶海燕、安徽黄山市政协副主席吴灵强、江苏盐城市政协副主席潘道津出席会议并作交流研讨。\n' +
    '周斌简要介绍我市经济社会发展情况。盐城认真贯彻落实长三角一体化发展战略。';

  it('the page’s own is the one it is about, not the first named', () => {
    expect(attributeRegion({ heading: [], body, article: { body } })).toMatchObject({ region: { code: '320900' } });
  });

  it('a namesake is settled by where the page is at home, as weak evidence as the places it names (白云区: 广州, not 贵阳; gd-86)', () => {
    const section = '白云区政协常委联合委员工作室到白云火车站开展“百姓提案”专题视察。';
    const body = `${section}\n白云区拥有广州白云国际机场、广州火车站等交通枢纽。`;
    const title = '白云区政协：增强“联”的优势 做好“促”的文章';
    expect(attributeRegion({ heading: [], body: section, article: { body, title }, single: true })).toMatchObject({ region: { code: '440111' } });
    expect(attributeRegion({ heading: [], body: section, article: { body: section, title }, single: true }).region.code).toBeNull();
  });

  it('the party whose trip the article tells outweighs its host’s people chairing and accompanying (gd-54)', () => {
    const trip =
      '3月3日，广东省政协提案委主任陈元胜率队来益阳考察学习提案工作情况。市政协副主席徐德华主持座谈会，市政协副主席黄仲书陪同考察现场。\n' +
      '徐德华对广东省政协考察组来益阳考察学习表示热烈欢迎。市政协副主席邓曙光介绍了益阳市政协提案工作。\n' +
      '市政协提案委汇报了近年来提案办理协商的做法。';
    const url = 'http://yyzx.gov.cn/5495/5498/5543/content_279008.html';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip, url }, single: true })).toMatchObject({ region: { code: '440000' } });
  });

  it('a party travelling to hold a meeting (带队赴京，与…共同召开座谈会) is a visiting party too (nm-22)', () => {
    const body =
      '落实京蒙协作“医疗倍增计划”，北京天坛医院、北京朝阳医院等8家医院与内蒙古7家医院签署合作项目；\n' +
      '落实京蒙协作“农畜产品销售倍增计划”，内蒙古自治区乡村振兴局和北京市支援合作办先后在重庆、北京举办推介会。\n' +
      '为助力京蒙协作，内蒙古自治区政协党组认真谋划思考，向内蒙古自治区党委请示报告相关情况。\n' +
      '2月13日，内蒙古自治区政协党组书记、主席张延昆带队赴京，与北京市政协共同召开“京蒙协作 政协助力”座谈会。\n' +
      '7月，京蒙两地政协人再次聚集一堂。北京市政协党组书记、主席魏小东率团奔赴内蒙古调研，与内蒙古自治区政协签订了工作机制。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '150000' } });
  });

  it('a bare 县政协 is the page’s own, not another county’s committee named only among guests (sd-55)', () => {
    const body =
      '11月28日，由县政协、县委宣传部联合举办的庆祝党的十九大书画邀请展在龙港大厦开展。县政协主席任道胜出席开幕式。\n' +
      '市政协，长清区、商河县政协有关负责同志，济阳籍在外工作的热心人士参加活动。此次展览展出济阳县书画名家作品120余幅。';
    expect(attributeRegion({ heading: [], body, article: { body, title: '县政协举办庆祝党的十九大书画展' }, single: true })).toMatchObject({ region: { code: '370115' } });
  });

  it('a committee the article makes a host is not the one it is about, even on its own site (sc-96)', () => {
    const trip =
      '5月14日，岳池县政协党组副书记、副主席聂长江一行来前锋区政协考察交流。前锋区政协副主席刘昌全全程陪同。\n' +
      '此次考察交流，为两地政协搭建了良好的沟通平台。下一步，前锋区政协将持续深化与周边区县政协的常态联系。';
    const url = 'https://qfqzx.gov.cn/lingdaohuodong/2025-05-16/743.html';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip, url }, single: true })).toMatchObject({ region: { code: '511621' } });
  });

  it('a chairman whose first sentence visits a county committee leads, however often the host is then praised (hb-85, ah-11)', () => {
    const visit =
      '红安网消息 5月29日,市政协党组书记、主席洪再林来红安县调研县政协“协商在一线”试点工作。县政协主席徐鼎荣,县委常委、统战部长张凤珍等县领导介绍了相关情况。\n' +
      '湖北省政协决定今年在全省部分县(市、区)政协开展“协商在一线”试点工作,红安县政协被列为试点县市,也是黄冈市唯一纳入试点的县级政协组织。为扎实推进,县政协召开党组、主席会议研究部署。\n' +
      '洪再林充分肯定红安县政协的工作。';
    expect(attributeRegion({ heading: [], body: visit, article: { body: visit }, single: true })).toMatchObject({ region: { code: '421100' } });
    const tour =
      '本报讯 10月17日上午,市政协主席、市委政法委书记钱界殊走访调研杜集区政协基层协商平台建设、委员作用发挥等工作。市政协秘书长张红玉参加调研。\n' +
      '钱界殊充分肯定杜集区政协在开展协商议事、加强平台建设等方面的工作。他指出,近年来,杜集区政协深入学习宣传贯彻习近平总书记关于加强和改进人民政协工作的重要思想。';
    const url = 'http://epaper.hbnews.net/epaper/hbrb/pc/content/202310/19/content_148308.html';
    expect(attributeRegion({ heading: [], body: tour, article: { body: tour, url }, single: true })).toMatchObject({ region: { code: '340600' } });
  });

  it('a bare 市政协 is never the committee of a place its own sentence goes to; the page\'s home places it (gd-52, ha-28)', () => {
    const title = '市政协副主席李武彪率提案和法制工委赴肇庆学习';
    const body =
      '10月19日,市政协副主席李武彪带领提案和法制工委一行前往肇庆市开展学习交流活动,受到肇庆市政协副主席黄新华等领导热情接待。在座谈会上,肇庆市政协副主席黄新华、副秘书长李中缨分别介绍了当地社会经济发展情况和提案工作经验。李武彪副主席认为,肇庆市在实施珠三角发展纲要后,经济发展潜力大。\n' +
      '市政协副秘书长吴绍森、郑均潮等参加了学习活动。';
    const url = 'https://zszx.zsnews.cn/Article/view/cateid/313/id/68441.html';
    expect(attributeRegion({ heading: [], body, article: { body, title, url }, single: true })).toMatchObject({ region: { code: '442000' } });
    // …and the party that goes to a city whose committee then accompanies it is the visitor, however
    // long the host's hall is described.
    const trip =
      '6月6日上午,市政协主席徐慧前带队到安阳市,学习考察政协文史馆建设。市政协副主席邵希斌,秘书长王光献参加活动。安阳市政协主席易树学,副主席郜军涛等陪同考察。\n' +
      '安阳政协文史馆位于安阳市政协机关办公楼一楼,生动再现了安阳市政协的光辉历程和履职成果。考察组边走边听,并询问有关情况。\n' +
      '濮阳市政协将学习借鉴安阳政协文史馆建设的经验,加快推进濮阳政协文史馆建设。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true })).toMatchObject({ region: { code: '410900' } });
  });

  it('a place a sentence obtains something from (得到…蒙城商会) is not where its bare committee goes (ah-86)', () => {
    const body =
      '近日,在安徽蒙城县政协、县工商联联合举办2017年捐资助学助学金发放仪式上受助大学新生动情地说。\n' +
      '这次捐资助学活动由县政协和工商联共同发起,得到了广大政协委员、工商联会员及异地蒙城商会和文化促进会的积极响应。据悉,县政协捐助活动连续开展6年来,已经筹集助学金102万元。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '341622' } });
  });

  it('a party that goes into a district (深入秦州区) whose committee then reports to it is the visitor, after a picture\'s line (gs-55)', () => {
    const body =
      '![](/Files252/BeyondPic/2016-12/1/20161201052254446.jpg)\n' +
      '(秦州区外宣办)11月30日,由天水市政协副主席王振宇带领调研组一行深入秦州区,就加强和改进政协工作进行调研座谈。\n' +
      '市政协常委、经济委员会主任赵新年主持座谈会。区领导宋丕林等参加会议。\n' +
      '座谈会上,区政协副主席胡秀玉汇报了秦州区政协工作情况,相关单位、市区政协委员代表作了发言。秦州区政协工作扎实。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '620500' } });
  });

  it('a bare committee is never placed where its own sentence goes, even when the article names nowhere else (nm-69)', () => {
    const body =
      '5月24日至26日,旗政协副主席巴达日呼带队,组织部分政协委员赴东乌旗就“进一步发挥人民调解在基层社会治理中的作用”课题考察学习。\n' +
      '考察组一行先后深入东乌旗文明实践中心、乌里雅斯太镇满都胡社区、嘎达布其镇“综治乌日特”。';
    const r = attributeRegion({ heading: [], body, article: { body, title: '旗政协组织委员赴东乌旗考察学习' }, single: true });
    expect(r.region.code).not.toBe('152525');
  });

  it('…nor in a county inside the city it goes to, its own town placing it (gz-909)', () => {
    const body =
      '为充分学习借鉴先进经验，解决我县肉牛产业发展瓶颈。6月13日至19日，县政协主席丁和平率队赴内蒙古自治区通辽市考察肉牛产业发展及招商工作。县政府办、县投资促进局、大坪场镇相关负责人参加考察。\n' +
      '丁和平一行先后考察了通辽市华瑞牧业有限公司科尔沁养殖基地，开鲁县洪瑞牧业有限公司，开鲁县晟诺科技实验室等。';
    const r = attributeRegion({ heading: [], body, article: { body }, single: true });
    expect(r.region.code).not.toBe('150523');
    expect(r.region.code).toBe('520628');
    // (A province gone to holds the committee's own county when nothing places the page outside it.)
    const own = '5月10日，县政协主席带队赴江苏省苏州市考察学习乡村振兴经验。\n委员们表示，要把学到的经验用于推动沭阳县乡村振兴。';
    expect(attributeRegion({ heading: [], body: own, article: { body: own }, single: true }).region.code).toBe('321322');
  });

  it('a committee whose session the section has another watch on screen is the occasion, not the one it is about (sn-65)', () => {
    const body =
      '3月4日下午,中国人民政治协商会议第十四届全国委员会第三次会议在北京人民大会堂隆重开幕。市政协党组书记、主席周建功,副主席唐纹等和机关全体干部职工一道,通过电视直播,认真收看了全国政协十四届三次会议的开幕盛况。\n' +
      '大家表示,要认真学习领会全国两会精神,围绕市政协2025年协商计划履职尽责。';
    const url = 'https://zx.ankang.gov.cn/Content-2798227.html';
    expect(attributeRegion({ heading: [], body, article: { body, url }, single: true })).toMatchObject({ region: { code: '610900' } });
  });

  it('after a framing opener, the first committee to act that goes to a place whose committee receives it is the visitor (js-79)', () => {
    const body =
      '推进粤港澳大湾区建设,是以习近平同志为核心的党中央作出的重大决策,也是推动“一国两制”事业发展的新实践。12月1至4日,省政协组织部分在内地的香港委员、澳门委员20余人,围绕粤港澳大湾区建设赴广东开展学习考察活动。\n' +
      '考察期间,广东省政协主席王荣会见了考察团一行。王荣指出,推进建设粤港澳大湾区是国家战略,希望广东省政协与江苏省政协进一步加强交流合作。';
    const url = 'http://jszx.gov.cn/zwhgz/gatqwyh/202012/t20201208_34174.html';
    expect(attributeRegion({ heading: [], body, article: { body, url }, single: true }).region.code).not.toBe('440000');
  });

  it('a bare 省政协 whose party goes to a city is that city\'s province; a province the text names itself comes first (sn-98, hb-31)', () => {
    const tour =
      '本报讯 11月8日至9日,省政协副主席杨冠军率省政协第五调研督导组,到咸阳就学习贯彻落实实施意见情况进行调研督导。省政协经济委员会主任姚炬参加。\n' +
      '8日上午,调研督导组在咸阳市召开座谈会,听取咸阳市及各县(区)政协工作情况汇报。';
    expect(attributeRegion({ heading: [], body: tour, article: { body: tour }, single: true })).toMatchObject({ region: { code: '610000' } });
    const members =
      '11月3日至5日,省政协副主席王兴于带领部分省政协港澳委员赴鄂州市、天门市开展省情考察活动。\n' +
      '港澳委员纷纷表示,真切感受到湖北加快支点建设取得的丰硕成果,加深了对湖北省情的了解,把港澳所能和湖北所需更好结合起来。';
    expect(attributeRegion({ heading: [], body: members, article: { body: members }, single: true })).toMatchObject({ region: { code: '420000' } });
  });

  it('a bare 市政协 whose party goes into a district is that district\'s city, unless the name is a homonym or generic (ZZZZZZZZZZZZZZZZZG ah-313)', () => {
    const body =
      '4月24日,市政协人口资源环境委主任李亮带队调研组到颍东区开展促进产城融合高质量发展专题调研,颍东区政协主席王建、副主席刘仿杰参加调研。\n' +
      '调研组一行先后来到阜阳煤基新材料产业园安徽昊源集团分公司、阜阳东湖世纪城、安润冷链物流有限公司等企业和项目进行了实地查看,了解颍东区产城融合规划建设推进情况。\n' +
      '座谈会上,市政协调研组与大家面对面交流,听取了颍东区产城融合总体推进情况的汇报。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '341200' } });
    // 通州区 is Beijing's and 南通's: no city follows from it.
    const homonym = '市政协委员到通州区调研美丽乡村建设工作。';
    expect(attributeRegion({ heading: [], body: homonym, article: { body: homonym }, single: true }).region.code).toBeNull();
  });

  it('a party that visits with its topic quoted on the way (一行到我市开展“…”专题调研) is the visitor the page is about (ZZZZZZZZZZZZZZZZZQ yn-323)', () => {
    const body =
      '昭通新闻网讯 5月15日至18日,省政协提案委副主任孙衍坤一行到我市开展“关于进一步提高提案工作质量有关问题情况”专题调研,并于15日召开座谈会,听取我市提案工作情况汇报。\n' +
      '孙衍坤认为,昭通市委、市政府高度重视政协提案工作。总体来看昭通市政协提案工作亮点较多。下步工作中,昭通市政协要进一步加强在昭省政协委员的联系,引导他们积极参与市政协开展的各项调研。\n' +
      '市政协副主席彭霓主持会议。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ committee: '省政协', region: { code: '530000' } });
    // (Its topic unquoted and short, it always was.)
    const short = body.replace('开展“关于进一步提高提案工作质量有关问题情况”专题调研', '开展提案工作调研');
    expect(attributeRegion({ heading: [], body: short, article: { body: short }, single: true })).toMatchObject({ committee: '省政协', region: { code: '530000' } });
  });

  it('a bare 省政协 is the province a short name names, never a place with no committee of its own (ZZZZA hi-48)', () => {
    const session =
      '1月28日,省政协八届四次会议举行界别联组会议,讨论政府工作报告。省长刘小明到会听取发言,省政协主席李荣灿主持会议。\n' +
      '刘小明指出,省政协充分履行各项职能,为海南自由贸易港建设作出了重要贡献。';
    expect(attributeRegion({ heading: [], body: session, article: { body: session }, single: true })).toMatchObject({ region: { code: '460000' } });
    // (Not 台湾 of `两岸三地`: it has no committee.)
    const show = '9月10日,省政协举办两岸三地名家书画展,来自台湾的书画家参展。省政协主席出席开幕式。';
    expect(attributeRegion({ heading: [], body: show, article: { body: show }, single: true }).region.code).toBeNull();
    // (Nor a short name for a bare 市政协: 海南 might be 乌海's 海南区 or 青海's 海南州.)
    const city = session.replaceAll('省政协', '市政协').replace('省长', '市长');
    expect(attributeRegion({ heading: [], body: city, article: { body: city }, single: true }).region.code).toBeNull();
  });

  it('a bare 省政协 is the province of a prefecture city its event is held in, named short (在郑州开幕; ha-864)', () => {
    const body = '9月14日，由省政协办公厅、省文联联合主办的“同心奋进增彩中原”主题书画摄影展在郑州开幕。省政协主席孔昌生出席、宣布开幕并巡展。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ committee: '省政协', region: { code: '410000' } });
  });

  it('a province a national leader visited, recalled (考察宁夏重要讲话), is the writer\'s own ground, no trip of the committee (ZZZZQ nx-64)', () => {
    const body =
      '9月29日，自治区政协召开专题协商会，自治区政协主席陈雍出席并讲话，强调要深入学习贯彻习近平总书记考察宁夏重要讲话精神。\n' +
      '根据自治区党委批准的2025年度协商计划，自治区政协组织部分政协委员调研考察。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '640000' } });
    const trip = body.replace('习近平总书记考察宁夏重要讲话精神', '在考察宁夏时的收获');
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true }).region.code).toBeNull();
  });

  it('a place\'s event for the committee\'s members that its people only attend is that committee\'s (ZZZZO bj-62)', () => {
    const body = '体育馆路街道开展政协委员街道活动小组2014年第一次活动。区政协主席徐鸿达、秘书长赵汶柏出席。';
    const url = 'http://zhengxie.bjdch.gov.cn/n3201135/n3203993/c3219979/content.html';
    expect(attributeRegion({ heading: [], body, article: { body, url }, single: true })).toMatchObject({ committee: '区政协', region: { code: '110101' } });
  });

  it('the committee acting in the first sentence leads the section, over the committees its people meet and praise (hn-60)', () => {
    const trip =
      '5月13至14日,州政协副主席邓建英带队深入永顺、古丈、保靖县,开展民主监督调研。\n' +
      '调研组实地走访了永顺县政协教体界别委员工作室、保靖县政协经济政法组织群团宗教界委员工作室等,并在各县召开座谈会听取县政协工作汇报。\n' +
      '邓建英充分肯定各县政协工作的积极探索。她强调,要进一步提高政治站位。要进一步服务中心大局,永顺县政协在田间地头召开专题协商会助力产业高质量发展、保靖县政协聚焦主责主业,值得全州政协系统学习推广。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true })).toMatchObject({ committee: '州政协', region: { code: '433100' } });
  });

  it('of committees named as often, the one that acts wins over one named as a system and in a title (sc-13)', () => {
    const text =
      '自四川省政协系统开展“同心共建现代化四川”专项行动以来，泸县政协结合自身实际，主动作为，开展专项视察调研。\n' +
      '在2022年的《四川省政协“有事来协商”工作典型案例选编》中，泸县的案例成功入选。';
    const title = '四川省泸县：同心共唱“双城记”，川渝融合谱新篇';
    expect(attributeRegion({ heading: [], body: text, article: { body: text, title }, single: true })).toMatchObject({ committee: '泸县政协', region: { code: '510521' } });
  });

  it('a county a party goes to is visited wherever the text names it, and a leader\'s recalled visit (总书记来平利视察) is no home (sn-12)', () => {
    const trip =
      '6月27日,县政协机关党支部赴平利县开展主题党日活动。县政协主席余盛武出席活动。\n' +
      '在平利县老县镇锦屏社区、蒋家坪村凤凰茶山,支部全体党员干部重温习近平总书记来平利视察的重要讲话重要指示精神。\n' +
      '大家表示,要为推动白河高质量发展贡献力量。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true })).toMatchObject({ region: { code: '610929' } });
  });

  it('a place the bare committee goes to yields to the page’s own, however weakly known (gd-59)', () => {
    const trip = '6月18-24日，市政协副主席李武彪率领提案委一行赴西部地区考察（广东对口援疆地区）。委员们走访了吐鲁番市维吾尔族农家，了解当地的社情民生。';
    const url = 'https://zszx.zsnews.cn/Article/view/cateid/515/id/67895.html';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip, url }, single: true })).toMatchObject({ region: { code: '442000' } });
    // With nothing of its own, the one place it names still settles it.
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true })).toMatchObject({ region: { code: '650400' } });
  });

  it('a place that holds its committee\'s event, its people only attending, is the case\'s, not a bare committee named in passing (hl-568)', () => {
    const body =
      '为进一步提升政协委员的综合素质，9月14日至15日，依兰县对第十四届政协委员进行为期两天的培训。依兰县政协主席杨晓春，副主席王迎春出席培训会。\n' +
      '培训中，市发改委规划处刘云涛做了报告；随后，市政协委员工作委王道祥做了《政协委员履职知识学习讲座》，就政协委员如何提高调查研究能力进行授课。';
    const url = 'http://haerbin.dbw.cn/system/2017/09/16/057773457.shtml';
    expect(attributeRegion({ heading: [], body, article: { body, title: '依兰县举办政协委员培训班', url }, single: true }).region.code).toBe('230123');
  });

  it('of two committees a headline shows joining hands, the one the text does not make the host (sc-1007)', () => {
    const body = '4月7日，广安市武胜县政协主席刘东昊带队到高县考察蚕桑产业高质量发展，高县政协主席周应陪同。\n座谈会上，刘东昊表示，武胜县政协将加强与高县政协的沟通交流。';
    const heading = '高县、武胜县政协携手共助蚕桑产业高质量发展';
    expect(attributeRegion({ heading: [], body, article: { body, title: heading }, single: true }).region.code).toBe('511622');
  });

  it('a municipality the bare committee goes to is a city: none of its districts is the committee\'s; its natives met there name its own place (zj-1003)', () => {
    const trip =
      '5月22日至26日，区政协副主席裘小民带队赴天津市、河北省等地开展“政协走亲”活动。\n' +
      '在天津市河西区，裘小民一行实地学习考察了河西区马场街居家养老服务中心，就“社区养老服务体系建设”课题开展学习交流。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true }).region.code).toBeNull();
    // (…the natives of its place it visits there, `临安籍乡贤`, say whose it is.)
    const natives = trip + '\n裘小民一行实地走访了南开大学历史学院院长、临安籍乡贤余新忠。';
    expect(attributeRegion({ heading: [], body: natives, article: { body: natives }, single: true }).region.code).toBe('330112');
  });

  it('a bare 区政协 on a city\'s site whose name a district shares (huangshan) is the district the text names in full (ah-23)', () => {
    const session =
      '1月6日上午,在雄壮的国歌声中,中国人民政治协商会议第九届黄山市徽州区委员会第一次会议在岩寺胜利开幕。来自各界的区政协委员满怀豪情赴盛会。\n' +
      '区政协党组书记王平,八届区人大常委会副主任孙惠萍、八届区政协副主席吴建宇在主席台前排就座。\n' +
      '八届区政协党组副书记、副主席吴建宇代表区政协八届常委会作工作报告。报告指出:过去的五年,也是区政协工作继往开来、奋发有为、蓬勃发展的五年。五年来,在区委的坚强领导下,区政协坚持把习近平新时代中国特色社会主义思想作为统揽各项工作的行动指南。';
    const url = 'http://hsszx.huangshan.gov.cn/qxzx/hzqzx/8983607.html';
    expect(attributeRegion({ heading: [], body: session, article: { body: session, url }, single: true })).toMatchObject({ region: { code: '341004' } });
    // With no district named in full, the spelling's district reading still places it.
    const bare = session.replace('第九届黄山市徽州区委员会', '第九届区委员会');
    expect(attributeRegion({ heading: [], body: bare, article: { body: bare, url }, single: true })).toMatchObject({ region: { code: '341003' } });
  });

  it('a Hong Kong paper\'s name frames nothing: the provincial committee its short name names counts (gx-612)', () => {
    const body =
      '记者阙琳晶、欧阳萍报道：23日，中国人民政治协商会议第十一届广西壮族自治区委员会第四次会议在广西首府南宁市开幕。广西政协主席陈际瓦作工作报告。\n' +
      '据悉，广西政协十一届三次会议以来，政协委员、政协各参加单位和各专门委员会积极通过提案履行职能。\n' +
      '据了解，在去年全国政协十二届三次会议期间，广西港澳委员联名93位全国政协港澳委员，提交了提案，全国政协副主席董建华、何厚铧分别作了批示。该提案被列入了全国政协重点提案进行督办。';
    expect(attributeRegion({ heading: [], body, article: { body, publisher: '香港商报网' }, single: true })).toMatchObject({ region: { code: '450000' } });
  });

  it('a bare 省政协 beside a city\'s committee named in full, not someone else\'s, is that city\'s province (fj-653)', () => {
    const body =
      '1月22日、23日，出席省政协十三届二次会议的在莆省政协委员们分组审议省政协常委会工作报告。\n' +
      '省政协委员、市政协主席沈萌芽说，莆田市政协将对标对表省政协，认真学习好、贯彻好、落实好政协常委会工作报告精神。';
    expect(attributeRegion({ heading: [], body, article: { body }, single: true })).toMatchObject({ region: { code: '350000' }, attribution: { basis: 'text' } });
    // (Not a committee it goes to: `省政协调研组赴莆田市政协学习`.)
    const trip = '省政协调研组赴莆田市政协学习考察委员工作室建设。';
    expect(attributeRegion({ heading: [], body: trip, article: { body: trip }, single: true }).region.code).not.toBe('350000');
  });

  it('with no word of the page’s place, the first named', () => {
    const elsewhere = body.replace(/在盐城举行/, '举行').replace(/盐城认真/, '各地认真');
    expect(attributeRegion({ heading: [], body: elsewhere, article: { body: elsewhere } })).toMatchObject({ region: { code: '310107' } });
  });
});
