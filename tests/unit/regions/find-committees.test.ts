import { describe, expect, it } from 'vitest';
import { findCommittees, type CommitteeMention } from '../../../src/pipeline/regions/find-committees';

const brief = (m: CommitteeMention) => ({
  text: m.text,
  placeText: m.placeText,
  relativeLevel: m.relativeLevel,
  national: m.national,
});
const texts = (s: string) => findCommittees(s).map((m) => m.text);

describe('findCommittees: the forms of a committee name', () => {
  it('finds place + 政协 with its span and place text', () => {
    const text = '“……助力西城高质量发展。”北京市西城区政协有关工作负责人介绍，区政协深刻把握专门协商机构丰富内涵。';
    const ms = findCommittees(text);
    expect(ms.map(brief)).toEqual([
      { text: '北京市西城区政协', placeText: '北京市西城区', relativeLevel: null, national: false },
      { text: '区政协', placeText: null, relativeLevel: 'county', national: false },
    ]);
    expect(text.slice(ms[0].start, ms[0].end)).toBe('北京市西城区政协');
    expect(ms[0].form).toBe('place-prefix');
  });

  it('reads 政协人, the committees\' people as a body, as no committee, and 人口 or 人资 after 政协 as one (ZZZZZZK hn-53)', () => {
    expect(texts('一顶草帽,十分酷暑,湖南政协人的身影遍布田间地头。')).toEqual([]);
    expect(texts('市政协人口资源环境委员会召开会议,县政协人资环委开展调研。')).toEqual(['市政协', '县政协']);
  });

  it('reads 政协 masked by an asterisk on a forum as the committee, and 协 opening another word as none (ZZZZZZZZZZZZZZZZZZZZZZZZZZZS sd-585, nm-336, ah-155)', () => {
    const text = '次交流分享会是山东省*协推动委员读书活动深入开展的举措，呼和浩特市*协民主评议小组参加。';
    const ms = findCommittees(text);
    expect(ms.map((m) => m.placeText)).toEqual(['山东省', '呼和浩特市']);
    expect(text.slice(ms[0].start, ms[0].end)).toBe('山东省*协');
    expect(texts('会员们在**协会的组织下开展活动，各方*协作推进。')).toEqual([]);
  });

  it('finds a term between the place and 政协, and not a term alone', () => {
    expect(findCommittees('近日，赣州市十届政协召开第十五次常委会议，市十届政协主席主持。').map(brief)).toEqual([
      { text: '赣州市十届政协', placeText: '赣州市', relativeLevel: null, national: false },
      { text: '市十届政协', placeText: null, relativeLevel: 'city', national: false },
    ]);
    // xj-06: …or the new term (`乌鲁木齐市新一届政协主席`).
    expect(texts('黄公毅同志当选乌鲁木齐市新一届政协主席')).toEqual(['乌鲁木齐市新一届政协']);
    expect(texts('第九、十届政协委员和历届政协的老同志')).toEqual([]);
    expect(texts('十三届全国政协常委')).toEqual(['全国政协']);
    // …or its level after 政协, before the term (ZZZZZZZZZZZZZZP jx-244): the page's own 市政协; not 政协 alone.
    expect(findCommittees('出席政协市四届二次会议的委员们陆续来到吉安宾馆报到。').map(brief)).toEqual([
      { text: '政协市', placeText: null, relativeLevel: 'city', national: false },
    ]);
    expect(texts('政协四届二次会议')).toEqual([]);
  });

  it('reads a bare 地区政协 as a prefecture-level 地区’s committee, and 陜西 as 陕西 (xj-29, sn-08)', () => {
    expect(findCommittees('7月5日，地区政协工委召开2018年第二季度协商会议。').map(brief)).toEqual([
      { text: '地区政协', placeText: null, relativeLevel: 'city', national: false },
    ]);
    expect(texts('会议交流了民族地区政协工作经验。西部地区政协工作交流会在成都召开。')).toEqual([]);
    // ah-17: a named area's committees, not a prefecture's.
    expect(texts('为构建长三角地区政协书画组织联谊机制，学习借鉴其他地区政协工作的好经验。')).toEqual([]);
    expect(texts('会议指出：在地区政协工委的指导下，各县政协工作有了新进展。')).toEqual(['地区政协']);
    expect(findCommittees('审议《政协陜西省第十三届委员会常务委员会第四次会议安排意见》').map(brief)).toEqual([
      { text: '政协陜西省第十三届委员会', placeText: '陜西省', relativeLevel: null, national: false },
    ]);
  });

  it('reads a bare 林区政协 as a forest district’s committee, of county level (ZZZZZZZZZZZZW hb-199)', () => {
    expect(findCommittees('6月27日，林区政协主席谢登峰在红坪镇红花村调研脱贫攻坚巩固提升工作。').map(brief)).toEqual([
      { text: '林区政协', placeText: null, relativeLevel: 'county', national: false },
    ]);
    expect(texts('神农架林区政协召开八届三次常委会议')).toEqual(['神农架林区政协']);
  });

  it('finds 政协 + place + a term with no 委员会 (jl-40, sx-50)', () => {
    expect(findCommittees('3月8日，政协临江市十届九次常委会议召开。').map(brief)).toEqual([
      { text: '政协临江市', placeText: '临江市', relativeLevel: null, national: false },
    ]);
    expect(texts('政协十三届二次会议')).toEqual([]);
    // …or + its working committee (xj-73): a prefecture's branch of the autonomous prefecture's committee.
    expect(texts('日前，政协阿勒泰地区工委召开考察成果交流会。')).toEqual(['政协阿勒泰地区']);
    // …or + its party group, short for 中共政协…委员会党组 (a chairman's post: `政协雷山县党组书记、主席`).
    expect(texts('政协雷山县党组书记、主席石虎带队调研。')).toEqual(['政协雷山县党组']);
    // A place named short before 政协建设 is a quality built, not its committee (jx-13).
    expect(texts('坚持点上发力、面上推进，同心政协建设呈现新局面。')).toEqual([]);
    expect(texts('同心县政协建设委员之家。')).toEqual(['同心县政协']);
    // The formal name reads the same way (js-763): `中国人民政治协商会议` + place + a term's session.
    expect(findCommittees('2017年1月2日-4日,中国人民政治协商会议苏州市吴中区四届二次会议在太湖畔召开。').map(brief)).toEqual([
      { text: '中国人民政治协商会议苏州市吴中区', placeText: '苏州市吴中区', relativeLevel: null, national: false },
    ]);
  });
  it('reads a place in brackets right before a bare committee as a gloss naming it', () => {
    expect(findCommittees('（广东）省政协副主席唐豪出席活动。').map(brief)).toEqual([
      { text: '省政协', placeText: '广东', relativeLevel: null, national: false },
    ]);
    // A bracketed level is a list of levels, not a place; an unbracketed one stays relative.
    expect(texts('各县（市）区政协要抓好落实。')).toEqual([]);
    expect(findCommittees('会上，省政协副主席讲话。').map(brief)[0].relativeLevel).toBe('province');
  });

  it('reads a short name run on from a place it does not lie in as a part of that place, its committee that place\'s (sh-26, gd-183)', () => {
    const [, m] = findCommittees('区政协举行“人民城市标杆区建设”杨浦滨江政协委员工作站揭牌仪式暨首次活动。');
    expect([m.text, m.placeText]).toEqual(['杨浦滨江政协', '杨浦']);
    expect(findCommittees('中山香港政协工作组组长卢伟国先生当选为该会首届副会长。').map((c) => c.placeText)).toEqual(['中山']);
    // (A place that holds the next stays one chain: `北京房山区政协`, `安徽合肥政协`.)
    expect(findCommittees('北京房山区政协').map((c) => c.placeText)).toEqual(['北京房山区']);
    expect(findCommittees('安徽合肥政协').map((c) => c.placeText)).toEqual(['安徽合肥']);
  });

  it('reads a town\'s unit named after its county in full and a street\'s short name as the county\'s committee (jx-687)', () => {
    const [m] = findCommittees('近日,安源区东大街政协工作联络组组织部分政协委员,联合市燃气办就燃气安全进行了视察。');
    expect([m.name, m.placeText]).toEqual(['安源区政协', '安源区']);
    // (Not its members, with no unit after them.)
    expect(texts('安源区东大街政协委员视察')).toEqual([]);
  });

  it('reads a level written twice after a place named in full as that place’s committee (sn-676, fj-484)', () => {
    const [m] = findCommittees('8月8日,安康市市政协副主席唐纹带领部分市政协委员来平利县视察。');
    expect([m.text, m.name, m.placeText]).toEqual(['安康市市政协', '安康市政协', '安康市']);
    expect(findCommittees('7日,福州市市政协组织委员视察。').map((c) => c.name)).toEqual(['福州市政协']);
    // Not after a word that is no place (`我市市政协委员`), nor two levels (`阳江市县政协`).
    expect(texts('我市市政协委员积极建言。')).toEqual([]);
    expect(texts('阳江市县政协联动。')).toEqual([]);
  });


  it('reads an event named after a committee’s members, held, as the committee’s (fj-82)', () => {
    expect(texts('30日上午，福州市政协委员河长巡河业务培训会暨经验交流会在闽清县举行。')).toEqual(['福州市政协']);
    // sn-21: the term's members' training opening today, named after the committee with its term.
    expect(texts('铜川市第十四届政协委员培训班今日开班')).toEqual(['铜川市第十四届政协']);
    expect(texts('10月21日至22日，市政协委员联络工作培训班在井冈山开班。')).toEqual(['市政协']);
    // Members doing something are still members.
    expect(texts('福州市政协委员张三在会上发言。')).toEqual([]);
    // A party of its members on a trip is sent by the committee (hl-64)…
    expect(texts('县政协委员视察团视察了全县重点项目。')).toEqual(['县政协']);
    expect(texts('9月11日,香港特区全国政协委员赴黑考察团第一站来到牡丹江市。')).toEqual(['全国政协']);
    // …and members who form a group (组团) for a deed together (js-651): the committee's members' own practice.
    expect(texts('爱心无大小！镇江丹徒政协委员组团献“微爱”')).toEqual(['镇江丹徒政协']);
    // …but the national members living in a province go as its committee's party (hl-00).
    expect(texts('住黑龙江省全国政协委员考察团来粤考察')).toEqual([]);
    // National members resident in a province, on the move, are its committee's party (hi-07, fj-26)…
    expect(findCommittees('2月17日至19日,住琼全国政协委员赴海口、澄迈开展视察。').map(brief)).toEqual([
      { text: '住琼全国政协', placeText: '海南省', relativeLevel: null, national: false },
    ]);
    // …and as one body handing in its proposals (ZZZZZZZZZZV gz-146).
    expect(findCommittees('住黔全国政协委员向全国政协十三届一次会议提交提案103件').map(brief)[0]).toEqual({ text: '住黔全国政协', placeText: '贵州省', relativeLevel: null, national: false });
    // …and met as one body, the province's chairman in the chair (hi-1021: 住琼全国政协委员座谈会在海口召开).
    expect(findCommittees('2月23日下午,住琼全国政协委员座谈会在海口召开,会议深入学习贯彻习近平总书记关于加强和改进人民政协工作的重要思想。').map((m) => [m.text, m.name, m.placeText])).toEqual([
      ['住琼全国政协', '海南省政协', '海南省'],
    ]);
    // …but not as members named, nor by an abbreviation that is no province's.
    expect(texts('住桂全国政协委员离京返邕。')).toEqual([]);
    expect(texts('住某全国政协委员赴京参会。')).toEqual([]);
    // …and so are a city's resident provincial members, its committee's party (sd-12).
    expect(findCommittees('住威海省政协委员考察团来聊考察').map((m) => [m.text, m.name, m.placeText])).toEqual([['住威海省政协', '威海市政协', '威海市']]);
    expect(texts('住威海省政协委员王某说。')).toEqual([]);
    // 港区/澳区 members are the national committee's from Hong Kong and Macao: no district's party.
    expect(texts('会见澳区政协委员学习考察团一行。')).toEqual([]);
    expect(texts('会见港区政协委员视察团。')).toEqual([]);
    // gx-63: a level's whole system meeting under a place named before it is that place's committee.
    const system = findCommittees('崇左全市政协系统反映社情民意信息暨新闻宣传思想工作会议召开')[0];
    expect([system.placeText, system.wholeSystem]).toEqual(['崇左', true]);
    // gs-38: an area's committees together (六盘山片区), no district's.
    expect(texts('六盘山片区政协精准扶贫交流推进会第五次会在固原召开')).toEqual([]);
    // …nor a development zone's work station (sc-181), nor a zone's liaison group of its county's committee (ah-1187).
    expect(texts('资阳高新区、临空经济区政协工作站成立')).toEqual([]);
    expect(texts('4月25日,全县乡镇(街道)、经开区政协工作联络组组长会议召开。')).toEqual([]);
    expect(texts('市开发区政协工委组织委员视察。')).toEqual([]);
    // (A zone named after its place is that place's (ah-93); and 召开区政协 is a meeting called, no zone (hi-490).)
    expect(texts('安徽省无为经开区政协工作室全面落实“四个强化”')).toHaveLength(1);
    expect(texts('党组书记、主席聂磊主持召开区政协党组理论学习中心组集体学习会议')).toEqual(['区政协党组']);
    expect(texts('区政协精准扶贫交流推进会在固原召开')).toEqual(['区政协']);
    // A committee's website's dateline is the news's source, not the committee (XP).
    expect(texts('据内蒙古政协网站消息,锡林郭勒盟政协副主席敖小孟率队赴阿拉善盟考察。')).toEqual(['锡林郭勒盟政协']);
    expect(texts('湖北政协网讯 近日,宜昌市政协召开常委会议。')).toEqual(['宜昌市政协']);
    // A group of its members by town is its unit (XF); a plenary's group discussion is members talking.
    expect(texts('近日,区政协委员大兴小组组织委员开展学习活动。')).toEqual(['区政协']);
    expect(texts('县政协委员在小组讨论时说。')).toEqual([]);
  });

  it('reads a county’s unit in one of its towns as the county’s committee (js-14)', () => {
    expect(texts('2月6日上午，盐城市射阳县海河镇政协联络委组织政协委员开展迎新春调研活动。')).toEqual(['盐城市射阳县海河镇政协']);
    expect(findCommittees('盐城市射阳县海河镇政协联络委组织政协委员开展调研。')[0].placeText).toBe('盐城市射阳县');
    // …and its unit named after 政协 and the county, short for its formal name (sn-762, ah-807), the longest place that reads as one.
    expect(findCommittees('政协石泉县老城社区委员工作室坚持把协商搬到群众身边。')[0].placeText).toBe('石泉县');
    expect(findCommittees('政协合肥市庐阳区老字号委员工作室揭牌仪式举行。')[0].placeText).toBe('合肥市庐阳区');
    // …and its unit in a town one county has, named after 政协 and the town (zj-93, zj-683).
    expect(findCommittees('政协新安江街道委组视察垃圾分类工作。')[0].placeText).toBe('建德市');
    expect(findCommittees('政协五常街道联络工委充分发挥政协委员协商议事的作用。')[0].placeText).toBe('余杭区');
    // …and its liaison office there (ZZZZM zj-60).
    expect(findCommittees('近日，滁州市全椒县武岗镇政协联络处开展走访慰问委员活动。')[0].placeText).toBe('滁州市全椒县');
    // …and its members' studio there (XR), where the county is named in full before the town
    // (`天山路街道` is a street's subdistrict, no town of a place called 天山).
    expect(findCommittees('4月17日,龙陵县龙山镇政协委员工作室到大坪子社区开展调研。')[0].placeText).toBe('龙陵县');
    expect(findCommittees('天山路街道政协委员工作站开展年度协商议题推进会。').map((m) => [m.placeText, m.relativeMark])).toEqual([[null, '县']]);
    // After a county's short name, a town of two characters or more the gazetteer lacks (js-03 陆渡街道,
    // made a street office after the dataset's year); a road's street office after a city's short name is none.
    expect(findCommittees('今年以来，太仓陆渡街道政协工委聚焦阵地建设。')[0].placeText).toBe('太仓');
    expect(findCommittees('中山东路街道政协委员工作站开展年度协商议题推进会。').map((m) => [m.placeText, m.relativeMark])).toEqual([[null, '县']]);
    // A committee's members as a body (ZZZZZZZZB sn-78), not one member.
    expect(texts('西安市政协委员们手持卫生钳和塑料袋向秦岭潭峪进发。')).toEqual(['西安市政协']);
    expect(texts('西安市政协委员张三手持卫生钳。')).toEqual([]);
    // …and its members' liaison group there (ZZZZZZZL gz-62), not a plenary's group discussion.
    expect(findCommittees('近日,贵阳市白云区麦架镇政协委员联络组以“同心书香”为主题举办了经典诵读活动。')[0].placeText).toBe('贵阳市白云区');
    expect(texts('白云区麦架镇政协委员小组讨论时说。')).toEqual([]);
    // A town's member names none; a town's unit with no county before it is the county's where only
    // one county has a town of that name (YS js-51: 西善桥街道 is 雨花台区's).
    expect(texts('射阳县海河镇政协委员张三说。')).toEqual([]);
    const unit = findCommittees('58日上午,西善桥街道政协工委组织张良云等委员开展活动。')[0];
    expect([unit.text, unit.name, unit.placeText]).toEqual(['西善桥街道政协', '雨花台区政协', '雨花台区']);
    // A town's unit whose town holds a county's short name is the town's county's (jx-880: 长平乡 is 上栗县's, not 平乡县).
    const changping = findCommittees('长平乡政协工作联络组组织部分政协委员开展防溺水宣传教育活动。')[0];
    expect([changping.text, changping.name, changping.placeText]).toEqual(['长平乡政协', '上栗县政协', '上栗县']);
    // …and the town's 政协 alone after its county named in full (ha-536: 东城街道 is in several counties), not a
    // thing of the town's 政协 (ha-269, a hall the visitors saw).
    expect(findCommittees('近年来，唐河县东城街道政协坚持问题导向，组织委员深入项目现场。')[0].placeText).toBe('唐河县');
    expect(texts('调研组实地察看了上街区中心路街道政协“有事好商量”协商议事厅。')).toEqual([]);
    // …and so is the town's 政协 alone, as its unit calls itself (ZZZZZZZZZZZZZZZZZZZZZZE sc-441: 响石镇 is 隆昌市's).
    const own = findCommittees('今年来，响石镇政协按照内江市“美乡优城”决策部署开展工作。')[0];
    expect([own.text, own.placeText]).toEqual(['响石镇政协', '隆昌市']);
    expect(texts('响石镇政协委员张三说。')).toEqual([]);
    // Where many counties have it, it is the one of them the text names (zj-93: 龙门镇 is 富阳区's
    // among fourteen; js-89: 玉山镇 is 昆山市's, not the 玉山县 its name recalls)…
    const named = findCommittees('近日,龙门镇政协委员履职小组召开第一季度工作例会。富阳政协供稿')[0];
    expect([named.text, named.name, named.placeText]).toEqual(['龙门镇政协', '富阳区政协', '富阳区']);
    expect(findCommittees('昆山市玉山镇持续深化读书活动，玉山镇政协工委举办“玉山政协掌上书房”上线仪式。').find((m) => m.text === '玉山镇政协')?.name).toBe('昆山市政协');
    // …and, naming none, the page's own county's, as a bare 县政协 is (zj-60 高桥镇, ah-46 三桥镇).
    const bare = findCommittees('城关镇政协联络组组织委员开展活动。')[0];
    expect([bare.text, bare.relativeMark, bare.placeText]).toEqual(['城关镇政协', '县', null]);
    expect(bare.townCounties!.length).toBeGreaterThan(10);
    expect(findCommittees('7月10日,三桥镇政协召集人杨安平(中),在农家庭院召开“板凳会”。')[0].townCounties).toContain('340822');
    // (Its units as towns name them: a liaison working committee, js-75; a members' duty group, zj-93.)
    expect(findCommittees('近日，苏州市相城区阳澄湖镇政协联络工委组织开展爱心助学活动。')[0].placeText).toBe('苏州市相城区');
    // …and Hunan's short form of it, 联工委 (hn-800): the county's committee, named before the town.
    expect(findCommittees('汝城小垣瑶族镇政协联工委开展留守儿童调研')[0].placeText).toBe('汝城');
    expect(findCommittees('近日，富阳区龙门镇政协委员履职小组召开例会。')[0].placeText).toBe('富阳区');
    // …and so is one named after 政协, as the county's own site writes it (ZZZZZZZZZZZZJ js-186).
    const after = findCommittees('3月14日，政协横扇街道工委召开文史工作座谈会。')[0];
    expect([after.text, after.name, after.placeText]).toEqual(['政协', '吴江区政协', '吴江区']);
    // …its town's ending dropped, where one county alone has a town of that name (js-1255 政协震泽工委, 震泽镇); not a
    // word of the unit's own or another's (政协联络委组织, 政协文史工委).
    const short = findCommittees('政协震泽工委赴黎里古镇开展异地视察活动')[0];
    expect([short.text, short.name, short.placeText]).toEqual(['政协', '吴江区政协', '吴江区']);
    expect(texts('政协联络委组织全体委员来到了该镇秦堰村。政协文史工委召开会议。')).toEqual([]);
    // …where several counties have the town, the page's own county's, as the town-first form is
    // (ZZZZZZZZZZZZZZZZZZZZZG sn-417).
    const sharedAfter = findCommittees('政协城关镇联络组组织委员开展活动。')[0];
    expect([sharedAfter.text, sharedAfter.relativeMark, sharedAfter.placeText]).toEqual(['政协', '县', null]);
    expect(sharedAfter.townCounties).toContain('610926');
    // The county's committee written after a town (`…周寨镇县政协委员学习组`, ZZG ah-12): its members'
    // group there, named by the county before the town; 镇区政协 stays a kind of body.
    const group = findCommittees('1月26日，砀山县周寨镇县政协委员学习组在组长朱永连的带领下，来到该镇敬老院。')[0];
    expect([group.text, group.name, group.placeText]).toEqual(['砀山县周寨镇县政协', '砀山县政协', '砀山县']);
    expect(findCommittees('周寨镇县政协委员学习组来到该镇敬老院。').map((m) => m.relativeMark)).toEqual(['县']);
    expect(texts('中山市各镇区政协联络组开展活动。')).toEqual([]);
  });

  it('does not take a newspaper named after a committee for the committee', () => {
    expect(texts('重庆政协报数字报纸')).toEqual([]);
    expect(texts('重庆政协报综合 “技高一筹”促粮丰')).toEqual([]);
    expect(texts('本报讯 据重庆政协报记者报道')).toEqual([]);
    // cq-57: an e-paper's section after the paper's name.
    expect(texts('重庆政协报区县 办得好不好？拿来“晒一晒”')).toEqual([]);
    expect(texts('县政协报送了调研报告，市政协报告了工作')).toEqual(['县政协', '市政协']);
  });

  it('finds 政协 + place + 委员会, in titles too', () => {
    const ms = findCommittees('根据《政协北京市延庆区委员会关于加强委员联系群众工作实施方案》，区政协分批建立20个政协委员工作室。');
    expect(ms.map(brief)).toEqual([
      { text: '政协北京市延庆区委员会', placeText: '北京市延庆区', relativeLevel: null, national: false },
      { text: '区政协', placeText: null, relativeLevel: 'county', national: false },
    ]);
    expect(ms[0]).toMatchObject({ form: 'committee-of', enclosure: 'book-title' });
    expect(texts('出台《政协平阳县委员会委员工作室建设运行工作规则》')).toEqual(['政协平阳县委员会']);
    expect(findCommittees('政协第十五届北京市委员会第二次会议')[0]).toMatchObject({ placeText: '北京市' });
    // …the term written without 第 (sd-87).
    expect(findCommittees('7月30日，政协十一届平原县委员会常务委员会第十七次会议召开。')[0]).toMatchObject({ placeText: '平原县', form: 'committee-of' });
    // …a space between the place and the term, as a proposal's heading sets it (nm-797).
    expect(findCommittees('政协兴安盟 第十届委员会第四次会议提案 第0115号')[0]).toMatchObject({ text: '政协兴安盟 第十届委员会', placeText: '兴安盟', form: 'committee-of' });
  });

  it('keeps the party group in the span and the committee in `name`', () => {
    const [jinchang] = findCommittees('中共政协金昌市委员会党组');
    expect(jinchang).toMatchObject({
      text: '中共政协金昌市委员会党组',
      name: '政协金昌市委员会',
      placeText: '金昌市',
      partyGroup: true,
    });
    const [cangnan] = findCommittees('苍南县政协党组会议就文史工作报告的可行性进行了专题研究。');
    expect(cangnan).toMatchObject({ text: '苍南县政协党组', name: '苍南县政协', placeText: '苍南县', partyGroup: true });
  });

  it('finds short-form places and says so', () => {
    expect(findCommittees('坚持高位聚能，积极展现永嘉政协“新形象”。')[0]).toMatchObject({
      text: '永嘉政协',
      placeText: '永嘉',
      placeForm: 'short',
    });
    expect(findCommittees('定期在“苍南政协”微信公众号推出文史资料精品选辑。')[0]).toMatchObject({
      placeText: '苍南',
      enclosure: 'quote',
    });
    expect(findCommittees('北京西城区政协')[0]).toMatchObject({ placeText: '北京西城区', placeForm: 'full' });
  });

  it('reads 市政协 inside 北京市政协 as a place, and alone as relative', () => {
    expect(findCommittees('北京市政协召开常委会议').map(brief)).toEqual([
      { text: '北京市政协', placeText: '北京市', relativeLevel: null, national: false },
    ]);
    expect(findCommittees('湖北省政协召开党组会议').map(brief)).toEqual([
      { text: '湖北省政协', placeText: '湖北省', relativeLevel: null, national: false },
    ]);
    expect(findCommittees('2022年2月初，省政协召开专题会议').map(brief)).toEqual([
      { text: '省政协', placeText: null, relativeLevel: 'province', national: false },
    ]);
    expect(findCommittees('坚持以市政协党组理论学习中心组学习为引领')[0]).toMatchObject({
      text: '市政协党组',
      relativeLevel: 'city',
      relativeMark: '市',
    });
    expect(findCommittees('为我市政协工作的开展提供了有力保障')[0]).toMatchObject({ relativeLevel: 'city' });
    expect(findCommittees('组建县政协文史资料库')[0]).toMatchObject({ relativeLevel: 'county' });
  });

  it('reads autonomous units, in full, abbreviated and relative', () => {
    expect(findCommittees('恩施州政协召开主席会议')[0]).toMatchObject({ placeText: '恩施州', placeForm: 'alias' });
    expect(findCommittees('凉山彝族自治州政协')[0]).toMatchObject({ placeText: '凉山彝族自治州' });
    expect(findCommittees('宁夏回族自治区政协')[0]).toMatchObject({ placeText: '宁夏回族自治区' });
    expect(findCommittees('自治区政协党组')[0]).toMatchObject({ relativeLevel: 'province', relativeMark: '自治区' });
    expect(findCommittees('州政协主席会议')[0]).toMatchObject({ relativeLevel: 'city' });
  });

  it('finds the national committee, but not its members', () => {
    expect(findCommittees('全国政协召开双周协商座谈会').map(brief)).toEqual([
      { text: '全国政协', placeText: null, relativeLevel: null, national: true },
    ]);
    expect(findCommittees('中国人民政治协商会议全国委员会')[0]).toMatchObject({ national: true });
    // …and a formal name whose first words a site's banner cut (nm-948), as no committee without its place and 委员会.
    expect(findCommittees('政治协商会议锡林郭勒盟委员会').map((m) => m.name)).toEqual(['政治协商会议锡林郭勒盟委员会']);
    expect(findCommittees('发挥政治协商会议的作用')).toEqual([]);
    expect(texts('邀请全国政协委员、市级部门及区政府领导等分19期进行辅导')).toEqual([]);
  });
});

describe('findCommittees: places sharing one 政协 (he-53, gz-86, yn-95)', () => {
  it('reads each place of a list before one 政协 as a committee of its own, spanning its name', () => {
    const text = '北京房山区、涿州市、涞水县、易县、涞源县政协在综合各位专家学者建议的基础上，共同提出建议案';
    const ms = findCommittees(text);
    expect(ms.map((m) => [m.text, m.name])).toEqual([
      ['北京房山区', '北京房山区政协'],
      ['涿州市', '涿州市政协'],
      ['涞水县', '涞水县政协'],
      ['易县', '易县政协'],
      ['涞源县政协', '涞源县政协'],
    ]);
    expect(text.slice(ms[1].start, ms[1].end)).toBe('涿州市');
    expect(texts('近日，赴杭州、宁波市政协考察学习')).toEqual(['杭州', '宁波市政协']);
    // 和, 与 join places only inside a longer list; alone they join a place to a committee.
    expect(texts('五华区、盘龙区和西山区政协分别举行培训班')).toEqual(['五华区', '盘龙区', '西山区政协']);
    expect(texts('近日，考察团在涿州市与涞水县政协座谈')).toEqual(['涞水县政协']);
  });

  it('reads places counted before one 政协 (`三县（市）政协`, `四市政协`), but not a count after one place', () => {
    expect(texts('玉屏、铜仁、松桃三县（市）政协一方面积极争取财政支持')).toEqual(['玉屏', '铜仁', '松桃']);
    // (A bracket that closes a byline is no list of levels: `（全媒体记者 黎晖）市政协…` names the bare committee; sc-805.)
    expect(texts('本报讯(全媒体记者 黎晖)市政协五届五次会议即将召开。')).toEqual(['市政协']);
    expect(texts('各县（市、区）政协主席参加会议。')).toEqual([]);
    expect(texts('6月20日至24日，昭通、毕节、泸州、遵义四市政协联合举办了联合视察活动')).toEqual(['昭通', '毕节', '泸州', '遵义']);
    expect(texts('全市三县政协')).toEqual(['县政协']);
    // A place's members' unit with its brand before 政协 (zj-22), where the page names the place elsewhere; not a
    // community's or a venue's (同心社区, 江南会客厅), nor a short name only ever read before its brand.
    expect(texts('江山两岸联谊政协委员会客厅开展活动。会客厅围绕江山民宿发展协商。')).toEqual(['江山']);
    expect(texts('江山两岸联谊政协委员会客厅开展活动。')).toEqual([]);
    expect(texts('同心社区政协委员工作室，自成立以来扎根社区。同心社区居民参加。')).toEqual([]);
    // A count says how many share it, so 和 joins two (zj-26).
    expect(texts('9月25日,吴兴区和四川省广元市青川县两地政协组织社会各界人士欢聚一堂')).toEqual(['吴兴区', '四川省广元市青川县']);
    // …or the levels they are (ZZZZZZZZZZZZZZZZZZZZZZ nm-436), but not one member's posts at both (gz-35).
    expect(texts('赤峰市、元宝山区两级政协视察组一行15人来到元宝山区人民法院')).toEqual(['赤峰市', '元宝山区']);
    expect(texts('争取全国、北京市和丰台区三级政协的支持')).toEqual(['北京市', '丰台区']);
    expect(texts('黔东南州、施秉县两级政协委员宋承阳是双井镇本地人')).toEqual([]);
    // Counts of two kinds of place are several committees, not one (`东北三省一区政协`).
    expect(texts('东北三省一区政协主席联席会议启动')).toEqual([]);
    // …nor is a number of one level's committees (sx-80: `11个市政协完成“智慧政协”平台建设`).
    expect(texts('立案办复912件提案，11个市政协完成“智慧政协”平台建设，117个县级政协开通账号。')).toEqual([]);
  });

  it('reads places run together before a count (`金山平湖两地政协`, `川渝两地政协`) as that many committees (ZZZZZZZZZZZZZZZZZZZZZZZJ sh-472)', () => {
    expect(texts('行政有界，协商跨界 金山平湖两地政协联手助力打造农业共富联合体')).toEqual(['金山', '平湖']);
    expect(texts('昆明南宁贵阳三市政协主席联席会议在昆召开')).toEqual(['昆明', '南宁', '贵阳']);
    expect(findCommittees('川渝两地政协召开联席会议').map((m) => m.placeText)).toEqual(['四川省', '重庆市']);
    // (Not when the run is more places than counted, a province before each: `上海金山浙江平湖两地政协`.)
    expect(texts('上海金山浙江平湖两地政协联手')).toEqual([]);
  });

  it('reads 召开州政协 as 召开 + the page’s 州政协, not 开州’s committee', () => {
    expect(texts('州政协主席韩兴海主持召开州政协常务委员会第二十次会议')).toEqual(['州政协', '州政协']);
    expect(texts('近日，开州区政协召开会议')).toEqual(['开州区政协']);
  });

  it('leaves a list of bodies before a bare committee alone', () => {
    expect(texts('市委、市政府、市政协领导出席')).toEqual(['市政协']);
  });
});

describe('findCommittees: what is not a committee', () => {
  it.each([
    '全省各市政协工作亮点扫描',
    '北京市各级政协组织坚持以习近平新时代中国特色社会主义思想为指导',
    '市县两级政协联合进行农村厕所、污水处理专项监督',
    '在全省政协推进“一线协商·共同缔造”行动',
    '完善党组成员联系县（市、区）政协和界别等制度',
    '协商于民 协商为民——成都市区（市）县政协基层协商工作掠影',
    '加强和改进市县政协工作',
    '200余位政协委员通过视频参加此次培训',
    '提高协商质量和效能，必须将党的领导贯穿政协工作全过程',
    '人民政协与共和国一起成长',
    '中央政协工作会议召开后，中共北京市委及时召开常委会会议',
    '动员全区政协委员亮明身份',
    '省、市、县政协联动开展专项监督',
    // (…its second level after a bracket too: ha-23's meeting of county chairs.)
    '8月27日，我市第10次县(市)、区政协主席、秘书长联席会议召开',
  ])('%s', (text) => {
    expect(findCommittees(text)).toEqual([]);
  });
});

describe('findCommittees: context the attribution weighs', () => {
  it('marks a place-wide system', () => {
    expect(findCommittees('绍兴市政协系统打造基层协商品牌')[0]).toMatchObject({ placeText: '绍兴市', system: true });
    expect(findCommittees('制定出台《永嘉县政协系统信息工作采用通报制度》')[0]).toMatchObject({
      system: true,
      enclosure: 'book-title',
    });
  });

  it('finds nothing in 张家口\'s hotline and keeps the committee before it', () => {
    const para =
      '研发《张家口市政协委员履职考核管理系统》软件，建立委员履职档案。委员履职考核管理系统中的社情民意信息版块与张家口12345市长热线平台进行对接融合。举办市政协“大好河山张家口 我爱我家慈善公益”大型救助活动8次。';
    expect(findCommittees(para).map(brief)).toEqual([
      { text: '市政协', placeText: null, relativeLevel: 'city', national: false },
    ]);
  });

  it('reads 全州政协 before the work of all the 州\'s committees as no committee (XI)', () => {
    expect(texts('经过州县政协的共同努力,全州政协文史工作开展得有声有色。')).toEqual([]);
    // …nor its bodies and people (ZZZZZZZZZZZZZZZZX hb-304, 恩施州's plenary).
    expect(texts('胡超文对全州政协组织和政协委员寄予殷切期望。')).toEqual([]);
    expect(texts('全州政协委员积极建言献策。')).toEqual([]);
    expect(texts('全州县政协委员会召开常委会议。')).toEqual(['全州县政协']);
    expect(texts('目前,全州政协共编纂出版文史资料65辑69册。')).toEqual([]);
    // …where 全州政协 acting on its own is still 全州县's.
    expect(findCommittees('全州政协召开常委会议。')[0].placeText).toBe('全州');
  });

  it('reads 全州政协 before a system meeting as the whole 州\'s, and 全州县政协 as 全州县\'s (gz-64)', () => {
    const found = findCommittees('11月12日,全州政协“景区协商”工作调度会召开。全州县政协召开常委会议。');
    expect(found.map((m) => [m.text, m.placeText, m.relativeMark, m.wholeSystem])).toEqual([
      ['全州政协', null, '州', true],
      ['全州县政协', '全州县', null, false],
    ]);
  });

  it('reads a bare 区政协 with a general office (办公厅) as an autonomous region\'s (xz-76), a district\'s office as a district\'s', () => {
    expect(findCommittees('11日,区政协办公厅在那曲县罗玛镇举行了物资捐赠仪式。').map((m) => [m.text, m.relativeMark])).toEqual([['区政协', '自治区']]);
    expect(findCommittees('11日,区政协办公室组织干部参加义务植树。').map((m) => [m.text, m.relativeMark])).toEqual([['区政协', '区']]);
  });

  it('reads a committee-heading line', () => {
    expect(findCommittees('石家庄市政协 改革创新求真务实 推动政协工作提质增效').map(brief)).toEqual([
      { text: '石家庄市政协', placeText: '石家庄市', relativeLevel: null, national: false },
    ]);
  });
});

describe('findCommittees: 和 joining two nouns before a bare committee (ah-92)', () => {
  const read = (t: string) => findCommittees(t).map((m) => [m.text, m.placeText]);
  it('reads 组长和县政协 as 组长 and the page\'s own 县政协, but 和县政协 and 在和县政协 as 和县\'s', () => {
    expect(read('各乡镇政协委员联络组长和县政协专委会主任参加会议')).toEqual([['县政协', null]]);
    // …even after a comma (yn-46: `…在开幕式上的讲话，和县政协常委会工作报告以及提案工作情况报告`).
    expect(read('委员们认真学习讨论县委书记在开幕式上的讲话，和县政协常委会工作报告以及提案工作情况报告。')).toEqual([['县政协', null]]);
    expect(read('和县政协召开常委会议')).toEqual([['和县政协', '和县']]);
    expect(read('在和县政协的推动下')).toEqual([['和县政协', '和县']]);
    // cq-59: after a closing title mark too.
    expect(read('审议了《关于…的调研报告》和县政协十届五次全体会议有关事项')).toEqual([['县政协', null]]);
  });
});

describe('findCommittees: a bare 政协 after its place\'s other bodies (ZZZZZZZZX nm-97, yn-45)', () => {
  const read = (t: string) => findCommittees(t).map((m) => [m.name, m.placeText, m.relativeMark]);
  it('reads the place the list opens with as the committee\'s', () => {
    expect(read('林西县人大、政协两会胜利闭幕')).toEqual([['林西县政协', '林西县', null]]);
    expect(read('5月11—14日,腾冲县人大、政协组织了50余名代表、委员')).toEqual([['腾冲县政协', '腾冲县', null]]);
    expect(read('临江市市委、政府及政协主要领导参加相关活动')).toEqual([['临江市政协', '临江市', null]]);
  });
  it('reads a level word alone as a relative committee, and a list with no place as none', () => {
    expect(read('县人大、政协联合召开座谈会')).toEqual([['县政协', null, '县']]);
    expect(read('自治区党委、人大、政府、政协主要领导出席')).toEqual([['自治区政协', null, '自治区']]);
    expect(read('上级党委、政府、政协各个时期的重要文件')).toEqual([]);
    expect(read('州市党委、政府、政协主要领导领办督办重点提案')).toEqual([]);
    expect(read('当地政府、政协和有关部门')).toEqual([]);
  });
  it('reads a level\'s committee listed after its place\'s party committee as that place\'s (ln-949)', () => {
    expect(read('该活动由辽宁省委、省政协主办。')).toEqual([['辽宁省政协', '辽宁省', null]]);
    expect(read('中共恩施州委、州政府、州政协领导出席')).toEqual([['恩施州政协', '恩施州', null]]);
    expect(read('宁夏回族自治区党委、自治区政协联合召开')).toEqual([['宁夏回族自治区政协', '宁夏回族自治区', null]]);
    // (…not another level's: a county's party committee and the city's committee.)
    expect(read('县委、市政协领导')).toEqual([['市政协', null, '市']]);
  });
});

describe('findCommittees: a committee\'s members\' parlour after its name (ZZZZZZZZZQ zj-116)', () => {
  it('reads 省政协香港委员会客厅 as the provincial committee\'s (委员 + 会客厅), and 政协杭州市委员会 as 杭州市\'s', () => {
    expect(findCommittees('省政协香港委员会客厅成立').map((m) => [m.name, m.relativeMark])).toEqual([['省政协', '省']]);
    expect(findCommittees('政协杭州市委员会客厅揭牌').map((m) => m.placeText)).toEqual(['杭州市']);
  });

  it('reads no county out of the tail of a longer name (陕西渭南县: not 湖南\'s 南县), but a name after a level word or its province (sn-92)', () => {
    expect(findCommittees('陕西渭南县政协十届二次主席（扩大）会议召开').map((m) => m.placeText)).not.toContain('南县');
    expect(findCommittees('广州市南沙区政协召开常委会议').map((m) => m.placeText)).toEqual(['广州市南沙区']);
    expect(findCommittees('浙江宁波市政协召开常委会议').map((m) => m.placeText)).toEqual(['浙江宁波市']);
    // (A word that runs into the name is no place: 征集 before 宁海, whatever 集宁 may be.)
    expect(findCommittees('关于公开征集宁海县政协提案线索的公告').map((m) => m.placeText)).toEqual(['宁海县']);
  });
});
