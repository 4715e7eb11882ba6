import { describe, expect, it } from 'vitest';
import { assignRoles, firstActor } from '../../../src/pipeline/regions/committee-roles';
import { anyActor, jointActors } from '../../../src/pipeline/regions/actors';

const roles = (text: string) => assignRoles(text).map((m) => [m.text, m.role]);

// Lines from the bundled corpus and the development set (tests/fixtures/real/), in Simplified.
describe('assignRoles', () => {
  it('reads the organisers a 由 lists as actors, and the committees that take part in their event as partners (sc-641)', () => {
    const line = '15时许，嘉宾们走进绵阳交通音乐广播直播间，参加由省政协提案委、绵阳市政协主办，广元市政协、梓潼县政协、剑阁县政协共同参与的大型广播直播访谈节目。';
    expect(roles(line)).toEqual([
      ['省政协', 'actor'],
      ['绵阳市政协', 'actor'],
      ['广元市政协', 'partner'],
      ['梓潼县政协', 'partner'],
      ['剑阁县政协', 'partner'],
    ]);
    // (Committees that organise together, `共同主办`, act jointly: neither is the other's partner nor alone.)
    expect(roles('12月9日上午，由山东省政协、海南省政协共同主办的书画联展在海口举行。').map(([, r]) => r)).toEqual(['passing', 'passing']);
  });

  it('reads a committee\'s official first of a roll with another body\'s, attending, as a guest (hn-635, gd-559)', () => {
    const line = '4月20日，“保靖黄金茶春茶上市节”暨第一届保靖青年网络营销创新创业大赛在吕洞山镇黄金村举行，县政协主席石远定、副县长刘文武出席活动。';
    expect(roles(line)).toEqual([['县政协', 'attendee']]);
    // (Its own people after it are no other body's; and coming to guide is the committee's own guidance.)
    expect(roles('县政协召开座谈会，县政协主席石远定、副主席刘文武出席会议。').map(([, r]) => r)).toContain('actor');
    expect(roles('新邵县潭府乡组织政协委员进行视察。县政协副主席周晓荣、县人大联工委主任刘记恩等领导到场指导。')).not.toEqual([['县政协', 'attendee']]);
  });

  it('reads a committee\'s station as the setting where another committee\'s people act, not an actor (ZZZZZM gx-86)', () => {
    expect(roles('2月16日，广西南宁市武鸣区政协城厢镇委员联络站内，广西壮族自治区政协主席孙大伟一边仔细翻看《委员联络站活动记录》，一边说。')).toEqual([
      ['广西南宁市武鸣区政协', 'visited'],
      ['广西壮族自治区政协', 'actor'],
    ]);
    // (Its own people there act: `县政协委员之家内，县政协召开…` has no other committee.)
    expect(roles('6月5日，县政协委员之家内，委员们围绕乡村振兴畅所欲言。')[0][1]).not.toBe('visited');
  });

  // Lines from blind batches Z, AA and AB of the development set.
  it('reads the committee of a place a party comes to as the host, and the one welcomed as the guest (sc-54, gd-54, yn-29)', () => {
    expect(roles('3月13日上午，珙县政协主席李智一行来龙港市进行考察活动，龙港市政协主席李青，副主席叶晓丹陪同考察。')).toEqual([
      ['珙县政协', 'actor'],
      ['龙港市政协', 'host'],
    ]);
    expect(roles('尤玲娟对宜良县政协考察团的到来表示热烈欢迎。')).toEqual([['宜良县政协', 'passing']]);
    // ha-57: a tag before a headline leaves its committee the subject.
    expect(roles('陈锋|驻马店市政协主席陈锋一行到西平县调研')).toEqual([['驻马店市政协', 'actor']]);
    // ah-55: a site's greeting pasted into a copy (欢迎光临) welcomes no one.
    expect(roles('市政协常委、72886必赢欢迎光临必赢刘小阳教授等四位政协委员被选为领读人。').map((r) => r[1])).not.toContain('host');
    // gs-55: a party that goes deep into a district (一行深入秦州区，就…调研) is hosted by its committee.
    expect(roles('由天水市政协副主席王振宇带领调研组一行深入秦州区，就加强和改进政协工作进行调研座谈，秦州区政协主席陪同。')).toEqual([
      ['天水市政协', 'actor'],
      ['秦州区政协', 'host'],
    ]);
    // hb-32: its group led by a member (…带领省政协调研组到…调研) acts; the city's people only attend.
    expect(roles('7月29日，全国政协委员、台盟湖北省委主委江利平带领省政协调研组到南漳县肖堰镇，就乡村产业发展进行专题调研。襄阳市政协副主席李志宇参加活动。')).toEqual([
      ['省政协', 'actor'],
      ['襄阳市政协', 'attendee'],
    ]);
    // …and so does one its vice-chairman takes along (带着…调研组, ZZZZZZZZZZZZZZZZZZR hl-350).
    expect(roles('去年，张宪军带着黑龙江省政协调研组，在全省范围内做了大半年的调研。')).toEqual([['黑龙江省政协', 'actor']]);
    // …and one its members make up with others, listed before the group (cq-780).
    expect(roles('5月,谭家玲副主席带领市政协人资环建委部分委员、有关区县政协主席及市旅发委负责同志考察组一行8人,先后赴云南省弥勒市考察。')).toEqual([['市政协', 'actor']]);
    expect(roles('县委书记带领县政协副主席等到企业走访。')).toEqual([['县政协', 'passing']]);
    // hb-32: a named committee's party studying 我县 makes the page's bare 县政协 its host.
    expect(roles('11月18日，武汉市政协副主席李富生一行就我县经济社会发展情况进行了考察。\n座谈会在京仑饭店举行，县政协主席晏德明主持会议。')).toEqual([
      ['武汉市政协', 'actor'],
      ['县政协', 'host'],
    ]);
    // js-29: a roll of several committees' people who attended: none of them acts in it.
    const roll = '苏州市政协党组成员徐刚，苏州市政协副秘书长、研究室主任张焕强；苏州市虎丘区政协主席朱奚红，虎丘区政协秘书长邵亮和编纂办公室成员等出席会议。';
    expect(roles(roll).map((r) => r[1])).toEqual(['attendee', 'attendee', 'attendee', 'attendee']);
    // cq-15, cq-35: a committee's press tour into a place reports that place's practice.
    expect(roles('重庆市政协“同心聚力巴渝行”主题采访团15日走进奉节，了解奉节县政协巡河工作。')).toEqual([
      ['重庆市政协', 'passing'],
      ['奉节县政协', 'passing'],
    ]);
    // jx-46: a year alone before the committee frames the clause like a date.
    expect(roles('11月11日，2022年县政协主席会协商推进重点提案办理“回头看”工作会举行。')).toEqual([['县政协', 'actor']]);
    // ah-09: a committee's paper reporting another's work is no act of the committee.
    expect(roles('8月15日，省政协《江淮时报》头版头条以《芜湖县政协出台委员队伍建设意见》为题，报道了我县政协加强委员队伍建设的典型做法。')[0]).toEqual(['省政协', 'passing']);
    // fj-82: the committee's event named after its members is its act, not a member's.
    expect(roles('30日上午，福州市政协委员河长巡河业务培训会暨经验交流会在闽清县举行。')).toEqual([['福州市政协', 'actor']]);
    // gd-50: 调研 right before a committee goes to it; a post of a group is no visit.
    expect(roles('林洁主席调研南山区政协“委员之家”和“委员工作站”')).toEqual([['南山区政协', 'visited']]);
    // ZZZZZZZZZ hb-99: going into a committee (深入) is visiting it; 深入 earlier in the clause is no visit.
    expect(roles('许晓宏深入公安县政协调研 推进“协商在一线”工作')).toEqual([['公安县政协', 'visited']]);
    expect(roles('市政协深入学习贯彻全国政协全会精神。').map((r) => r[1])).not.toContain('visited');
    expect(roles('调研组组长、县政协副主席李四主持座谈会。').map((r) => r[1])).not.toContain('visited');
    // hn-86: a term's members as a body, opening the clause, act for their committee; members as an object do not.
    expect(roles('2月17日，第十一届县政协委员及驻江华的省、市政协委员，集中视察了县内多个领域的重点项目。')).toEqual([['县政协', 'actor']]);
    expect(roles('会议审议了县委组织部作调整增补第十四届县政协委员的说明。').map((r) => r[1])).not.toContain('actor');
    // gx-20: a standing member and staff post, then another body's post: the person acts for that body.
    expect(roles('8月6日至7日，全国政协常委、副秘书长、民盟中央副主席徐辉到我市调研。')).toEqual([['全国政协', 'affiliation']]);
    // …but the head of one of its own special committees, after its staff post, leads for it (sc-71);
    // another body's commission is given its level.
    expect(roles('近日，省政协常委、副秘书长、地联委主任李华锋率队到泸州市江阳区南城街道国窖社区调研。')).toEqual([['省政协', 'actor']]);
    expect(roles('市政协常委、副秘书长、市发改委主任张三到我县调研。')).toEqual([['市政协', 'affiliation']]);
    // A name alone between commas in a run of bodies that attend is one of the list, not an actor (ZZT sc-37).
    expect(roles('中共泸州市委组织部，市委宣传部，市委党史研究室，古蔺县政协，叙永县政协，文化文史和学习委相关负责同志参加会议。')).toEqual([
      ['古蔺县政协', 'passing'],
      ['叙永县政协', 'passing'],
    ]);
    expect(roles('5月26日，泸州市政协召开重点提案办理协商会。')).toEqual([['泸州市政协', 'actor']]);
    // A clause with an act of its own (会见…一行) makes no roll: the one receiving hosts (hn-20).
    expect(roles('市政协主席徐新楚会见益阳市政协主席黄加忠一行，市政协党组副书记李可波，副主席黎四清、李平出席。')[0]).toEqual(['市政协', 'host']);
    // …or who accompanied a visit: each hosts (jl-67).
    const escort =
      '7月26日，省委常委、统战部长吴海英率队来我县调研，并召开座谈会。省政协副主席、民革吉林省委主委郭乃硕，市委常委、统战部长王柏仲，市委常委、县委书记曾范涛，副市长张恒，县政协主席闫鹤陪同调研。';
    expect(roles(escort)).toEqual([
      ['省政协', 'host'],
      ['县政协', 'host'],
    ]);
    // One committee's own people at its own event are no such roll.
    expect(roles('县政协主席欧卫，副主席杨江峰、陈林英，县政协委员、县政协机关干部等30多人出席了揭牌仪式。').map((r) => r[1])).toContain('actor');
    // js-56: a committee going (赴) to a city makes that city's committee the host.
    expect(roles('盐城市政协主席李驰率驻盐省政协委员赴常州市开展异地视察活动，常州市政协主席邹宏国主持召开座谈会。')).toEqual([
      ['盐城市政协', 'actor'],
      ['常州市政协', 'host'],
    ]);
    // zj-86: four committees listed together act jointly: none is the actor or another's partner;
    // a list after a visit word is still a list of committees visited.
    expect(roles('去年5月，上海市普陀区政协、江苏省盐城市政协、安徽省黄山市政协和浙江省台州市政协在普陀区第一次正式牵手。').map((r) => r[1])).toEqual([
      'passing',
      'passing',
      'passing',
      'passing',
    ]);
    // …and a list that opens its clause acts jointly, which keeps its page a practice (yn-95).
    const joint = assignRoles('去年5月，上海市普陀区政协、江苏省盐城市政协、安徽省黄山市政协和浙江省台州市政协在普陀区第一次正式牵手。');
    expect(joint.map((m) => m.jointly)).toEqual([true, true, true, true]);
    // hn-38: the members of committees listed together (三市政协委员) are not the committees acting.
    const members = assignRoles('5月20日,由全国、省、市、区四级,长沙、株洲、湘潭三市政协委员联动履职的守护绿心政协委员工作室正式成立。');
    expect(members.map((m) => m.jointly ?? false)).toEqual([false, false, false]);
    expect(assignRoles('据悉，调研组肯定了上海市普陀区政协、盐城市政协和台州市政协的做法。').map((m) => m.jointly)).toEqual([false, false, false]);
    expect(anyActor(['6月20日至24日，昭通、毕节、泸州、遵义四市政协联合举办了四市政协主席联合视察活动。'])).toBe(true);
    // A range of days written once opens the clause like a date; a list that acts 分别 (each on its
    // own) is each one's practice even after another committee acts (yn-16).
    const kunming = ['市政协领导到县（市）区政协新任委员培训班授课。3月26至29日五华区、盘龙区、西山区政协分别举行了新任政协委员培训班。'];
    expect(jointActors(kunming).map((m) => m.name)).toEqual(['五华区政协', '盘龙区政协', '西山区政协']);
    expect(jointActors(['市政协召开常委会议。会议通报了五华区、盘龙区、西山区政协的做法。'])).toEqual([]);
    // …but not a list reporting, each in turn, at the meeting that heard them (yn-09).
    expect(jointActors(['1月2日，市政协通过召开座谈会方式，分别听取思茅区、宁洱县、景东县政协工作情况。', '会上，思茅区、宁洱县、景东县政协分别汇报了2024年工作情况和2025年工作计划。'])).toEqual([]);
    // …nor a list taking part, each, in another committee's work (sc-712: 分别参与投标, the city committee's tender).
    expect(jointActors(['12月14日，市政协组织召开2020年度提案重点课题结题评审会。', '雁江区、安岳县、乐至县政协分别参与投标并全部顺利中标。'])).toEqual([]);
    // Two places sharing one 政协 that act are both its actors (cq-27)…
    expect(jointActors(['重庆、广西政协书画展在京举办']).map((m) => m.text)).toEqual(['重庆', '广西政协']);
    // …but counted (`两市政协`), one meets the other as its guest.
    expect(jointActors(['岳阳、益阳两市政协举行工作交流会'])).toEqual([]);
    // …unless they say they act together, after their topic too (hn-609; 邵阳 is the city, its namesake county inside it).
    const xuefeng = '8月26日至27日，益阳、邵阳两市政协就“加快发展雪峰山山地旅游业，打造湖南文旅第六张名片”课题联合开展专题调研。';
    expect(jointActors([xuefeng]).map((m) => m.text)).toEqual(['益阳', '邵阳']);
    // …or that they join hands (sc-1007: 高县 and 武胜县 share one 政协).
    expect(jointActors(['高县、武胜县政协携手共助蚕桑产业高质量发展']).map((m) => m.text)).toEqual(['高县', '武胜县政协']);
    // Two committees named in full, acting together, are a joint list too, their offices as well (sd-26, yn-27).
    expect(jointActors(['由云南省政协办公厅、广西壮族自治区政协办公厅联合主办的书画作品联展近日在昆明市举办。']).map((m) => m.text)).toEqual(['云南省政协', '广西壮族自治区政协']);
    // …and so are two going somewhere together to study it (ZZZZZZZZZZZZZZZZZZZV cq-380), not one going to the other.
    expect(jointActors(['5月12日，重庆市江津区政协、泸州市政协来到合江，考察泸永江融合发展示范区建设工作。']).map((m) => m.text)).toEqual(['重庆市江津区政协', '泸州市政协']);
    expect(jointActors(['5月12日，重庆市江津区政协、泸州市政协召开座谈会。'])).toEqual([]);
    // …and two levels' committees as one team, the one inside the other too (ZZZZZZZZZZZZZZZZZZZZZZ nm-436).
    expect(jointActors(['近日，赤峰市、元宝山区两级政协视察组一行15人来到赤峰市元宝山区人民法院视察工作。']).map((m) => m.text)).toEqual(['赤峰市', '元宝山区']);
    expect(roles('张宇带领考察组，到河南省政协、郑州市政协、开封市政协学习考察。').map((r) => r[1])).toEqual(['visited', 'visited', 'visited']);
    expect(roles('省政协和福州市政协邀请专家座谈。')).toEqual([
      ['省政协', 'actor'],
      ['福州市政协', 'partner'],
    ]);
    // …but two places that share one counted 政协 are a list, each acting (zj-26).
    expect(roles('9月25日,吴兴区和四川省广元市青川县两地政协组织社会各界人士欢聚一堂。')).toEqual([
      ['吴兴区', 'actor'],
      ['四川省广元市青川县', 'actor'],
    ]);
    // sc-58: committees that join another's alliance are its members, partners.
    expect(roles('2018年，河北省蔚县政协加入“双帽”联席会；2022年，福建省长汀县政协、河南省浚县政协加入联席会。').map((r) => r[1])).toEqual([
      'partner',
      'partner',
      'partner',
    ]);
    // A twinned committee is a kind of committee, not 伊春's 友好区.
    expect(roles('两地结为友好政协，珙县政协主席李智一行来龙港市考察。')).toEqual([['珙县政协', 'actor']]);
  });

  it('reads its people among other bodies’ leaders who attend as attendees, with a post in another body between post and name (hb-598, js-598)', () => {
    // hb-598: a city's ground-breaking, its vice-chairman the zone's party secretary too, attending among the city's leaders.
    const groundBreaking = '市委书记李军杰宣布项目开工，市委副书记、市长刘洁讲话，市委常委、市纪委书记何飞出席，副市长潘国林主持，市政协副主席、黄冈市临空经济区党工委书记周银芝出席，市政协副主席、黄州区委书记夏志东介绍黄冈第二中学建设项目情况。';
    expect(roles(groundBreaking)).toEqual([
      ['市政协', 'attendee'],
      ['市政协', 'affiliation'],
    ]);
    // js-598: the united-front department's charity relay, a vice-chairman who chairs the business federation named first.
    const relay = '区委常委、统战部部长张素东，区人大常委会副主任万光清，区政协副主席、区工商联主席阮宜春，区政协副主席许丽萍参加。';
    expect(roles(relay)).toEqual([
      ['区政协', 'attendee'],
      ['区政协', 'attendee'],
    ]);
  });

  it('reads its people in a roll the sentence announces (出席…的领导有：) among other bodies’ leaders as attendees (ha-599)', () => {
    const roll = '出席集中开工仪式的领导有：市政府副市长张松文同志，区委书记王秋杰同志，区人大常委会主任张新胜同志，区政协主席王建强同志，区四大班子有关领导。';
    expect(roles(roll)).toEqual([['区政协', 'attendee']]);
  });

  it('reads its official who attends and declares another body’s event, presided over by that body’s leader, as an attendee (sn-599)', () => {
    const opening = '1月13日，平利县2022年一季度重点项目集中开工现场会在县工业集中区举行，市政协副主席周康成出席并宣布项目开工，县委书记杨军主持会议，县委副书记、代县长陈华安排项目建设工作。';
    expect(roles(opening)).toEqual([['市政协', 'attendee']]);
    // (Its own session, its own vice-chairman presiding, is its act.)
    expect(roles('1月13日，市政协十届三次会议在会议中心召开，市政协主席张三出席并讲话，副主席李四主持会议。').map(([, r]) => r)).toEqual(['actor', 'actor']);
  });

  it('reads a committee’s building or grounds where someone else’s event is held as its venue, not an actor (ha-598, jx-61)', () => {
    expect(roles('11月3日上午，备受瞩目的盟动中原——开封市第一届“菊韵杯”篮球邀请赛在市政协篮球场举行开幕式。')).toEqual([['市政协', 'passing']]);
    // jx-61: the city's meeting held in a county's meeting room, the city committee's vice-chairman speaking.
    expect(roles('5月5日，景德镇市县（市、区）政协提案工作座谈会在乐平市政协会议室召开。市政协副主席夏军出席会议并讲话。')[0]).toEqual(['乐平市政协', 'passing']);
    // (The committee that holds its own meeting there still acts: `市政协在市政协会议室召开…`.)
    expect(roles('市政协在市政协会议室召开主席会议。')[0]).toEqual(['市政协', 'actor']);
  });

  it('reads a guest at another body’s meeting, a member or head acting in another post, and a passive’s agent', () => {
    // sc-86: a 人大 session a vice-chairman attends by invitation.
    expect(roles('市政协副主席金嘉祥应邀参加会议。')).toEqual([['市政协', 'attendee']]);
    // zj-71: a district committee's event that a city vice-chairman (the district's party secretary) attends.
    expect(roles('8月8日,市政协副主席、瓯海区委书记曾瑞华参加区政协民生议事堂活动,聚焦主题开展协商。')).toEqual([
      ['市政协', 'affiliation'],
      ['区政协', 'actor'],
    ]);
    // …and one its unit organised, that a party's members joined (ZZZZZZZZZZZZZZZZK hb-291).
    expect(roles('8月31日,民进青山区工委主委满桂莉等多位会员参加了区政协钢都花园街道联络委组织的赴新洲区仓埠街“一线协商·共同缔造”活动,为当地乡村振兴工作建言献策。')).toEqual([['区政协', 'actor']]);
    // hn-75: a provincial deputy secretary-general teaching a county's members' training, by the titles of his lectures.
    expect(roles('授班旗仪式后,省政协副秘书长廖鸿兵、韶山东方红色培训中心优秀讲师赵远琪为大家带来了《政协工作五讲》、《近现代湖湘英杰与中国梦》专题教学。')).toEqual([['省政协', 'attendee']]);
    // he-63: the committee's staff by rank, who only attend another body's show.
    expect(roles('“尚德南宫”第三届诗词楹联书画展在这里成功举办。市政协副处级干部田桂新、原处级干部张自旺出席活动。')).toEqual([['市政协', 'attendee']]);
    // …and a host's official with another body's staff (ZZZZZZZZZZZZZZZZI zj-289).
    expect(roles('九三学社宁波市委会组织社员赴象山开展民主监督活动。象山县政协副主席莫俶茜，社市委机关相关人员参加活动。')).toEqual([['象山县政协', 'attendee']]);
    // …and with the parties' and sectors' heads at a party consultation (ZZZZZZZZZZZZZZZZZZZZZZZW tj-485);
    // its own units' heads with it are still its people at its own meeting (gs-478).
    expect(roles('日前，西青区召开政党协商会议。区政协副主席王世海，各民主党派、工商联负责同志、无党派人士代表参加会议。')).toEqual([['区政协', 'attendee']]);
    expect(roles('县政协副主席骆育喜、付佑，秘书长姚远及各专委办负责人参加。')).toEqual([['县政协', 'actor']]);
    // …and with a national leader by posts after it (ZZZZZZZZZZZZZZZZZZZZZZZZ xz-488).
    expect(roles('对口支援西藏工作20周年电视电话会议25日召开。中共中央政治局常委、全国政协主席俞正声，中共中央政治局常委、国务院副总理张高丽参加此次的会议。')).toEqual([['全国政协', 'attendee']]);
    // …and its chairman named after his rank in the party, attending and speaking (ZZZZZZZZZZZZZZZZZZZZZZZZA xj-489);
    // its chairman alone who attends and speaks may be at its own meeting.
    expect(roles('第十次全国对口支援新疆工作会议在新疆和田召开。中共中央政治局常委、全国政协主席王沪宁出席并讲话。')).toEqual([['全国政协', 'attendee']]);
    expect(roles('市政协委员培训班开班。市政协主席王五出席并讲话。').map(([, r]) => r)).not.toContain('attendee');
    // Its party group's meeting convened by its own officers acts; by another body's, not (ZZZZZZZZZZZZZZZZZZZZZZZZB hi-490).
    expect(roles('8月22日，党组书记、主席聂磊主持召开区政协党组理论学习中心组2025年第8次集体学习会议。')).toEqual([['区政协党组', 'actor']]);
    expect(roles('市委书记张三主持召开市政协党组会议。')).not.toEqual([['市政协党组', 'actor']]);
    // One committee's people in a roll among three and more other bodies' leaders are guests too (ZZZZZZZZZZZZZZZZZZZZZZZZF jx-494);
    // its own two leaders attending its own event are no roll.
    expect(roles('南昌市政府副市长刘家富，安义县县政府县长邹绍辉，县政协主席张芸、南昌市旅游局副局长佟焕哲，安义县委常委、县纪委书记饶绍清，县政协副主席沈冬英、刘琴及中外游客1200余人参加开幕式。').map(([, r]) => r)).toEqual(['attendee', 'attendee']);
    expect(assignRoles('县政协委员读书会举行。县政协主席张芸，副主席沈冬英，秘书长刘琴，委员代表参加活动。').some((m) => m.why.includes('in a roll'))).toBe(false);
    // A vice-chairman who chairs a party, attending with its deputy chairs after him, is there for the party (ZZZZZZZZZZZZZZZZZZZZZZZZG he-495).
    expect(roles('张家口市经开区“农工党党员之家”挂牌成立。市政协副主席、农工党市委会主委李长青，副主委宋美录、刘敏艳，秘书长李琼出席活动。')).toEqual([['市政协', 'affiliation']]);
    // …or leads as the party's own work plan has it (hl-714); without the plan, the committee's vice-chairman leads.
    const plan = '按照九三学社牡丹江市委年初的工作安排和部署，9月7日，由牡丹江市政协副主席、九三学社市委主委张富广带队一行14人到海林市开展送医下乡活动。';
    expect(roles(plan)).toEqual([['牡丹江市政协', 'affiliation']]);
    expect(roles(plan.replace('按照九三学社牡丹江市委年初的工作安排和部署，', ''))).toEqual([['牡丹江市政协', 'actor']]);
    // sn-45: the Hong Kong SAR's national members as a party on a tour: the national committee's.
    expect(roles('香港特别行政区全国政协委员考察团5日下午抵达西安，开始对陕西进行为期4天的考察工作。')).toEqual([['全国政协', 'actor']]);
    // xz-38: a united-front head who is also the committee's party-group deputy, among others who join a visit.
    expect(roles('昌都市委常委、统战部部长,市政协党组副书记赵兵,市委统战部、卡若区、边坝县相关单位负责同志参加考察调研。')).toEqual([['市政协党组', 'attendee']]);
    // gz-97: the city committee's vice-chairman, listed before others, comes to a county session to guide it.
    expect(roles('市政协副主席王能军,以及李浩、黄绍红等市委换届工作第七指导组同志到会指导。')).toEqual([['市政协', 'attendee']]);
    // ZZZZZZZZZZZZZZB zj-230, ZZZZZZZZZZZZZZD hb-232: a city vice-chairman, other bodies' guests after him, at a
    // district's session: greeting it, seated on its rostrum, congratulating it on his committee's behalf.
    expect(roles('市政协副主席彭富春，市委统战部副部长、市社会主义学院党组书记王磊到会祝贺。')).toEqual([['市政协', 'attendee']]);
    // zj-763: …named by its party-group post first, `党组成员、副主席`; in that post presiding, it acts.
    expect(roles('杭州市政协党组成员、副主席毛溪浩到会祝贺并在主席台就座。')).toEqual([['杭州市政协党组', 'attendee']]);
    expect(roles('杭州市政协党组成员、副主席毛溪浩主持会议。')).toEqual([['杭州市政协党组', 'actor']]);
    // hl-766, zj-45: a leader who comes to the committee's plenary group meeting is a guest at its own session.
    expect(roles('1月16日,黑龙江省委书记张庆伟来到省政协全会民革、民建、农业界别联组会,听取政协委员的真知灼见。')).toEqual([['省政协', 'actor']]);
    expect(roles('1月16日,黑龙江省委书记张庆伟来到省政协调研。')).toEqual([['省政协', 'visited']]);
    // sd-792: its session as the frame of a clause of its own is its act, whoever praises its work before the comma;
    // another body's leader leading that clause still makes it his.
    expect(roles('区委、区政府高度重视政协工作,在1月19日上午举行的区政协九届二次会议闭幕式上,区委书记国承彦到会听取7位政协委员所作的大会发言。')).toEqual([['区政协', 'actor']]);
    expect(roles('区委、区政府高度重视政协工作,区委书记国承彦在区政协九届二次会议闭幕式上作重要讲话。')).toEqual([['区政协', 'passing']]);
    // zj-764: a paragraph setting out what a document provides names committees in its terms, acting in none.
    expect(roles('《办法》规定，每一位政协委员至少选择3名群众。政协委员联系界别群众工作将列入委员实绩档案,市政协每年对此项工作进行检查并进行考核表彰。')).toEqual([['市政协', 'passing']]);
    expect(roles('日前，市政协每年对此项工作进行检查并进行考核表彰。')).toEqual([['市政协', 'actor']]);
    expect(roles('市政协副主席蒋宝华，大会主席团常务主席赵盛芳、陈雅君在主席台前排就坐。')).toEqual([['市政协', 'attendee']]);
    expect(roles('彭富春代表市政协对大会的召开表示热烈祝贺。')).toEqual([['市政协', 'attendee']]);
    // ZZZZZZZZZZZZZZN zj-242: the committee's inspection named as the sentence's frame, its reporter the subject.
    expect(roles('见习记者 徐丽敏 在昨天开展的市政协港澳委员集中视察活动中，我看到了难掩的兴奋。')).toEqual([['市政协', 'actor']]);
    // fj-1065, yn-1067: its meeting named straight after 在, others speaking at it, or as where the reporter
    // learned the news; a guest committee opening the next clause acts there itself.
    expect(roles('5月18日，在全国政协社会和法制委员会“快递员和外卖配送员权益保障、促进行业健康发展”调研福建座谈会上，多家快递企业负责人在发言中呼吁。')).toEqual([['全国政协', 'actor']]);
    expect(roles('昨日，记者从市政协督办重点提案协商会上获悉，昆明市有7个村落已申报第五批中国传统村落。')).toEqual([['市政协', 'actor']]);
    expect(roles('在省政协召开的座谈会上，南宁市政协主席作交流发言。')).toEqual([['省政协', 'passing'], ['南宁市政协', 'actor']]);
    // fj-1069: a name before nothing but quoted questions signs a repost; one before a quoted brand and a verb acts.
    expect(roles('华人号：福建政协“项目完成了吗？什么时候能投用？”“群众满意度如何？”“在长效运行方面有哪些探索？”……')).toEqual([['福建政协', 'passing']]);
    expect(roles('市政协“三进”活动走进社区')).toEqual([['市政协', 'actor']]);
    // ZZZZZZZZZZZZZZ hn-228: a standing member who heads one of the committee's special committees leads
    // for it; as a guest lecturer elsewhere (应邀出席) he attends. (A standing member with another body's post
    // is that person: zj-59 below.)
    expect(roles('3月18日上午，省政协常委、农业农村委员会主任徐宏源率队来我市考察调研。')[0]).toEqual(['省政协', 'actor']);
    // …and so is one named short, the person's name right after it (fj-40), but not with another body's post after it (xj-297).
    expect(roles('1日，省政协常委、农业和农村委主任陈照瑜一行到安溪县，开展福建省政协重点课题三级联动调研。')[0]).toEqual(['省政协', 'actor']);
    expect(roles('7月19日至27日，全国政协常委、港澳台侨委副主任，致公党中央副主席闫小培率海外侨胞代表团赴新疆考察。')[0]).toEqual(['全国政协', 'affiliation']);
    expect(roles('上海市政协常委、界别和地区工作委员会主任于秀芬应邀出席会议并作专题辅导。')).toEqual([['上海市政协', 'attendee']]);
    // ZZZZZZZZZZZZZY gs-227: the provincial committee greeting a city's session by telegram.
    expect(roles('省政协专门发来贺电，祝贺政协兰州市十二届一次会议的召开。')[0]).toEqual(['省政协', 'attendee']);
    // ZZZZZZZZZZZZZY yn-227: a party's meeting choosing proposals to send to the session; the session held is the committee's.
    expect(roles('为确保提交市政协五届四次会议提案有质量，社玉溪市委提前安排。')).toEqual([['市政协', 'passing']]);
    // …perhaps next year's (sh-667: a 九三学社 branch's survey for its speech at the district's coming session).
    expect(roles('活动中，调研组一行围绕即将提交明年区政协二届二次会议的大会发言、集体提案设想等展开调研。')).toEqual([['区政协', 'passing']]);
    // A photo caption's mark (△) before a committee that acts is read past, as a bullet is (bj-711)…
    expect(roles('△北京通州区政协组织委员举行“携书、携爱，共赴心之美好大运河草坪读书会”。')).toEqual([['北京通州区政协', 'actor']]);
    // …and its official speaking at another committee's session is a guest there (hb-232), at its own the actor.
    expect(roles('△市政协副主席彭富春在政协汉阳区第十六届委员会第三次会议开幕大会上讲话。')[0]).toEqual(['市政协', 'attendee']);
    expect(roles('市政协主席张三在市政协十届三次会议开幕大会上讲话。')[0]).toEqual(['市政协', 'actor']);
    // …and so is its chairman putting forward ideas at another committee's consultation meeting (ln-947).
    expect(roles('全国政协委员，沈阳市政协主席于学利在辽宁省政协今年组织召开的第一次专题协商会上提出，锚定打造创意设计之都。')).toEqual([
      ['沈阳市政协', 'attendee'],
      ['辽宁省政协', 'actor'],
    ]);
    // …or where a party body means to take its findings as a proposal (hn-49: 形成提案在市政协二届七次全会上发言).
    expect(roles('调研组采取多种形式进行了调研，并准备将调查情况形成提案在市政协二届七次全会上发言。')).toEqual([['市政协', 'passing']]);
    // Its plenary, 全会, is its session as much as 会议 (sn-716: 在…汉中市政协全会小组讨论会上).
    expect(roles('在2月13日的汉中市政协全会小组讨论会上，油菜花成为委员们热议的话题。')).toEqual([['汉中市政协', 'actor']]);
    expect(roles('2月5日，市政协五届四次会议开幕。')).toEqual([['市政协', 'actor']]);
    // sn-220: a district's members discussing the national session; the national committee does not hold one
    // here. (Its report since a session, `聆听全国政协十四届一次会议以来提案工作情况报告` (bj-565), is its work.)
    expect(roles('【热议】金台区政协委员热议全国政协十四届三次会议及政府工作报告')).toEqual([['全国政协', 'reference']]);
    expect(roles('聆听全国政协十四届一次会议以来提案工作情况报告，记者注意到这样一段总结。')).toEqual([['全国政协', 'actor']]);
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZT sn-560: a party's proposals at the session, in a scan of the parties' year; the
    // members' own at it are the session's.
    expect(roles('在省政协十二届三次会议上，民革陕西省委会提交集体提案10件、大会发言5件。')).toEqual([['省政协', 'passing']]);
    expect(roles('在省政协十二届三次会议上，委员们提交提案120件。')).toEqual([['省政协', 'actor']]);
    // js-821: during the session (期间), the party as its own reports shorten it (社市委会 for 九三学社常州市委会).
    expect(roles('在市政协十五届四次会议期间，社市委会提交集体提案《关于殷村职教小镇产教深度融合的建议》。')).toEqual([['市政协', 'passing']]);
    expect(roles('在市政协十五届四次会议期间，委员们提交提案300件。')).toEqual([['市政协', 'actor']]);
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZW sd-563, hn-36: a chairman leading the place's party and government delegation goes
    // for it; leading a research group he acts.
    expect(roles('沂水县政协主席郭忠友带领党政考察团赴兰山区、罗庄区观摩项目建设。')).toEqual([['沂水县政协', 'affiliation']]);
    expect(roles('湖南省政协主席毛万春率湖南省党政代表团在西藏自治区考察对口援藏工作。')).toEqual([['湖南省政协', 'affiliation']]);
    expect(roles('沂水县政协主席郭忠友带领调研组赴兰山区观摩项目建设。')).toEqual([['沂水县政协', 'actor']]);
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZB zj-568, ln-523: a roll of whole groups by their posts, the committee's among
    // other bodies', who attend another body's meeting; its own groups alone at its own meeting act.
    expect(roles('区委理论学习中心组全体成员；区级机关各部门主要负责人；各镇、街道领导；区政协常委，区政协机关干部；区委统战部机关干部参加了学习会。').map(([, r]) => r)).toEqual(['attendee', 'attendee']);
    expect(roles('区政协主席会议成员；各专委会主任、副主任；机关全体干部参加了学习会。')).toEqual([['区政协', 'actor']]);
    // gx-1063: …named people and whole groups mixed, every unit's heads among them and a head count at the end.
    expect(roles('县委常委、县政法委书记黄世勇，县人大常委会副主任闭应尚，县人民政府副县长、县公安局局长王铭军，县政协副主席庞柳余和县禁毒委成员单位分管领导，各乡（镇）主要领导，各派出所所长，百合镇各村委（社区）支书等共100余人参加会议。')).toEqual([['县政协', 'attendee']]);
    // ZZZZZZZZZZZZZZU sd-249: a vice-chairman who heads the united-front department, only attending its forum;
    // ZZZZZZZZZZZZZZZZZZZZZZZZV zj-510, …inspecting in that post; ZZZZZZZZZZZZZZZZZZZZZZZZZD gd-518, the
    // department's head whose second post is in the committee's party group, leading the department's people.
    expect(roles('青岛市政协副主席、市委统战部部长宋建民出席座谈会。')).toEqual([['青岛市政协', 'affiliation']]);
    expect(roles('市政协党组书记、统战部长王伟赴宗教活动场所检查疫情防控工作')).toEqual([['市政协党组', 'affiliation']]);
    expect(roles('8月23日，番禺区区委常委、统战部部长、区政协党组副书记邓耀棋率番禺区统战部、工商联、团区委到蕉岭县调研考察。')[0]).toEqual(['区政协党组', 'affiliation']);
    expect(roles('县政协主席张三出席会议并讲话。')).toEqual([['县政协', 'actor']]);
    // ZZZZZZZZZZZZZZZZZZZZZZZZX sd-512: a vice-chairman who heads the federation of industry joining its activity.
    expect(roles('县工商联组织部分会员开展送温暖活动。县政协副主席、工商联主席吴绪季参加了活动。')).toEqual([['县政协', 'attendee']]);
    // zj-59: a standing member's own charity; nm-59: a banner's party secretary who is also a city vice-chairman.
    expect(roles('市政协常委、宁波沁园集团董事长叶建荣，迅速决策，通过义卖筹集巨款。')).toEqual([['市政协', 'affiliation']]);
    // …and a member, invited or elected, with a firm's or a foundation's post (ha-601: a donors' delegation at a school).
    expect(roles('香港福建希望工程基金会主席、青海省政协特邀委员、联丰兴业（集团）有限公司董事长余毅等组成的访问团一行6人出席仪式。')).toEqual([['青海省政协', 'affiliation']]);
    expect(roles('会上，市政协副主席、旗委书记徐茂龙作了重要讲话。')).toEqual([['市政协', 'affiliation']]);
    // ha-979: a vice-chairman who heads a bureau, leading the bureau's own people; not one leading the committee's (sh-698).
    expect(roles('近日,市政协副主席、市交通运输局局长周保林带领市交通运输部门有关同志前往息邢高速公路施工路段。')).toEqual([['市政协', 'affiliation']]);
    // (…its party group's secretary too, gs-1090.)
    expect(roles('天水市政协副主席、市科技局党组书记、局长高媛瑾带领市科技局党组成员、副局长潘慧一行深入麦积区检查科技项目。')).toEqual([['天水市政协', 'affiliation']]);
    expect(roles('区政协副主席、区生态环境局局长王淳率区政协提案委相关负责人、部分委员开展督办。')[0]).toEqual(['区政协', 'actor']);
    // ZZZZZZZZZZZZZZZZZZZZ yn-384: a party chair visiting the party's own body, and a headline under a party's column.
    expect(roles('2022年7月22日，昆明市政协副主席、民进昆明市委主委王键走访昆明民进书画院。')).toEqual([['昆明市政协', 'affiliation']]);
    expect(roles('市政协副主席、民进市委主委王键走访了县政协。')[0]).toEqual(['市政协', 'actor']);
    expect(roles('【民进】昆明市政协副主席王键走访昆明民进书画院')).toEqual([['昆明市政协', 'affiliation']]);
    expect(roles('【要闻】昆明市政协召开常委会议')).toEqual([['昆明市政协', 'actor']]);
    // ah-11: the secretary of the city's political-legal commission is not the city's head; the chairman tours for the committee.
    expect(roles('10月17日上午,市政协主席、市委政法委书记钱界殊走访调研。')).toEqual([['市政协', 'actor']]);
    expect(roles('市政协副主席、自治区党委书记王五讲话。')).toEqual([['市政协', 'affiliation']]);
    expect(roles('县政协常委、秘书长李四主持会议。')).toEqual([['县政协', 'actor']]);
    // hl-80: a deputy secretary-general who is also a party's officer leads the party's research; a
    // chairman's party post stays an honour, and a staff post before the committee's own office is its own.
    expect(roles('7月25日至30日,黑龙江省政协副秘书长、民盟黑龙江省委专职副主委王健凤率队对大兴安岭地区进行实地调研。')).toEqual([['黑龙江省政协', 'affiliation']]);
    // hl-1056: …but leading the party's sector of the committee's own members is the committee's work, in a frame
    // (`在…的带领下`) too; not a party's own group led so (ah-819).
    expect(roles('近日，在市政协副秘书长、民盟市委主委孙凤玲的带领下，姚书元、李志敏等民盟界别市政协委员来到中央大街，就中央大街卫生间设置等情况进行实地调研。')).toEqual([['市政协', 'actor']]);
    expect(roles('7月26日，在黄山市政协副主席、农工党市委主委毕普民的带领下，农工党黄山市委重点课题调研组赴休宁县开展专题调研。').map(([, r]) => r)).not.toContain('actor');
    // hi-130, sc-95: a chairman who is also a party's chair, leading that party's own people, goes for
    // the party; leading a group, or the party's sector of the committee's members (jx-61), for the committee.
    expect(roles('由省政协副主席、致公党省委主委林方略率致公党省委专职副主委吴建东、秘书长郭潘等一行到文昌调研。')).toEqual([['省政协', 'affiliation']]);
    expect(roles('8月27日，绵阳市政协副主席、民盟市委主委艾尚林率领盟市委副主委郑金贵、秘书长谢普到三台县调研。')).toEqual([['绵阳市政协', 'affiliation']]);
    expect(roles('5月29日，省政协副主席、民革吉林省委会主委郭乃硕率调研组一行来到我州开展调研。')).toEqual([['省政协', 'actor']]);
    // …a national vice-chairman who chairs a party's central committee too (ZZZZZZZZZZZZZZZZZZZZZZZU cq-483).
    expect(roles('全国政协副主席、致公党中央主席、中国科学技术协会主席万钢率致公党中央调研组来酉阳调研。')).toEqual([['全国政协', 'affiliation']]);
    // …and one who is a deputy head of a central delegation, leading one of its sections (ZZZZZZZZZZZZZZZZZZZZZZZU xj-483).
    expect(roles('全国政协副主席、中央代表团副团长张庆黎率四分团来到博尔塔拉蒙古自治州博乐市，考察了村民文化体育场所。')).toEqual([['全国政协', 'affiliation']]);
    // (…the delegation's post after another, ZZZZZZZZZZZZZZZZZZZZZZZZR xz-506.)
    expect(roles('全国政协副主席、中共中央统战部部长、中央代表团副团长杜青林率中央代表团分团抵达昌都。')).toEqual([['全国政协', 'affiliation']]);
    expect(roles('近日，赣州市政协副主席、九三学社市委会主委韩高峰率九三学社界别委员赴三江乡开展“委员活动日”主题活动。')).toEqual([['赣州市政协', 'actor']]);
    // sc-99, ZZZZZZZZZZZZQ js-194: …and one presiding over a meeting, in the party's post (the committee's
    // own meeting names it acting elsewhere).
    expect(roles('市政协副主席、农工党绵阳市委主委赵朝晖主持会议，企业家代表围绕园区功能定位建言献策。')).toEqual([['市政协', 'affiliation']]);
    expect(roles('市政协召开民主监督座谈会。市政协副主席、民盟市委主委张三主持会议。')[0]).toEqual(['市政协', 'actor']);
    // gx-88: a member known by another committee's post who submits a proposal at a session: the
    // session is the occasion, not the committee acting.
    expect(roles('自治区政协委员、平桂区政协常委、广西万升石业公司董事长王万传在自治区政协十二届一次会议上提交了提案。').map((r) => r[1])).not.toContain('actor');
    expect(roles('3月5日，在市政协十二届五次会议上，委员们积极建言。')).toEqual([['市政协', 'actor']]);
    // hi-81: the head of the group the committee sends, by that post first, speaks for the committee.
    expect(roles('视察团团长、省政协副主席陈成在座谈时指出,红树林是海南热带绿色生态的一个重要标志。')).toEqual([['省政协', 'actor']]);
    // gd-02: the group the committee's official heads, as the sentence's subject, is the committee's;
    // not a party's group he heads too (ah: `…为组长的省民革调研组`).
    expect(roles('2017年3月5-10日,以省政协人资环委副主任张育文为团长的人口资源环境委员会学习考察团一行13人,赴江西省进行专题学习考察。')).toEqual([['省政协', 'actor']]);
    expect(roles('以省政协提案委副主任、民革安徽省委副主委胡劲富为组长的省民革调研组一行5人来我市调研。').map((r) => r[1])).not.toContain('actor');
    // jx-29: …or a party's provincial committee's (省委会) full-time vice-chair.
    expect(roles('6月1日至5日,省政协副秘书长、省委会专职副主委肖礼庆率队前往高安市开展调研。')).toEqual([['省政协', 'affiliation']]);
    expect(roles('省政协副主席、民革省委主委李四率队赴邵阳调研。')).toEqual([['省政协', 'actor']]);
    expect(roles('市政协副秘书长、办公室主任王五率队赴邵阳调研。')).toEqual([['市政协', 'actor']]);
    // sn-86, sn-23: the agent of a passive acts, unless it only takes up another's work.
    expect(roles('民革汉中市西乡支部被县政协确定为首批建设的10个委员工作室之一。')).toEqual([['县政协', 'actor']]);
    expect(roles('聚焦国歌规范普及的建议被全国政协办公厅采用。')).toEqual([['全国政协', 'passing']]);
    // …or a party's proposals filed by it (ZZZZZZZZZZZZZZZZZZZA hb-359).
    expect(roles('今年民盟襄阳市委共有58件集体和个人提案被市政协立案，为了搞好提案办理工作，盟市委主动与有关政府部门联系。')).toEqual([['市政协', 'passing']]);
    // sn-86: an occasion run into the clause before the committee.
    expect(roles('9月15日，在集中授牌仪式上西乡县政协主席朱小平向刘月颖授牌。')).toEqual([['西乡县政协', 'actor']]);
    // …or gives the welcoming speech at another body's event in that post (hi-1041).
    expect(roles('“2012全球新能源汽车大会”1月10日在海南博鳌开幕。海南省政协副主席、省科技厅厅长王路在致辞中表示，十二五期间，海南将发展新能源汽车产业。')).toEqual([['海南省政协', 'affiliation']]);
  });

  it('makes a meeting of a level’s whole system its committee’s act, but not the system named in passing (zj-55, nx-90)', () => {
    // (With the place named before it: 浙江's.)
    expect(roles('近日，浙江全省政协主席暑期读书会暨市、县（市、区）政协工作经验交流会在杭州举行。')).toEqual([['浙江全省政协', 'actor']]);
    expect(roles('全市政协系统“双进双联双争四百”活动启动')).toEqual([['全市政协', 'actor']]);
    expect(roles('各级政协和全省政协系统要认真学习')).toEqual([]);
    expect(roles('全省政协委员要积极履职尽责')).toEqual([]);
  });

  it('makes the committee that opens a clause the actor, after times and frames', () => {
    expect(roles('2017年换届以来，石家庄市政协立足新时代新方位')).toEqual([['石家庄市政协', 'actor']]);
    expect(roles('近日，县政协在高田镇开展“赣事好商量·实诚协商”议事活动。')).toEqual([['县政协', 'actor']]);
    expect(roles('10月13—15日，市政协副主席刘国学率部分政协委员和茶企业负责人先后到梧州市')).toEqual([['市政协', 'actor']]);
    expect(roles('2020年12月7日-11日，由区政协主席会议成员带队，深入到各界别开展委员走访活动')).toEqual([['区政协', 'actor']]);
    // …and one that sends its people on its own work (sx-1172, zj-884).
    expect(roles('为了完成《晋商史料全览·忻州卷》的史料搜集工作，我们忻州市政协委派文史委副主任杨宇宁和我前往当年忻州旅蒙商走过的地方搜集史料。')).toEqual([['忻州市政协', 'actor']]);
    expect(roles('在剑阁县政协的推动下，下寺镇二龙村与姚家镇钟岭村之间的赵家河漫水桥升级改造项目于近日全面完工。')).toEqual([
      ['剑阁县政协', 'actor'],
    ]);
    // …and one whose work on a topic is credited, however long the topic (gz-1190).
    expect(roles('团山村水费收取工作顺畅快捷,得益于印江自治县政协围绕团山村集中供水管理规范化建设开展的协商活动。')).toEqual([['印江自治县政协', 'actor']]);
    expect(roles('市委书记要求市政协围绕全市中心工作开展调研。')).toEqual([['市政协', 'actor']]);
    // sn-82: the committee that made an event (由…打造) is its actor.
    expect(roles('6月17日，一场公益助农直播在这里上演。这场由黄龙县政协倾力打造的直播活动，是夏日精品的推介会。')).toEqual([['黄龙县政协', 'actor']]);
    // …and after the term it is in (ZZZZZZZZZZZZZZZZZZZN sd-372: `新一届济南市政协探索创建了…`).
    expect(roles('为深入贯彻落实党的十九大精神，新一届济南市政协探索创建了“商量”平台。')).toEqual([['济南市政协', 'actor']]);
    expect(roles('本届县政协高度重视提案工作。')).toEqual([['县政协', 'actor']]);
  });

  it('marks partners, references and visits', () => {
    expect(roles('推出“四引四帮”主题实践活动，与省政协同心携手助力脱贫攻坚')).toEqual([['省政协', 'partner']]);
    expect(roles('积极探索新方法，推广卢龙县政协抓党建和委员管理、山海关区政协建设政协委员工作室经验。')).toEqual([
      ['卢龙县政协', 'reference'],
      ['山海关区政协', 'reference'],
    ]);
    expect(roles('借鉴全国政协双周协商座谈会的形式')).toEqual([['全国政协', 'reference']]);
    // An award named after the committee that gives it (xj-1151), not the committee's own prize-giving.
    expect(roles('新疆维吾尔自治区政协办公厅被评为全国政协好新闻组织奖、报送的新闻作品荣获二等奖。')[1]).toEqual(['全国政协', 'reference']);
    expect(roles('全国政协表彰好新闻作品。')).toEqual([['全国政协', 'actor']]);
    expect(roles('深刻领会全国政协、省政协经验交流会和全国地方政协工作经验交流会精神')).toEqual([
      ['全国政协', 'reference'],
      ['省政协', 'reference'],
    ]);
    expect(roles('并参照市政协做法，开发了委员履职管理服务系统')).toEqual([['市政协', 'reference']]);
    expect(roles('主席会议成员走访市政协机关')).toEqual([['市政协', 'visited']]);
    // ZZZZZZZZZZZZZZZZZW he-329: a committee that lends another's activity its support is a partner to it;
    // one that gives the people something acts.
    expect(roles('此次调研活动还特邀市政协委员杨丽馨参加，迁西县政协给予了宝贵支持。')).toContainEqual(['迁西县政协', 'partner']);
    expect(roles('春节前，县政协给予困难群众慰问金。')).toEqual([['县政协', 'actor']]);
    // sc-96: a party that comes (`一行来`) visits; 来 alone is no visit (近年来).
    expect(roles('5月14日，岳池县政协党组副书记、副主席聂长江一行来前锋区政协考察交流。')).toEqual([
      ['岳池县政协党组', 'actor'],
      ['前锋区政协', 'visited'],
    ]);
    expect(roles('张宇带领考察组，到河南省政协、郑州市政协学习考察')).toEqual([
      ['河南省政协', 'visited'],
      ['郑州市政协', 'visited'],
    ]);
  });

  it('knows a host, a partner in an agreement, an attending official and a former post', () => {
    expect(roles('延安市政协党组书记、主席陪同调研')).toEqual([['延安市政协党组', 'host']]);
    expect(roles('12月17日，重庆市南岸区政协主席梅泽波与四川省邛崃市政协主席肖瑶签署《协同履职战略合作协议》。')).toEqual([
      ['重庆市南岸区政协', 'actor'],
      ['四川省邛崃市政协', 'partner'],
    ]);
    expect(roles('门头沟区委副书记、区长喻华锋，区人大常委会主任张维刚，区政协主席刘贵明到场参与录制。')).toEqual([
      ['区政协', 'attendee'],
    ]);
    expect(roles('山东省政协原常委、经济委员会原副主任李玮接受纪律审查和监察调查')).toEqual([['山东省政协', 'affiliation']]);
    expect(roles('认为现在区委、区府和区政协对提案工作越来越重视')).toEqual([['区政协', 'passing']]);
    expect(roles('26日上午，省政协和福州市政协邀请四级政协委员共同开展省市提案联合督办活动')).toEqual([
      ['省政协', 'actor'],
      ['福州市政协', 'partner'],
    ]);
  });

  it('leaves mentions inside titles and quotations, and objects of other verbs, passing', () => {
    expect(roles('制定出台《永嘉县政协系统信息工作采用通报制度》')).toEqual([['永嘉县政协系统', 'passing']].map(([t, r]) => [t.replace('系统', ''), r]));
    expect(roles('将筹措的1700余份“爱心健康包”陆续发放到百姓手中，得到市政协的肯定')).toEqual([['市政协', 'passing']]);
  });

  it('reads the first of one person\'s two posts as a concurrent post, the next committee as the actor', () => {
    expect(roles('10月18日，全国政协常委、四川省政协副主席刘旭光一行11人，来我市进行考察调研。')).toEqual([
      ['全国政协', 'affiliation'],
      ['四川省政协', 'actor'],
    ]);
    // Two committees in a list, not one person's posts.
    expect(roles('省政协和福州市政协邀请委员开展督办活动。').map(([, r]) => r)).not.toContain('affiliation');
  });

  it('reads a person\'s two posts written with a comma between them as one concurrent post (ZZZZZZZZZZZZZZZE gx-259)', () => {
    expect(roles('市政协常委,七星区政协主席、党组书记刘琴说,2025年,七星区政协坚持“实干为要、创新为魂”理念').slice(0, 2)).toEqual([
      ['市政协', 'affiliation'],
      ['七星区政协', 'actor'],
    ]);
    // (A body of the committee before the comma is no post of a person: two clauses, each its own.)
    expect(roles('县政协常委会，县政协主席张三说').map(([, r]) => r)).not.toContain('affiliation');
    // …and with posts in another body between them (ZZZZZZZZZZZZZZZZZZZZY sh-409).
    expect(roles('10月16日,全国政协常委,九三学社中央常委、上海市委主委,上海市政协副主席钱锋带领代表团到上海市援滇干部联络组调研。')).toEqual([
      ['全国政协', 'affiliation'],
      ['上海市政协', 'actor'],
    ]);
  });

  it('reads a host at the end of a list of its people, but not a committee accompanied or its own people joining', () => {
    // ZZZZZZZZZZZZZZZZZZZZZZZZY gz-513: a roll that another body's leader heads, receiving guests: the committee's
    // people receive them with him. (The committee's own chairman receiving guests who are no committee acts.)
    expect(roles('金黔在线讯11月14日，省委副书记王富玉，省政协副主席、民革贵州省委主委马文骏，省政协副主席、民建贵州省委主委王录生在贵州饭店会见了天津市各民主党派考察团一行。').map(([, r]) => r)).toEqual(['host', 'host']);
    expect(roles('11月14日，省政协主席王富玉在贵州饭店会见了澳门工商界考察团一行。')).toEqual([['省政协', 'actor']]);
    // tj-1050: …and one that another body's leader heads, going out to look at its work: the committee's people go
    // with him. (The committee's own people going out act.)
    expect(roles('12月28日，医院新院开诊。市委常委、滨海新区区委书记连茂君，市政协副主席、市卫生健康委党委书记王建国深入院区调研。')).toEqual([['市政协', 'attendee']]);
    expect(roles('区政协主席李明，副主席王强深入企业调研。')).toEqual([['区政协', 'actor']]);
    expect(roles('7月28日，江苏省徐州市云龙区政协工作理论研究会一行8人来凤翔县进行学习调研。凤翔县政协副主席柳永利，秘书长、办公室主任靳晓春陪同调研。')).toEqual([
      ['江苏省徐州市云龙区政协', 'actor'],
      ['凤翔县政协', 'host'],
    ]);
    expect(roles('10月18日，兰西县政协主席石红梅带领调研组一行到三原考察学习。三原县政协党组书记、主席李学军一同考察。')).toEqual([
      ['兰西县政协', 'actor'],
      ['三原县政协党组', 'host'],
    ]);
    expect(roles('3月23日，河南省政协副主席张震宇在驻马店市政协主席陈锋的陪同下到平舆县调研。').map(([t, r]) => `${t}:${r}`)).toContain('河南省政协:actor');
    expect(roles('2月27日，渭南市政协主席李军政走访调研委员工作室。市政协副主席王文学、毛平宇一同调研。')).toEqual([
      ['渭南市政协', 'actor'],
      ['市政协', 'actor'],
    ]);
  });

  it('reads the 至 of a range of dates as no visit', () => {
    expect(roles('3月2日至4日市政协副主席康志民分别召开了分管委室全体人员会议。')).toEqual([['市政协', 'actor']]);
    expect(roles('3月3日，县政协主席一行至市政协汇报工作。')).toContainEqual(['市政协', 'visited']);
  });

  it('reads a committee whose clauses end in 以来 before another committee\'s as a time frame (gz-16)', () => {
    expect(roles('贵州省政协推动政协协商向基层延伸，创新探索“开展院坝协商”以来，台江县政协按照省、州政协部署，打造协商品牌。')).toEqual([
      ['贵州省政协', 'passing'],
      ['台江县政协', 'actor'],
    ]);
    // (The committee's own work since then goes on with it as the subject.)
    expect(roles('县政协开展“委员在行动”以来，共走访群众200余户。')).toEqual([['县政协', 'actor']]);
  });

  it('reads several committees\' chairs listed by 、 after another body\'s leader acts as attending (gd-37)', () => {
    expect(roles('市委书记刘红兵一同考察，茂名市政协主席刘芳、湛江市政协主席李多民参加活动。')).toEqual([
      ['茂名市政协', 'attendee'],
      ['湛江市政协', 'attendee'],
    ]);
    // (After an event held, the committees' own leaders at its opening are no roll of guests.)
    expect(roles('书画展15日在南京举行，陕西省政协副主席张社年、江苏省政协副主席罗一民出席开幕式。')[0]).toEqual(['陕西省政协', 'actor']);
  });

  it('reads a committee official who leads one of a tour\'s teams after other bodies\' leaders as one of them (ZZZZZZZZZZZZZZZZZZZZZZN hi-450)', () => {
    expect(roles('琼海市委常委、常务副市长符传富，琼海市人大常委会副主任黄基钊，琼海市政协副主席林茹带队的慰问组，分别深入到博鳌镇和潭门镇。')).toEqual([['琼海市政协', 'attendee']]);
    // (Its official leading its own team, no other body's leader before, is the committee at work.)
    expect(roles('近日，琼海市政协副主席林茹带队的慰问组深入到博鳌镇。')).toEqual([['琼海市政协', 'actor']]);
  });

  it('reads a committee official listed after another body\'s leader as attending, past a bracketed list of units (ZZZZZZZZZZZZZZZZZZZZZZS sd-455)', () => {
    expect(roles('近日，夏津香赵庄镇召开招商活动工作会，夏津县委常委、宣传部长魏先军，夏津县政协副主席李法宝及招商引资小组（香赵庄镇、公用事业局、食品药品监督局、教育局、招商局）成员单位参加。')).toEqual([['夏津县政协', 'attendee']]);
  });

  it('reads a named committee\'s members as a body going out to work as the committee acting (ZZZZZZZZZZZZZZZZZZZZZZY hb-461)', () => {
    expect(roles('4月2日，罗田县政协委员们到三里畈、河铺、胜利、九资河、白庙河、凤山等6个乡镇不同类型的集中安置点调研。')).toEqual([['罗田县政协', 'actor']]);
    // (Not one member named, `罗田县政协委员张三到…调研` (no mention of the committee at all), nor the
    // members only listening, `罗田县政协委员们听取了汇报`.)
    expect(roles('4月2日，罗田县政协委员张三到三里畈调研。')).toEqual([]);
    expect(roles('会上，罗田县政协委员们听取了汇报。')).toEqual([['罗田县政协', 'affiliation']]);
  });

  it('reads a named committee\'s members as a body supervising beside officials as the committee acting (fj-763)', () => {
    expect(roles('8月23日,福建省石狮市政协委员们与石狮市市场监督局执法人员一起出现在玉湖果蔬批发市场,提着框袋,在各摊位前穿梭,对食用农产品进行现场随机抽检。')).toEqual([['福建省石狮市政协', 'actor']]);
  });

  it('reads a committee\'s society head who gives a named lecture at another\'s training as its speaker, its own chairman not (ZZZZZZZZZZZZZZZZZZZZZZZE sc-467)', () => {
    expect(roles('培训会上，省政协理论与实践研究会会长陈宏志作了《人民政协与政协委员》专题讲座，就人民政协的性质做了讲解。')).toEqual([['省政协', 'attendee']]);
    expect(roles('会上，市政协主席张三作了《履职尽责》专题讲座。')).toEqual([['市政协', 'actor']]);
  });

  it('reads another committee\'s office head lecturing on a topic at a district\'s training as its speaker (sn-893)', () => {
    expect(roles('随后，省政协办公厅信息处处长杨凯就反映社情民意信息工作进行授课，他以“人民政协社情民意信息理论与实践”为题作了讲解。')).toEqual([['省政协', 'attendee']]);
    expect(roles('随后，省政协办公厅信息处处长杨凯就反映社情民意信息工作进行调研。')).toEqual([['省政协', 'actor']]);
  });

  it('reads the 到 of taking up a post (到任) as no visit', () => {
    expect(roles('刚到任政协雷山县党组书记的石虎表示，要接过帮扶的旗帜。')).not.toContainEqual(['政协雷山县党组', 'visited']);
    expect(roles('3月3日，县政协主席一行到市政协汇报工作。')).toContainEqual(['市政协', 'visited']);
  });

  it('reads one of a list of bodies that speak at a meeting as attending it (ZZZZZZZZZZZZZZZU js-275)', () => {
    expect(roles('民革市委会、民进市委会、灌南县政协、赣榆区政协和两位特邀信息员作交流发言。')).toEqual([
      ['灌南县政协', 'attendee'],
      ['赣榆区政协', 'attendee'],
    ]);
    // (A committee alone that speaks is no list.)
    expect(roles('会上，灌南县政协作交流发言。')[0][1]).not.toBe('attendee');
  });

  it('reads what a party learns on the spot (实地了解) as the host\'s practice, not an act of its own (ZZZZZZZZZZZZZZZZ sh-280)', () => {
    expect(roles('会前，与会者参观了黄浦区五里桥街道基层协商联络室，实地了解黄浦区政协开展“零距离协商”经验做法。')).toEqual([['黄浦区政协', 'visited']]);
  });

  it('reads the 赴 of coming to a session (赴会) as no trip: the session\'s members act (ZZZZZZZZZZZZZZZS sn-273)', () => {
    expect(roles('2月14日下午，赴会报到参加耀州区政协十届二次会议的全体政协委员对全区重点项目建设情况进行现场观摩。')).toEqual([['耀州区政协', 'actor']]);
    // (A party going to a committee is still a visit.)
    expect(roles('3月3日，县政协主席一行赴市政协汇报工作。')).toContainEqual(['市政协', 'visited']);
  });

  it('reads a committee after its official\'s chair of a people\'s organisation (市侨联主席、) as acting, and after a party\'s head (主委、) not (ZZZZZZI he-29)', () => {
    expect(roles('8月16日,市侨联主席、市政协港澳台侨委员会主任胡平带领部分政协委员就我区文明城市创建工作情况开展视察。')).toContainEqual(['市政协', 'actor']);
    expect(roles('8月16日,民盟市委主委、市政协副主席胡平带领民盟调研组开展调研。')).not.toContainEqual(['市政协', 'actor']);
  });

  it('reads the members at a committee\'s own session acting as a body (出席市政协…会议的政协委员列席…) as the committee acting (ZZZZZZZH ah-35)', () => {
    expect(roles('1月21日上午，出席市政协十六届五次会议的政协委员列席市十八届人大五次会议第一次全体会议。')).toEqual([['市政协', 'actor']]);
    expect(roles('1月21日上午，县长出席市政协十六届五次会议开幕会。')).not.toContainEqual(['市政协', 'actor']);
  });

  it('reads a committee joined by another body\'s people who come to speak (省政协以及市纪委有关委室负责同志…讲座) as no act of it (ZZZZZZZB ah-88)', () => {
    expect(roles('省政协以及市纪委有关委室负责同志也分别围绕关键主题展开专题讲座。')).toEqual([['省政协', 'passing']]);
    expect(roles('省政协组织专家展开专题讲座。')).toEqual([['省政协', 'actor']]);
  });

  it('reads a committee\'s building described (郑州政协文史馆建在…) as no act of it (ZZZZZZQ ha-27)', () => {
    expect(roles('郑州政协文史馆建在郑州市政协院内,建筑面积2515平方米,2017年9月21日正式开馆。')).toContainEqual(['郑州政协', 'passing']);
    expect(roles('市政协文史馆举办“协商文化”主题展览。')).toContainEqual(['市政协', 'actor']);
  });

  it('reads a committee\'s members\' parlour (委员会客厅) as its unit acting, not a member\'s affiliation (ZZZZZZJ zj-41)', () => {
    expect(roles('6月12日,舟山市政协委员会客厅一行赴福建开展调研活动。')).toEqual([['舟山市政协', 'actor']]);
  });

  it('reads a committee that receives guests as their host, and one that receives others as acting (bj-48)', () => {
    expect(roles('中共中央政治局常委、全国政协主席汪洋20日在京会见中国伊斯兰教协会新一届领导班子。')).toEqual([['全国政协', 'actor']]);
    expect(roles('全国政协主席汪洋20日下午在京会见政协第十三届全国委员会优秀提案获奖代表。')).toEqual([
      ['全国政协', 'actor'],
      ['政协第十三届全国委员会', 'passing'],
    ]);
    expect(roles('市政协主席张三会见了来访的李四一行。')).toEqual([['市政协', 'host']]);
    expect(roles('县政协主席会见宜丰县政协考察团。')[0]).toEqual(['县政协', 'host']);
    // A party named by what it is, and no committee, is received by the committee at work (tj-72):
    // its members' committee posts (市政协常委, the receiver's own) make no committee of the guests.
    expect(roles('2日,市政协主席王常松会见以澳区全国政协委员、市政协常委陈季敏为团长的澳区政协委员学习考察团一行。')[0]).toEqual(['市政协', 'actor']);
    expect(roles('市政协主席会见台胞参访团一行。')).toEqual([['市政协', 'actor']]);
  });

  it('reads a determiner before the committee’s own event as no subject of its own (XG)', () => {
    expect(roles('本次滨海新区政协换届大会开得井然有序、风清气正。')).toEqual([['滨海新区政协', 'actor']]);
    // …nor a column's label in brackets before a headline (XF).
    expect(roles('【理响中国·讲好“中国式商量”故事】江西九江市政协:发挥“协商智慧” 为经济社会发展添“合力”')).toEqual([['江西九江市政协', 'actor']]);
    expect(roles('【县政协】召开主席会议')).toEqual([['县政协', 'actor']]);
  });

  it('reads a committee’s act ending in 后 before another committee as a time frame (hn-76)', () => {
    expect(roles('省政协发出《关于积极助力我省农村地区疫情防控的倡议书》后,株洲市政协迅速向全市政协组织转发并组织开展系列活动。')).toEqual([
      ['省政协', 'passing'],
      ['株洲市政协', 'actor'],
    ]);
  });

  it('reads the agent of 由…组织 as acting, and a committee whose approval is cited (经…批准) as no actor (XH)', () => {
    expect(roles('本次学习考察是由市政协负责组织开展的一次住清省政协委员履职活动。')).toEqual([['市政协', 'actor']]);
    // …and of 由…编纂, another body assisting it (sc-738): the committee another body assists is the one at work.
    expect(roles('10月，由县史志办协助县政协编纂的知青题材专集《山乡记忆》正式出版。')).toEqual([['县政协', 'actor']]);
    expect(roles('县委统战部配合市政协开展调研。')).toEqual([['市政协', 'actor']]);
    expect(roles('9月11日,根据省政协有关工作安排,经省政协批准并报市委同意,市政协主席梁志强率领委员赴四川学习考察。').map((r) => r[1])).toEqual([
      'passing',
      'reference',
      'actor',
    ]);
    // …but one whose own meeting decided (经区政协常委会会议研究决定，对…予以通报表彰) decides its own act (ZZZZZZZZZZZJ gd-160, ha-26).
    expect(roles('为表彰优秀提案，经区政协常委会会议研究决定，对下列9件优秀提案予以通报表彰：')).toEqual([['区政协', 'actor']]);
    // Two committees as agents organise together: neither alone.
    expect(roles('由云南省政协办公厅、广西壮族自治区政协办公厅联合主办的书画作品联展在昆明开幕。')).toEqual([
      ['云南省政协', 'passing'],
      ['广西壮族自治区政协', 'passing'],
    ]);
  });

  it('reads a term of a committee convened as its plenary, the committee acting (hl-64)', () => {
    expect(roles('1984年5月3~8日,召开政协依安县第六届委员会,选举主席1人,副主席5人。')).toEqual([['政协依安县第六届委员会', 'actor']]);
    // Its name alone, with no convening, is no act.
    expect(roles('1959年9月,成立中国人民政治协商会议依安县委员会,县委第一书记兼主席。')[0][1]).not.toBe('actor');
  });

  it('reads its standing committee’s report to the plenary, read on its behalf, as the committee acting (ZZZZZZZZZZZZZC hl-205)', () => {
    expect(roles('我受政协哈尔滨市第十一届委员会常务委员会的委托，向大会报告十一届政协五年来的提案工作情况，请予审议。')).toEqual([['政协哈尔滨市第十一届委员会', 'actor']]);
    expect(roles('现在，我代表中国人民政治协商会议辽宁省第十一届委员会常务委员会，向大会报告工作，请予审议。')).toEqual([['中国人民政治协商会议辽宁省第十一届委员会', 'actor']]);
    // (Someone else's report to the committee itself is not: `我代表市人民政府，向政协哈尔滨市第十二届委员会报告`.)
    expect(roles('我代表市人民政府，向政协哈尔滨市第十二届委员会报告工作。')[0][1]).not.toBe('actor');
  });

  it('reads the committee a meeting decides shall host its next session as no actor (hn-51)', () => {
    expect(roles('会议举行了值班县市交接仪式，决定由湖南隆回县政协主办第32次会议。')).toEqual([['湖南隆回县政协', 'passing']]);
    // (One that hosts this one is: `由龙山县政协主办的联系会召开`.)
    expect(roles('由龙山县政协主办的联系会第31次全体会议召开。')[0][1]).toBe('actor');
  });

  it('reads a matter drawing its heads\' close attention as the committee taking it up (ZZZZZZZZZZZZZZZZZZZV sc-380)', () => {
    expect(roles('此事得到内江市政协主席康俊、荣昌区政协主席赵天智的高度重视。两位主席很快率两地政协委员开展调研。')).toEqual([
      ['内江市政协', 'actor'],
      ['荣昌区政协', 'actor'],
    ]);
    // (Its support is not its taking the matter up: `得到县政协的大力支持`.)
    expect(roles('活动得到县政协的大力支持。')[0][1]).not.toBe('actor');
  });

  it('reads a report made to its standing committee as its own session at work (ZZZZZZZZZZZZZZZZZZZM hn-371)', () => {
    expect(roles('9月19日，永州市政府常务副市长刘厚受市政府委托，向永州市政协常委会通报了市政协六届三次会议以来提案办理工作情况。')[0]).toEqual(['永州市政协', 'actor']);
    expect(roles('我代表市人民政府，向政协哈尔滨市第十二届委员会常务委员会通报工作。')[0][1]).toBe('actor');
    // (Not a request sent to it: `向市政协常委会书面请假`.)
    expect(roles('因故不能出席的，应向市政协常委会书面请假。')[0][1]).toBe('reference');
  });

  it('reads a party of a committee’s members opening the clause as the committee acting (hl-64)', () => {
    expect(roles('县政协委员视察团视察了全县重点项目。')).toEqual([['县政协', 'actor']]);
    expect(roles('9月11日,香港特区全国政协委员赴黑考察团第一站来到地处黑龙江省东南部的牡丹江市。')).toEqual([['全国政协', 'actor']]);
    expect(roles('2月17日至19日,住琼全国政协委员赴海口、澄迈开展视察。')).toEqual([['住琼全国政协', 'actor']]);
    // …however led (sx-760: their convener, the provincial chairman, named alone); members a leader meets are no party.
    expect(roles('张春林率住晋全国政协委员在我市考察')).toEqual([['住晋全国政协', 'actor']]);
    expect(roles('张春林会见住晋全国政协委员')).toEqual([]);
    // …and so is a group its members form to study a subject (hi-929).
    expect(roles('2024年8月22日,美兰区政协委员组成课题组赴琼海市、定安县开展考察学习。上午,课题组一行在琼海市政协副主席李芬陪同下调研。')).toEqual([
      ['美兰区政协', 'actor'],
      ['琼海市政协', 'host'],
    ]);
    // A member's post beside another is no party.
    expect(roles('他担任全国政协委员考察团团长。')).toEqual([['全国政协', 'passing']]);
  });

  it('reads a committee whose people only attend, to the end of the sentence, as attending someone else’s event (zj-46)', () => {
    expect(roles('5月11日 八届市委第152次常委会会议召开。市政协主席杨建新，副主席高东、李红参加。')).toEqual([['市政协', 'attendee']]);
    // …and so is a vice-chairman who heads a bureau too (gd-958: `市政协副主席、市市场监管局局长姚建明等参加活动`).
    expect(roles('启动仪式上，市统计局和海珠区政府负责人发言。市政协副主席、市市场监管局局长姚建明等参加活动。')).toEqual([['市政协', 'attendee']]);
    // …and one unveiling another body's sign after a government leader (gs-957), not its own chairman after its own.
    expect(roles('甘肃省陇商联合会7日在兰州宣布成立。省委常委、副省长刘永富，省政协副主席张世珍为甘肃省陇商联合会成立揭牌。')).toEqual([['省政协', 'attendee']]);
    // …and so at a meeting with a visitor (gs-949: `参加了会见`).
    expect(roles('王玺玉代表甘肃省委、省政府当晚在敦煌会见了胡志强先生一行，并进行了亲切交谈。甘肃省政协副主席栗震亚参加了会见。')).toEqual([['甘肃省政协', 'attendee']]);
    // (…an opening among them, after another body's official opened it: ZZZZZZZZZZZZZZZ hi-254.)
    expect(roles('省委常委、宣传部长许俊宣布展览开幕,省政协副主席赵莉莎、王应际出席开幕式。')).toEqual([['省政协', 'attendee']]);
    // Its own meeting's chairman who attends and speaks still acts.
    expect(roles('县政协召开常委会议。县政协主席张三出席会议并讲话。')).toEqual([
      ['县政协', 'actor'],
      ['县政协', 'actor'],
    ]);
    // …and one that heads a list of bodies whose responsible people attend (ZZZZZZZZZZZB gz-152).
    expect(roles('毕节市政协、民进毕节市工委、金沙县有关负责同志参加活动。')).toEqual([['毕节市政协', 'attendee']]);
    // (Its own people leading after 、 is no such list: `县政协、县委统战部联合开展…` acts.)
    expect(roles('县政协、县委统战部联合开展调研。')[0]).toEqual(['县政协', 'actor']);
    // …and its chairman listed before another body's leader, both attending (ZZZZZZZZZZZZZJ nx-212).
    expect(roles('福建省委书记周祖翼率领福建省代表团来宁考察。福建省政协主席滕佳材、福建省委副书记罗东川参加。')).toEqual([['福建省政协', 'attendee']]);
  });

  it('reads a committee whose people only attend, another body\'s official going on in the sentence, as attending (hn-737)', () => {
    expect(roles('会议在岳阳召开。湖北省政协副主席张柏青、秘书长涂远超出席，市委书记曹普华致辞。')).toEqual([['湖北省政协', 'attendee']]);
    expect(roles('会议在岳阳召开。湖南省政协副主席李民参加相关活动，市委书记曹普华致辞。')).toEqual([['湖南省政协', 'attendee']]);
    // js-821: …and other bodies' people by body, post and name, in the same list.
    expect(
      roles('九三学社常州市委会秘书长张立莹，钟楼区政协机关党组成员、提案和委员工作委员会主任张小玉，钟楼区政府办公室党组成员、副主任李力立，园区管理办公室副主任刘小成等参加活动。'),
    ).toEqual([['钟楼区政协机关党组', 'attendee']]);
    // (A bare post after it is its own vice-chairman, presiding: its own event.)
    expect(roles('“崇学讲坛”第二讲在杭州举行。浙江省政协主席葛慧君出席，副主席张泽熙主持。')).toEqual([['浙江省政协', 'actor']]);
  });

  it('reads a chairman named after another place\'s chairman, both attending and speaking, as one of a list of guests (hn-737)', () => {
    expect(roles('会议在岳阳召开。湖南省政协主席毛万春，湖北省政协主席孙伟出席并讲话，市委书记曹普华致辞。')).toEqual([
      ['湖南省政协', 'attendee'],
      ['湖北省政协', 'attendee'],
    ]);
    // (Its own chairman before its own vice-chairmen is no other place's.)
    expect(roles('县政协主席李晓东，县政协副主席骆育喜参加。')[0]).toEqual(['县政协', 'actor']);
  });

  it('reads officials of several committees in a row who attend, another chairing, as guests (jl-11)', () => {
    expect(roles('辽宁省政协主席夏德仁、黑龙江省政协主席黄建盛、内蒙古自治区政协主席李秀领出席会议并讲话，吉林省政协主席江泽林主持会议并讲话。')).toEqual([
      ['辽宁省政协', 'attendee'],
      ['黑龙江省政协', 'attendee'],
      ['内蒙古自治区政协', 'attendee'],
      ['吉林省政协', 'actor'],
    ]);
    // With no one chairing in the sentence, the row opens as before (js-52: its venue names the host).
    expect(roles('上海普陀区政协主席杭春芳、浙江台州市政协主席叶海燕出席会议并作交流研讨。')[0]).toEqual(['上海普陀区政协', 'actor']);
    // hl-20: the chair may be named in the next sentence.
    expect(roles('吉林省政协主席江泽林、辽宁省政协主席周波、内蒙古自治区政协主席李秀领出席会议并讲话。省政协主席黄建盛主持会议并作总结讲话。')).toEqual([
      ['吉林省政协', 'attendee'],
      ['辽宁省政协', 'attendee'],
      ['内蒙古自治区政协', 'attendee'],
      ['省政协', 'actor'],
    ]);
    expect(roles('上海普陀区政协主席杭春芳、浙江台州市政协主席叶海燕出席会议并作交流研讨。台州市政协委员参加。')[0]).toEqual(['上海普陀区政协', 'actor']);
    // …nor when the chair is of a committee of the row itself.
    expect(roles('吉林省政协主席江泽林、辽宁省政协主席周波出席会议并讲话。吉林省政协副主席李四主持会议。')[0]).toEqual(['吉林省政协', 'actor']);
    // ln-917: one committee's official alone, by post and name (a special committee's head too), is a guest where
    // another committee's chair presides…
    expect(roles('全国政协教科卫体委员会副主任王志刚出席活动并讲话。辽宁省政协主席周波主持会议。')).toEqual([
      ['全国政协', 'attendee'],
      ['辽宁省政协', 'actor'],
    ]);
    // …but not where the other committee is only named in the next sentence, or the committee itself attends.
    expect(roles('全国政协教科卫体委员会副主任王志刚出席活动并讲话。辽宁省政协委员参加。')[0]).toEqual(['全国政协', 'actor']);
    expect(roles('大荔县政协以视频形式参加座谈会。省政协副主席李四主持会议。')[0]).toEqual(['大荔县政协', 'actor']);
  });

  it('reads a committee reached by video as the one visited, and its chairman reporting at the meeting as a guest (tj-934)', () => {
    const text = '日前，天津市政协主席盛茂林在机关主持召开视频工作会议，连线宝坻区政协，沟通交流工作情况。\n会上，宝坻区政协主席李维怀汇报了今年以来宝坻区政协工作进展情况。';
    expect(roles(text).slice(0, 3)).toEqual([
      ['天津市政协', 'actor'],
      ['宝坻区政协', 'visited'],
      ['宝坻区政协', 'attendee'],
    ]);
    // (The paragraph alone, as a feature's parts are read, opens with no actor.)
    expect(roles('会上，宝坻区政协主席李维怀汇报了今年以来宝坻区政协工作进展情况。')[0]).toEqual(['宝坻区政协', 'attendee']);
    // …but its own meeting's report is its own.
    expect(roles('县政协召开常委会议。会上，县政协主席李四汇报了上半年工作。').map(([, r]) => r)).toEqual(['actor', 'actor']);
  });

  it('reads a committee whose people give a lecture at a training as teaching there, not holding it (hl-08)', () => {
    expect(roles('市政协研究室信息宣传处处长张凤翔，市政协提案委办公室主任王坤先后围绕如何写好提案为大家作辅导讲座。')).toEqual([
      ['市政协', 'attendee'],
      ['市政协', 'attendee'],
    ]);
    // (…its lecture's title the lecture word: ZZZZZZZZZZZZZZZZZZZZZZZZZZZB hl-568.)
    expect(roles('随后，市政协委员工作委王道祥做了《政协委员履职知识学习讲座》，就政协委员如何提高调查研究能力进行授课。')).toEqual([['市政协', 'attendee']]);
    expect(roles('市政协举办委员培训班，邀请专家为学员授课。')).toEqual([['市政协', 'actor']]);
    expect(roles('3月5日，县政协主席张三为全体委员作专题辅导。')).toEqual([['县政协', 'actor']]);
    // yn-57: handing members a form and then explaining it is the committee's own work, no lecture.
    expect(roles('十届三次全会前，迪庆州政协及时向委员发放提案表，并作了辅导说明。')).toEqual([['迪庆州政协', 'actor']]);
  });

  it('reads members named after their committee as acting on their own, not the committee (sc-64)', () => {
    expect(roles('松潘县政协马继云、孙卡、王登、索郎等委员依托开办的经济实体，提供300个岗位。')).toEqual([['松潘县政协', 'affiliation']]);
    expect(roles('县政协组织部分委员开展视察。')).toEqual([['县政协', 'actor']]);
  });

  it('reads the one accompanied as acting, an act word inside a compound as none, a committee spoken of as passing (yn-88)', () => {
    expect(roles('8月23日至25日，州政协主席杨静陪同省政协副秘书长、办公厅主任张宁一行到州政协机关和姚安县、大姚县调研。').slice(0, 2)).toEqual([
      ['州政协', 'host'],
      ['省政协', 'actor'],
    ]);
    // A completed 调研 takes the places it went to.
    expect(roles('调研组先后调研了州政协机关、大姚县政协机关基层政协党组织建设和办公条件改善情况。').at(-1)).toEqual(['大姚县政协', 'visited']);
    // Two places sharing one 政协 are two committees, both spoken of.
    expect(roles('调研组认为，大姚县、姚安县政协及广大政协委员在履职中围绕中心、重点突出。')).toEqual([
      ['大姚县', 'passing'],
      ['姚安县政协', 'passing'],
    ]);
    expect(roles('市政协主席张三强调，要做好工作。')).toEqual([['市政协', 'actor']]);
    // sn-88: the visitor a school receives.
    expect(roles('12月3日，在西安国际港务区陆港第一小学，几名小学生向来访的西安市政协主席王吉德一行发出邀请。')).toEqual([['西安市政协', 'actor']]);
  });

  it('reads a committee official heading a list of other bodies\' leaders as an attendee (hn-88)', () => {
    const list = '省政协主席李微微，省委常委、省委秘书长谢建辉，省委常委、省军区政委冯毅，副省长吴桂英，省政协副主席张大方、张灼华，以及中央驻湘有关单位负责同志出席。';
    expect(roles(list)).toEqual([
      ['省政协', 'attendee'],
      ['省政协', 'attendee'],
    ]);
    expect(roles('省政协主席李微微，带领调研组赴衡阳调研。')).toEqual([['省政协', 'actor']]);
    // …but not one leading a visit whose last clause only ends like a name (ZZZZZZZZZZZZZZZZZZZZS js-403: `…的关爱和祝福`).
    const eldersVisit = '9月29日,县政协主席、党组书记张卫峰,县委常委、化工产业园区党工委书记邵付强来到堆沟港镇敬老院,看望慰问敬老院老人,为他们送去党和政府的关爱和祝福。';
    expect(roles(eldersVisit)).toEqual([['县政协', 'actor']]);
  });

  it('reads a committee\'s official come at another committee\'s invitation as its guest, the inviter as the host (ZZZZZZZZZZZZZZZZZZZZZU hb-431)', () => {
    expect(roles('近日，陕西省白河县政协主席余盛武应湖北省丹江口市政协邀请，参加库区六县（市、区）政协联系协作会议。')).toEqual([
      ['陕西省白河县政协', 'attendee'],
      ['湖北省丹江口市政协', 'actor'],
    ]);
    // (Invited by another body, it goes on its own work: gd-73.)
    expect(roles('3月25日至27日，省政协副主席张嘉极应广东省粤港澳合作促进会邀请，赴香港、澳门开展系列公务活动。')[0][1]).toBe('actor');
  });

  it('reads a gift or a visit of care in a committee\'s name as its act, at whoever\'s event (ZZZZZZZZZZZZZZZZZZZZO gx-399)', () => {
    const launch = '融安县长陈家达、县政协副主席孔庆军、县政府副调研员陈瑞源参加了启动仪式。启动仪式举行了捐款仪式,孔庆军副主席代表县政协向西村屯捐了款。';
    expect(roles(launch)).toEqual([['县政协', 'passing'], ['县政协', 'actor']]);
    // (Nor only money: `代表市政协为…干群捐送价值四万元的慰问物资`, hn-410.)
    expect(roles('副主席李华代表市政协为奋战在防汛抢险一线的干群捐送价值四万元的慰问物资。')).toEqual([['市政协', 'actor']]);
    // …but greeting or a gift to a host's celebration stays a guest's part.
    expect(roles('会上,副主席刘国兴代表政协第十五届顺德区委员会向联谊会赠送贺礼。')[0][1]).not.toBe('actor');
    expect(roles('秘书长李维君致辞,代表省政协书画院对定西市政协书画院成立表示祝贺。')[0][1]).not.toBe('actor');
  });

  it('reads an association of a committee\'s members in Macao or Hong Kong as a body of its own, not the committee (ZZZZZZZZZZZZZZZZZZZZW gd-407)', () => {
    expect(roles('佛山市政协（各级）历届澳门委员联谊会在新濠天地君悦酒店宴会厅举行第二届理监事就职典礼。')).toEqual([['佛山市政协', 'reference']]);
    expect(roles('江门市政协港澳委员联谊会举行会员大会。')).toEqual([['江门市政协', 'reference']]);
    // (The committee holding a meeting of it acts; its former members' association at home is its own, gd-54.)
    expect(roles('江门市政协召开港澳委员联谊会座谈会。')).toEqual([['江门市政协', 'actor']]);
    expect(roles('省政协历届委员联谊会会长王荣带队到惠州调研。')[0][1]).not.toBe('reference');
    // …and one after an official of a rank, not a post (ZZZZZZZZZZZZZZZZC jx-283: 副巡视员), the vice-chairman
    // there in his united-front post (市政协副主席、市委统战部长…).
    expect(roles('联谊会在赤湖举行论坛活动。省委统战部副巡视员杨建平,市政协副主席、市委统战部长黄大明,县委书记徐耀纯出席。')).toEqual([['市政协', 'affiliation']]);
    // ln-90: 及… before the attendance word.
    expect(roles('辽宁省委常委、沈阳市委书记曾维，沈阳市长潘利国，沈阳市政协主席姜宏及市相关领导出席了会议。')).toEqual([['沈阳市政协', 'attendee']]);
    // hb-94, gz-83: a session is the committee's act, unless another body's leaders lead the sentence.
    expect(roles('11月8日下午，县委书记郑俊华来到县政协委员驻地，看望慰问出席县政协十一届一次会议的县政协委员。')).toEqual([['县政协', 'passing']]);
    expect(roles('2月9日下午，出席市政协三届五次会议的市政协委员参加小组会议。')).toEqual([['市政协', 'actor']]);
    // js-856: a session as what a party's drafts are for (…会议大会发言的选题及初稿) is named in passing.
    expect(roles('王利光秘书长详细介绍了市政协十五届二次会议大会发言的选题及初稿内容。')).toEqual([['市政协', 'passing']]);
    // nx-855: a chairman first of a roll of guests with firms' heads (…集团副总裁…、…集团董事长…等出席仪式) attends.
    expect(roles('市委书记徐耀参加启动仪式并致辞,市政协主席王天军、伊利集团副总裁王维、宁夏农垦集团董事长张戈等出席仪式。')).toEqual([['市政协', 'attendee']]);
    // fj-845: …a people's organisation's chairman among them (省妇联主席); not leaders named with no post (hb-743).
    expect(roles('省妇联主席吴洪芹看望省政协十一届二次会议妇联界别委员')).toEqual([['省政协', 'passing']]);
    expect(roles('付宇、陈正红等看望出席县政协十四届一次会议委员')).toEqual([['县政协', 'actor']]);
    // sx-31: …or another body holds the sentence's event (nominees for the committee's session).
    expect(roles('2月11日,大同市委举行民主协商会,就拟向大同市第十六届人民代表大会第五次会议和政协第十五届大同市委员会第四次会议推荐的各项人选,与各民主党派进行民主协商。')).toEqual([
      ['政协第十五届大同市委员会', 'passing'],
    ]);
    // sc-50, ha-49: an official among the place's leaders (…等市领导), or a unit's head in a list of
    // other bodies' officials, attends someone else's doing.
    expect(roles('市委书记赵浏,市人大常委会主任陈彬,市政协主席张万平等市领导到家中、医院或委托专人看望慰问。')).toEqual([['市政协', 'attendee']]);
    expect(
      roles('县人大民族宗教侨务外事委员会主任李正红,县政协社会法制和港澳台侨民宗委主任钱峰,县委统战部副部长张永祥,县侨联主席李文宏参加座谈会。'),
    ).toEqual([['县政协', 'attendee']]);
    // ha-03: a requirement followed (按照…要求) is no speech; sd-09: a committee's unit for its members
    // (委员联络活动工作室) is the committee.
    expect(roles('按照区委“齐头并进上台阶,争先恐后做贡献”活动要求,4月10日至11日,陕州区政协党组成员、副主席刘阳带领机关人员赴鲁山县学习取经。')).toEqual([['陕州区政协党组', 'actor']]);
    // Its working group led by someone of a party (ZZZZZZZZZZZZZZZZI zj-289): the committee acts.
    expect(roles('4月8日至9日,致公党省委会副主委梁细弟、秘书长章月燕率领省政协民主监督第五监督组对宁波“清三河”落实情况进行实地察看。')).toEqual([['省政协', 'actor']]);
    // …or one a member goes with and tells of (ZZZZZZZZZZZZZZZZZD yn-310).
    expect(roles('2024年7月，我跟随全国政协外事委员会调研组赴云南省，围绕高质量共建“一带一路”开展专题调研。')).toEqual([['全国政协', 'actor']]);
    // tj-931: …or its research group on a topic (课题组), led by the vice-chairman whom the city's leaders receive.
    expect(roles('9月19日，市委书记陈敏尔、市政协主席王常松会见率全国政协专题研究课题组来津调研的全国政协副主席沈跃跃一行。').slice(0, 2)).toEqual([
      ['市政协', 'host'],
      ['全国政协', 'actor'],
    ]);
    // …nor one named as a thing (ZZZZZZZZZZZZZZZZE gx-285: `…的部署要求`).
    expect(roles('聚焦自治区党委和梧州市委关于打造双循环市场经营便利地的部署要求,日前,梧州市政协主席黄振饶率考察团赴玉林市开展专题考察。')).toEqual([['梧州市政协', 'actor']]);
    expect(roles('7月19日,青岛市政协委员联络活动工作室主任吴中建率队赴西安市未央区政协徐家湾、张家堡委员工作室进行考察调研。')).toEqual([
      ['青岛市政协', 'actor'],
      ['西安市未央区政协', 'visited'],
    ]);
    // gd-45: and a studio of its members named for its place (番禺政协委员镇标公园工作室).
    expect(roles('12月11日，番禺政协委员镇标公园工作室组织召开专题协商座谈会。')).toEqual([['番禺政协', 'actor']]);
    expect(roles('12月8日下午，文昌市政协委员联系界别群众工作站在香港文昌社团联会挂牌成立。')).toEqual([['文昌市政协', 'actor']]);
    // hn-73: so is its members' study and liaison committee, written short (委员学习联络委).
    expect(roles('7月1日下午,永州市政协委员学习联络委主任欧阳国川一行来东安调研委员工作室工作。县政协主席李劲涛、副主席蒋裕华陪同。')).toEqual([
      ['永州市政协', 'actor'],
      ['县政协', 'host'],
    ]);
    // js-70: the national committee coming to 我省 makes the page's bare 省政协 its host (and the group its
    // official leads is its own, acting too).
    expect(roles('5月28日-31日，全国政协文史和学习委员会副主任龚心瀚率全国政协专题调研组来我省调研。省政协副主席陆军主持调研座谈会。').map((r) => r[1])).toEqual([
      'actor',
      'actor',
      'host',
    ]);
    // hb-48: an official who only watches (现场观摩) someone else's event attends it.
    expect(roles('省政协副秘书长周向阳现场观摩活动。市政协副主席徐炜，秘书长谭卫国参加活动。')).toEqual([
      ['省政协', 'attendee'],
      ['市政协', 'attendee'],
    ]);
    // ln-40: its official one of the people of another body's group (…等民盟铁岭市委调研组一行).
    expect(roles('9月11日,铁岭市政协副主席、民盟铁岭市委会主委王峰、民盟铁岭市委会专职副主委张波等民盟铁岭市委调研组一行到辽宁兴东科技有限公司走访调研。')).toEqual([
      ['铁岭市政协', 'affiliation'],
    ]);
    expect(roles('9月11日,铁岭市政协副主席王峰、秘书长张波等市政协调研组一行到开原市走访调研。')[0]).toEqual(['铁岭市政协', 'actor']);
    expect(roles('9月11日,市政协副主席王峰带领市发改委、市住建局等部门组成的调研组到开原市调研。')).toEqual([['市政协', 'actor']]);
    // js-35: the subject as one of a committee's pilots (作为…之一) is not the committee.
    expect(roles('作为淮安市政协“码”上议与基层社会治理融合工作三个试点县区之一，2022年以来，清江浦区始终心怀“让人民生活幸福”。')).toEqual([
      ['淮安市政协', 'reference'],
    ]);
    // jx-36: a bare committee coming to a place named by one character (来饶), or to 我市, makes the
    // page's bare committees of other levels its hosts, even the one chairing its meeting.
    const visit = '3月4日,省政协调研组来饶召开座谈会,就加强和改进新时代市县政协工作进行专题座谈调研。市政协主席俞健主持座谈会。';
    expect(roles(visit)).toEqual([
      ['省政协', 'actor'],
      ['市政协', 'host'],
    ]);
    expect(roles(visit.replace('来饶', '来我市'))).toEqual([
      ['省政协', 'actor'],
      ['市政协', 'host'],
    ]);
    // …and so does a party that comes 到我市, the page's own ground (gd-79), though not what the committee receives (得到).
    expect(roles('10日下午，江城区政协考察团到我市开展了考察交流活动。我市政协主席邱明，副主席李志良参加了活动。')).toEqual([
      ['江城区政协', 'actor'],
      ['市政协', 'host'],
    ]);
    expect(roles('江城区政协的建议得到我市政协的支持。我市政协主席邱明参加了活动。').map(([, r]) => r)).not.toContain('host');
    // …and a party that 一行来到 a place named in full makes that place's committee its host (ZZZZZZZZZZZZZZZZZZZV he-380).
    expect(roles('11月12日，大厂县政协主席及县委、县政府一行来到通州区，围绕服从服务北京城市副中心建设进行调研和座谈交流。\n座谈会由通州区政协主席赵玉影主持。')).toEqual([
      ['大厂县政协', 'actor'],
      ['通州区政协', 'host'],
    ]);
    // …or to a place of another level named in full (ZZZZZZZZZZZZZZZZZZZQ ln-375: `…来到朝阳市特殊教育中心`).
    expect(roles('12月14日，省政协港澳台侨（外事）委员会主任韩玉起一行来到朝阳市特殊教育中心，开展爱心捐赠活动。市政协副主席康敏主持本次活动。')).toEqual([
      ['省政协', 'actor'],
      ['市政协', 'host'],
    ]);
    // hn-30: a count of what came of its session, in a list of what the government handles, is no act;
    // a review of its own year's work is.
    expect(roles('今年，县政府承办县第十七届人大二次会议提出的代表建议88件，县政协第十届二次会议提出的委员提案107件。')).toEqual([['县政协', 'passing']]);
    // …its proposals counted among what a government handles, or one of them by number (ZZZZZZZZZZZZZZZZZZZI jl-367, ZZZZZZZZZZZZZZZZZZZE sh-363).
    expect(roles('2022年，吉林省政府共办理省人大代表建议181件，省政协提案513件，均按规定办结。')).toEqual([['省政协', 'passing']]);
    expect(roles('对区政协十四届五次会议第145012号提案的会办意见')).toEqual([['区政协', 'passing']]);
    expect(roles('市政协召开十四届五次会议提案交办会')).toEqual([['市政协', 'actor']]);
    expect(roles('一年来，县政协开展的专题协商活动12项，提出的意见建议86条。')).toEqual([['县政协', 'actor']]);
    // yn-60: so is a count of proposals it passed on, in the government's list of what it received.
    expect(roles('今年，县人民政府共收到县人大常委会交办代表建议131件，县政协转交办理提案85件。')).toEqual([['县政协', 'passing']]);
    // gs-76: a roll of guests whose further names have posts of their own (秘书长…、副秘书长…) attends.
    expect(
      roles('市政协主席宋敬国，市委常委、宣传部部长王光庆，市政协副主席王钦锡、王凤保，市政协秘书长白晓玲、副秘书长闫华，市政协科教文卫体委员会主任董桂红、副主任余积栋，市委统战部副部长马继伯出席仪式。').map((r) => r[1]),
    ).toEqual(['attendee', 'attendee', 'attendee', 'attendee']);
    // zj-27: so do two committees' people, each with a second post of its own (党组副书记、副主席…).
    expect(roles('大连市政协党组成员、副主席王玲杰，舟山市政协党组副书记、副主席干松章出席。').map((r) => r[1])).toEqual(['attendee', 'attendee']);
    // sn-97: its own people listed after its chairman (党组副书记、副主席…) are no other body's officials.
    expect(roles('市政协党组书记、主席周建功，党组副书记、副主席杨义龙，秘书长丁关军和全体机关干部通过视频会议系统参加会议。')).toEqual([['市政协党组', 'actor']]);
    // yn-76: a named place's whole system at work (云南省政协系统推进…) is led by its committee; as a
    // frame (自…以来) or only named, the committees as a whole are no actor.
    expect(roles('边疆“大治理”——云南省政协系统推进政协协商向基层延伸记事')).toEqual([['云南省政协', 'actor']]);
    // ha-620: a dateline's credit in brackets (本报讯 (记者 … 通讯员 …)) is a frame before the subject.
    expect(roles('本报讯 (记者 卢好亮 通讯员 闫红旗)郸城县政协倾力创建学习、节约、和谐、服务、创新“五型”机关,政协工作开展得有声有色。')).toEqual([['郸城县政协', 'actor']]);
    // gs-1031: …and so is a report relayed from another outlet, its credit naming the outlet (据…报道(新甘肃·甘肃日报记者…)).
    expect(roles('据甘肃日报报道(新甘肃·甘肃日报记者崔亚明)省政协党组书记、主席庄国泰15日到省气象局调研气象防灾减灾工作。')).toEqual([['省政协党组', 'actor']]);
    // hi-1038: the last of a list of bodies that act as one (县人大、政协联合组成调研组) acts with them; listed only, it passes.
    expect(roles('近日,昌江县人大、政协联合组成调研组,在县人大主任郭祥理、县政协主席钟文秋等领导的带领下,到县看守所和拘留所进行专题调研。')[0]).toEqual(['政协', 'actor']);
    expect(roles('会议要求县人大、政协和各部门加强协作。')[0]).toEqual(['政协', 'passing']);
    // hl-619: a post held with another (副主席兼秘书长) is read as the two listed.
    expect(roles('省文联主席傅道彬,黑河市副市长陈晓杰,黑河市政协副主席兼秘书长王锋出席了开幕式。')).toEqual([['黑河市政协', 'attendee']]);
    expect(roles('省文联主席傅道彬,黑河市副市长陈晓杰,黑河市政协副主席兼秘书长、五大连池市委书记王锋等省市领导和嘉宾出席了开幕式。')).toEqual([['黑河市政协', 'affiliation']]);
    // gs-613: its official heading a party the list makes, going somewhere (…等一行来舟曲县调研), leads the trip.
    expect(roles('6月12日至13日,省政协人口资源环境委员会副主任王忠民、李玉平,省政协常委、农工党甘肃省委会副主委、甘肃省生态环境厅一级巡视员王向机,省自然资源厅二级巡视员张坤等一行来舟曲县调研生态环境工作。')[0]).toEqual(['省政协', 'actor']);
    // sc-610: …and so is its meeting held (…推进会在北川召开); a spot named after a committee (北川政协帮扶点) is a place.
    expect(roles('11月6日,绵阳市政协系统“我为扶贫攻坚做件事”活动现场推进会在北川召开,会议传达了全省政协会议精神。')).toEqual([['绵阳市政协', 'actor']]);
    expect(roles('会议期间,与会人员前往安州区安洲集团、壮源生态农业公司,北川政协帮扶点安昌镇建国村、北川莎朗文化旅游公司,实地察看。')).toEqual([['北川政协', 'passing']]);
    expect(roles('自四川省政协系统开展专项行动以来，泸县政协结合自身实际，主动作为。')).toEqual([
      ['四川省政协', 'passing'],
      ['泸县政协', 'actor'],
    ]);
    // js-94: a national standing member who is also another body's leader (常委兼副秘书长、民进中央副主席…)
    // attends as that person; a committee in a time frame (自…以来) does not act there.
    expect(roles('全国政协常委兼副秘书长、民进中央副主席朱永新，相城区政协主席葛宇红出席活动。').map((r) => r[1])).toEqual(['affiliation', 'attendee']);
    expect(roles('自全国政协发起“委员读书活动”以来，相城区政协积极响应，开展多种形式的读书活动。')).toEqual([
      ['全国政协', 'passing'],
      ['相城区政协', 'actor'],
    ]);
    // fj-80: a government's joint meeting with the committee is the committee's; another committee's
    // partner is no actor.
    expect(roles('12月30日，市政府与市政协联席会议暨征求意见建议座谈会召开。')).toEqual([['市政协', 'actor']]);
    expect(roles('12月30日，省政协与市政协联席会议召开。').map((r) => r[1])).toContain('partner');
    // bj-77: a practice the sentence calls the committee's (这是…的具体实践) is its act.
    expect(roles('这是丰台区政协贯彻落实市政协的部署要求，推进悦读书屋品牌化建设的具体实践。')).toEqual([
      ['丰台区政协', 'actor'],
      ['市政协', 'reference'],
    ]);
    // …or the sentence's event, named and set off by a comma (fj-705: 此次协商议政活动，是市政协…的具体举措).
    expect(roles('此次协商议政活动，是市政协感恩奋进，服务市委市政府中心工作的具体举措。')).toEqual([['市政协', 'actor']]);
    expect(roles('此次协商议政活动，是市政协多次关注的问题。')).toEqual([['市政协', 'passing']]);
    // …or what the sentence says shows its named programme (ZZZZZZZZZZZZZZZZZZZE bj-363).
    expect(roles('这也是朝阳区政协推出的“社区参与计划”重要体现。')).toEqual([['朝阳区政协', 'actor']]);
    // …and so is a platform in quotes said to be its making (ZZZZZZZZZZZZZZZU gd-275).
    expect(roles('“委员议事厅”是深圳市政协搭建的以政协委员为主体，反映界别群众建议，引导社会有序参与的协商议政平台。')).toEqual([['深圳市政协', 'actor']]);
    expect(roles('“委员议事厅”是深圳市政协多次关注的问题。')[0][1]).not.toBe('actor');
    // (Not a concern the sentence calls someone's: `这也是省政协领导多次关注的问题`.)
    expect(roles('这也是省政协领导多次关注的问题。')).toEqual([['省政协', 'passing']]);
    // sd-60: its session's members sitting in on another body's meeting are not its session.
    expect(roles('出席市政协十四届一次会议的全体委员和有关部门、单位负责人列席了会议。')).toEqual([['市政协', 'attendee']]);
    // (The session's own non-member attendees, `委员和列席人员`, sit in on nothing: XO.)
    expect(roles('2012年2月10日至11日,参加政协黔东南州十一届一次会议的委员和列席人员围绕《政府工作报告》进行了分组讨论。')).toEqual([['政协黔东南州', 'actor']]);
    expect(roles('3月1日，市政协十四届一次会议开幕。')).toEqual([['市政协', 'actor']]);
    // Not the 来 of time (一年来, 接下来).
    expect(roles('县政协一年来共开展视察调研30余次，同省政协、市政协开展联动调研5次。').map((r) => r[1])).not.toContain('host');
    expect(roles('县政协主席张三表示，接下来将开展专题调研。市政协副主席李四对县政协工作给予肯定。').map((r) => r[1])).not.toContain('host');
    // js-32: not its own committee named before the visit, nor in another paragraph (a year's review).
    expect(roles('一年来，市政协以画好同心圆为目标。\n认真做好省政协来邮开展主题党日活动。\n市政协组织委员视察。').map((r) => r[1])).toEqual(['actor', 'actor', 'actor']);
    expect(roles(visit.replace('省政协调研组来饶召开', '省政协调研组召开'))).toEqual([
      ['省政协', 'actor'],
      ['市政协', 'actor'],
    ]);
    // gx-83: the host committee's chairman who only attends the visiting party's meeting attends.
    expect(roles('3月14日,自治区政协提案委员会主任钟学荣率调研组到贵港市调研。市政协主席肖明贵出席调研座谈会。')).toEqual([
      ['自治区政协', 'actor'],
      ['市政协', 'attendee'],
    ]);
    // ah-77: its official chairing another body's meeting acts for that body.
    expect(roles('近日,定远县委统战部召开党外知识分子联谊会筹备会议,县政协副主席、县委统战部副部长严维民同志主持会议。')).toEqual([['县政协', 'attendee']]);
    expect(roles('近日,定远县政协召开党外知识分子座谈会,县政协副主席严维民同志主持会议。').map((r) => r[1])).toEqual(['actor', 'actor']);
    // sx-33: what a leader says after 说 is speech.
    expect(roles('卢展明说,县政协十四届一次会议即将闭幕,这次会议是一次承上启下的重要会议。')).toEqual([['县政协', 'passing']]);
    expect(roles('为广泛征求意见和建议,区政协提案工作室召开座谈交流会。')).toEqual([['区政协', 'actor']]);
    // qh-76: the occasion another committee acts at is no act of its own.
    expect(roles('1月26日,在青海省政协十三届四次会议新闻发布会上,果洛藏族自治州政协副主席甘永庆介绍了过去五年的履职工作。')).toEqual([
      ['青海省政协', 'passing'],
      ['果洛藏族自治州政协', 'actor'],
    ]);
    expect(roles('1月26日,在青海省政协十三届四次会议新闻发布会上,省政协副主席介绍了过去五年的履职工作。').map((r) => r[1])).toEqual(['actor', 'actor']);
    // sn-71: nor is the session at which one member puts forward a proposal (a member's profile),
    // nor one whose next clause the excerpt cuts; members as a body acting there make it the session's.
    expect(roles('在汉中市政协六届三次会议上,市政协委员张鑫就补齐汉中美食发展短板,提出了提案。')).toEqual([['汉中市政协', 'passing']]);
    expect(roles('在柞水县政协十届三次会议期间,王承德委员提交了《建议成立慢病康复管理中心》的提案。')).toEqual([['柞水县政协', 'passing']]);
    expect(roles('蔡忠和委员说。\n2月27日,在渭南市政协六届三次会议上,谈')).toEqual([['渭南市政协', 'passing']]);
    expect(roles('在县政协十四届一次会议上,委员们围绕全县发展积极建言献策。')).toEqual([['县政协', 'actor']]);
    expect(roles('在县政协十四届一次会议上,与会委员围绕全县发展积极建言献策。')).toEqual([['县政协', 'actor']]);
    expect(roles('在县政协十四届一次会议上,全体委员以饱满的热情投入会议。')).toEqual([['县政协', 'actor']]);
    expect(roles('在县政协十四届一次会议上,委员们积极建言')).toEqual([['县政协', 'actor']]);
    // (…or a count of them, each on a topic: ZZZZZZZZZZZZZZZV hn-276.)
    expect(roles('在政协攸县第九届委员会第五次会议上,五位政协委员分别围绕城区交通通畅等社会关注的热点问题进行了参政议政发言。')).toEqual([['政协攸县第九届委员会', 'actor']]);
    expect(roles('在榆林市两会期间,市政协常委徐幼平提出关于佳县教育合作办学的提案。')).toEqual([['市政协', 'affiliation']]);
    expect(roles('市政协常委徐幼平带队调研佳县教育合作办学。')).toEqual([['市政协', 'actor']]);
    expect(roles('市政协常委会议提出，要加强民生保障。')).toEqual([['市政协', 'actor']]);
    // bj-06: the committee a reporter has the news from tells of its own work.
    expect(roles('近日,记者从北京市石景山区政协获悉:2020年以来,该区在各街道建立了政协委员工作站。')).toEqual([['北京市石景山区政协', 'actor']]);
    expect(roles('近日,记者从北京市石景山区政协门前经过。')).toEqual([['北京市石景山区政协', 'passing']]);
    // hb-40: a vice-chairman who heads a democratic party attends its meeting and gives its report.
    expect(roles('3月20日,九三学社湖北省七届五次全委(扩大)会议在汉召开。省政协副主席、省九三学社主委秦顺全出席会议并作工作报告。')).toEqual([['省政协', 'attendee']]);
    expect(roles('3月20日,省政协副主席秦顺全主持会议并作工作报告。')).toEqual([['省政协', 'actor']]);
    // hn-60: …and across full stops into the sentences of what must be done (要…).
    expect(roles('她强调,要进一步提高政治站位。要进一步服务中心大局,永顺县政协在田间地头召开专题协商会助力产业发展。')).toEqual([['永顺县政协', 'passing']]);
    expect(roles('她强调,要进一步提高政治站位。\n永顺县政协在田间地头召开专题协商会助力产业发展。')).toEqual([['永顺县政协', 'actor']]);
    // hb-94: what a leader hopes runs on across semicolons.
    expect(roles('郑俊华希望委员们集中精力开好本次会议；努力把县政协十一届一次会议开成求真务实的大会。')).toEqual([['县政协', 'passing']]);
    // nx-97: a chairman who leads (率) acts, a post list is no list of bodies, rules followed (按照) are a
    // reference, and a host chairman with a transliterated name heads a list of leaders.
    expect(
      roles('按照全国政协有关规定，经自治区党委批准，8月29日，住宁全国政协委员活动召集人、自治区政协主席陈雍率住宁全国政协委员考察团赴新疆维吾尔自治区考察。'),
    ).toEqual([
      ['全国政协', 'reference'],
      ['自治区政协', 'actor'],
      // (The resident members it leads name its committee again, 宁夏's, as its party.)
      ['住宁全国政协', 'actor'],
    ]);
    expect(roles('新疆维吾尔自治区政协主席努尔兰·阿不都满金，新疆维吾尔自治区领导张柱、吉尔拉·衣沙木丁等参加相关活动。')).toEqual([['新疆维吾尔自治区政协', 'attendee']]);
    // gz-90: a government executive post first; the person acts for the government.
    expect(roles('5月20日，省政府副省长、省政协副主席李再勇主持召开分管和联系单位宣讲会议。')).toEqual([['省政协', 'affiliation']]);
    expect(roles('5月20日，县委常委、统战部长、县政协副主席张三主持召开会议。')).toEqual([['县政协', 'actor']]);
    // (…unless he leads the committee's own people: ZZZZZZZZZZZZZZZZZZZZZZZZZZZ zj-566.)
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZH js-574: its chairman with another body's leader, the place left out, attending.
    expect(roles('市长张宝娟主持。市政协主席陈扬、市委副书记孔令俊参加活动。')).toEqual([['市政协', 'attendee']]);
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZH ha-574: its building as where a place holds its own event; its own meeting there acts.
    expect(roles('3月30日上午，惠济区在区政协一楼会议室举行2022年第一季度重点项目签约仪式。')).toEqual([['区政协', 'passing']]);
    expect(roles('3月30日上午，区政协在区政协一楼会议室召开常委会议。').map(([, r]) => r)).toEqual(['actor', 'actor']);
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZK cq-577: its vice-chairman last of a roll that sits in (参会); its chairman leading
    // a delegation to a meeting (率团参会, cq-485) takes part.
    expect(roles('会议由县委副书记主持，常务副县长付强，县人大常委会副主任龚剑雄，县政协副主席李传宏参会。')).toEqual([['县政协', 'attendee']]);
    expect(roles('县政协主席任强率团参会。')).toEqual([['县政协', 'actor']]);
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZH jx-574: a person put forward for its post is not yet its officer.
    expect(roles('县政协副主席提名人选、县委组织部常务副部长黄祯裕同志到会指导。')).toEqual([['县政协', 'affiliation']]);
    const jiande = '2月27日，杭州市副市长、杭州市政协副主席、民进杭州市委会主委谢双成带领杭州市政协经济委员会主任杜国忠、民进杭州市委会专职副主委谢春凤等来到我市，走访建德市政协。';
    expect(roles(jiande)[0]).toEqual(['杭州市政协', 'actor']);
    expect(roles(jiande.replace('带领杭州市政协经济委员会主任杜国忠、', '带领'))[0]).toEqual(['杭州市政协', 'affiliation']);
  });

  it('reads the page\'s own bare committee as the host when a named one comes to 我盟 (nm-87)', () => {
    const text =
      '7月3日，巴彦淖尔市政协副秘书长王勇一行11人来我盟考察调研政协文史馆建设和文化文史工作。调研组一行先后参观考察了锡林郭勒博物馆、盟政协文史馆。';
    expect(roles(text)).toEqual([
      ['巴彦淖尔市政协', 'actor'],
      ['盟政协', 'host'],
    ]);
    // 来到我县 as well (yn-29).
    expect(roles('10月20日，宜良县政协考察团一行来到我县考察，县政协主席陪同。')).toEqual([
      ['宜良县政协', 'actor'],
      ['县政协', 'host'],
    ]);
    // …or to a place named by its first character (cq-95): that place's committee hosts.
    expect(roles('7月15日，市政协副主席杜惠平率队来彭，围绕农村黑臭水体治理开展调研。彭水自治县政协副主席罗远江陪同。')).toEqual([
      ['市政协', 'actor'],
      ['彭水自治县政协', 'host'],
    ]);
    // Without a visitor, 我盟's committee acts.
    expect(roles('7月3日，盟政协组织委员来我盟各旗县调研。')).toEqual([['盟政协', 'actor']]);
    // Only from the visit's paragraph on: a review's later aside on past visits leaves the
    // committee that opened it acting (sd-38).
    const review = '7月20日上午,市政协召开机关办公会,市政协主席王纪亮出席。\n今年以来,市政协扎实开展了一系列活动,全国政协、省政协分别来我市参观视察。';
    expect(roles(review)).toEqual([
      ['市政协', 'actor'],
      ['市政协', 'attendee'],
      ['市政协', 'host'],
      ['全国政协', 'actor'],
      ['省政协', 'passing'],
    ]);
  });

  it('reads a committee\'s own people going with the party it led out as no host (ZZZZF ah-53)', () => {
    const trip = '3月21日至24日，县政协副主席洪礼彬带队赴黄山市祁门县、宣城市宣州区等地考察学习。县政协秘书长、办公室主任怀剑锋，各相关委、室负责人陪同。';
    expect(roles(trip)).toEqual([
      ['县政协', 'actor'],
      ['县政协', 'actor'],
    ]);
    // (A host's people accompany a party that came to them.)
    expect(roles('3月21日，市政协副主席王明一行来我县考察。县政协秘书长怀剑锋陪同。').map((r) => r[1])).toContain('host');
  });

  it('reads a proposal of a committee\'s session followed up by another body as no act of the committee (ZZZZZZZN he-64)', () => {
    expect(roles('4月25日,民建邢台市委联合市发改委赴柏乡县和隆尧县,就政协邢台市第十四届委员会第四次会议提案——《抓紧京津产业转移的机遇》落实情况开展调研。')).toEqual([
      ['政协邢台市第十四届委员会', 'reference'],
    ]);
    // (Its own session's proposals reviewed are its act.)
    expect(roles('2月1日,秦皇岛市政协十三届五次会议提案审查委员会召开全体会议。')[0]).toEqual(['秦皇岛市政协', 'actor']);
  });

  it('reads a committee whose level a determiner names again (该县政协) as opening its clause (he-955)', () => {
    expect(roles('据介绍，该县政协结合“我为群众办实事”，根据委员“专长”，建立了12支大讲堂队伍。')).toEqual([['县政协', 'actor']]);
  });

  it('reads a committee named after another body as the clause\'s joint subject as acting with it (ZZZZZZZZC he-80)', () => {
    expect(roles('4月19日，县人大常委会、县政协组织部分人大代表、政协委员组成联合视察组开展视察。')).toEqual([['县政协', 'actor']]);
    // …a procuratorate too (yn-950: `勐腊县人民检察院与县政协召开…座谈会`).
    expect(roles('11月26日，勐腊县人民检察院与县政协召开政协提案与公益诉讼检察建议衔接转化工作协作领导小组座谈会。')).toEqual([['县政协', 'actor']]);
    // (A list of bodies whose leaders attend is no act.)
    expect(roles('市委、市政府、市人大、市政协领导出席会议。')[0][1]).not.toBe('actor');
  });

  it('reads a place\'s 人大、政协 two sessions opening or closing as its committee\'s act (ZZZZZZZZX nm-97)', () => {
    expect(roles('林西县人大、政协两会胜利闭幕')).toEqual([['政协', 'actor']]);
    expect(roles('县人大、政协“两会”隆重开幕')).toEqual([['政协', 'actor']]);
    // (Their leaders attending is no act.)
    expect(roles('赤峰市人大、政协领导出席')[0][1]).not.toBe('actor');
  });

  it('does not read a host word inside quotation marks', () => {
    expect(roles('11月20日，黄龙县政协主席吴江宏采取“走出去接待”的方式，开展县政协第十四次“主席接待日”活动。')[0]).toEqual(['黄龙县政协', 'actor']);
  });

  it('lets a person\'s party or government posts stand before the committee post that acts', () => {
    expect(roles('县委常委、统战部长、县政协副主席李四带队调研。')).toEqual([['县政协', 'actor']]);
    expect(roles('市委副书记、市长张三，市政协主席李四出席会议。')).toEqual([['市政协', 'attendee']]);
  });

  it('makes the committee whose official is accompanied (在…陪同下) the actor, and the accompanying committee the host (ZZZZZZZZZZZZZZZZZZS gs-351)', () => {
    expect(roles('7月7日，天水市政协主席宋敬国在张家川县委书记蒲军，县人大常委会主任李升平，县政协主席李栋一，县委办主任马全荣及县政府办等有关部门负责人的陪同下，先后深入县中部工业园区等地进行调研。')[0]).toEqual(['天水市政协', 'actor']);
    expect(roles('市政协副主席李某在县政协主席王某陪同下视察。')).toEqual([['市政协', 'actor'], ['县政协', 'host']]);
  });

  it('lets what its people came for stand before the committee that acts (出席…的全国政协副主席…考察) (ZZZZZZZZZZZZZZZZZZU gx-353)', () => {
    expect(roles('7月30日至31日，出席2008泛北部湾经济合作论坛的全国政协副主席郑万通、厉无畏对北海市经济发展情况进行了考察。')).toEqual([['全国政协', 'actor']]);
  });

  it('lets the clock time run on after the day stand before the committee that acts (下午三时左右全国政协副主席…一行) (ah-1248)', () => {
    expect(roles('天高云淡，凉风习习。8月24日下午三时左右全国政协副主席厉无畏一行在市委书记高登榜的陪同下到中国宣纸集团公司宣纸文化园参观并指导工作。')).toEqual([['全国政协', 'actor']]);
    expect(roles('8月24日下午3时许全国政协副主席厉无畏一行到宣纸文化园参观。')).toEqual([['全国政协', 'actor']]);
  });

  it('lets the topic its party works on stand before the committee that acts (以…为调研选题的…政协…调研组) (hi-1243)', () => {
    expect(roles('5月22日，以“依托科技发展海南乡土珍稀树种”为调研选题的海南省政协“绿化宝岛”行动第5调研组一行来到屯昌县，对屯昌县种植的花梨木、白木香等珍稀树种进行实地调研。')).toEqual([['海南省政协', 'actor']]);
  });

  it('reads a committee\'s official, second post and all, attending somewhere (在…出席) among other bodies\' officials as a guest (ZZZZZZZZZZZZZZZZZZZB sc-360)', () => {
    expect(roles('活动现场，凉山州妇联党组成员、副主席贾莉，凉山州公安局锦屏分局局长胡麟，县政协党组副书记、副主席洛世旭在冕宁县里庄镇出席禁毒宣传教育活动，共同组织现场全体观众宣读倡议书。')).toEqual([['县政协党组', 'attendee']]);
  });

  it('reads a party\'s two leaders, each with a committee post first, leading its own service, and one presiding over it, as the party\'s (ZZZZZZZZZZZZZZZZZZU yn-353)', () => {
    expect(roles('近日，省政协副秘书长、农工党省委会专职副主委郭光萍，昆明市政协副主席、农工党昆明市委会主委戴彬率省、市医疗专家、书法家、律师团到东川区碧谷街道开展社会服务活动。').map(([, r]) => r)).toEqual(['affiliation', 'affiliation']);
    expect(roles('区政协副主席、农工党昆明市委会副主委、农工党东川区基层委员会主委杜迎玉主持活动，郭光萍同志宣布活动启动。')).toEqual([['区政协', 'affiliation']]);
    // (One committee's chairman leading experts alone is the committee's visit.)
    expect(roles('近日，市政协副主席、农工党昆明市委会主委戴彬率省、市医疗专家到东川区开展社会服务活动。')).toEqual([['市政协', 'actor']]);
  });

  it('reads the second of two committees\' officials who make up one party (…李玉林，楚雄市政协副主席刘云波一行), a place inside the first\'s, as going along (ZZZZZZZZZZZZZZZZZZZJ yn-368)', () => {
    expect(roles('楚雄州政协党组副书记、副主席李玉林，楚雄市政协副主席刘云波一行，在调研礼社江后，在八角镇与群众代表面对面协商。')).toEqual([['楚雄州政协党组', 'actor'], ['楚雄市政协', 'host']]);
    // (Two committees of places side by side both act.)
    expect(roles('楚雄州政协副主席李玉林，大理州政协副主席刘云波一行到八角镇调研。')).toEqual([['楚雄州政协', 'actor'], ['大理州政协', 'actor']]);
  });

  it('reads some of a committee\'s members on a survey, no one named (部分…政协委员…调研), as the committee at work (ZZZZZZZZZZZZZZZZZZT tj-352)', () => {
    expect(roles('近日，部分天津市滨海新区政协委员围绕“文旅商体”深度融合发展专题深入中新天津生态城调研后提出针对性建议。')).toEqual([['天津市滨海新区政协', 'actor']]);
    // (One member by name is the member, not the committee.)
    expect(roles('滨海新区政协委员张三深入生态城调研。')).toEqual([]);
  });

  it('reads a committee\'s official going along on another leader\'s tour (一同调研) as a guest (ZZZZZZZZZZZZZZZZZZZZZZZZZR xz-532)', () => {
    expect(roles('近日，自治区党委常委、宣传部部长汪海洲率队赴山南桑耶寺调研督导寺庙稳定工作开展情况。自治区政协副主席白玛旺堆一同调研。')).toEqual([['自治区政协', 'attendee']]);
    // (Its own tour, led by its chairman, still names it acting first.)
    expect(roles('市政协主席张三率队赴某县调研。市政协副主席李四一同调研。')).toEqual([['市政协', 'actor'], ['市政协', 'attendee']]);
  });

  it('reads the united-front head\'s post after several of the committee\'s own (党组书记、副主席、区党委统战部部长…) as his acting for the department (ZZZZZZZZZZZZZZZZZZZZZZZZZR xz-532)', () => {
    expect(roles('今天下午，自治区党委常委、区政协党组书记、副主席、区党委统战部部长公保扎西先后来到色拉寺、哲蚌寺，看望慰问寺管会工作人员。')).toEqual([['区政协党组', 'affiliation']]);
    // (Its posts alone: the committee's visit.)
    expect(roles('今天下午，区政协党组书记、副主席公保扎西先后来到色拉寺、哲蚌寺，看望慰问寺管会工作人员。')).toEqual([['区政协党组', 'actor']]);
  });

  it('reads a committee\'s official with three posts after its own, a task group\'s among them, only attending, as attending (ZZZZZZZZZZZZZZZZZZZZZZZZZR xz-532)', () => {
    expect(roles('自治区政协副主席、区民宗委主任、驻哲蚌寺工作组副组长洛桑久美出席。')).toEqual([['自治区政协', 'attendee']]);
  });

  it('reads a committee whose proposals are counted, in words or masked (政协提案*件), among what a bureau received as passing (ZZZZZZZZZZZZZZZZZZZZZZZZZQ nm-531)', () => {
    expect(roles('“两会”闭幕后，生态环境局共收到八届人大四次会议的人大建议*件，市政协八届三次会议的政协提案*件，并进行全面梳理。')).toEqual([['市政协', 'passing']]);
    expect(roles('生态环境局共收到人大建议十五件，市政协八届三次会议的政协提案二十三件。')).toEqual([['市政协', 'passing']]);
    // (…and how the bureau took part in them, their split in brackets: ZZZZZZZZZZZZZZZZZZZZZZZZZZF hb-546.)
    expect(roles('2023年，我局共办理代表建议和政协提案195件，其中市代表建议34件（主办10件、会办20件），市政协提案144件（主办39件、承办13件、会办92件），省政协提案会办12件。')).toEqual([['市政协', 'passing'], ['省政协', 'passing']]);
  });

  it('reads a committee that took up another\'s items, counted (省政协采用57篇), as a tally of the other\'s work (ZZZZZZZZZZZZZZZZZZZZZZZZZS js-533)', () => {
    expect(roles('两年来，市委会共整理上报信息236条，被采用187条；省政协采用57篇，省市领导批示12篇。')).toEqual([['省政协', 'passing']]);
    // (Its own adoption of a plan is no count.)
    expect(roles('省政协采用新的工作机制，推动协商成果转化。')).toEqual([['省政协', 'actor']]);
  });

  it('reads a vice-chairman who chairs a people\'s organisation, its officers beside him, as going for the organisation (ZZZZZZZZZZZZZZZZZZZZZZZZZV ah-536)', () => {
    expect(roles('11月以来，县政协副主席、工商联主席张翠芹，县委统战部副部长、工商联党组书记彭倩倩一行开展企业走访调研活动。')).toEqual([['县政协', 'affiliation']]);
    // (With the committee's own sector members, or at that sector's meeting, it stays the committee's.)
    expect(roles('市政协副主席、工商联主席刘琳带领工商联机关和市政协工商联界别委员一行深入青龙乡敬老院。')[0]).toEqual(['市政协', 'actor']);
    expect(roles('市工商联组织开展市政协工商联界别座谈会。市政协副主席、市工商联主席徐伟，市工商联党组成员、副主席王旭东参加会议。').map(([, r]) => r)).not.toContain('affiliation');
  });

  it('reads a vice-chairman who chairs a people\'s organisation presiding over or reporting to its own meeting as its chair (sc-769, hn-772)', () => {
    expect(roles('9月24日,华蓥市委统战部、工商联在工业园区组织召开优化民营企业发展环境调研座谈会,听取意见建议。华蓥市政协副主席、工商联主席李现华主持会议。')).toEqual([['华蓥市政协', 'affiliation']]);
    expect(roles('4月23日,县工商业联合会(民间总商会)召开第十二届二次执委会议。县政协副主席、工商联主席肖晓琳作工作报告。')).toEqual([['县政协', 'affiliation']]);
    // (At the committee's own meeting he presides for the committee.)
    expect(roles('9月24日,县政协召开座谈会。县政协副主席、工商联主席李现华主持会议。').map(([, r]) => r)).not.toContain('affiliation');
  });

  it('reads a national vice-chairman who chairs a party, the party\'s group he leads named after 率领的, as the party\'s (ZZZZZZZZZZZZZZZZZZZZZZZZZZE jx-545)', () => {
    expect(roles('近日，由全国政协副主席、台盟中央主席林文漪率领的台盟中央调研组来到我市，就推进赣南苏区振兴发展开展专题调研。')).toEqual([['全国政协', 'affiliation']]);
    // (The committee's own group he leads stays its own.)
    expect(roles('近日，由全国政协副主席、台盟中央主席林文漪率领的全国政协调研组来到我市调研。')[0]).toEqual(['全国政协', 'actor']);
  });

  it('reads a committee whose making a platform is said to be, however far the making is written from it, as acting (jx-1048)', () => {
    expect(roles('“好商量”是上饶市政协按照“党委领导、政府支持、政协搭台、各方参与、服务群众”的要求，采取“组织延伸、委员下沉、有效衔接”形式，打造的基层政协协商民主议事平台。')).toEqual([['上饶市政协', 'actor']]);
    // (A platform of someone else's that the committee only joins is not its making.)
    expect(roles('“民情驿站”是县委组织部打造的平台，县政协委员积极参与。').map(([, r]) => r)).not.toContain('actor');
  });

  it('reads a committee whose inspection group, named after 率领的, its officials lead as acting, whatever the group\'s topic (ha-1042)', () => {
    expect(roles('2013 年9 月11 日，由张亚忠副主席、高体健副主席率领的河南省政协职业教育和技能培训视察团在开封市职教园区进行视察。')).toEqual([['河南省政协', 'actor']]);
  });

  it('reads a committee\'s staff by civil-service rank, then another body\'s department officials, attending, as attending (ZZZZZZZZZZZZZZZZZZZZZZZZZQ js-531)', () => {
    expect(roles('南通市政协一级巡视员单晓鸣，中共南通市委统战部常务副部长杨建、副部长王文圣参加调研活动。')).toEqual([['南通市政协', 'attendee']]);
    // (Leading a group, the same official acts.)
    expect(roles('南通市政协一级巡视员单晓鸣带领调研组赴启东调研。')).toEqual([['南通市政协', 'actor']]);
  });

  it('reads 香港政协 and 澳门政协, which are members or their associations, never a committee, as passing (ZZZZZZZZZZZZZZZZZZZZZZZZZZP sc-556)', () => {
    expect(roles('香港政协青年联会主席谭镇国参加活动。')).toEqual([['香港政协', 'passing']]);
    expect(roles('澳门政协委员联谊会召开会员大会。')).toEqual([['澳门政协', 'passing']]);
    // (A mainland district that shares a name with one of Hong Kong's is a committee.)
    expect(roles('东区政协召开常委会议。')).toEqual([['东区政协', 'actor']]);
  });

  it('reads a committee\'s chairman greeting another body\'s event by video (通过视频致贺辞) as a guest (ZZZZZZZZZZZZZZZZZZZZZZZZZZP sd-556)', () => {
    expect(roles('香港济南联谊总会第六届理事会就职仪式日前在港举行，济南市政协主席雷杰通过视频致贺辞。')).toEqual([['济南市政协', 'attendee']]);
  });

  it('reads a committee\'s official in a list of leaders, others\' staff after him (…及宣传部、文明办…相关工作人员参加仪式), as attending (ZZZZZZZZZZZZZZZZZZZZZZZZZZO ha-555)', () => {
    expect(roles('县委常委、宣传部长贾发生，副县长李长领，县政协副主席郭德芝及宣传部、文明办、文联等相关工作人员、部分获奖作者参加仪式。')).toEqual([['县政协', 'attendee']]);
    // (With its own members after him, the activity is its own: hi-69.)
    expect(roles('海口市委常委、宣传部长王忠云，市政协副主席、市教育局局长厉春以及部分政协委员参加活动。')).toEqual([['市政协', 'actor']]);
  });

  it('reads a committee\'s chairman in the party a county\'s party secretary heads (县委书记苟乙权，县政协主席李权易一行…) as going along (ZZZZZZZZZZZZZZZZZZZZZZZZZZN sc-554)', () => {
    expect(roles('11月8日，石棉县县委书记苟乙权，县政协主席李权易一行来到该县电视台，看望慰问基层新闻工作者。')).toEqual([['县政协', 'attendee']]);
    // (Another committee's leader first, the chairman leads his own party.)
    expect(roles('11月8日，市政协副主席张三，县政协主席李权易一行来到该县电视台调研。').map(([, r]) => r)).not.toContain('attendee');
  });

  it('reads committees on an award\'s roll of winners (…荣获二等奖, …等8个单位荣获提名奖) as named in passing, and the awarding committee as acting (hl-870)', () => {
    const line = '省政协自2013年开展“政协工作创新奖”评选活动。哈尔滨市政协荣获一等奖；望奎县政协、佳木斯市政协、省工商联荣获二等奖；七台河市政协、密山市政协、省民盟等8个单位荣获提名奖；鸡西市政协、绥化市政协荣获组织奖。';
    expect(roles(line)).toEqual([
      ['省政协', 'actor'],
      ['哈尔滨市政协', 'passing'],
      ['望奎县政协', 'passing'],
      ['佳木斯市政协', 'passing'],
      ['七台河市政协', 'passing'],
      ['密山市政协', 'passing'],
      ['鸡西市政协', 'passing'],
      ['绥化市政协', 'passing'],
    ]);
  });

  it('finds the committee a line is about', () => {
    expect(firstActor('市政协宣教委凝心党支部开展“强思想、聚同心”暨“走进委员单位”主题活动')?.text).toBe('市政协');
    expect(firstActor('区政协集中收看全国政协十二届四次会议开幕会实况')?.text).toBe('区政协');
    expect(firstActor('宝丰县第四届职工运动会隆重开幕')).toBeNull();
  });
});
