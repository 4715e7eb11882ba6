import { describe, expect, it } from 'vitest';
import { anyActor, partyOwnEvent, practiceWithoutActor, replyToProposal } from '../../../src/pipeline/regions/actors';

describe('practiceWithoutActor: a committee\'s practice told without its verb', () => {
  // tj-00: a special committee's year, its committee named as the frame of its work.
  const nankai = [
    '社会法制委员会注重发挥本委优势,创新工作思路,围绕全区工作大局和区政协2012年工作要点,组织委员开展履职活动。围绕区政协常委会关于“进一步加强和创新社会管理”课题,开展专题调研;充分发挥政协委员在加强社会建设中的重要作用,在全区12个街道开展了“走进街道,走访社区”主题实践活动,成立了政协街道工作组。',
    '参加活动的政协委员表示,将在区政协的指导下继续走进社区。',
  ];

  it('reads a named committee\'s members as a body holding an activity as its practice (ZZZZZZZZB sn-78)', () => {
    const lead = '7月9日，“保护祖脉秦岭 政协委员在行动”启动仪式结束后，西安市政协委员们手持卫生钳和塑料袋，从鄠邑区蔡家坡艺术广场，向秦岭潭峪进发，开展清洁清理活动。';
    expect(practiceWithoutActor('共同呵护秦岭“父亲山”', [lead])).toBe(true);
  });

  it('reads a group of a place\'s members inspecting or studying as its practice, not one member (hb-1148, jx-1114)', () => {
    const lead = '本报讯近日,湖北省谷城县部分政协委员就当前春耕生产进行视察。视察中,委员们了解到,近3年来,谷城县遭遇少雨天气。';
    expect(practiceWithoutActor('政协委员建议:春耕生产做好蓄水保水工作', [lead])).toBe(true);
    expect(practiceWithoutActor('政协委员建议:春耕生产做好蓄水保水工作', [lead.replace('部分政协委员', '政协委员王明')])).toBe(false);
  });

  it('reads a headline of a province\'s or city\'s members named by its short name as its practice, not residents elsewhere (xj-1098, gs-1078, qh-325)', () => {
    const paragraphs = ['近日召开的自治区政协十三届常委会第八次会议上,部分自治区政协常委、委员通过大会发言、小组讨论等形式,聚焦自贸试验区建设议题深入协商议政。'];
    expect(practiceWithoutActor('新疆政协委员为新疆自贸试验区建设建诤言献良策', ['开放是中国式现代化的鲜明标识。'])).toBe(true);
    expect(practiceWithoutActor('农村“天价彩礼”逐年攀升 甘肃政协委员吁政策干预', ['农村“天价彩礼”逐年攀升。'])).toBe(true);
    // (Not one member's portrait, nor the members of one place living in another, nor a word that is no place.)
    expect(practiceWithoutActor('甘肃政协委员张萍：继续加强祁连山生态保护', ['开放是中国式现代化的鲜明标识。'])).toBe(false);
    expect(practiceWithoutActor('9名住澳门内蒙古政协委员隔空参会', ['开放是中国式现代化的鲜明标识。'])).toBe(false);
    expect(practiceWithoutActor('优秀政协委员为自贸试验区建设献良策', ['开放是中国式现代化的鲜明标识。'])).toBe(false);
    expect(practiceWithoutActor('新疆政协委员为新疆自贸试验区建设建诤言献良策', paragraphs)).toBe(true);
  });

  it('reads a headline of one named member\'s proposal (建议, 呼吁) as his committee\'s practice (bj-1036, nm-295, gz-1116), not his portrait (gs-671) nor a meeting that hears members (gs-178)', () => {
    const paragraphs = ['黑土地具有发展农业得天独厚的自然优势。全国政协委员郑锦春一直十分关心东北黑土地治理问题，他表示，长期的过度开发导致在利用中“重用轻养”。'];
    expect(anyActor(['全国政协委员郑锦春：呼吁形成黑土地集中连片治理制度', ...paragraphs])).toBe(false);
    expect(practiceWithoutActor('全国政协委员郑锦春：呼吁形成黑土地集中连片治理制度', paragraphs)).toBe(true);
    expect(practiceWithoutActor('全国政协委员吉平建议：西辽河应进行“量水而行”试点', paragraphs)).toBe(true);
    expect(practiceWithoutActor('贵州省政协委员马娟:建议加快赫章至威宁天然气支线管道建设', paragraphs)).toBe(true);
    expect(practiceWithoutActor('全国政协委员郑锦春：继续加强黑土地保护', paragraphs)).toBe(false);
    expect(practiceWithoutActor('卓尼县召开《政府工作报告》征求意见座谈会 专题听取人大代表、政协委员意见建议', paragraphs)).toBe(false);
  });

  it('reads a headline of a place\'s committee\'s members as a body at work as its practice, and a member\'s portrait as no one\'s (ha-645, jx-228, nx-875, ah-608)', () => {
    const paragraphs = [
      '“花生是舞阳县继小麦玉米之后的第三大种植作物、第一大油料作物和经济作物，但过去产业生产经营模式传统、效益低。提出建设花生田园综合体，就是要通过延伸产业链，让‘小花生’变成‘金豆豆’。”',
      '这一提案得到县委、县政府高度重视，县政府加大对花生种植产业的扶持力度。',
    ];
    expect(anyActor(['河南舞阳县政协委员助力花生产业蓬勃发展', ...paragraphs])).toBe(false);
    expect(practiceWithoutActor('河南舞阳县政协委员助力花生产业蓬勃发展', paragraphs)).toBe(true);
    expect(practiceWithoutActor('江西吉安市政协委员聚焦脱贫攻坚建言献策', paragraphs)).toBe(true);
    expect(practiceWithoutActor('他是滞销农产品“代言人”', paragraphs, '重庆市渝北区政协委员助力疫情防控阻击战侧记')).toBe(true);
    expect(practiceWithoutActor('同心县政协委员实地调研食品安全', paragraphs)).toBe(true);
    // …and named by the place the headline opens with, before its colon (js-1181); not one member named there.
    expect(practiceWithoutActor('沭阳县章集街道：政协委员建言献策 助推特色农业高质量发展', paragraphs)).toBe(true);
    expect(practiceWithoutActor('沭阳县章集街道：政协委员张华 助推特色农业高质量发展', paragraphs)).toBe(false);
    // A proposal printed whole under its members' byline is the committee's (hi-920); not under anyone else's.
    const proposal = ['乐东县靠山临海，历史悠久，文化源远流长。为推动乐东县全域旅游发展，特提出本提案。'];
    expect(practiceWithoutActor('关于发展特色乡村游助力乐东全域旅游的建议', proposal, null, '县政协委员 陈锦峰 徐英 梁文珍')).toBe(true);
    expect(practiceWithoutActor('关于发展特色乡村游助力乐东全域旅游的建议', proposal, null, '县旅游局')).toBe(false);
    // …and a proposal's record as a committee's site files it, its cause and number (nm-948).
    const record = ['提案情况', '提案人姓名: 刘海东 提案时间: 2023-03-01', '缅怀英烈，祭奠故人，慎终追远是中华民族的传统美德。'];
    expect(practiceWithoutActor('案由: 关于进一步推进文明祭祀工作的建议 提案号: 0053', record)).toBe(true);
    expect(practiceWithoutActor('关于进一步推进文明祭祀工作的通知', record)).toBe(false);
    // …and a member's proposal named as handed in (nx-976, nx-650); not a member's suggestion written up (nx-13).
    const handedIn = ['本报讯 今年，自治区政协委员刘媛提交《关于构建我区青少年心理健康服务体系的提案》，呼吁进一步加强中小学生心理健康教育。'];
    expect(practiceWithoutActor('全力构建青少年 心理健康服务体系', handedIn)).toBe(true);
    expect(practiceWithoutActor('全力构建青少年 心理健康服务体系', ['本报讯 今年，自治区政协委员刘媛建议，进一步加强中小学生心理健康教育。'])).toBe(false);
    // …anywhere on the page, however named (yn-672, gs-1081): `提交提案`, `提交的《…提案》`, after a paragraph of
    // quotation.
    const later = ['“殡葬改革，倡导厚养薄葬，有利于弘扬社会新风。”', '在盈江县政协十五届三次会议上，盈江县政协委员罗有田提交提案，呼吁要加大殡葬基础设施建设力度。'];
    expect(practiceWithoutActor(null, later)).toBe(true);
    expect(practiceWithoutActor(null, [later[0], later[1].replace('提交提案', '表示')])).toBe(false);
    expect(practiceWithoutActor(null, ['城市繁荣离不开“夜经济”的支撑，在兰州市两会上，政协委员陈宇晖提交的《关于打造“夜经济”点亮“夜金城”的提案》建议，充分挖掘人文和自然优势资源。'])).toBe(true);
    // …and its key proposals followed up with its leaders there (js-802); not a party leader's follow-up alone (hb-129).
    const followUp = [
      '8月21日,市领导领衔督办《关于进一步加强我市招商引资工作的提案》,并召开重点提案督办协商会。市委常委、徐州经济技术开发区党工委书记张克,副市长吴卫东,市政协副主席金云女参加活动。',
      '会上,提案者对提案情况进行说明,提案承办单位市商务局、市发改委分别汇报提案办理情况。',
    ];
    expect(practiceWithoutActor('全力推动招商引资工作提质增效 市领导领衔督办市政协重点提案', followUp)).toBe(true);
    const partyLeader = ['10月13日,市委书记徐长斌在督办政协重点提案工作时强调,提案工作是加强人民政协协商民主建设的重要内容。'];
    expect(practiceWithoutActor('徐长斌督办政协重点提案工作时强调: 确保政协提案落实落地 推动应城各项事业发展', partyLeader)).toBe(false);
    // …and a member's speech headed as the plenary's, printed whole (ah-952); not a speech headed otherwise.
    const speech = ['乡贤是因出众的德行、才能、声望而被望江民众所尊崇的贤人，过往的他们是最美好的望江记忆。'];
    expect(practiceWithoutActor('委员大会发言：开展乡贤和孝文化研究  助力现代化美好望江建设', speech)).toBe(true);
    expect(practiceWithoutActor('县长在全县经济工作会议上的讲话：开展乡贤和孝文化研究', speech)).toBe(false);
    expect(practiceWithoutActor('安徽省黄山市政协委员俞娟：茶叶绘就黄山民生新图景', paragraphs)).toBe(false);
    // Whatever its verb (gx-894, tj-349), but not a member named at the end or before his words (sc-603). (A member
    // named before his proposal, nx-650's `自治区政协委员刘媛呼吁：`, is one member's proposal: the test above.)
    expect(practiceWithoutActor('边陲沃野助兴农——崇左市宁明县政协委员躬身一线助春耕小记', paragraphs)).toBe(true);
    expect(practiceWithoutActor('天津市和平区政协委员发挥专业优势践行社会责任', paragraphs)).toBe(true);
    expect(practiceWithoutActor('教师与委员的使命“二重奏”——记市政协委员周宇', paragraphs)).toBe(false);
    expect(practiceWithoutActor('自治区政协委员刘媛说：全产业链布局发展冷凉蔬菜', paragraphs)).toBe(false);
  });

  it('reads a committee\'s own activity told as held as its practice (zj-894)', () => {
    const held = ['4月29日,以“送科技、教育、文化、卫生、体育、法律下乡”为主要内容的县政协“六送下乡”社会服务月活动在郑宅镇举行,县政协委员和专家们走进乡镇、走进基层、走进群众开展集中服务。'];
    expect(anyActor(held)).toBe(false);
    expect(practiceWithoutActor(null, held)).toBe(true);
    // (Another body's activity that the committee's members join is not: `县妇联…活动在郑宅镇举行，县政协委员…参加`.)
    expect(practiceWithoutActor(null, ['4月29日,县妇联“巾帼建功”活动在郑宅镇举行,部分县政协委员参加。'])).toBe(false);
  });

  it('reads what a committee or its sector\'s members are named the agent of as its practice, not a tour it organises for others (jx-897, cq-35)', () => {
    const held = ['带着对青少年近视问题的关心,罗红星15日下午参加了由江西省宜春市政协民建、教育界别委员开展的“保护中小学生视力 让‘小眼镜’少一些”协商会。'];
    expect(anyActor(held)).toBe(false);
    expect(practiceWithoutActor('通讯:界别协商会上话“小眼镜”防控', held)).toBe(true);
    expect(practiceWithoutActor('通讯:界别协商会上话“小眼镜”防控', [held[0].replace('由江西省宜春市政协民建、教育界别委员开展的', '')])).toBe(false);
    expect(practiceWithoutActor(null, ['近日,由重庆市政协办公厅组织的“凝心聚力巴渝行”媒体采访报道活动走进长寿区。'])).toBe(false);
    // …or leads (hb-38).
    expect(practiceWithoutActor(null, ['7月28日，湖北省竹山县擂鼓镇金岭村烟农正在忙碌着采摘烟叶。目前，该县由县政协领办的3.5万亩烟叶全面进入采摘烘烤阶段。'])).toBe(true);
    expect(practiceWithoutActor(null, ['7月28日，湖北省竹山县擂鼓镇金岭村烟农正在忙碌着采摘烟叶。目前，该县3.5万亩烟叶全面进入采摘烘烤阶段，县政协委员前来察看。'])).toBe(false);
    // …or hosts, alone or with others (hl-984); not its members leading (hn-736).
    const hosted = ['9月23日,黑河北安市举办“翰墨迎华诞 光影歌盛世”书画摄影艺术展开展仪式。活动由政协北安市委员会、北安市委宣传部联合主办,北安市文学艺术届联合会、北安市政协书画院共同承办。'];
    expect(anyActor(hosted)).toBe(false);
    expect(practiceWithoutActor('北安市书画摄影艺术展开展', hosted)).toBe(true);
    expect(practiceWithoutActor(null, ['4月7日晚，在天鹅塘社区天街志愿服务站，一场由政协委员牵头、志愿者共同参与的爱心援助行动温暖展开。'])).toBe(false);
  });

  it('reads the members of one of the committee\'s groups acting, and a place bringing in a way of its work, as its practice (cq-93, sc-75, js-817)', () => {
    expect(practiceWithoutActor(null, ['2020年11月16日，政协正兴小组委员在太合村召开调研座谈会，就近期各项工作调研情况展开讨论。'])).toBe(true);
    expect(practiceWithoutActor(null, ['2020年11月16日，正兴镇在太合村召开调研座谈会，就近期各项工作调研情况展开讨论。'])).toBe(false);
    const brought = ['6月23日，四川省邻水县交通局请来了一批新客人———20多名县政协委员就提交的交通建设提案与交通局负责人面对面协商对话。'];
    expect(practiceWithoutActor('四川省邻水县推行政协提案办理“面商制”', brought)).toBe(true);
    expect(practiceWithoutActor(null, ['今年以来，句容市创新政协委员提案办理方式，由政府市长和副市长们现场领办政协委员提案。'])).toBe(true);
    expect(practiceWithoutActor('四川省邻水县推行河长制', brought)).toBe(false);
    // …or one of its sectors' members led out together to study (fj-53), not one member's visit.
    expect(practiceWithoutActor('省市政协致公界别委员赴莆田涵江开展调研', ['8月22日，福建省政协常委、致公党福建省委会主委罗恩平率省、市政协致公界别委员一行深入莆田涵江调研。'])).toBe(true);
    expect(practiceWithoutActor(null, ['8月22日，市政协委员王某深入莆田涵江调研侨务工作。'])).toBe(false);
    // …its committee's oversight strengthened or its liaison staff chosen, right after the reporter's credit too (sx-193, sd-60).
    expect(practiceWithoutActor(null, ['加强民主监督 倾听百姓心声 本报讯（记者田建平通讯员饶文波）太原市着力加强政协民主监督，年内将设立100个政协委员信箱。'])).toBe(true);
    expect(practiceWithoutActor(null, ['鲁南传媒网1月24日讯 为发挥政协基层组织作用，滕州市选拔产生了208名镇街政协社情民意联络员。'])).toBe(true);
    // (Not the place the bracket closes on in a document's title, `《…关于县（市）和市辖区建立政协问题的通知》`.)
    expect(practiceWithoutActor(null, ['1983年1月，根据《中共中央办公厅关于县(市)和市辖区建立政协问题的通知》，全省市、县建立政协组织。'])).toBe(false);
  });

  it('reads a sector\'s members\' joint group at a session, its members speaking in turn, as the committee\'s practice (js-892, hb-416)', () => {
    const paragraphs = [
      '1月16日下午,民建、工商联界委员联组讨论会在委员驻地--博顿酒店一楼会议室召开。中共徐州市委书记宋乐伟,徐州市政协主席王强、副主席王海永等出席活动。民建界别17名委员参加活动。',
      '市政协委员、民建界别第一召集人、民建市委会副主委康建荣,市政协委员、民建市委会委员、好七实业集团董事长王军先后作交流发言。',
    ];
    expect(practiceWithoutActor(null, paragraphs)).toBe(true);
    expect(practiceWithoutActor(null, [paragraphs[0], '康建荣汇报了徐州民建基本情况。'])).toBe(false);
  });

  it('reads a session\'s members opening their clause as the committee\'s practice, and the members leaders call on as no one\'s (ha-426, hb-77, jx-337)', () => {
    const heard = ['7月17日下午，列席县第十五届人民代表大会第五次会议的县政协委员们，在听取余长坤所作的政府工作报告后，围绕政府工作报告展开了热烈的讨论。', '全体委员一致认为过去一年，县政府统筹推进疫情防控和经济社会发展。'];
    expect(anyActor(heard)).toBe(false);
    expect(practiceWithoutActor(null, heard)).toBe(true);
    const called = ['11月2日，市委书记刘锋，市委副书记、市长胡雪梅等四套班子领导亲切看望出席市政协十四届一次会议的政协委员。', '刘锋希望广大政协委员珍惜荣誉。'];
    expect(practiceWithoutActor(null, called)).toBe(false);
    // …its session named for them (gd-528); not deputies and members together (qh-633).
    const named = ['6月11日上午，出席区政协八届五次会议的委员以视频会议形式列席区九届人大八次会议，听取了区政府工作报告等报告。'];
    expect(anyActor(named)).toBe(false);
    expect(practiceWithoutActor(null, named)).toBe(true);
    expect(practiceWithoutActor(null, ['1月25日，出席省十四届人大四次会议、省政协十三届四次会议的代表委员们，陆续抵达会议驻地报到。'])).toBe(false);
  });

  it('reads a special committee named short, acting at the page\'s opening, as its committee\'s practice (jl-55, gd-26)', () => {
    const paragraphs = ['6月下旬，由刘长木副主席带队，人资环委组织部分市政协常委、委员对我市冰雪旅游发展情况进行调研考察。'];
    expect(anyActor(['人资环委组织委员调研我市冰雪旅游发展情况', ...paragraphs])).toBe(false);
    expect(practiceWithoutActor('人资环委组织委员调研我市冰雪旅游发展情况', paragraphs)).toBe(true);
    expect(practiceWithoutActor(null, ['为学习兄弟省（区）政协开展提案工作的好经验，马光瑜副主席率提案委考察团一行13人赴宁夏、陕西学习考察。'])).toBe(true);
    // (A party's committee is none: `县委组织部…`.)
    expect(practiceWithoutActor(null, ['6月下旬，县委组织部组织部分政协委员对全县冰雪旅游发展情况进行调研。'])).toBe(false);
  });

  it('reads an interview with a committee\'s chairman as his committee\'s practice, and a member\'s as no one\'s (bj-296, js-805)', () => {
    const quoted = ['2024年5月14日，习近平总书记给八达岭镇石峡村的乡亲们回信。', '“延庆区政协把践行回信精神作为履职工作的主线。”张远说。'];
    expect(practiceWithoutActor('争当长城文化带建设领头雁', quoted, '——访北京市延庆区政协党组书记、主席张远')).toBe(true);
    expect(practiceWithoutActor('争当长城文化带建设领头雁', quoted)).toBe(false);
    expect(practiceWithoutActor('用心做好住建事', quoted, '——访市政协委员、住建局副局长张青')).toBe(false);
  });

  it('reads a people\'s organisation\'s chair calling on the committee\'s members at its session as her organisation\'s news (fj-845)', () => {
    const title = '省妇联主席吴洪芹看望省政协十一届二次会议妇联界别委员';
    const paragraphs = [
      '1月13日下午，在“省十二届人大二次会议和省政协十一届二次会议”期间，省妇联党组书记、主席吴洪芹在省“两会”驻地，亲切看望妇联界别委员。省政协常委、省妇联副主席王秋梅参加了活动。',
      '吴洪芹主席说，政协妇联界别委员是全省广大妇女的杰出代表。',
      '政协妇联界别委员对省妇联工作一致表示赞赏，对省妇联领导的关心看望表示感谢。',
    ];
    expect(anyActor([title, ...paragraphs])).toBe(false);
    expect(practiceWithoutActor(title, ['我来说两句', ...paragraphs])).toBe(false);
  });

  it('reads a page that opens with a death and its funeral as a person\'s story, not a committee\'s practice (sd-524, jx-494, cq-599)', () => {
    const title = '山东省政协原副主席徐文园同志因病逝世';
    const paragraphs = [
      '山东省政协原副主席，山东省民建第二、第三届主委徐文园同志，因病医治无效，于2008年3月14日在济南逝世，享年95岁。',
      '3月16日，省政协常委、民盟省委秘书长张继平带领机关全体同志前往济南市殡仪馆，为徐老最后送别。',
      '省政协常委、民盟省委副主委董利忠参加追悼会，对徐老的逝世表示沉痛哀悼。',
    ];
    expect(practiceWithoutActor(title, paragraphs)).toBe(false);
    expect(anyActor([title, ...paragraphs])).toBe(false);
    // jx-494: the committee that presides over the memorial of its former vice-chairman is among the mourners.
    expect(anyActor(['追悼会由吉安市政协主持。吉安市政协副主席在追悼会上介绍了沈锦荣同志的简历和生平事迹。'])).toBe(false);
  });

  it('reads a members\' unit named with its brand as its place\'s committee acting, the place named in another paragraph (nm-37, zj-833)', () => {
    const opening = '5月24日，根河冷极供热政协委员工作室召开2024年第一次全体协商会议，市政协主席莫新柱出席会议。';
    expect(anyActor([opening, '会上，介绍了2024年根河市温暖工程建设情况。'])).toBe(true);
    // (Named only before its brand, the place is a word as often as a place: no actor.)
    expect(anyActor([opening, '会上，介绍了温暖工程建设情况。'])).toBe(false);
  });

  it('reads the committee\'s members\' groups (政协履职小组) acting as its practice, however the page opens (js-1092)', () => {
    const opening = '又是一年清明祭,潇潇春雨慰英魂。清明节前夕,部分政协履职小组陆续开展文明祭扫、红色教育等系列活动,缅怀革命先烈,传承红色基因。';
    expect(practiceWithoutActor(null, [opening])).toBe(true);
    expect(practiceWithoutActor(null, ['张桥镇政协履职小组开展“纸钱换鲜花”活动,在各村居公墓周边对前来祭扫的村民进行文明劝导。'])).toBe(true);
    // (Another body's groups are not its own.)
    expect(practiceWithoutActor(null, [opening.replace('政协履职小组', '党员志愿小组')])).toBe(false);
  });

  it('reads a committee\'s members gathered as a body in one hall as its meeting (ZZZZZZZZZZZZZZZZZZZZZZZZZZN sc-554)', () => {
    expect(practiceWithoutActor(null, ['来自各个界别的市政协委员们齐聚一堂，积极协商议政。大会总结了过去一年市政协常委会所做的工作。'])).toBe(true);
    // (Others gathered, members among them, are not its meeting.)
    expect(practiceWithoutActor(null, ['全县人大代表、政协委员和企业家齐聚一堂，共话发展。'])).toBe(false);
  });

  it('…and gathered in the city it sits in for its plenary (省政协委员齐聚兰州, gs-1101)', () => {
    const lead = '肩负全省人民的重托与期盼,来自各党派团体、各族各界的省政协委员齐聚兰州,怀揣着过去一年深入调研、精心准备的提案和建议,满怀信心地步入会场。';
    expect(practiceWithoutActor(null, [lead])).toBe(true);
    expect(practiceWithoutActor(null, [lead.replace('省政协委员', '游客')])).toBe(false);
  });

  it('reads a named committee\'s members holding an activity, no one member named, as its practice (ZZZZZZZZZ hn-99)', () => {
    expect(practiceWithoutActor('雁峰区开展专项民主监督', ['湘声报讯  6月21日,衡阳市雁峰区政协委员开展改善生态环境专项民主监督活动。'])).toBe(true);
    // (One member named is that member's deed.)
    expect(practiceWithoutActor('义诊进社区', ['6月21日,雁峰区政协委员张三开展义诊活动。'])).toBe(false);
  });

  it('reads an appeal to the committee\'s members, however seldom the page names it, as its practice (ZZZZZZZZZZZZZZZZZZZZZZS sd-455)', () => {
    const title = '聚力突破招商引资 彰显委员责任担当——致全市各级政协委员的倡议书';
    const body = ['2023年是全面贯彻落实党的二十大精神的开局之年，也是我市“招商引资突破年”。', '认识再提高，当好招商引资的坚定支持者。聚力突破招商引资，是政协组织和广大政协委员义不容辞的责任。'];
    expect(practiceWithoutActor(title, body)).toBe(true);
    // (An appeal to everyone that members sign among others is not one to the members.)
    expect(practiceWithoutActor('致全市人民的倡议书', body)).toBe(false);
  });

  it('reads a letter that hails the committee\'s members on a line of their own as its practice (ah-948)', () => {
    const body = ['全县各级政协委员：', '殡葬改革是我们党一贯倡导的一项移风易俗的社会改革，是精神文明建设的重要内容。为此，我们向全县各级政协委员倡议：'];
    expect(practiceWithoutActor('殡葬改革倡议书', body)).toBe(true);
    // (Members named in a sentence, not hailed, are not a letter's salutation.)
    expect(practiceWithoutActor('殡葬改革倡议书', ['会上，县领导向全县各级政协委员：提出要求。', body[1]])).toBe(false);
  });

  it('reads a committee\'s own consultation meeting at which its members speak as its practice (ZZZZZZZZZZZZZZZZZM ln-319)', () => {
    const title = '打造资源枯竭型城市转型样板——省政协“推进抚顺西露天矿综合治理与利用”月度协商座谈会侧记';
    const lead = '4月3日,在省政协“推进抚顺西露天矿综合治理与利用”月度协商座谈会上,部分省政协委员和专家学者积极建言献策。';
    expect(practiceWithoutActor(title, [lead, '岳永华委员认为,综合治理要搞好总体规划。'])).toBe(true);
    // (A meeting another body holds with the members is that body's.)
    expect(practiceWithoutActor('县委召开政协委员协商座谈会', ['会上,政协委员们踊跃发言。'])).toBe(false);
    // …the national committee's too (bj-964: `9月22日全国政协双周协商座谈会上，第一个发言的全国政协委员…`).
    const biweekly = '9月22日全国政协双周协商座谈会上，第一个发言的全国政协委员吴双战提到了他从调研中了解到两个沉重的数据。';
    expect(practiceWithoutActor('关注“加强草原生态系统保护和修复”', [biweekly, '委员们认为，草原保护要统筹规划。'])).toBe(true);
  });

  it('reads a consultation meeting at which the committee\'s members speak as its practice (js-631)', () => {
    const lead = '昨日下午,在“强化生态意识,推动大运河文化带建设”专题协商会上,政协委员们从生态建设、环境治理、文化挖掘等角度分别作了精彩发言。市委常委、宣传部部长周毅,市政协副主席仲波出席会议。';
    expect(practiceWithoutActor('强化生态意识 推动大运河文化带建设', [lead])).toBe(true);
    // (Members who only attend another body's meeting do not make it the committee's.)
    expect(practiceWithoutActor('强化生态意识 推动大运河文化带建设', [lead.replace('政协委员们从生态建设、环境治理、文化挖掘等角度分别作了精彩发言', '有关部门负责人作了介绍')])).toBe(false);
    // …and so is its plenary where its members speak (bj-636).
    const plenary = '1月9日，在北京市门头沟区政协全会上，不少委员围绕“四问”讲了很多建议，爱门头沟、盼着门头沟好，是委员们共同的心愿。';
    expect(practiceWithoutActor('北京门头沟区政协委员集智聚力区域发展', [plenary])).toBe(true);
    expect(practiceWithoutActor(null, [plenary])).toBe(true);
    expect(practiceWithoutActor(null, [plenary.replace('政协全会', '人代会')])).toBe(false);
  });

  it('reads a plenary named by its term and session alone as the page\'s own committee at work (zj-39, sc-262, xj-89)', () => {
    const lead = '今日上午，参加政协九届一次会议的委员们陆续前来报到。怀揣群众期盼、肩负重任的委员们纷纷提交提案。';
    expect(practiceWithoutActor(null, [lead])).toBe(true);
    // (A congress's session named so is no committee's.)
    expect(practiceWithoutActor(null, [lead.replace('政协九届一次会议', '县十八届人大一次会议')])).toBe(false);
    // …its term before 政协 too (bj-743: `来到九届政协第五次会议经济科技…3个讨论组`).
    expect(practiceWithoutActor('区领导参加政协分组讨论', ['1月5日，区领导李文起、吴学文分别来到九届政协第五次会议经济科技、城建环保3个讨论组，听取委员们的意见。'])).toBe(true);
    // …and its plenary written short, a member speaking at it (sh-1143: `韩伟华委员在政协十四届一次全会分组讨论中建言`).
    expect(practiceWithoutActor('韩伟华委员在政协十四届一次全会分组讨论中建言', ['对区政府工作有四个感受：一是经济发展有目共睹。'])).toBe(true);
  });

  it('reads a session\'s joint group consulting, its members speaking, as the session at work (hn-630, sc-478)', () => {
    const lead = '1月21日下午,邵东市委副书记、市长付凯军参加政协邵东市第二届委员会第六次会议第二联组协商议政会,与委员们一起共商邵东经济社会发展大计。';
    const talk = '付凯军表示,委员们立足邵东实际,踊跃建言、坦诚献策。';
    expect(practiceWithoutActor(null, [lead, talk])).toBe(true);
    expect(practiceWithoutActor(null, [lead.replace('第二联组协商议政会', '开幕会'), talk])).toBe(false);
  });

  it('reads a members\' studio opened, on a page that names its committee, as the committee\'s practice (ZZZZZZZZZA fj-100)', () => {
    const body = [
      '30日,实验区首个政协委员工作室在实验区人民法院揭牌成立。实验区人民法院党组书记、院长林忠明出席活动。',
      '平潭法院党组成员、副院长陈兴表示,今后政协委员工作室将打造成平潭政协的工作品牌。',
    ];
    expect(practiceWithoutActor('平潭首个政协委员工作室成立', body)).toBe(true);
    // (Nor with no committee named on the page.)
    expect(practiceWithoutActor('首个政协委员工作室成立', [body[0]])).toBe(false);
    // …or the committee's place of consultation (ZZZZZZZZZZZZZZZQ zj-271).
    const station = ['11月15日上午，现场体验学习活动在前江街道兰庭社区立方寓小区举行。现场，“兰庭社区协商驿站”揭牌亮相。据悉，这也是江北区政协首个社区协商驿站。'];
    expect(practiceWithoutActor('江北首个政协协商驿站,揭牌!', station)).toBe(true);
    expect(practiceWithoutActor('江北首个协商驿站,揭牌!', station)).toBe(false);
  });

  it('reads a committee\'s members\' group in a town acting, on a page that names the committee, as its practice (ZZZZZZZZ tj-76)', () => {
    const lead = '为提升政协委员履职能力，引领委员了解区情区况，更好履职尽责，12月12日，华新街道委员学习活动组开展四季度学习调研活动。区政协党组成员、副主席张金起参加活动。';
    expect(practiceWithoutActor(null, [lead])).toBe(true);
    // …and in a community, its act a clause later (ZZZZZZZZP ah-93).
    expect(practiceWithoutActor(null, ['12月22日,铜陵市铜官区天井湖社区委员工作室以“参观调研消防救援工作”为主题,组织政协委员开展视察学习活动。区政协副主席程红勤参加活动。'])).toBe(true);
    // (A town's meeting of its own, 镇召开…, is the town's.)
    expect(practiceWithoutActor(null, ['12月12日，华新街道召开四季度工作会议。区政协副主席张金起参加会议。'])).toBe(false);
    // …and a sector's work station of the committee's members (ZZZZZZZZZZZZZZZZZZZZZZZH zj-470), on a page that names the committee.
    const sector = ['按照年度计划安排，7月1日上午，民革界别委员工作站召开民主协商座谈会，围绕“老旧小区改造结合未来社区建设”主题协商建言。', '李生荣对市政协探索建立委员工作站的初衷作了介绍。'];
    expect(practiceWithoutActor('民革界别委员工作站开展民主协商', sector)).toBe(true);
    // (A party's own sector meeting with no such unit is the party's: `民革界别召开座谈会`.)
    expect(practiceWithoutActor('民革界别召开座谈会', ['7月1日，民革界别召开座谈会。市政协副主席参加。'])).toBe(false);
  });

  it('is a case where 政协 is named often and no other body opens the article (tj-00)', () => {
    expect(anyActor(nankai)).toBe(false);
    expect(practiceWithoutActor('认真履职为维护稳定作贡献', nankai)).toBe(true);
  });

  it('is no case where another body\'s name alone heads the page, however often it names 政协 (ZZZZZZQ ha-27)', () => {
    const visit = [
      '为扎实开展主题教育，在全体党员干部中深入开展爱国主义教育，公园管理委员会党支部组织党员参观郑州政协文史馆。',
      '郑州政协文史馆建在郑州市政协院内，建筑面积2515平方米，展出郑州政协历史资料。',
      '进入政协文史馆，党员们先后参观了“协商文化、源远流长”等展区，了解人民政协的光辉历程和郑州市政协的发展。',
    ];
    expect(practiceWithoutActor('郑州黄河文化公园管理委员会', visit)).toBe(false);
    expect(practiceWithoutActor('党员参观政协文史馆', visit)).toBe(true);
  });

  it('is a case where the page is the committee\'s own rules, headed as such, and names it (ZZZZZR tj-91)', () => {
    const rules = [
      '为了进一步加强对政协委员的服务管理工作，充分发挥政协委员在政协工作中的主体作用，现制定政协委员履职档案电子信息系统管理办法如下。',
      '一、建立委员履职档案信息管理系统，实行委员履职情况统计制度。',
      '二、政协委员履职档案电子信息管理作为区政协自身建设的一项基础性工作，需要有关部门切实加强密切配合。',
    ];
    expect(anyActor(rules)).toBe(false);
    expect(practiceWithoutActor('关于政协委员履职管理系统管理办法', rules)).toBe(true);
    // (Headed as something else, the same lines tell no practice.)
    expect(practiceWithoutActor('委员履职档案系统上线', rules)).toBe(false);
  });

  it('is none where a government or a place convenes, or the committee is seldom named', () => {
    // ah-72: a government's notice on proposals; nm-47: a banner convening the city committee's members.
    expect(practiceWithoutActor('霍邱县人民政府办公室关于加快办理县十七届人大三次会议代表建议和县政协十届三次会议委员提案的通知', nankai)).toBe(false);
    const banner = ['近日,翁牛特旗召开住翁旗市政协委员座谈会。市政协副主席、旗委书记南振虎同志等多位领导参加此次座谈会。', ...nankai];
    expect(practiceWithoutActor(null, banner)).toBe(false);
    expect(practiceWithoutActor(null, ['社会法制委员会围绕区政协工作要点,组织委员开展履职活动。'])).toBe(false);
  });

  it('is a case where a place holds an event of its own 政协 (zj-47, ha-38), not of another level\'s members (nm-47)', () => {
    const cangnan = [
      '日前,苍南县召开政协民主监督工作会议,苍南县政协主席杨成秋,县委常委、统战部长胡长虹以及受聘的民主监督员参加会议。',
      '2010年,该县向26个部门单位统一选派了121名政协委员担任民主监督员,一年来,广大民主监督员认真履职。',
      '苍南县委常委、统战部长胡长虹代表县委在会上对政协民主监督工作提出了三点要求。',
    ];
    expect(anyActor(cangnan)).toBe(false);
    expect(practiceWithoutActor('苍南县召开政协民主监督工作会议', cangnan)).toBe(true);
    const yuanhui = ['9月20日,源汇区开展“讲好政协故事·凝聚发展合力”——喜迎人民政协成立75周年委员宣讲活动。140名来自不同界别的政协委员和群众参加活动。', '活动现场,8名政协委员代表向参加活动的政协委员讲述了工作中的鲜活事例。'];
    expect(practiceWithoutActor(null, yuanhui)).toBe(true);
    // …a street's too, however seldom the page says 政协 (ZZZZO bj-62).
    const street = ['，体育馆路街道开展政协委员街道活动小组2014年第一次活动。区政协主席徐鸿达、秘书长赵汶柏出席。'];
    expect(anyActor(street)).toBe(false);
    expect(practiceWithoutActor(null, street)).toBe(true);
    expect(practiceWithoutActor(null, ['，体育馆路街道开展文明创建活动。区政协主席徐鸿达出席。'])).toBe(false);
    // …or a town that sends out its liaison group (ah-860: `濉溪县南坪镇组织政协联络组前往…`).
    const town = ['11月20日，濉溪县南坪镇组织政协联络组前往德育村校网格服务点，开展一场以“宣讲全会精神·履职为民解忧”为主题的宣讲活动。', '活动在路东村德育村校内拉开帷幕，政协委员丁艳秋以乡村教育为主题宣讲。'];
    expect(anyActor(town)).toBe(false);
    expect(practiceWithoutActor(null, town)).toBe(true);
    // …or sets up its units (sc-57: `丹巴县成立了乡（镇）政协工作服务联络站`).
    const units = ['为将政协工作向基层延伸，丹巴县成立了乡（镇）政协工作服务联络站。7月21日，该县举行了乡（镇）政协工作服务联络站授牌仪式。'];
    expect(practiceWithoutActor(null, units)).toBe(true);
    expect(practiceWithoutActor(null, ['丹巴县成立了乡村振兴工作专班。县政协主席出席。'])).toBe(false);
    // …named after a slogan and a dash, as a headline written into the text (gz-967: `…共绘陶乡新画卷——花溪区黔陶乡开展政协委员联络组…活动`).
    const township = ['凝心聚智助振兴 共绘陶乡新画卷——花溪区黔陶乡开展政协委员联络组暨“联村居，助乡村振兴”活动', '委员们饶有兴致地参观了陶艺作品展厅。'];
    expect(anyActor(township)).toBe(false);
    expect(practiceWithoutActor(null, township)).toBe(true);
    const banner = ['近日,翁牛特旗召开住翁旗市政协委员座谈会。市政协副主席、旗委书记南振虎同志等多位领导参加此次座谈会。', ...cangnan.slice(1)];
    expect(practiceWithoutActor(null, banner)).toBe(false);
    // …nor a place's government hearing deputies and members together on its report (ZZZZZZZZZZZZB gs-178).
    const hearing = ['12月24日，卓尼县召开《政府工作报告》征求意见座谈会，县委常委、副县长华湃主持会议，县政协副主席虎文元出席会议。', ...cangnan.slice(1)];
    expect(practiceWithoutActor('卓尼县召开《政府工作报告》征求意见座谈会 专题听取人大代表、政协委员意见建议', hearing)).toBe(false);
  });

  it('is a case where a meeting is held under a committee\'s consultation brand on a page that names a committee (ZZZZZZZZZZZZZZZZZZZZI sc-393)', () => {
    const community = ['6月7日，什地镇二圣宫社区召开了“有事来协商·院坝协商”第二季度议事会。市政协委员、协商议事会成员和村民代表等共聚一堂，就防洪沟渠如何改造展开协商。市政协副主席陈其荣到会指导。'];
    expect(anyActor(community)).toBe(false);
    expect(practiceWithoutActor('【有事来协商】什地镇二圣宫社区召开“有事来协商·院坝协商”第二季度议事会', community)).toBe(true);
    const city = ['为进一步推动有事来协商工作更加向基层聚焦，10月11日上午，德阳市有事来协商工作座谈会在绵竹市召开，市政协副主席赵敏出席。'];
    expect(practiceWithoutActor('德阳市“有事来协商”工作座谈会召开 赵敏副主席出席', city)).toBe(true);
    // …and a town's members' liaison room holding a consultation (sd-724).
    expect(practiceWithoutActor(null, ['6月12日，大坞镇政协委员联络室召开“移风易俗”专题协商会，镇党委副书记主持会议。'])).toBe(true);
    // …and a place's democratic supervision with the committee's members as its supervisors (gd-724).
    const luohu = ['近期，罗湖启动“文明城市创建”专项集体民主监督活动，邀请一批政协委员化身“监督员”，拿着评分表走上街道。', '连日来，区政协委员以街道为单位分组走进各个街道。'];
    expect(anyActor(luohu)).toBe(false);
    expect(practiceWithoutActor(null, luohu)).toBe(true);
    expect(practiceWithoutActor(null, ['近期，罗湖启动“文明城市创建”专项行动，邀请一批市民化身“监督员”。', luohu[1]])).toBe(false);
    // …and so is a form of consultation only committees hold, a bracketed alternative in its name read past (hn-704).
    const yunxi = ['7月9日,我区科技创新平台建设与管理对口(界别)协商会召开,区政协副主席曾海兵出席。会议听取了区科工局关于我区科技创新工作情况。'];
    expect(practiceWithoutActor(null, yunxi)).toBe(true);
    // (Not the brand named in passing, nor a meeting of another kind.)
    expect(practiceWithoutActor(null, ['什地镇召开防汛工作会议，市政协副主席陈其荣出席。镇里曾以“有事来协商”解决沟渠问题。'])).toBe(false);
    expect(practiceWithoutActor(null, ['二圣宫社区召开“院坝协商”议事会，村民代表就沟渠改造展开协商。'])).toBe(false);
  });

  it('a committee\'s numbered session in its groups, its members speaking, however seldom the page says 政协 (hb-11)', () => {
    const zhushan = [
      '12月28日，县领导王金柱、刘子龙、董军，副县级干部邵斌分别参加县政协十一届五次会议有关分组进行讨论。',
      '讨论会上，委员们踊跃发言，围绕教育教学、经济建设、民生实事等方面工作积极建言献策。',
    ];
    expect(anyActor(zhushan)).toBe(false);
    expect(practiceWithoutActor(null, zhushan)).toBe(true);
    // (A notice that names the session's proposals has no members at work.)
    expect(practiceWithoutActor(null, [zhushan[0], '会议要求各部门认真办理提案。'])).toBe(false);
    // …and its discussion groups, however the members' speaking is told (hl-19).
    const yichun = ['1月13日下午，伊春市委书记隋洪波，市长董文琴，分别来到市政协十二届一次会议第一、第二讨论组，与政协委员们共同讨论《政府工作报告》。', '讨论气氛热烈，委员们紧紧围绕《政府工作报告》内容，紧密联系工作实际，踊跃发言，积极建言献策。'];
    expect(anyActor(yichun)).toBe(false);
    expect(practiceWithoutActor(null, yichun)).toBe(true);
    // …its joint groups at a session called 全会, the members' proposals counted (jx-04).
    const xunyang = ['近日，江西省九江市浔阳区代区长邱舰参加该区政协八届五次全会联组讨论时，对委员的精彩发言频频点赞。', '两个小时的联组讨论，32名委员围绕浔阳经济社会发展提出了112条建议。'];
    expect(anyActor(xunyang)).toBe(false);
    expect(practiceWithoutActor(null, xunyang)).toBe(true);
    expect(practiceWithoutActor(null, [xunyang[0]])).toBe(false);
    // …its four groups named before their joint discussion (ZZZZZZZZZZZJ hn-160).
    const hengdong = [
      '3月6日，县委副书记、县长蒋崇华参加政协衡东县第十五届委员会第五次会议县政协文教卫体和文史活动组、吴集活动组、社会法制和民族宗教活动组、石湾（白莲、三樟）活动组联组讨论，与政协委员们深入交流。',
      '会上，政协委员们围绕衡东经济社会发展的多个方面，提出了诸多富有建设性的意见和建议。此次讨论中，政协委员们积极发言。',
    ];
    expect(anyActor(hengdong)).toBe(false);
    expect(practiceWithoutActor(null, hengdong)).toBe(true);
    // …or a sector's group, which only a committee's session has, its members speaking freely (ZZZZA hi-48).
    const baoting = [
      '1月5日,海南省保亭县委副书记、县长王惠仙参加医药卫生、教育科技界别分组讨论。讨论中,委员们畅所欲言,气氛热烈,围绕人才引进、校园管理等方面建言献策。',
      '王惠仙表示,过去的一年,县政协和全体政协委员紧紧围绕中心、服务大局。',
    ];
    expect(anyActor(baoting)).toBe(false);
    expect(practiceWithoutActor(null, baoting)).toBe(true);
    expect(practiceWithoutActor(null, [baoting[0].replace('界别', '部门')])).toBe(false);
    // …a committee's members reviewing in groups, and what they said (fj-30); its groups listed before
    // 分组讨论 (ha-67); a group's members on the work report (hl-51).
    const fujian = ['委员们认为，报告提出新一年省政协要重点抓好五个方面工作，指导思想正确，重点突出。'];
    expect(anyActor(fujian)).toBe(false);
    expect(practiceWithoutActor('福建省政协委员分组审议常委会工作报告', fujian)).toBe(true);
    expect(practiceWithoutActor(null, fujian)).toBe(false);
    const suiping = ['2月7日下午，县委常委、县委统战部长江海松、县政协副主席徐刚分别参加政协遂平县十届二次会议工商联组、教育组、文化艺术组、农林组、三胞眷属组分组讨论。', '会上，委员们围绕县政协常委会工作报告踊跃发言、各抒己见。'];
    expect(practiceWithoutActor(null, suiping)).toBe(true);
    const heihe = ['1月7日下午，教文卫体、人口资源组委员就市委书记郝会龙的讲话、市政府工作报告进行了热烈的讨论协商，并形成共识。', '委员们一致认为，郝会龙同志的讲话对政协工作给予了高度肯定。'];
    expect(practiceWithoutActor(null, heihe)).toBe(true);
    // A named committee's members going out together to hold an activity (ZZZV hb-42); not one member's deed.
    const xialu = ['5月16日，下陆区政协委员深入老鹳庙社区，开展关爱残疾人义诊、义演宣传活动。'];
    expect(anyActor(xialu)).toBe(false);
    expect(practiceWithoutActor('黄石市下陆区政协委员进社区开展助残义诊义演活动', xialu)).toBe(true);
    expect(practiceWithoutActor(null, ['5月16日，下陆区政协委员王红深入老鹳庙社区，开展义诊活动。'])).toBe(false);
  });
});

describe('partyOwnEvent: a democratic party\'s own event the committee\'s vice-chairman leads as its chair', () => {
  it('reads a page headed by the party, whose only committee is its chair\'s post, as the party\'s (ZZZZZZZZZZZZZZO sn-243, jl-177)', () => {
    const trip = ['5月22日，宝鸡市政协副主席、农工党宝鸡市委会主委明涛带领调研组赴渭滨区开展渭河生态治理专项民主监督调研。'];
    expect(partyOwnEvent('农工党宝鸡市委会赴渭滨区开展渭河生态治理专项民主监督调研', trip)).toBe(true);
    // (Headed by the committee, or by no party, it is not.)
    expect(partyOwnEvent('宝鸡市政协开展渭河生态治理专项民主监督调研', trip)).toBe(false);
    expect(partyOwnEvent(null, trip)).toBe(false);
    // (…its central committee's chairman, a national vice-chairman, leading its research: gz-1012.)
    const central = ['全国政协副主席、致公党中央主席、中国科协主席万钢近日率调研组赴贵州，就“推进大数据、区块链与经济社会融合创新发展”开展重点考察调研。'];
    expect(partyOwnEvent('致公党中央赴贵州开展推进大数据区块链发展重点考察调研', central)).toBe(true);
  });

  it('reads a page without a headline by its lead after the date (ZZZZZZZZZZZZZZZZZZZZZZZZZZT sn-560)', () => {
    const exchange = [
      '7月26日至28日，农工党汉中市委会组织市委委员、基层组织一行，来商开展参政议政、扶贫攻坚工作学习交流活动。',
      '商洛市政协副主席、农工党商洛市委会主委王书正希望通过更多的方式进一步增强友谊，互相学习。',
    ];
    expect(partyOwnEvent(null, exchange)).toBe(true);
    // (A lead that opens with the committee is the committee's.)
    expect(partyOwnEvent(null, [exchange[0].replace('农工党汉中市委会', '汉中市政协'), exchange[1]])).toBe(false);
  });

  it('knows the chair\'s party post by the party\'s last character, as its own pages write it (社淄博市委主委; ZZZZZZZZZZZZZZZZZZZZZZZZZT sd-534)', () => {
    const survey = ['近日，为提交高质量的调研报告，淄博市政协副主席、社淄博市委主委王济众带领课题组成员深入开展调研活动。'];
    expect(partyOwnEvent('九三学社淄博市委开展参政议政重点课题调研', survey)).toBe(true);
    // (A 社 that is no party's post, `社区`, leaves the chair the committee's.)
    expect(partyOwnEvent('九三学社淄博市委开展参政议政重点课题调研', ['近日，淄博市政协副主席、社区主任王济众带领调研组深入开展调研活动。'])).toBe(false);
  });

  it('knows a party by its local 委会 alone (ZZZZZZZZZZZZZV hl-224)', () => {
    const show = ['民进大庆市委会于9月20日在大庆开明画院隆重举办了书画笔会。', '大庆市政协副主席、民进大庆市委会主委刘宝森，市委会副主委张晓东出席活动。'];
    expect(partyOwnEvent('大庆市委会举办书画笔会', show)).toBe(true);
    // (The Communist Party's 市委 is no party's 委会.)
    expect(partyOwnEvent('大庆市委召开政协工作会议', show)).toBe(false);
  });

  it('keeps a committee whose own bodies the party\'s chair leads (ZZZZZZZZZZZZZZZZI zj-289)', () => {
    const trip = ['5月22日上午,市政协副主席、致公党杭州市委会主委胡伟率市政协城建委、致公党界别的部分政协委员赴滨江区开展专项民主监督。'];
    expect(partyOwnEvent('致公党杭州市委会主委胡伟带队赴滨江开展专项民主监督', trip)).toBe(false);
  });

  it('keeps a committee that holds what the party joins (ln-170)', () => {
    expect(partyOwnEvent('民建鞍山市委参加市政协视察活动', ['6月5日，市政协组织部分委员视察重点项目建设，民建鞍山市委主委参加视察。'])).toBe(false);
  });
});

describe('replyToProposal: an office\'s written answer to a member\'s proposal (sx-965, ln-874, xj-905)', () => {
  it('reads the proposal received and the answer to follow as the office\'s reply, not the committee\'s practice', () => {
    expect(replyToProposal(['范卫兵委员：', '您提出的关于《做实戏曲进校园工作，推进文明校园创建》的提案收悉。现答复如下：', '地方戏曲集中体现了中国传统文化的精髓。'])).toBe(true);
    expect(replyToProposal(['张坤委员：', '您提出的《关于维修关山旗敖包、成祠及附属设施的建议》的提案已收悉，现答复如下：'])).toBe(true);
    // …and a co-handling office's opinion headed as such (xj-983).
    expect(replyToProposal(['关于中国人民政治协商会议新疆维吾尔自治区委员会第十三届二次会议经济建设类229号提案的会办意见', '自治区发展和改革委员会'])).toBe(true);
    // (…a word of study between the two, xz-1002.)
    expect(replyToProposal(['丁曲丁增委员：', '您提出的“关于修建连接线工程项目的提案”收悉。经研究，现答复如下：'])).toBe(true);
    // …or the reply's own headline, whatever its letter opens with (xj-1001).
    expect(replyToProposal(['王洪霞委员您好：', '您提出的《关于提升精细化管理水平 推动城市高质量发展建议》，现将提案有关情况汇报如下。'], '对自治州政协十三届四次会议社会建设类2号提案的答复函')).toBe(true);
    expect(replyToProposal(['县政协召开会议，听取承办单位对重点提案的答复。'], '县政协听取重点提案办理答复')).toBe(false);
    // …and the handling government's report to the committee (nx-994).
    expect(replyToProposal(['吴忠市红寺堡区人民政府', '（2021年10月）', '根据会议安排，现将政协红寺堡区委员会三届五次会议委员提案办理情况报告如下：'])).toBe(true);
    // (A committee that hands proposals on, or reports on its proposal work, is no reply.)
    expect(replyToProposal(['受政协第十届委员会常务委员会委托，现将一年来的提案工作情况报告如下，请予审议。'])).toBe(false);
    expect(replyToProposal(['县政协召开提案交办会，将42件提案交有关单位办理。', '会议要求承办单位认真办理，及时答复委员。'])).toBe(false);
  });
});
