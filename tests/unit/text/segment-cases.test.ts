import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage, segmentArticle } from '../../../src/pipeline/cases/segment-cases';

const pick = (seg: ReturnType<typeof segmentArticle>) =>
  seg.sections.map((s) => [s.layout, s.from, s.to, s.bodyFrom, s.label, s.title, s.incomplete]);

describe('segmentArticle', () => {
  it('splits label-line sections (000) and keeps the headline as the title', () => {
    const paras = [
      '西城区政协：',
      '打造协商议政“西城实践”',
      '“目前，我们正围绕数字经济发展开展协商。”北京市西城区政协有关工作负责人介绍。',
      '海淀区政协：',
      '将“共识”融入履职各方面全过程',
      '近年来，北京市海淀区政协努力将加强思想政治引领融入履职的各方面全过程。',
      '在联系群众中传播共识。海淀区政协探索建立了8种类型33个委员工作站。',
    ];
    expect(pick(segmentArticle(paras, '为展现新时代首都政协新作为汇聚力量'))).toEqual([
      ['label', 0, 2, 2, '西城区政协', '打造协商议政“西城实践”', false],
      ['label', 3, 6, 5, '海淀区政协', '将“共识”融入履职各方面全过程', false],
    ]);
  });

  it('reads a name alone over lines with no sentence as a table\'s cell or a sign-off, not a heading (ZZZZZK zj-84, gd-76)', () => {
    const story = '10月9日下午，温州市政协召开庆祝人民政协成立70周年理论研讨会。瑞安政协上报的16篇论文获奖。';
    const awards = ['组织奖', '政协瑞安市委员会', '优秀论文', '一等奖（2篇）', '关于“6+2+X”协商模式的实践与思考（管秀云，瑞安市政协主席、党组书记）', '二等奖（2篇）'];
    expect(pick(segmentArticle([story, ...awards], '温州市政协召开理论研讨会'))).toEqual([['single', 0, 6, 0, null, '温州市政协召开理论研讨会', false]]);
    // (A sentence under it makes it a heading again.)
    const said = [...awards.slice(0, 2), '瑞安市政协积极发动委员开展理论研究，获得组织奖。'];
    expect(pick(segmentArticle([story, ...said], '温州市政协召开理论研讨会')).map((s) => s[0])).toEqual(['label']);
  });

  it('reads a committee\'s heading over a date alone, then the same heading as label and headline, as one story (gx-665)', () => {
    const paras = ['岑溪市政协：协商推进教育提升工程相关工作', '2022-04-07 |', '岑溪市政协：', '协商推进教育提升工程相关工作', '近期，岑溪市政协主席韦学文率队到该市中小学调研，并召开座谈会，协商推进教育提升工程相关工作。'];
    expect(segmentArticle(paras, null).sections.filter((s) => s.to >= s.bodyFrom)).toHaveLength(1);
    // (Different committees' headings, one under another with no sentence between, each head a case: zj-11's list.)
    const list = ['湖州市政协：市委书记、市长与政协委员“面对面”协商', '金华市政协：探索建立全面推行“一村一委员”工作机制', '瑞安市政协：《榕树下》开启基层政协民主监督新时空'];
    expect(segmentArticle(['近日，省政协办公厅印发通知，对这3个案例予以推介。具体名单如下：', ...list], null).sections.length).toBeGreaterThanOrEqual(3);
  });

  it('splits one-line committee headings (003), gives the intro to the lead, and marks a cut-off section', () => {
    const paras = [
      '70年风雨兼程，70年砥砺前行。',
      '在人民政协即将迎来70华诞之际，本报今日推出专题报道。',
      '衡水市政协 求实奋进谋发展 继往开来谱新篇',
      '回顾过去，衡水市政协在开创新时代全面建设经济强市的征程中，彰显了政协担当。',
      '始终强化思想政治引领，确保了政协工作始终沿着正确的政治方向',
      '邢台市政协 踏上新征程 再铸新辉煌',
      '七十载砥砺前行，九万里风鹏正举。',
    ];
    const seg = segmentArticle(paras, '奋斗新时代 担负新使命 干出新样子');
    expect(seg.lead).toEqual([0, 1]);
    expect(pick(seg)).toEqual([
      ['committee-heading', 2, 4, 3, '衡水市政协', '求实奋进谋发展 继往开来谱新篇', true],
      ['committee-heading', 5, 6, 6, '邢台市政协', '踏上新征程 再铸新辉煌', false],
    ]);
  });

  it('splits an untitled roundup into headline + 一、二、三、 sections (001)', () => {
    const paras = [
      '优化履职环境 强化责任担当',
      '一、强化委员学习先导作用，树牢服务发展的履职理念。',
      '二、强化委员骨干带动作用，发挥人民政协的独特优势。',
      '增强党建“三力” 促履职提质增效',
      '一、“责任链”同构筑牢品牌底色，增强党建“引领力”。',
    ];
    expect(pick(segmentArticle(paras, null))).toEqual([
      ['headline-points', 0, 2, 1, null, '优化履职环境 强化责任担当', false],
      ['headline-points', 3, 4, 4, null, '增强党建“三力” 促履职提质增效', false],
    ]);
  });

  it('keeps a single-committee article whole: its subheads are its own structure (002, 004)', () => {
    const paras = [
      '2022年12月26日，湖北省政协召开党组会议。',
      '制度化建设纳入“回头看”重要内容',
      '2019年召开的中央政协工作会议，是在党的历史上第一次以党中央的名义召开的政协工作会议。',
      '以制度建设加强和改进市县政协工作',
      '如何搭好台、打造更多切实管用的协商形式和载体，是政协的一项主要工作。',
    ];
    const seg = segmentArticle(paras, '规范化建设提升“专”的水平湖北省政协加强制度化建设');
    expect(seg.lead).toBeNull();
    expect(pick(seg)).toEqual([['single', 0, 4, 0, null, '规范化建设提升“专”的水平湖北省政协加强制度化建设', false]]);
  });

  it('reads decorated labels and label-plus-headline on one line from other layouts', () => {
    const paras = [
      '近年来，全市各级政协组织聚焦主责主业，形成了一批可复制可推广的经验。',
      '【武侯区政协】',
      '“有事好商量”议事会开到小区院坝',
      '武侯区政协在全区建成协商议事会86个，今年以来开展协商活动300余场。',
      '◆上虞区政协：打造“请你来协商”升级版',
      '上虞区政协围绕群众关切，每季度举办一期“请你来协商”活动。',
      '各市政协 齐心协力',
    ];
    const seg = segmentArticle(paras, '各地政协履职亮点');
    expect(seg.lead).toEqual([0, 0]);
    expect(pick(seg)).toEqual([
      ['label', 1, 3, 3, '武侯区政协', '“有事好商量”议事会开到小区院坝', false],
      ['committee-heading', 4, 6, 5, '上虞区政协', '打造“请你来协商”升级版', true],
    ]);
  });

  it('splits at place-only labels when the place is real, and not at other colon lines', () => {
    const isPlace = (n: string) => ['佛山市南海区', '惠州市'].includes(n);
    const paras = ['佛山市南海区：', '议事会进村居', '南海区政协建成协商议事会256个。', '惠州市：委员工作室助力乡村振兴', '惠州市政协建成委员工作室46个。', '新时代：', '一段话。'];
    expect(pick(segmentArticle(paras, '广东各地政协聚焦基层协商', isPlace))).toEqual([
      ['label', 0, 2, 2, '佛山市南海区政协', '议事会进村居', false],
      ['label', 3, 6, 4, '惠州市政协', '委员工作室助力乡村振兴', false],
    ]);
    expect(segmentArticle(paras, null).sections).toHaveLength(1);
  });

  it('splits a news list of one committee scraped without a headline: each headline over its dated story (gd-53)', () => {
    const paras = [
      '这家伙很懒，什么也没写',
      '禅城区政协五届四次会议闭幕：为中国式现代化禅城实践作出新的更大贡献丨聚焦禅城两会',
      '2月1日上午，禅城区政协五届四次会议顺利完成各项议程，胜利闭幕。闭幕大会上，禅城区委书记严冰强调，新一年要同心同德。',
      '区政协主席殷辉率队到南庄镇调研推进“百县千镇万村高质量发展工程”',
      '1月15日上午，禅城区政协党组书记、主席殷辉同志率队到南庄镇和紫洞村进行实地调研。',
      '广纳群言，广集民智，探索提案新思路',
      '为广泛征求意见和建议，区政协提案工作室、城市建设委员会联合召开城市精细化管理座谈交流会。',
    ];
    const reader = { isPlace: () => false, actor: (t: string) => { const m = t.match(/(禅城区政协|区政协)/); return m ? { key: '440604', name: m[1], start: m.index! } : null; } };
    const seg = segmentArticle(paras, null, reader);
    expect(seg.sections.map((s) => [s.layout, s.from, s.to, s.title])).toEqual([
      ['item', 1, 2, paras[1]],
      ['item', 3, 4, paras[3]],
      ['item', 5, 6, paras[5]],
    ]);
    // With a headline of its own, the page is one report and its subheads are its own structure.
    expect(segmentArticle(paras, "禅城区政协工作动态", reader).sections.every((s) => s.layout !== 'item' || s.title === null)).toBe(true);
  });

  it('keeps the items a news list\'s own committee opens, though another item makes it a host (ZZZZZZZZZZZZZZA gd-229)', () => {
    const paras = [
      '21位市委书记现场述职，黄坤明逐一点评',
      '1月3日上午，省委常委会召开扩大会议，听取各地级以上市党委书记抓基层党建工作述职并进行评议。',
      '广东省政协党组扩大会议召开',
      '认真贯彻落实习近平总书记视察广东重要讲话、重要指示精神，科学谋划今年工作。',
      '广东省政协第二十六期“国是学堂”开讲',
      '12月20日上午，广东省政协第二十六期“国是学堂”在广州举办。中国人民大学教授金灿荣作专题授课。',
      '黄坤明主持召开牵头督办省政协提案办理工作情况汇报会',
      '12月15日上午，省委书记黄坤明主持召开会议，就牵头督办省政协提案办理工作听取汇报。',
    ];
    const actor = (t: string) => {
      const m = t.match(/^(?:\d+月\d+日上午，)?(广东省政协)/);
      return m ? { key: '440000', name: m[1], start: m.index! + m[0].length - m[1].length } : null;
    };
    const reader = { isPlace: () => false, actor, offside: new Set(['440000']) };
    expect(segmentArticle(paras, null, reader).sections.map((s) => [s.from, s.label])).toEqual([
      [2, '广东省政协'],
      [4, '广东省政协'],
    ]);
    // (A committee that opens one headline only is still the host the article makes it.)
    expect(segmentArticle(paras.slice(0, 4).concat(paras.slice(6)), null, reader).sections).toEqual([]);
  });

  it('reads headlines under one repeated event line as the parts of one report, not a news list (ZZZZZZZQ gx-67)', () => {
    const paras = [
      '8月23日上午，出席政协武宣县第十届委员会第一次会议的政协委员们到大会驻地报到，随后召开预备会第一阶段会议、主席团第一次会议、预备会第二阶段会议。',
      '政协武宣县第十届委员会第一次会议',
      '预备会第一阶段会议',
      '8月23日，政协武宣县第十届委员会第一次会议预备会议在县委小礼堂二楼会议室召开。',
      '政协武宣县第十届委员会第一次会议',
      '主席团第一次会议',
      '8月23日，政协武宣县第十届委员会第一次会议召开主席团第一次会议。',
      '政协武宣县第十届委员会第一次会',
      '预备会第二阶段会议',
      '8月23日，政协武宣县第十届委员会第一次会议预备会第二阶段会议在县委小礼堂二楼会议室召开。',
    ];
    const reader = { isPlace: () => false, actor: (t: string) => { const m = t.match(/政协武宣县第十届委员会/); return m ? { key: '451323', name: m[0], start: m.index! } : null; } };
    expect(segmentArticle(paras, null, reader).sections.filter((s) => s.layout === 'item')).toEqual([]);
  });

  it('covers every paragraph exactly once, whatever the lines (property)', () => {
    const line = fc.oneof(
      fc.constantFrom('西城区政协：', '石家庄市政协 改革创新求真务实', '优化履职环境 强化责任担当', '一、强化委员学习。', '二、发挥优势。', '各市政协 工作', ''),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.option(fc.string({ maxLength: 20 })), (paras, title) => {
        const seg = segmentArticle(paras, title);
        const owners = coverage(seg, paras.length);
        expect(owners.every((o) => o !== null)).toBe(true);
        for (const s of seg.sections) expect(s.from <= s.bodyFrom && s.bodyFrom <= s.to).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
