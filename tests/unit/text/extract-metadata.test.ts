import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/pipeline/article/extract-metadata';

// Header and footer lines of the bundled articles, after repair (Simplified, full-width).
const renmin = [
  '首页>协商>政协动态',
  '为展现新时代首都政协新作为汇聚力量',
  '——贯彻落实中央政协工作会议精神的北京答卷',
  '人民政协网北京6月14日电 （记者 包松娅）',
  '编者按：',
  '中央政协工作会议召开后，中共北京市委及时召开常委会会议传达学习中央政协工作会议精神。',
  '西城区政协：',
  '打造协商议政“西城实践”',
  '有协商建言，就有意见反馈。',
  '编辑：罗文',
  '关键词：政协 区政 委员 协商 工作',
].join('\n');

describe('extractMetadata', () => {
  it('turns breadcrumb, title, subtitle, dateline, editor and keyword lines into metadata', () => {
    const r = extractMetadata(renmin);
    expect(r.meta).toMatchObject({
      title: '为展现新时代首都政协新作为汇聚力量',
      subtitle: '贯彻落实中央政协工作会议精神的北京答卷',
      publisher: '人民政协网',
      place: '北京',
      reporter: '包松娅',
      editor: '罗文',
      keywords: ['政协', '区政', '委员', '协商', '工作'],
      breadcrumb: ['首页', '协商', '政协动态'],
      date: null,
    });
    expect(r.meta.dateNote).toMatch(/6月14日.*no year/);
    expect(r.lead).toBe('中央政协工作会议召开后，中共北京市委及时召开常委会会议传达学习中央政协工作会议精神。');
    expect(r.paragraphs).toEqual(['西城区政协：', '打造协商议政“西城实践”', '有协商建言，就有意见反馈。']);
  });

  it('joins a report cover\'s formal name cut over lines (中国人民政治协商会议 / 江苏省…学习委员会 / 工作报告) into one headline (js-1021)', () => {
    const cover = [
      '当前位置:首页 / 政协会议 / 全体会议 / 十一届一次会议 / 重要文件',
      '发布日期:2013-01-17 16:40 来源: 本站原创',
      '中国人民政治协商会议',
      '江苏省第十届委员会学习委员会',
      '工作报告',
      '省十届政协一次全会以来的五年中,我们在常委会议和主席会议的领导下,围绕中心,服务大局,认真筹划,精心组织,学习工作取得了一定成绩。',
      '五年来,我们通过举办学习培训班、编发资料、视察、组织界别活动等多种形式,努力为广大委员和政协干部提高履职水平服务。',
    ].join('\n');
    const r = extractMetadata(cover);
    expect(r.meta.title).toBe('中国人民政治协商会议江苏省第十届委员会学习委员会工作报告');
    expect(r.meta.author).toBeNull();
    expect(r.meta.subtitle).toBeNull();
    // Nothing lost: each line of the name is in the report, kept as the title.
    expect(r.removed.filter((x) => x.rule === 'title').map((x) => x.text)).toEqual(['中国人民政治协商会议', '江苏省第十届委员会学习委员会', '工作报告']);
  });

  it('reads a menu\'s bullets one under another as the header, not a roundup\'s section labels (gz-1023, gd-111)', () => {
    const page = [
      '• 工作报告',
      '  • 交通',
      '  • 凯里市政协',
      '  • 南明区政协办公室',
      '您当前所在的位置： 首页 > 视察调研 > 工作动态 > 详情',
      '州政协人资环委开展城乡“两污”治理 情况视察',
      '发布日期： 2024年04月18日',
      '4月18至24日，州政协副主席杨政宇、徐勇先后率州政协人资环委、部分政协委员及政协智库专家组成视察组，深入凯里市、三穗、黎平、从江县，开展城乡“两污”治理情况视察。',
    ].join('\n');
    const r = extractMetadata(page);
    expect(r.meta.title).toBe('州政协人资环委开展城乡“两污”治理 情况视察');
    expect(r.paragraphs[0]).toMatch(/^4月18至24日/);
    // A roundup's labels, each over its story, still open the body.
    const roundup = ['● 黔江区 ●', '黔江区政协组织委员视察城乡污水治理。', '● 万州区 ●', '万州区政协召开专题协商会。'].join('\n');
    expect(extractMetadata(roundup).paragraphs[0]).toBe('● 黔江区 ●');
  });

  it('reads a sidebar\'s list of links (· items, however punctuated) as the header, so the headline under the breadcrumb below it is found (js-828)', () => {
    const page = [
      '首页 | 时政 | 财经 | 综合 | 长三角 | 港澳台 | 评论 | 人事 | 深度 | 图片',
      '·近8万新闻记者已换新记者证',
      '·专家:针对差异细化碘盐标准',
      '·青藏铁路查出1.28亿假发票',
      '·开除刘少奇党籍 谁唯一没举手？',
      '·揭秘:毛主席像章怎样从“狂热”到“制止”',
      '  您当前的位置 :浙江在线 > 国内新闻 > 时政 正文',
      '无锡政协首次吸纳港澳委员 属中国地级市首例',
      '  记者今天从无锡市政府举行的新闻发布会上获悉，即将召开的市政协十二届一次会议首次安排港澳委员。',
    ].join('\n');
    const r = extractMetadata(page);
    expect(r.meta.title).toBe('无锡政协首次吸纳港澳委员 属中国地级市首例');
    expect(r.paragraphs).toEqual(['记者今天从无锡市政府举行的新闻发布会上获悉，即将召开的市政协十二届一次会议首次安排港澳委员。']);
  });

  it('makes the body of an editor\'s note that is all the page has, removing only its label (ZZZZZZZZZZU ha-145)', () => {
    const note = '昨日，市政协举行纪念改革开放30周年政协理论研讨会，总结新时期人民政协取得的成就和经验。本报特将大会发言摘编如下。';
    const r = extractMetadata(['研讨政协理论', '提高履职能力', `编者按：${note}`].join('\n'));
    expect(r.paragraphs).toEqual([note]);
    expect(r.lead).toBeNull();
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'editor-note-label', text: '编者按：', keptAs: null }));
    // (With a story under it, the note stays the lead.)
    expect(extractMetadata(`编者按：${note}\n10月9日，市政协委员赵建春发言。`).lead).toBe(note);
  });

  it('reads a reviewer\'s credit (初审编辑:…) over a dateline as the editor, never as the headline (ZZZZZZZZZZZZZZZZZZX sd-356)', () => {
    const r = extractMetadata(['初审编辑:李乐涛', '责任编辑:李乐涛', '大众网聊城1月6日讯(记者 侯晓)1月6日,聊城市政协十三届二次会议开幕。会议上,市政协副主席马保杰宣读了表彰决定。'].join('\n'));
    expect(r.meta.title ?? '').not.toContain('李乐涛');
    expect(r.meta.editor).toBe('李乐涛');
    expect(r.removed.map((x) => x.text)).toContain('初审编辑:李乐涛');
  });

  it('removes keyword spam above a story as an unrelated line, and then finds the headline (sc-82)', () => {
    const r = extractMetadata(
      [
        '少妇人妻中文字幕久久，男女猛烈无遮掩视频免费，在线看免费无码av天堂，色97久久久综合影院',
        '四川省政协召开对口协商会建议在川西藏区建设国家雪山公园',
        '四川省政协近日召开“关于在我省藏区建设国家雪山公园建议”对口协商会，围绕川西藏区加强生态文明建设协商建言。',
        '委员们建议，国家雪山公园的建设要符合国家主体功能区定位，高起点规划。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('四川省政协召开对口协商会建议在川西藏区建设国家雪山公园');
    expect(r.removed[0]).toMatchObject({ rule: 'unrelated-line', line: 1 });
    // A first paragraph of the story that happens to have no full stop is not spam.
    const story = extractMetadata('县政协召开常委会议，审议有关事项\n县政协常委会议审议了有关事项。会议由县政协主席主持。');
    expect(story.removed.filter((x) => x.rule === 'unrelated-line')).toEqual([]);
  });

  it('keeps the one Chinese paragraph of a page whose other lines are furniture and an English translation (sx-1247)', () => {
    const r = extractMetadata(
      [
        '论文部分内容阅读',
        '山西省政协文史资料研究委员会要出版一册河边民俗馆专辑,把这个“全国旅游行业先进集体”的创建历程和当地独特的风土人情介绍给更多的朋友,我认为这是件很有意义的事情.因此,有关同志约我写这个序我是非常高兴的.',
        'Shanxi Province CPPCC History and Literature Research Committee to publish an album of the Hebian Folk Museum, I think this is a very meaningful thing.',
      ].join('\n'),
    );
    expect(r.paragraphs.map((p) => p.slice(0, 12))).toEqual(['山西省政协文史资料研究委', 'Shanxi Provi']);
    expect(r.removed.filter((x) => x.rule === 'unrelated-line')).toEqual([]);
  });

  it('keeps a machine summary run into one long line under its headline as the story, not a stray line (ZZZZZZZZZZZZZZZF sd-260)', () => {
    const summary =
      '会议基本情况 - 中国人民政治协商会议第十二届滨州市委员会第五次会议于1月19日上午在黄河三角洲交易中心开幕 [1] - 本次会议应到委员354名,实到320名,符合规定人数 [2] 2025年工作回顾与成绩 - 2025年滨州市稳健前行、向高攀登,创新突破、向新发力,扩大开放、向远而行,增进福祉、向实作为 [3] - 市政协常委会在2025年紧紧围绕市委中心工作,在服务品质滨州建设上有力有为 [5] - 市政协十二届四次会议以来共提交提案606件,经审查立案512件 [8]';
    const r = extractMetadata(['滨州市政协十二届五次会议隆重开幕', '新浪财经·2026-01-19 20:00', '', summary].join('\n'));
    expect(r.meta.title).toBe('滨州市政协十二届五次会议隆重开幕');
    expect(r.paragraphs).toEqual([summary]);
  });

  it('removes a forum\'s buttons and post line, so the post\'s headline under them is found (ah-60)', () => {
    const r = extractMetadata(
      [
        '宿松百姓爱心协会',
        '找回密码',
        '注册',
        'QQ登录',
        '只需一步,快速开始',
        '扫一扫,访问微社区',
        '查看: 2485|回复: 0',
        '政协文史委举行主席接待日暨重点提案办理协商座谈会',
        '[复制链接]',
        '发表于 2019-7-1 22:44 | 显示全部楼层 |阅读模式',
        '6月28日下午，县政协副主席张小勤率政协文史学习委到县文化旅游体育局就政协重点提案办理开展对口协商，在该局会议室召开座谈会。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('政协文史委举行主席接待日暨重点提案办理协商座谈会');
    expect(r.paragraphs).toEqual([expect.stringMatching(/^6月28日下午/)]);
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['只需一步,快速开始', '查看: 2485|回复: 0', '[复制链接]']));
  });

  it('removes a portal\'s list of related stories (headline, summary and timestamp) under the story (ln-42)', () => {
    const r = extractMetadata(
      [
        '新华网沈阳1月17日电 1月16日，辽宁省政协十二届五次会议新闻发布会在沈阳举行。发布会向媒体介绍了大会筹备情况。',
        '辽宁新闻',
        '-',
        '曹辉：城市更新应注重文脉延续',
        '省政协委员曹辉表示，历史文脉是促进城市发展的内生动力。2022-01-20 11:47:45 星期四',
        '-',
        '辽宁省政协十二届五次会议举行分组讨论',
        '1月19日，参加省政协十二届五次会议的省政协委员分组讨论了常委会工作报告。2022-01-20 11:47:17 星期四',
      ].join('\n'),
    );
    expect(r.paragraphs.join('\n')).not.toMatch(/分组讨论|曹辉/);
    expect(r.removed.filter((x) => x.rule === 'related-link')).toHaveLength(6);
    // One dated summary alone is no list.
    const one = extractMetadata(['市政协召开主席会议。会议由主席主持。', '会议审议了有关事项。2022-01-20 11:47:17'].join('\n'));
    expect(one.removed.filter((x) => x.rule === 'related-link')).toEqual([]);
  });

  it('removes a document page\'s fields, their labels letter-spaced, and its labelled title (ZZZZZZZZZZZZZZZZZZZZZZA nx-437)', () => {
    const title = '盐池县教育体育局关于对政协盐池县第十届委员会五次会议49号提案的答复函';
    const r = extractMetadata(['索 引 号 640323004/2022-00062 发文时间 2021-10-22', '发布机构 盐池县教体局 文 号', `标 题: ${title}`, title, '', '《关于更新补充农村中小学适用图书的建议》收悉，现就提案办理有关情况答复如下：'].join('\n'));
    expect(r.removed.slice(0, 3).map((x) => x.rule)).toEqual(['document-fields', 'document-fields', 'document-fields']);
    expect(r.removed.find((x) => x.text.startsWith('标 题'))?.rule).toBe('document-fields');
  });

  it('removes a library catalogue record\'s fields around a chronicle\'s section (ZZZZZZZZZZZZZZZZZZZZZZQ jx-453)', () => {
    const fields = ['知识类型: 析出资源', '唯一号: 140520020210001886', '颗粒名称: 第三节 参政议政', '分类号: D627', '页数: 6'];
    const r = extractMetadata(['第三节 参政议政', '', ...fields, '关键词: 参政议政 政治协商会', '', '内容', '', '一、委员提案第九届市政协共征集提案1594件，其中集体提案39件；提交提案的委员369人。'].join('\n'));
    expect(r.removed.filter((x) => x.rule === 'document-fields').map((x) => x.text)).toEqual(fields);
    expect(r.meta.keywords).toEqual(['参政议政', '政治协商会']);
    expect(r.paragraphs.join('\n')).not.toMatch(/析出资源|D627/);
  });

  it('removes a record\'s field value on the line under its label alone, never taking the source book for the headline (ZZZZZZZZZZZZZZZZZZZZZZZZF jx-494)', () => {
    const page = ['首页', '知识信息', '卷十三 政权 政协', '知识类型:', '析出资源', '查看原文', '内容出处:', '《彭泽县志》', '图书', '唯一号:', '140520020230', '1980年12月，彭泽县政协第一届委员会第一次会议召开，选举产生了县政协主席、副主席。'];
    const r = extractMetadata(page.join('\n'));
    expect(r.meta.title).not.toBe('《彭泽县志》');
    expect(r.removed.filter((x) => x.rule === 'document-fields').map((x) => x.text)).toEqual(expect.arrayContaining(['析出资源', '《彭泽县志》', '140520020230']));
    expect(r.paragraphs).toEqual([page[11]]);
  });

  it('takes a post\'s view count without a colon and its buttons (收藏TA, 投诉) for furniture, not the headline (ZZZZZZZZZZZZZZZZZZZZZZU gs-457)', () => {
    const headline = '政协协商谏良策 凝心聚力助创城—幸福社区召开2023年第一季度基层政协协商议事会';
    const r = extractMetadata([headline, '', '庄浪县幸福社区', '创建于2023-03-09', '阅读 663', '收藏TA', '', '为全面推进政协协商向基层延伸，进一步发挥政协委员的主体作用。3月9日，幸福社区召开2023年第一季度政协协商议事会。', '阅读 663', '投诉'].join('\n'));
    expect(r.meta.title).toBe(headline);
    expect(r.removed.filter((x) => x.text === '阅读 663').map((x) => x.rule)).toEqual(['counter', 'counter']);
    expect(r.removed.find((x) => x.text === '投诉')?.rule).toBe('navigation');
    // (A sentence that counts readers is prose: `阅读 663人次参加了读书活动` is no counter.)
    expect(extractMetadata('全年阅读 663人次参加了读书活动。').paragraphs).toHaveLength(1);
  });

  it('takes a post\'s date and view count, a repost\'s copyright disclaimer and an empty comments box for furniture (nx-716, sc-716)', () => {
    const story = '6月14日至17日，雨城区政协主席张燕带队到西藏自治区拉萨市考察洽谈雅安藏茶推广合作事宜。';
    const r = extractMetadata(['2020-11-04 查看：2822', story, '雨城政协', '信息贵在分享，如涉及版权问题请联系删除', '暂无评论'].join('\n'));
    expect(r.removed.map((x) => [x.text, x.rule])).toEqual(
      expect.arrayContaining([
        ['2020-11-04 查看：2822', 'counter'],
        ['信息贵在分享，如涉及版权问题请联系删除', 'footer'],
        ['暂无评论', 'navigation'],
      ]),
    );
    expect(r.paragraphs).toEqual([story, '雨城政协']);
    // (A story about copyright is prose.)
    expect(extractMetadata('会议要求，如涉及版权纠纷，应依法调解。').paragraphs).toHaveLength(1);
  });

  it('removes an e-paper\'s story bar, its arrows numbered and its text-size buttons after (ZZZZZZZZZZZZZZZZZZZZZZY zj-461)', () => {
    const r = extractMetadata(['2018年11月20日 星期二', '3 上一篇  下一篇 4 放大 缩小 默认', '', '市县两级政协联合开展“六送下乡”活动', '', '11月19日，市政协与余姚市政协联合开展“六送下乡”活动。'].join('\n'));
    expect(r.removed.find((x) => x.text.includes('上一篇'))?.rule).toBe('navigation');
    expect(r.meta.title).toBe('市县两级政协联合开展“六送下乡”活动');
  });

  it('removes the links to the stories before and after, arrows before them (sn-1111)', () => {
    const body = '7月10日早上,绥德县崔家湾镇的村民发现,一架无人机穿梭在村里的红薯种植基地上空。';
    const r = extractMetadata(['无人机作业助薯农增产增收', body, '>>上一篇:长武县政协开展助力乡村振兴专题协商活动', '>>下一篇:越城政协“家门口的协商”精彩纷呈，效果实打实'].join('\n'));
    expect(r.paragraphs).toEqual([body]);
    expect(r.removed.filter((x) => x.rule === 'navigation').map((x) => x.text.slice(0, 5))).toEqual(['>>上一篇', '>>下一篇']);
  });

  it('removes a list of related stories, each after a dash with its time in brackets, the last cut (ZZZZZZZZZZZZZZZZZZZZZZZ fj-462)', () => {
    const related = ['- 市政协重点提案办理协商聚焦“内河水资源保护 完善水污染治理”（2018-09-19 07:39:34）', '- 中国非遗博览会山东举行 泉州多个节目精彩亮相（2018-09-18 10:05:50）', '- 市政协2018年委员读书班第二期开班（'];
    const r = extractMetadata(['18日，省、市政协提案联合督办暨省政协委员活动日工作在福州展开。省政协副主席魏克良参加当天活动。', '（记者 林蔚）', ...related].join('\n'));
    expect(r.removed.filter((x) => x.rule === 'related-link').map((x) => x.text)).toEqual(related);
    // (A dash before a sentence of the story is no link: `- 全年共办理提案120件（其中重点提案10件）。`.)
    expect(extractMetadata('- 全年共办理提案120件（其中重点提案10件）。').paragraphs).toHaveLength(1);
  });

  it('reads a headline\'s date and source run on after it as the publisher, the line kept whole in the report (ZZZZZZZZZZZZZZZZZZZZZZZR sh-480)', () => {
    const line = '市政协召开专题监督会 加强保障性住房规划建设 2024-11-22 来源：解放日报';
    const r = extractMetadata([line, '记者 肖彤', '昨天，市政协召开“加强保障性住房规划建设情况”专题监督会。'].join('\n'));
    expect(r.meta.title).toBe('市政协召开专题监督会 加强保障性住房规划建设');
    expect(r.meta.publisher).toBe('解放日报');
    expect(r.removed.find((x) => x.rule === 'title')?.text).toBe(line);
  });

  it('reads a name after a dash that the story never says (…专题调研-yb体育官方) as the page\'s title bar, the line kept whole in the report (ZZZZZZZZZZZZZZZZZZZZZZZZZZD sd-544)', () => {
    const line = '省政协副主席段青英带队开展专题调研-yb体育官方';
    const r = extractMetadata([line, '11日，省政协副主席段青英带队，赴济南市莱芜区、长清区开展专题调研。'].join('\n'));
    expect(r.meta.title).toBe('省政协副主席段青英带队开展专题调研');
    expect(r.removed.find((x) => x.rule === 'title')?.text).toBe(line);
    // (A headline's own words after a dash stay: `…座谈会召开-委员建言乡村振兴`, the story saying them.)
    const own = extractMetadata(['市政协召开座谈会-委员建言乡村振兴', '昨日，市政协召开座谈会，委员建言乡村振兴。'].join('\n'));
    expect(own.meta.title).toBe('市政协召开座谈会-委员建言乡村振兴');
  });

  it('removes a copy\'s picture written in Markdown, its alt text kept in the report (ZZZZZZZZZZZZZZZZZZZZZX sc-434)', () => {
    const picture = '![区政协召开“我为扶贫攻坚做件事[00_01_18][20170627-191914-1].JPG](https://web.zhrmt.gyzh.cn/0//uploads/article/34/201726/22_20170627190605_rr53n.jpg)';
    const r = extractMetadata([picture, '26日，区政协召开“我为扶贫攻坚做件事”活动现场推进会，深入贯彻区委脱贫攻坚的工作部署。'].join('\n'));
    expect(r.removed.find((x) => x.text === picture)?.rule).toBe('image-placeholder');
    expect(r.paragraphs[0]).toMatch(/^26日，区政协召开/);
  });

  it('keeps the story a page flattened into one line runs on into after its breadcrumb, the headline after the crumbs (ZZZZZZZZZZZZZZZZZZZZZZZZC bj-491)', () => {
    const story = '大会新闻发言人郭卫民介绍，即将召开的全国政协十三届四次会议，将聚焦“十四五”规划制定和实施，深入协商议政，广泛凝聚共识。';
    const line = `首页>3月3日：全国政协十三届四次会议新闻发布会 本次政协大会将聚焦“十四五”规划制定和实施 新华社“新华视点”微博2021-03-03 15:28 ${story}`;
    const r = extractMetadata(line);
    expect(r.paragraphs).toEqual([story]);
    expect(r.meta.title).toBe('3月3日：全国政协十三届四次会议新闻发布会');
    // Nothing lost: the crumbs and what follows them, to the story, are the breadcrumb in the report.
    expect(r.removed.find((x) => x.rule === 'breadcrumb')!.text + story).toBe(line);
    // (A breadcrumb with no story after it stays removed whole.)
    expect(extractMetadata('首页>新闻中心>政协要闻\n市政协召开常委会议，审议有关事项。').removed.find((x) => x.rule === 'breadcrumb')?.text).toBe('首页>新闻中心>政协要闻');
  });

  it('removes both links to the next and last stories on one line after a spam copy\'s words (ZZZZZZZZZZZZZZZZZZZZZZZZ xz-488)', () => {
    const nav = '下面请看详细内容…上一篇：十二届全国人大常委会第十次会议于首都启幕 | 下一篇：全国政协十二届常委会第七次会议拉卡序幕 |';
    const r = extractMetadata(['对口支援西藏工作20周年电视电话会议25日在北京人民大会堂召开。', nav].join('\n'));
    expect(r.removed.find((x) => x.text === nav)?.rule).toBe('navigation');
    expect(r.paragraphs).toHaveLength(1);
  });

  it('removes a camera\'s or chat app\'s picture names without their extension, and takes the headline over a dated editor line (ZZZZZZZZZZZZZZZZZZZZZZZZA xj-489)', () => {
    const page = ['中国互联网举报中心 新疆互联网举报中心 哈密政府网网络举报', '当前位置: 网站首页>>资讯中心>>图片新闻>>正文', '栉风沐雨谱华章 砥砺奋进新征程——喜迎哈密市第二次党代会', '2021/09/25      编辑:哈密市融媒体中心   来源:哈密日报   (点击: )', 'QQ截图20210925105328', '微信图片_20230104150125', 'DSC01426', '哈密市融媒体中心记者镜头里的五年发展。'];
    const r = extractMetadata(page.join('\n'));
    expect(r.removed.filter((x) => x.rule === 'image-placeholder').map((x) => x.text)).toEqual([page[4], page[5], page[6]]);
    expect(r.meta.title).toBe(page[2]);
    // (A line of the story that names a picture is prose: `DSC是相机的文件名` stays.)
    expect(extractMetadata('DSC2024年拍摄的照片展出。').paragraphs).toHaveLength(1);
  });

  it('removes an e-paper\'s page index (columns letter-spaced, the page\'s headlines run together) (cq-81)', () => {
    const index = '重庆政协报综合 渝  中 江  津 永  川 铜  梁 奉  节 江津：这份“礼物”沉甸甸 铜梁区政协十一届二次会议组织全体政协委员开展集中视察活动';
    const r = extractMetadata([index, '奉节：“五色图”晒出委员年度履职“成绩单”', '2月2日，奉节县政协十五届二次会议首次通报委员年度履职考核结果。'].join('\n'));
    expect(r.removed.find((x) => x.text === index)?.rule).toBe('navigation');
    expect(r.paragraphs.join('')).not.toContain('铜梁区政协');
  });

  it('takes a repost\'s labelled original headline (原标题：…) for the headline, not the label and all (he-75)', () => {
    const r = extractMetadata('原标题:省政协召开专题协商会\n为加强农村基层医疗卫生建设聚共识聚智慧聚力量\n10月23日,河北省政协召开专题协商会,围绕加强农村基层医疗卫生建设进行协商交流。');
    expect(r.meta.title).toBe('省政协召开专题协商会');
  });

  it('takes a repost\'s bracketed original headline after its last sentence for the headline, over a photo caption at the top, and keeps the sentence (ZZZZZZZZZZT hn-144)', () => {
    const r = extractMetadata(
      [
        '视察组视察玫瑰园基地',
        '12月2日，新邵县潭府乡人大、政协组织人大代表、政协委员等30余人对潭府乡新型绿色农业产业情况及枫树坑库区移民安置点进行视察。县政协副主席周晓荣到场指导。',
        '最后，周晓荣副主席还就移民安置点的规划建设情况进行了具体指导。  （原标题：新邵潭府乡组织代表、委员视察生态农业及移民安置点）',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('新邵潭府乡组织代表、委员视察生态农业及移民安置点');
    expect(r.paragraphs[1]).toBe('最后，周晓荣副主席还就移民安置点的规划建设情况进行了具体指导。');
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'title-line', text: '（原标题：新邵潭府乡组织代表、委员视察生态农业及移民安置点）', keptAs: 'title' }));
    // …and on a line of its own under the story (sx-67).
    const own = extractMetadata('4月15日，政协第八届孝义市委员会第四次会议举行召集人会议，市政协副主席杜红涛主持会议。\n（原标题：市政协八届四次会议举行召集人会议）');
    expect(own.meta.title).toBe('市政协八届四次会议举行召集人会议');
    expect(own.paragraphs).toEqual(['4月15日，政协第八届孝义市委员会第四次会议举行召集人会议，市政协副主席杜红涛主持会议。']);
  });

  it('takes a column\'s label in brackets given as the original headline (原标题:【中央媒体看甘肃】) for the kicker, and the headline above it for the title (ZZZZZZC gs-37)', () => {
    const r = extractMetadata(
      [
        '最是书香能致远——甘肃省政协建设“书香政协”工作记事',
        '原标题:【中央媒体看甘肃】',
        '“让委员读书不是‘独善’的个人之事,而是‘兼济’的政治之责。”谈起甘肃省政协所倡导开展的委员读书活动时,省政协委员宋戈说。',
        '倡导委员读书是甘肃省政协建设“书香政协”的一部分,是一项增强人民政协文化软实力的具体举措。',
      ].join('\n'),
    );
    expect(r.meta.kicker).toBe('中央媒体看甘肃');
    expect(r.meta.title).toBe('最是书香能致远——甘肃省政协建设“书香政协”工作记事');
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'title-line', text: '原标题:【中央媒体看甘肃】', keptAs: 'kicker' }));
  });

  it('removes a site\'s greeting after its address, so the headline under it is found (hn-89)', () => {
    const r = extractMetadata(['www.xiangtan.com.cn 湘潭政协网欢迎您!', '市政协召开十一届八次常委会议', '7月31日，湘潭市政协十一届八次常委会议召开。市政协主席周放良主持会议。'].join('\n'));
    expect(r.removed[0]).toMatchObject({ rule: 'greeting', text: 'www.xiangtan.com.cn 湘潭政协网欢迎您!' });
    expect(r.meta.title).toBe('市政协召开十一届八次常委会议');
  });

  it('removes a greeting before a bar of links, a slideshow\'s bullets, a slashed breadcrumb and a search label, so the headline under them is found (ZZZZZZZZZZZZZZZZZZZZN js-398)', () => {
    const r = extractMetadata(
      [
        '宝应县政协欢迎您！                 宝应县委宝应县人大宝应县政府宝应县政协  ',
        '  • 1',
        '  • 2',
        '您当前位置：首页/ 工作要闻/',
        '站内搜索：',
        '县政协召开重点提案督办推进会',
        '  7月10日下午，县政协召开2024年重点提案督办推进会。县政协主席周正威，副主席朱葆荣，秘书长刘松等参加会议。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('县政协召开重点提案督办推进会');
    expect(r.paragraphs).toEqual(['7月10日下午，县政协召开2024年重点提案督办推进会。县政协主席周正威，副主席朱葆荣，秘书长刘松等参加会议。']);
    expect(r.removed.map((x) => x.rule).slice(0, 3)).toEqual(['greeting', 'navigation', 'navigation']);
  });

  it('removes print and page buttons, and reads a headline with a comma over a site address and timestamp as the headline (ZZZZZZZZZZZZZZZZZZZZW gd-407)', () => {
    const r = extractMetadata(
      ['】 【打 印】 ', '【 第1页 第2页 】 ', '潮汕三市政协香港委员聚首 探讨香港新定位,期望良政善治再出发', 'http://www.CRNTT.com   2021-12-30 22:06:07', '', '潮汕三市政协香港委员联谊会于12月29日下午举行会议,探讨香港新定位,期望良政善治再出发。'].join('\n'),
    );
    expect(r.meta.title).toBe('潮汕三市政协香港委员聚首 探讨香港新定位,期望良政善治再出发');
    expect(r.meta.kicker).toBeNull();
    expect(r.removed.slice(0, 2).map((x) => x.rule)).toEqual(['navigation', 'navigation']);
  });

  it('reads a document page\'s fields as furniture, and its joint issuers\' heading whole (ZZZZZZZZZZZZZZZZZZZZN js-398)', () => {
    const heading = '宜兴市人民政府 政协宜兴市委员会关于表彰2022年度承办提案先进部门、调查研究成果奖、优秀提案、优秀社情民意的决定';
    const r = extractMetadata(
      ['2022年第06期', heading, '文号 宜政发〔2022〕278号', '制发机关 宜兴市人民政府', '成文日期 2023-03-06', '市政协十六届一次会议以来，广大政协委员积极参政议政、建言献策。市政府、市政协决定联合给予表彰奖励。'].join('\n'),
    );
    expect(r.meta.title).toBe(heading);
    expect(r.meta.subtitle).toBeNull();
    expect(r.removed.filter((x) => x.rule === 'document-fields').map((x) => x.text)).toEqual(['文号 宜政发〔2022〕278号', '制发机关 宜兴市人民政府', '成文日期 2023-03-06']);
  });

  it('reads a site\'s name with its address, and the page\'s clock, as furniture above the headline (yn-62, fj-07)', () => {
    const r = extractMetadata(['昭通政协网：www.ztszx.gov.cn', '当前位置：首页政协新闻昭通市政协动态', '晏祥莉到盐津水富绥江永善调研产业发展', '5月27日至5月31日，市政协副主席晏祥莉一行，到盐津县调研产业发展情况。'].join('\n'));
    expect(r.meta.title).toBe('晏祥莉到盐津水富绥江永善调研产业发展');
    expect(r.paragraphs).toEqual(['5月27日至5月31日，市政协副主席晏祥莉一行，到盐津县调研产业发展情况。']);
    const clock = extractMetadata(['2025年11月23日 星期日', '', '市政协召开2021年文史工作推进座谈会', '', '6月2日，市政协召开2021年文史工作推进座谈会，市政协副主席丁一芸参加会议。'].join('\n'));
    expect(clock.meta.title).not.toBe('2025年11月23日 星期日');
  });

  it('reads a column\'s short label before a bar as the series line, and a table cell\'s bars as no part of the headline (ZZZZB jl-49, ZZZZC gs-50)', () => {
    const body = '22日,吉林省政协召开住吉全国政协委员座谈会,为委员们开年密集调研、贡献“金点子”做准备。';
    const column = extractMetadata(['吉林新观察 | 吉林省政协开年密集调研 贡献“金点子”助力高品质发展', body].join('\n'));
    expect(column.meta).toMatchObject({ title: '吉林省政协开年密集调研 贡献“金点子”助力高品质发展', kicker: '吉林新观察' });
    // (Not a committee's or a place's name before the bar: that is the headline's own subject.)
    const named = extractMetadata(['乌鲁木齐市政协丨“齐商量”商出各族群众团结共识', '近日,乌鲁木齐市政协“齐商量”协商议事会召开,商出各族群众团结共识。'].join('\n'));
    expect(named.meta.title).toBe('乌鲁木齐市政协丨“齐商量”商出各族群众团结共识');
    const cell = extractMetadata(['政府信息公开', '| 政协天水市七届三次会议提案已全部办理完成 | ||||||||||||', '近日,记者了解到,市政协七届三次会议以来提案已全部办理完成。'].join('\n'));
    expect(cell.meta.title).toBe('政协天水市七届三次会议提案已全部办理完成');
    expect(cell.removed.map((r) => r.text)).toContain('| 政协天水市七届三次会议提案已全部办理完成 | ||||||||||||');
    const labelled = extractMetadata(['| 标题：情系三江源全国政协三江源生态保护与建设专题调研纪实 | ||', '全国政协调研组深入三江源地区开展专题调研。'].join('\n'));
    expect(labelled.meta.title).toBe('情系三江源全国政协三江源生态保护与建设专题调研纪实');
    // …and a site's short tag after a bar behind the headline (ZZZZZA fj-74).
    const tagged = extractMetadata(['关于安溪县茶叶生产发展情况的考察报告|安溪县茶叶', '由福安市政协副主席陈成基带队，一行5人前往安溪考察茶叶生产发展情况。'].join('\n'));
    expect(tagged.meta.title).toBe('关于安溪县茶叶生产发展情况的考察报告');
    // …or several, a spam copy's tags under its breadcrumb (sx-124); the line as printed stays in the report.
    const tags = extractMetadata(['首页 > 最新信息 / 正文', '市政协举行提案交办会|提案|冰岛神狙市政协|交办会', '市政协5月26日举行提案交办会，对收到的提案进行交办。'].join('\n'));
    expect(tags.meta.title).toBe('市政协举行提案交办会');
    expect(tags.removed.map((r) => r.text)).toContain('市政协举行提案交办会|提案|冰岛神狙市政协|交办会');
  });

  it('keeps a bare committee\'s headline under a bulletin\'s title in the body when more such headlines follow (ZZZZF ah-53)', () => {
    const r = extractMetadata(
      [
        '太湖政协工作周报',
        '2023年 第11期',
        '县政协机关开展“走出去学先进对标提升”活动',
        '3月21日至24日，县政协副主席洪礼彬带队赴黄山市祁门县等地考察学习。',
        '县政协到寺前镇开展文旅富民调研',
        '3月21日，县政协副主席占卓带领部分委员到寺前镇开展调研。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('太湖政协工作周报');
    expect(r.paragraphs[0]).toBe('县政协机关开展“走出去学先进对标提升”活动');
  });

  it('reads a site\'s slogan over the page as stray, its title bar after a dash as furniture, and 来源：未知 as no publisher (ZZZZF js-53)', () => {
    const r = extractMetadata(
      [
        '千年古城,挟历史之蕴藉,源远流长!',
        '市政协提案委员会讨论提案审查情况-东台报业网',
        '当前位置:东台报业网 > 要闻 > 正文',
        '市政协提案委员会讨论提案审查情况',
        '来源:未知     点击数:1639     日期:2018-01-12 09:57:26',
        '1月11日,市政协提案委员会召开会议,讨论提案审查情况。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('市政协提案委员会讨论提案审查情况');
    expect(r.meta.kicker).toBeNull();
    expect(r.meta.publisher).toBeNull();
    expect(r.removed.find((x) => x.text.startsWith('千年古城'))?.rule).toBe('unrelated-line');
  });

  it('reads a short cheering headline (三个建议案,硕果累累!) as the headline, not the body\'s first line (ZZZZO hb-62)', () => {
    const r = extractMetadata(['首页 >提案工作', '三个建议案,硕果累累!', '2022-12-27 15:15:22   来源:三峡日报   作者:陈曦', '在宜昌市政协七届一次全会上,三个建议案获得通过,市政协持续跟踪建议案落实。'].join('\n'));
    expect(r.meta.title).toBe('三个建议案,硕果累累!');
    // (Not a line of someone's words with its sentences: `好！我们一定办好，请放心！`.)
    const said = extractMetadata(['好!我们一定办好,请放心!', '市政协委员王某在调研中回应群众关切。'].join('\n'));
    expect(said.meta.title).toBeNull();
  });

  it('reads a site\'s bare domain over the headline as furniture, not the body\'s first line (ZZZZ xz-47)', () => {
    const r = extractMetadata(['tibet.cn', '      home', '      “小阵地”大能量 “金点子”促共富', '8月，山南市贡嘎县杰德秀镇果吉村“共富工坊”正式开张。', '这是贡嘎县政协委员工作室结下的又一“硕果”：委员的“金点子”小阵地发挥大能量，促群众共富。'].join('\n'));
    expect(r.meta.title).toBe('“小阵地”大能量 “金点子”促共富');
    expect(r.paragraphs[0]).toBe('8月，山南市贡嘎县杰德秀镇果吉村“共富工坊”正式开张。');
  });

  it('removes a bracketed credit of who sent the story in, keeping it in the report (hb-50)', () => {
    const credit = '（远安县政协 曾凡雷 陈红云 供稿）';
    const r = extractMetadata(['8月13日，宜昌市政协在远安县召开文史资料征稿协商座谈会。', credit].join('\n'));
    expect(r.paragraphs).toEqual(['8月13日，宜昌市政协在远安县召开文史资料征稿协商座谈会。']);
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'contributor-line', text: credit }));
    expect(r.meta.author).toBeNull();
    // …its opening bracket lost in the copy (hb-71).
    const cut = '襄阳市政协  张灵超  供稿)';
    const x = extractMetadata(['在老河口市袁冲乡政协联络处，万桃元一行听取了政协联络处的工作汇报。', cut].join('\n'));
    expect(x.paragraphs).toEqual(['在老河口市袁冲乡政协联络处，万桃元一行听取了政协联络处的工作汇报。']);
    expect(x.removed).toContainEqual(expect.objectContaining({ rule: 'contributor-line', text: cut }));
  });

  it('removes an unbracketed line of the unit that sent or produced the story (ZZZZZZZZZZZZZZZZZZQ ln-349, sd-69), keeping it in the report', () => {
    const story = '辽中区政协持续开展“六送六助”活动，全体区政协委员积极踊跃参与，深入基层，为群众办实事儿、解难事儿。';
    const r = extractMetadata([story, '辽中区政协供稿', '市政协全媒体工作室出品'].join('\n'));
    expect(r.paragraphs).toEqual([story]);
    expect(r.removed.filter((x) => x.rule === 'contributor-line').map((x) => x.text)).toEqual(['辽中区政协供稿', '市政协全媒体工作室出品']);
    // (A sentence that ends so is the story's: `…作品由市政协书画院出品。`)
    expect(extractMetadata([story, '这批作品由市政协书画院统一出品。'].join('\n')).paragraphs).toHaveLength(2);
  });

  it('reads a headline of a cry and a statement as the headline, and a line over it that shares nothing with the story as furniture (gd-08)', () => {
    const r = extractMetadata(['蓝色河畔MIP化改造项目', '集中揭牌！潮南区设立11个镇（街道）政协联络工作室', '为深入学习贯彻党的二十大精神，6月29日，区政协举行全区镇（街道）政协联络工作室集中揭牌仪式。'].join('\n'));
    expect(r.meta.title).toBe('集中揭牌！潮南区设立11个镇（街道）政协联络工作室');
    expect(r.removed).toContainEqual(expect.objectContaining({ text: '蓝色河畔MIP化改造项目' }));
    expect(r.paragraphs).toEqual(['为深入学习贯彻党的二十大精神，6月29日，区政协举行全区镇（街道）政协联络工作室集中揭牌仪式。']);
  });

  it('reads a greeting that welcomes one to the site (欢迎莅临…) and a committee\'s name with a bar after it as furniture (jl-19)', () => {
    const r = extractMetadata(['欢迎莅临吉林市政协官方网站!', '中国人民政治协商会议吉林市委员会|', '2017-06-29', '舒兰市政协召开十三届三次常委会', '6月28日，舒兰市政协召开十三届三次常委会。'].join('\n'));
    expect(r.meta.title).toBe('舒兰市政协召开十三届三次常委会');
    expect(r.paragraphs).toEqual(['6月28日，舒兰市政协召开十三届三次常委会。']);
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining(['欢迎莅临吉林市政协官方网站!', '中国人民政治协商会议吉林市委员会|']));
  });

  it('removes the headlines of an account\'s other posts under its post\'s closing mark, keeping its credits (js-1208)', () => {
    const others = ['丹阳市政协:建立协同联动监督机制推动民主监督走深走实', '盱眙县政协组织开展委员集中视察活动', '泰州市海陵区政协组织开展全会前集中视察'];
    const page = ['常州市钟楼区政协举办特聘委员聘任仪式', '', '近日，常州市钟楼区政协举办特聘委员聘任仪式。区政协主席冯素俊出席活动并讲话。', 'END', '来源:常州市钟楼区政协', '编辑:景雯雯', ...others, '江苏政协', '中国人民政治协商会议江苏省委员会'];
    const r = extractMetadata(page.join('\n'));
    expect(r.removed.filter((x) => x.rule === 'related-link').map((x) => x.text)).toEqual(others);
    expect(r.meta.publisher).toBe('常州市钟楼区政协');
    // (Without the mark, the headlines under a story are not read as its account's posts; nor is one headline alone under it.)
    expect(extractMetadata(page.filter((l) => l !== 'END').join('\n')).removed.filter((x) => x.rule === 'related-link')).toEqual([]);
    expect(extractMetadata(page.slice(0, 7).join('\n')).removed.filter((x) => x.rule === 'related-link')).toEqual([]);
  });

  it('reads the source and date row under a headline, its time and font-size button after it, as the publisher and date, the headline over it kept (ah-1227, ah-1046)', () => {
    const r = extractMetadata(['安徽> 今日安徽> 正文', '', '提高提案办理实效推动经济社会高质量发展', '', '庐阳 2019-08-15 09:36 大字', '', '本报讯 8月14日，区政协召开2019年政协重点提案督办会议。'].join('\n'));
    expect(r.meta.title).toBe('提高提案办理实效推动经济社会高质量发展');
    expect(r.meta.publisher).toBe('庐阳');
    expect(r.meta.date).toBe('2019-08-15');
    expect(r.removed.find((x) => x.text.startsWith('庐阳 2019'))?.rule).toBe('publish-info');
    // (The site's slogan over the headline stays furniture: the line over the row is the headline.)
    const slogan = extractMetadata(['看家乡事，品故乡情', '', '安庆市政协献计安居工程', '', '江淮时报 2011-05-17 10:40 大字', '', '本报讯 5月10日至11日，安庆市政协主席张金锐率队调研。'].join('\n'));
    expect([slogan.meta.title, slogan.meta.publisher]).toEqual(['安庆市政协献计安居工程', '江淮时报']);
  });

  it('removes the teasers under a label of related stories, cut off with an ellipsis (sn-08)', () => {
    const teaser = '本报讯（首席记者李荣）10月27日至28日，省政协农业和农村委员会联合农工党陕西省委会，邀请部分省政协委员和农业专家组成调研组...';
    const r = extractMetadata(['千阳县政协召开协调推进会', '近日，千阳县政协召开委员工作室建设协调推进会。', '新闻推荐', teaser].join('\n'));
    expect(r.paragraphs).toEqual(['近日，千阳县政协召开委员工作室建设协调推进会。']);
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'related-link', text: teaser }));
    // (Without the label, a paragraph that ends in an ellipsis is the story's.)
    expect(extractMetadata(['近日，千阳县政协召开委员工作室建设协调推进会。', teaser].join('\n')).paragraphs).toContain(teaser);
  });

  it('removes each related story\'s headline with its teaser under the label (ZZZZZZZZZZZZZZZZZZY gd-357)', () => {
    const head = '连平县政协到梅县区考察交流 推进农业现代化 助推乡村振兴';
    const teaser = '日前,连平县政协副主席李健群、何超明率队到梅县区考察现代农业发展工作,希望两地加强交流合作,推进特色农产品精深加工,促进...';
    const story = '日前，市政协副主席叶解春率队到梅县区就“如何进一步发挥侨乡优势，建设美丽乡村”开展专题调研。';
    const r = extractMetadata(['市政协调研组到梅县区开展调研 发挥侨乡优势 建设美丽乡村', story, '新闻推荐', '', head, '', teaser, '', '相关新闻'].join('\n'));
    expect(r.paragraphs).toEqual([story]);
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'related-link', text: head }));
    // (A line under the label with no teaser after it is not taken for one.)
    expect(extractMetadata(['县政协召开协商会', story, '新闻推荐', head].join('\n')).paragraphs).toContain(head);
  });

  it('removes the dashed headlines a page ends in, the portal\'s list of other stories (js-26)', () => {
    const story = '苏陕政协促进“一带一路”建设暨对口挂钩协作二十周年书画交流展开幕。此次书画交流共展出苏陕两省书画作品100幅。';
    const tail = ['- 吉林代省长与委员共议“创新与人才”', '- 政协“家味”浓', '- 湖南省政协全会热议“乡村振兴”'];
    const r = extractMetadata(['苏陕政协深化书画文化交流', story, ...tail].join('\n'));
    expect(r.paragraphs).toEqual([story]);
    expect(r.removed.filter((x) => x.rule === 'related-link').map((x) => x.text)).toEqual(tail);
    // (Two are no list, and a dashed line with a sentence's end is prose.)
    expect(extractMetadata(['苏陕政协深化书画文化交流', story, ...tail.slice(0, 2)].join('\n')).paragraphs).toContain(tail[1]);
  });

  it('reads a line of one spoken sentence as the story\'s start, not a headline (gz-16)', () => {
    const r = extractMetadata(['麻江县融媒体中心 欧清兰 张安俊', '“小刚，今年我家稻谷受旱灾，很担心收成啊。”', '“伯伯，我前几天去田里看了的，别太担心。”', '9月5日上午，在谷硐镇干塘村，陈刚一边记录着这几天集中收集的问题。'].join('\n'));
    expect(r.meta.title).toBeNull();
    expect(r.paragraphs[0]).toBe('“小刚，今年我家稻谷受旱灾，很担心收成啊。”');
    // (A quoted slogan with commas is still a headline.)
    expect(extractMetadata(['“辽事好商量，聊事为人民”', '3月5日，市政协召开协商会。市政协主席主持。'].join('\n')).meta.title).toBe('“辽事好商量，聊事为人民”');
  });

  it('takes the headline printed again under the date line for no subtitle (hi-42, jl-84)', () => {
    const head = '市政协召开九届九次主席会议';
    const r = extractMetadata([head, '2023-03-02 来源：辽源日报', head, '3月1日，市政协召开九届九次主席会议。市政协主席主持会议。'].join('\n'));
    expect(r.meta.title).toBe(head);
    expect(r.meta.subtitle).toBeNull();
    expect(r.removed.filter((x) => x.text === head).map((x) => x.rule)).toEqual(['title', 'site-furniture']);
  });

  it('keeps a bare place heading under the title in the body when the page has two or more (gd-88)', () => {
    const r = extractMetadata(
      ['清远政协工作动态（11月25日）', '英德市', '11月24日，英德市政协召开学习会。', '连州市', '11月23日，连州市政协开展慰问活动。'].join('\n'),
    );
    expect(r.meta.title).toBe('清远政协工作动态（11月25日）');
    expect(r.meta.subtitle).toBeNull();
    expect(r.paragraphs[0]).toBe('英德市');
    // One such line alone under a title is its subtitle.
    expect(extractMetadata(['清远政协工作动态', '英德市', '11月24日，英德市政协召开学习会。'].join('\n')).meta.subtitle).toBe('英德市');
  });

  it('takes the few lines after the story\'s last credit line for the account\'s footer, not after an item\'s (js-32)', () => {
    const r = extractMetadata(
      [
        '11月18日上午，市政协组织住我市的苏州市政协委员赴昆山开展异地视察活动。',
        '委员们表示，将通过本次异地视察活动对标找差、学习经验。',
        '供稿丨钱佩予',
        '张家港政协',
        '中国人民政治协商会议张家港市委员会（简称张家港市政协）是中国人民政治协商会议地方委员会。',
        '最新文章',
      ].join('\n'),
    );
    expect(r.paragraphs).toHaveLength(2);
    expect(r.meta.editor).toBe('钱佩予');
    expect(r.removed.filter((x) => x.rule === 'footer-after-credit').map((x) => x.text)).toEqual([
      '张家港政协',
      '中国人民政治协商会议张家港市委员会（简称张家港市政协）是中国人民政治协商会议地方委员会。',
      '最新文章',
    ]);
    // In a roundup the next dated item follows an item's credit line: nothing is footer.
    const roundup = extractMetadata(['5月1日，甲县政协召开常委会议。', '供稿：甲县政协', '5月2日，乙县政协开展视察。', '视察组提出意见建议。'].join('\n'));
    expect(roundup.paragraphs).toEqual(['5月1日，甲县政协召开常委会议。', '5月2日，乙县政协开展视察。', '视察组提出意见建议。']);
  });

  it('takes a WeChat story\'s END mark and the credits parted by spaces for the account\'s, and its card after them (ZZZZZZZZZZZZZZZZZZZY he-383)', () => {
    const r = extractMetadata(
      [
        '11月14日，民进唐山市委召开参政议政工作推进会。',
        '会议由李富平主持。',
        'END',
        '编辑     靳绍杰  田立群  ',
        '审核     杨   群    ',
        '审定     米广峰',
        '唐山政协',
        '主要旨在宣传政协工作，服务政协委员，为社会各界打开了解政协的窗口',
        ' 最新文章',
      ].join('\n'),
    );
    expect(r.paragraphs).toEqual(['11月14日，民进唐山市委召开参政议政工作推进会。', '会议由李富平主持。']);
    expect(r.removed.map((x) => x.rule)).toEqual(['end-mark', 'editor-line', 'editor-line', 'editor-line', 'footer-after-credit', 'footer-after-credit', 'footer-after-credit']);
    // (A story that goes on after a line that only says END in passing keeps it: `END` is a whole line or nothing.)
    expect(extractMetadata(['市政协召开会议。', '会议强调，要坚持到END。'].join('\n')).paragraphs).toHaveLength(2);
  });

  it('reads 当前位置： with a chain of links as a breadcrumb wherever it stands (xz-90)', () => {
    const r = extractMetadata(['山南 :', '当前位置: 首页>新闻中心>山南要闻', '1月8日，政协第二届山南市委员会第二次会议开幕。'].join('\n'));
    expect(r.meta.breadcrumb).toEqual(['当前位置: 首页', '新闻中心', '山南要闻']);
    expect(r.paragraphs).not.toContain('当前位置: 首页>新闻中心>山南要闻');
  });

  it('takes a site\'s own dateline run into the first paragraph for metadata (宁海新闻网讯（记者…）, zj-94)', () => {
    const r = extractMetadata('宁海新闻网讯（记者周韵健） 昨天上午，政协第九届宁海县委员会第二次会议举行预备会议。');
    expect(r.meta).toMatchObject({ publisher: '宁海新闻网', reporter: '周韵健' });
    expect(r.paragraphs).toEqual(['昨天上午，政协第九届宁海县委员会第二次会议举行预备会议。']);
    expect(r.removed).toEqual([{ rule: 'dateline-prefix', line: 1, text: '宁海新闻网讯（记者周韵健） ', keptAs: 'reporter,publisher,place' }]);
  });

  it('takes the writers in square brackets after a site\'s 讯 for the reporters, not the first words of the story (ZZZZZZZZZZZZZZZZZZZZZZZZK gs-499)', () => {
    const r = extractMetadata('天天天水网讯【记者 胡丽霞 杨璟】1月14日8时许，秦州剧院迎来了来自四面八方、神采飞扬的市政协委员。');
    expect(r.meta).toMatchObject({ publisher: '天天天水网', reporter: '胡丽霞 杨璟' });
    expect(r.paragraphs).toEqual(['1月14日8时许，秦州剧院迎来了来自四面八方、神采飞扬的市政协委员。']);
  });

  it('takes the writers set off by spaces after 本报讯, not in brackets, for the reporters, not the first words of the story (ZZZZZZF hb-74)', () => {
    const line = '本报讯 全媒体记者黄华 通讯员程飞 “我们就边吃边聊,请大家敞开胸怀,畅所欲言!”3月22日上午,我市举行2024年第九场政企早餐会。';
    const r = extractMetadata(line);
    expect(r.meta.reporter).toBe('全媒体记者黄华 通讯员程飞');
    expect(r.paragraphs[0]).toMatch(/^“我们就边吃边聊/);
    expect(r.removed).toEqual([{ rule: 'dateline-prefix', line: 1, text: '本报讯 全媒体记者黄华 通讯员程飞 ', keptAs: 'reporter,publisher,place' }]);
  });

  it('takes a dateline in brackets whole, leaving no bracket in the story (ZZZZZZZZZZZZZE gd-207)', () => {
    const r = extractMetadata('【本报讯】第十二届广东省政协第二次常委会6月28-29日在广州举行，本次会议的主题是深化农村改革、促进乡村振兴发展。');
    expect(r.paragraphs[0]).toMatch(/^第十二届广东省政协/);
  });

  it('takes a line with commas but no sentence\'s end over a byline for the headline, not the story\'s first paragraph (ZZZZZZG sh-86)', () => {
    const head = '松江区政协积极助力打造新质生产力先行区,《政协联线》电视专栏第17期将于19日播出';
    const r = extractMetadata([head, '政协联线记者 刘子烨', '由上海市政协办公厅和上海广播电视台联合制作的《政协联线》电视专栏2025年第17期,10月19日在上视新闻综合频道播出。'].join('\n'));
    expect(r.meta.title).toBe(head);
    expect(r.paragraphs[0]).toMatch(/^由上海市政协办公厅/);
    // (Over a sentence of the story it stays the story.)
    expect(extractMetadata([head, '区政协将继续组织委员深入调研,问需求、解难题。'].join('\n')).meta.title).toBeNull();
  });

  it('takes a paper\'s credit before a repost\'s headline (《江淮时报》报道:) for the kicker, and a view counter\'s label for no part of the source (ZZZZZZI ah-29)', () => {
    const r = extractMetadata(['《江淮时报》报道:阜阳市政协秘书长工作交流座谈会召开', '', '发布时间:2023-05-18 15:08 信息来源:江淮时报 浏览:', '', '本报讯(通讯员 阜协)近日,阜阳市政协秘书长工作交流座谈会召开。市政协副主席顾恒中出席会议。'].join('\n'));
    expect(r.meta).toMatchObject({ title: '阜阳市政协秘书长工作交流座谈会召开', kicker: '《江淮时报》报道', publisher: '江淮时报' });
  });

  it('takes a unit and its writer set apart under the story (鹤庆县政协  施镇荟) for a credit, not a committee\'s heading (ZZZZZZO yn-68)', () => {
    const r = extractMetadata(['鹤庆县政协到挂钩乡镇、村开展禁毒宣传走访', '近日,鹤庆县政协副主席李红带队到挂钩乡镇、村开展禁毒宣传走访工作。', '县政协社法委、金墩乡派出所等相关人员参加了宣传走访活动。', '鹤庆县政协  施镇荟', '责任编辑:'].join('\n'));
    expect(r.paragraphs).not.toContain('鹤庆县政协  施镇荟');
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'contributor-line', text: '鹤庆县政协  施镇荟' }));
  });

  it('leaves the dash between a glued headline and its subhead to neither (心系民生献良策——垫江县政协…)', () => {
    const r = extractMetadata(['【聚焦2026垫江“两会”】心系民生献良策——垫江县政协十一届五次会议委员报到', '1月19日,出席垫江县政协十一届五次会议的政协委员及列席人员陆续抵达报到现场。'].join('\n'));
    expect(r.meta).toMatchObject({ title: '【聚焦2026垫江“两会”】心系民生献良策', subtitle: '垫江县政协十一届五次会议委员报到' });
  });

  it('takes a line with commas over the story\'s wire dateline for the headline, not a column\'s name above it (ZZZZZZT sh-33)', () => {
    const r = extractMetadata(['图说天下社会百态', '', '上海:中学生开“政协常委会”,体验中国式民主', '', '人民网上海5月4日电(谢卫群 洪圣婴)5月3日下午,上海万源城协和双语学校一楼大剧院,来自八年级的130余名学生围坐一圈。'].join('\n'));
    expect(r.meta.title).toBe('上海:中学生开“政协常委会”,体验中国式民主');
    // (A labelled abstract over it is no headline: `[摘要]…`.)
    const abstract = extractMetadata(['抗击疫情 周至政协委员在行动', '[摘要]面对新型冠状病毒蔓延的严峻形势,1月25日,周至县政协发出号召', '各界新闻网讯(刘茜 记者 赵坤)面对新型冠状病毒蔓延的严峻形势,1月25日,周至县政协发出号召。'].join('\n'));
    expect(abstract.meta.subtitle).toBeNull();
  });

  it('takes a long line with commas over the page\'s publishing line for the headline, not the site\'s slogan above the breadcrumb (ZZZZZZZZZZZZR sh-194)', () => {
    const r = extractMetadata(
      [
        '打造网上国际投资促进平台 致力于中国投资促进事业',
        '您现在的位置:首页 > 开发区新闻 > 文字新闻',
        '从“育品牌”向“推品牌”升级,今年嘉定的“协商于民”工作站建设这样推进',
        '发布时间:2022-07-07    来源:上海市嘉定区人民政府',
        '',
        '  7月5日下午,嘉定区政协“协商于民”政协委员工作站培训暨工作推进会召开,总结回顾各街镇“协商于民”政协委员工作站上半年工作,交流谋划下半年的工作安排。',
      ].join('\n'),
    );
    expect(r.meta.title).toBe('从“育品牌”向“推品牌”升级,今年嘉定的“协商于民”工作站建设这样推进');
    // (A sentence over it stays the story's: `…召开。` ends in a full stop.)
    const sentence = extractMetadata(['区政协召开主席会议', '7月5日下午,嘉定区政协召开主席会议,研究下半年的工作安排。', '发布时间:2022-07-07'].join('\n'));
    expect(sentence.meta.title).toBe('区政协召开主席会议');
  });

  it('takes a site\'s name and its writers run on after the headline for the publisher and the author (ZZZZZZX hn-39)', () => {
    const r = extractMetadata(['【“两会”时刻】政协委员访谈:尽责履职 助力麻阳发展更美好麻阳新闻网曹芹 李光 张祥雄 郑春艳', '县政协七届三次会议期间,记者对参会的部分政协委员进行了专访。'].join('\n'));
    expect(r.meta).toMatchObject({ title: '【“两会”时刻】政协委员访谈:尽责履职 助力麻阳发展更美好', publisher: '麻阳新闻网', author: '曹芹 李光 张祥雄 郑春艳' });
  });

  it('takes the headline glued after a breadcrumb’s last crumb for the title (gs-86)', () => {
    const r = extractMetadata(
      ['您当前的位置 : 中国张掖网 >> 问政 >> 要闻 周均发深入民乐、甘州、临泽调研文旅产业高质量发展及县区政协工作 来源:张掖市融媒体中心', '5月8日至9日，市政协党组书记、主席周均发深入民乐县调研。'].join('\n'),
    );
    expect(r.meta.title).toBe('周均发深入民乐、甘州、临泽调研文旅产业高质量发展及县区政协工作');
    expect(r.meta.breadcrumb).toEqual(['您当前的位置 : 中国张掖网', '问政', '要闻']);
    expect(r.removed.map((x) => x.rule)).toEqual(['breadcrumb']);
    // A timestamp and counter after the last crumb is no headline (cq-53).
    const counter = extractMetadata(['您的位置:武隆网 > 时政新闻 > 正文   |   2023-02-28   阅读量:', '2月23日，区政协主席王频主持召开主席会。'].join('\n'));
    expect(counter.meta.title).toBeNull();
    // A menu bar of short items between bars, and a widget's label, are no headline (xj-34).
    const portal = extractMetadata(
      ['中新网首页|安徽|北京|上海|重庆|福建|甘肃|新疆|兵团', '我们的微信', '', '中国政治协商会议乌什县第十四届委员会第七次会议隆重开幕', '', '1月8日上午，乌什县政协第七次会议在乌什县委党校隆重开幕。'].join('\n'),
    );
    expect(portal.meta.title).toBe('中国政治协商会议乌什县第十四届委员会第七次会议隆重开幕');
    expect(portal.removed.filter((x) => x.rule === 'navigation').map((x) => x.text)).toEqual(['中新网首页|安徽|北京|上海|重庆|福建|甘肃|新疆|兵团', '我们的微信']);
    // A contact line above the headline, a font-size switch, and a timestamp opening the publishing line (he-65).
    const hebei = extractMetadata(
      ['投稿邮箱：hebeizx2024@126.com', '何秉群率调研组到保定市开展调研', '2023-07-14 18:02:20 来源：省政协社会和法制委员会', 'A- A+', '', '7月10日至12日，省政协副主席何秉群率调研组到保定市开展调研。'].join('\n'),
    );
    expect(hebei.meta).toMatchObject({ title: '何秉群率调研组到保定市开展调研', date: '2023-07-14', publisher: '省政协社会和法制委员会' });
    expect(hebei.removed.map((x) => x.rule)).toEqual(['footer', 'title', 'publish-info', 'navigation']);
    // A repost's link label, a headline with commas inside its quoted slogan, an account's name and date (ln-04).
    const repost = extractMetadata(
      ['查看原文', '辽阳市 | 市政协召开创建“辽事好商量，聊事为人民”协商平台现场观摩交流会议', '辽宁政协 2024-06-15', '4月25日，辽阳市政协在文圣区召开协商平台现场观摩交流会议。'].join('\n'),
    );
    expect(repost.meta).toMatchObject({ title: '辽阳市 | 市政协召开创建“辽事好商量，聊事为人民”协商平台现场观摩交流会议', publisher: '辽宁政协', date: '2024-06-15' });
    // A magazine site's date with its writer run on after it (sx-1042, he-1095): the date and the author, and the
    // writer's name alone after it the byline again; not an account's name after a space (sd-61).
    const magazine = extractMetadata(['山西省“职业教育活动周”启动', '2020-12-28何欢', '山西教育·管理 2020年12期', '何欢', '11月8日上午，山西省2020年“职业教育活动周”在山西财政税务专科学校启动。'].join('\n'));
    expect(magazine.meta).toMatchObject({ title: '山西省“职业教育活动周”启动', subtitle: null, date: '2020-12-28', author: '何欢' });
    expect(magazine.removed.map((x) => x.rule)).toEqual(['title', 'publish-info', 'site-furniture', 'byline']);
    expect(extractMetadata(['向委员报告丨滨州政协：聚贤汇智助发展', '2025-01-15 17:30 山东政协', '社情民意信息实现新突破。'].join('\n')).meta.author).toBeNull();
    // A strip of three or more committee headlines under the title is a roundup's items, not its
    // subtitle and series line (sn-31); two are still the title's subheads.
    const strip = ['新城区政协开展“委员活动日”活动', '阎良区政协组织委员视察项目建设情况', '麟游县政协就提案办理情况进行督办', '乾县政协组织委员开展书画惠民活动', '本报综合消息 9月21日是全省政协“委员活动日”。连日来，各级政协开展了活动。'];
    const stripped = extractMetadata(strip.join('\n'));
    expect(stripped.meta.title).toBe('新城区政协开展“委员活动日”活动');
    expect(stripped.paragraphs.slice(0, 3)).toEqual(strip.slice(1, 4));
    expect(extractMetadata([strip[0], strip[1], strip[4]].join('\n')).meta.subtitle).toBe(strip[1]);
    // A story's paragraph that names a proposal's lead unit (主办单位) is no footer (yn-49).
    const story = '8月7日,易门县政协召开提案协商督办会。会议要求:主办单位要主动、会办单位要积极,严格按时间节点完成提案办理。';
    expect(extractMetadata(story).removed).toEqual([]);
    // …nor one that says the lead units reported (js-398).
    const reported = '会上，县委组织部、县司法局等15家重点提案主办单位的分管负责人分别汇报了重点提案的办理情况。';
    expect(extractMetadata(['7月10日下午，县政协召开2024年重点提案督办推进会。', reported].join('\n')).removed).toEqual([]);
    expect(extractMetadata('主办单位：易门县政协 技术支持：某公司').removed.map((x) => x.rule)).toEqual(['footer']);
    // A site's contact lines, whoever's they are, are footer (ah-807): not the headline they would otherwise be.
    const contact = extractMetadata(['协会地址:安徽省合肥市六安路99号新华大厦1603', '咨询热线:0551-65556285', '咨询QQ:2336267958', '2023年9月8日下午,政协合肥市庐阳区老字号委员工作室揭牌仪式隆重举行。'].join('\n'));
    expect(contact.removed.map((x) => x.rule)).toEqual(['footer', 'footer', 'footer']);
    expect(extractMetadata('会议强调，各地要公布举报地址和电话，接受群众监督。').removed).toEqual([]);
    // …and so are its lines labelled in English capitals run into their values (ah-866), not the headline.
    const english = extractMetadata(['ADDRESS安徽省铜陵市铜官区北斗星城B6-14F -', 'EMAILahchuangyuan@126.com -', 'CALL US0562-2616300 -', '近日,市政协开展对市领导批示社情民意信息的跟踪督办。'].join('\n'));
    expect(english.removed.map((x) => x.rule)).toEqual(['footer', 'footer', 'footer']);
    expect(english.meta.title ?? null).toBeNull();
    // An outlet's reporter with no paper's suffix (`新黄河记者：谢苗苗`, sd-792) is a byline; a publishing line
    // after the site's name (`中国人民政治协商会议湖南省委员会 时间：… 来源：`) is the page's publishing line.
    expect(extractMetadata(['新黄河记者:谢苗苗', '1月12日上午,山东省政协十三届一次会议在山东会堂开幕。'].join('\n')).meta.reporter).toBe('谢苗苗');
    const published = extractMetadata(['省政协召开提案办理协商会', '中国人民政治协商会议湖南省委员会 时间：2022-07-22 来源：', '7月21日，省政协召开重点提案办理协商会。'].join('\n'));
    expect(published.removed.map((x) => x.rule)).toEqual(['title', 'publish-info']);
    expect(published.meta.date).toBe('2022-07-22');
    // An app's prompt on a share page is furniture (xj-05, hn-12).
    const app = extractMetadata(['打开网易新闻 查看更多图片', '扫码下载时刻APP', '7月25日，市政协机关党组组织党员干部开展集中学习。'].join('\n'));
    expect(app.removed.map((x) => x.rule)).toEqual(['navigation', 'navigation']);
    // A platform's buttons and an empty profile's placeholder are furniture; a short headline of two
    // clauses over a committee's name and a 来源 line is the title (ln-44).
    const post = extractMetadata(
      ['• 点赞', '  • 评论', '如何讲好“辽宁故事”,我们要这么做……', '大连市政协', '向作者提问', '来源:政协联线 | 2021-09-21 08:46 字号', '9月18日,大连市政协召开十三届二十二次主席办公会议,研究如何讲好“辽宁故事”。'].join('\n'),
    );
    expect(post.meta.title).toBe('如何讲好“辽宁故事”,我们要这么做……');
    expect(post.removed.filter((x) => x.rule === 'navigation').map((x) => x.text.trim())).toEqual(['• 点赞', '• 评论', '向作者提问']);
    expect(extractMetadata('这家伙很懒,什么也没写\n9月18日,市政协召开主席会议。').removed[0].rule).toBe('navigation');
    // An e-paper's word count and page number are counters, and a body's name after a box is the byline (XI).
    const epaper = extractMetadata(['网站首页', '数字报首页', '通版阅读请点击:', '展开通版', '收缩通版', '以专求新推动人民政协文史工作创新发展', '2023年05月24日', '字数:1,962', '版次:03', '', '□ 政协嘉峪关市委员会', '', '嘉峪关市政协文史资料工作自1990年启动以来,注重突出地方特色。'].join('\n'));
    expect(epaper.meta.title).toBe('以专求新推动人民政协文史工作创新发展');
    expect(epaper.meta.author).toBe('政协嘉峪关市委员会');
    expect(epaper.removed.filter((x) => x.rule === 'counter').map((x) => x.text)).toEqual(['字数:1,962', '版次:03']);
    expect(epaper.removed.map((x) => x.text)).toContain('□ 政协嘉峪关市委员会');
    // …and a person's byline after the box is the author too (XO).
    const person = extractMetadata(['发声·谋策·出力', '盘县政协助推“国家全域旅游示范区”建设纪实', '□唐 军', '', '近年来,盘县政协围绕全域旅游开展专题协商。'].join('\n'));
    expect(person.meta.author).toBe('唐 军');
    // …and so is a row of a committee's members by name under the proposal they wrote, not a row of tags (hi-920).
    const proposal = extractMetadata(['来源: 乐东县政协办公室 | 发文机关: 乐东县政府办公室 |', '关于发展特色乡村游助力乐东全域旅游的建议', '县政协委员 陈锦峰 徐英 梁文珍', '乐东县靠山临海,历史悠久,文化源远流长。'].join('\n'));
    expect(proposal.meta.author).toBe('县政协委员 陈锦峰 徐英 梁文珍');
    // A timestamp alone on its line is the page's date (sh-923).
    const stamped = extractMetadata(['来源:昭通新闻网', '2024-06-28 09:16', '近日,大关县社会福利院又收到由上海闵行区政协发起的爱心捐赠物资。'].join('\n'));
    expect(stamped.meta).toMatchObject({ date: '2024-06-28', dateKind: 'page' });
    expect(stamped.removed.map((x) => [x.text, x.keptAs])).toContainEqual(['2024-06-28 09:16', 'date']);
    // A footer that opens with the site's owner is furniture, never a heading (XO).
    const owner = extractMetadata(['柳城县政协委员参加双拥活动', '', '6月21日,柳城县政协组织委员参加双拥活动。', '打印 关闭', '中国人民政治协商会议柳州市委员会主办                     中国人民政治协商会议柳州市委员会办公室维护管理'].join('\n'));
    expect(owner.removed.find((x) => x.text.includes('主办'))?.rule).toBe('footer');
    // An old committee site's poll, its breadcrumb under the committee's formal name, and a publishing line
    // of qualified keys (`文章来源：`, `更新时间：`) whose values keep nothing of the next key (ZZZR sd-38).
    const zhucheng = extractMetadata(
      ['  •     您认为政协工作有哪些需要改进的地方?', '您现在的位置:中国人民政治协商会议山东省诸城市委员会 >> 政协动态 >> 正文', '市政协召开机关办公会', '作者:诸城市政协  文章来源:诸城市政协  更新时间:2009年9月24日', '  7月20日上午,市政协召开机关办公会,就上半年工作进行总结。'].join('\n'),
    );
    expect(zhucheng.removed.map((x) => x.rule)).toEqual(expect.arrayContaining(['navigation', 'breadcrumb', 'publish-info']));
    expect(zhucheng.meta.publisher).toBe('诸城市政协');
    expect(zhucheng.meta.reporter).toBe('诸城市政协');
    expect(zhucheng.meta.date).toBe('2009-09-24');
    // A title's label alone over the headline (ZZZK gd-30): the next line is the headline, not the brands above.
    const labelled = extractMetadata(['惠州日报 东江时报 小惠同学', '惠州头条 掌中惠州', '原标题', '政协委员围绕高质量发展积极建言献策:', '大力推进储能产业 助力山区五镇连片开发', '2月22日,政协第十一届惠东县委员会第三次会议开幕,政协委员围绕高质量发展积极建言献策。'].join('\n'));
    expect(labelled.meta.title).toBe('政协委员围绕高质量发展积极建言献策');
    // …or with its supervisor, the paper that runs it after a dot (ZZZE gx-10).
    const supervisor = extractMetadata(['忻城县政协文史工作有特色出精品', '', '近年来,忻城县政协坚持互助协作的原则。', '网站链接', '中国人民政治协商会议广西壮族自治区委员会办公厅主管 · 广西政协报社主办'].join('\n'));
    expect(supervisor.removed.find((x) => x.text.includes('主管'))?.rule).toBe('footer');
    // A site's tool bar and its link to report harmful content are furniture, never the headline (XH).
    const bars = extractMetadata(['无障碍浏览 进入老年模式 个人中心', '网上有害信息举报', '湘西州政协以民主监督为抓手助力乡村振兴', '2024-05-31 16:57:36 来源:湖南日报', '3年来,州政协紧扣履职总要求开展民主监督。'].join('\n'));
    expect(bars.meta.title).toBe('湘西州政协以民主监督为抓手助力乡村振兴');
    expect(bars.removed.filter((x) => x.rule === 'navigation').map((x) => x.text)).toEqual(['无障碍浏览 进入老年模式 个人中心', '网上有害信息举报']);
    // A committee site's publishing line, its author between an edit date and a read count (ah-1175).
    const site = extractMetadata(['县政协十届四次会议举行分组讨论', '编辑日期：2020/5/26  作者：芜湖县政协    阅读次数： 次  [ 关 闭 ]', '5月26日，出席县政协十届四次会议的委员们进行分组讨论。'].join('\n'));
    expect(site.meta).toMatchObject({ title: '县政协十届四次会议举行分组讨论', date: '2020-05-26', reporter: '芜湖县政协' });
    // …and a language switch with its empty cells (`Eng|繁体||`, zj-1159).
    const switcher = extractMetadata(['杭州网', 'Eng|繁体||', '下城区政协召开“垃圾分类减量大家谈” 民主协商会', '2018-06-28 06:31:11 杭州网', '本报讯 昨天上午，下城区政协委员与区城管局面对面协商。'].join('\n'));
    expect(switcher.meta.title).toBe('下城区政协召开“垃圾分类减量大家谈” 民主协商会');
    expect(switcher.removed.find((x) => x.text === 'Eng|繁体||')?.rule).toBe('navigation');
    // An account's name with the app's relative time (`山西运城果业 昨天`, sx-1156) is its publisher, not a headline.
    const wechatPost = extractMetadata(['山西运城果业 昨天', '「金秋时节庆丰收，古郇大地瓜果香」。11月11日上午，第九届山西临猗果品文化节在临猗县开幕。'].join('\n'));
    expect(wechatPost.meta).toMatchObject({ title: null, publisher: '山西运城果业', date: null });
    expect(wechatPost.removed.map((x) => [x.text, x.rule])).toEqual([['山西运城果业 昨天', 'publish-info']]);
    // …but a clause over a sentence is the story's first line, not a headline.
    expect(extractMetadata('为进一步推进工作,近期\n区政协副主席刘飞虎带队开展走访调研活动。').meta.title).toBeNull();
    // A site's greeting is furniture (js-36).
    const welcome = extractMetadata(['欢迎来到宜兴政协网！', '', '▲3月4日，市政协召开十五届四十七次主席会议。'].join('\n'));
    expect(welcome.removed.map((x) => [x.text, x.rule])).toContainEqual(['欢迎来到宜兴政协网！', 'greeting']);
  });

  it('takes a dated site dateline and an account’s with its writer for metadata (fj-59, ah-86, cq-59)', () => {
    const fz = extractMetadata('福州新闻网6月20日讯（福州日报记者 李夏薇）昨日，全市县（市）区政协主席工作联系会议在福清召开。');
    expect(fz.meta).toMatchObject({ publisher: '福州新闻网', reporter: '李夏薇' });
    expect(fz.paragraphs).toEqual(['昨日，全市县（市）区政协主席工作联系会议在福清召开。']);
    const wx = extractMetadata('全民公众讯（刘勇）“因为你们的爱心，我才能继续完成学业……”近日，蒙城县政协举办助学金发放仪式。');
    expect(wx.meta).toMatchObject({ reporter: '刘勇' });
    expect(wx.paragraphs[0]).toMatch(/^“因为你们的爱心/);
    // …and an account's whose 报道 stands before its writers in brackets (hb-713).
    const daye = extractMetadata('云上大冶报道(通讯员 汪露 记者 熊业欣)8月11日,保安镇金塘村吴家咀湾的门口塘边,新装的太阳能路灯洒下清辉。');
    expect(daye.meta).toMatchObject({ publisher: '云上大冶' });
    expect(daye.paragraphs[0]).toMatch(/^8月11日/);
    // …its date before 讯 and several writers in the brackets (sd-127).
    const jd = extractMetadata('胶东在线1月11日讯（记者 王向荣 邬勇 刘天男）政协第十四届烟台市委员会第三次会议将于1月12日召开。');
    expect(jd.meta).toMatchObject({ publisher: '胶东在线' });
    expect(jd.paragraphs).toEqual(['政协第十四届烟台市委员会第三次会议将于1月12日召开。']);
    // Several outlets' shared dateline with 消息 (hi-34).
    const hn = extractMetadata('新海南客户端、南海网、南国都市报1月6日消息（记者 利声富）1月6日上午，陵水黎族自治县政协第一次会议开幕。');
    expect(hn.meta).toMatchObject({ publisher: '新海南客户端、南海网、南国都市报', reporter: '利声富' });
    expect(hn.paragraphs).toEqual(['1月6日上午，陵水黎族自治县政协第一次会议开幕。']);
    // …or outlets of any name, their 讯 before the story's date and a space (ZZZZZZZZZZZM cq-163).
    const ah = extractMetadata('江淮同心圆客户端、党媒云·政协融讯 3月10日，重庆市政协研究室副主任张晓飞一行6人来我省调研座谈。');
    expect(ah.meta).toMatchObject({ publisher: '江淮同心圆客户端、党媒云·政协融' });
    expect(ah.paragraphs).toEqual(['3月10日，重庆市政协研究室副主任张晓飞一行6人来我省调研座谈。']);
    const bw = extractMetadata('本网讯（记者 彭少 王睿）1月7日，县政协召开十届十八次常委会。');
    expect(bw.paragraphs).toEqual(['1月7日，县政协召开十届十八次常委会。']);
    // tj-53: a 稿源 line is the publishing information, not a headline.
    const jb = extractMetadata(['稿源:津滨网 编辑:高志翔 2025-12-19 09:39', '', '12月18日，区政协组织委员到高新区开展视察活动。'].join('\n'));
    expect(jb.meta.title).toBeNull();
    expect(jb.removed.map((x) => x.rule)).toContain('publish-info');
    // jx-84: a library record's source field (`内容出处: 《九江县志》 图书`) is no headline either.
    const lib = extractMetadata(['第三节 主要工作', '', '内容出处: 《九江县志》 图书', '摘要: 学习宣传县政协自成立后,一直注重组织和推动政协委员学习。'].join('\n'));
    expect(lib.meta.title).toBe('第三节 主要工作');
    expect(lib.removed.filter((x) => x.rule === 'publish-info').map((x) => x.text)).toEqual(['内容出处: 《九江县志》 图书']);
    // nm-88: a repost's dateline on a line of its own is no headline.
    const ck = extractMetadata(['2026-02-04 01:27:14 来源:参考消息网 责任编辑:刘天霖', '', '参考消息网2026-02-04号报道', '', '中新网呼和浩特2月3日电(记者 张玮)内蒙古自治区政协第十三届四次会议于2月3日召开。'].join('\n'));
    expect(ck.meta.title).toBeNull();
    expect(ck.removed.map((r) => r.rule)).toContain('dateline');
    // gz-94: a wire story's 题： after its dateline is its headline, over a spam line above it.
    const wire = extractMetadata(['国产精品 女王调教', '中新网贵州凯里4月16日电 题:【理响中国】贵州:院坝协商为乡村治理“问诊开方”', '时下,走在凯里市龙山河岸边,两岸绿水潺潺。'].join('\n'));
    expect(wire.meta.title).toBe('【理响中国】贵州：院坝协商为乡村治理“问诊开方”'.replace('：', ':'));
    expect(wire.paragraphs).toEqual(['时下,走在凯里市龙山河岸边,两岸绿水潺潺。']);
    // hi-94: a site's account links and a share menu's bullets are furniture above the headline.
    const zg = extractMetadata(['祖国网帐号登录', '', '没有帐号?注册', '', '  • 微信', '  • 新浪', '关注民生 >民生新闻>正文', '海南陵水召开试点乡镇基层协商民主议事会议', '6月29日至30日，陵水县召开第2批试点乡镇基层协商民主议事会议。'].join('\n'));
    expect(zg.meta.title).toBe('海南陵水召开试点乡镇基层协商民主议事会议');
    expect(zg.removed.filter((r) => r.rule === 'navigation')).toHaveLength(4);
    // jl-81: a repost's 原题 line is its headline.
    const yt = extractMetadata(['原题:为推动我省西部生态建设建言献策 江泽林到白城调研', '吉林日报10月30日讯:全国政协十二届五次会议上,133名委员提交提案。'].join('\n'));
    expect(yt.meta.title).toBe('为推动我省西部生态建设建言献策 江泽林到白城调研');
    // sd-55: a scrape's lost indent before the dateline goes with it.
    const dz = extractMetadata('？？？ 德州新闻网讯（记者 尹元渤 通讯员 栾玉晶）4月2日，武城县政协九届二十次常委会议召开。');
    expect(dz.meta).toMatchObject({ publisher: '德州新闻网' });
    expect(dz.paragraphs).toEqual(['4月2日，武城县政协九届二十次常委会议召开。']);
  });

  it('takes related stories\' titles cut short (区政协主席曹雪娟赴…) for page furniture (hl-91)', () => {
    const r = extractMetadata(['4月14日，黑龙江省政协副主席孙东生一行10人来吴江考察小城镇建设情况。', '（办公室）', '区政协主席曹雪娟赴…', '市政协副主席周俊率…'].join('\n'));
    expect(r.removed.filter((x) => x.rule === 'related-link').map((x) => x.text)).toEqual(['区政协主席曹雪娟赴…', '市政协副主席周俊率…']);
  });

  it('removes a search-bait question above a story as an unrelated line (gz-84)', () => {
    const r = extractMetadata(
      [
        '安顺与贵州兴义一年四季气温夏季气温哪里更宜居?',
        '开阳县政协委员进乡镇协商进基层 以“小切口”助力基层治理的实践与探索',
        '近年来,开阳县政协推动开展“委员进乡镇、协商进基层”,积极建机制、搭平台,引导委员转变身份、创新履职。',
      ].join('\n'),
    );
    expect(r.removed[0]).toMatchObject({ rule: 'unrelated-line', line: 1 });
    expect(r.meta.title).toBe('开阳县政协委员进乡镇协商进基层 以“小切口”助力基层治理的实践与探索');
  });

  it('keeps every line: body, lead, or a removed entry with its rule', () => {
    const r = extractMetadata(renmin);
    const lines = renmin.split('\n');
    const accounted = [...r.paragraphs, ...(r.lead ? [r.lead] : []), ...r.removed.map((x) => x.text)];
    expect(accounted.sort()).toEqual([...lines].sort());
    expect(r.removed.map((x) => x.rule)).toEqual([
      'breadcrumb', 'title', 'subtitle', 'dateline', 'editor-note-label', 'editor-line', 'keyword-line',
    ]);
  });

  it('reads publish-info and an institutional author line (002)', () => {
    const r = extractMetadata(
      [
        '首页 > 理论探索',
        '贯彻落实《中国共产党政治协商工作条例》 着力提升政协履职质量',
        '中共政协金昌市委员会党组',
        '发布时间：2022-09-19 10:01:02 来源：民主协商新闻网',
        '《中国共产党政治协商工作条例》为做好新时代政治协商工作提供了重要遵循和制度保障。',
        '责任编辑：崔莹',
      ].join('\n'),
    );
    expect(r.meta).toMatchObject({
      title: '贯彻落实《中国共产党政治协商工作条例》 着力提升政协履职质量',
      author: '中共政协金昌市委员会党组',
      date: '2022-09-19',
      publisher: '民主协商新闻网',
      editor: '崔莹',
      breadcrumb: ['首页', '理论探索'],
    });
    expect(r.paragraphs).toHaveLength(1);
  });

  it('reads a kicker, a glued title and a byline (004), and a □ byline with a series line (003)', () => {
    const hubei = extractMetadata(
      ['【五年履职亮点回眸】', '规范化建设提升“专”的水平湖北省政协加强制度化建设促进协商民主规范化、程序化发展', '记者 毛丽萍', '2022年12月26日，湖北省政协召开党组会议。'].join('\n'),
    );
    expect(hubei.meta).toMatchObject({ kicker: '五年履职亮点回眸', reporter: '毛丽萍', date: null });
    // Headline and subhead run together on the page are set apart again.
    expect(hubei.meta.title).toBe('规范化建设提升“专”的水平');
    expect(hubei.meta.subtitle).toBe('湖北省政协加强制度化建设促进协商民主规范化、程序化发展');
    // A series name closed by a bar is the series line, not the headline (gd-86).
    const series = extractMetadata(['政协奋进新征程·广州篇丨白云区政协：增强“联”的优势 做好“促”的文章', '白云区政协常委联合委员工作室到白云火车站开展专题视察。'].join('\n'));
    expect(series.meta).toMatchObject({ kicker: '政协奋进新征程·广州篇', title: '白云区政协：增强“联”的优势 做好“促”的文章', subtitle: null });
    // A site's menu of words apart by spaces and bars, however long, keeps the header open (gx-84).
    const portal = extractMetadata(
      ['要闻       城市远洋    |    老外在广西       直观中国    |   视频   |    原创    |    热点专题    |    一带一路    |    魅力南宁    ', '南宁市政协十二届二次会议开幕', '2022-01-26 11:17:43来源：南宁日报', '1月24日，中国人民政治协商会议第十二届南宁市委员会第二次会议在南宁人民会堂开幕。'].join('\n'),
    );
    expect(portal.meta.title).toBe('南宁市政协十二届二次会议开幕');
    // A site's own menu in bullets (`• 无障碍版`, `• 网站地图`) labels no roundup's sections, and a
    // site-group menu (`市政府部门站群`) is navigation: the line under the breadcrumb heads the page (ln-83).
    const menu = extractMetadata(
      ['站群导航', '市政府网站', '市政府部门站群', '县区政府站群', '  • 无障碍版', '  • 网站地图', '  • 设为首页', '  • 加入收藏', '您的位置：首页 >南芬政协>政协工作>详细内容', '区政协视察八届五次会议重点提案办理情况', '9月14日，区政协组织部分政协委员视察重点提案办理情况。'].join('\n'),
    );
    expect(menu.meta).toMatchObject({ title: '区政协视察八届五次会议重点提案办理情况', kicker: null });
    // A slogan and a headline joined by a bar, the committee inside a book's title (js-29): each part
    // is measured as a comma headline, and the book's title opens the headline.
    const book = extractMetadata(
      ['您所在的位置： > 资讯>', '见证发展历程，传递政协声音|《苏州市虎丘区政协志》正式出版发行', '2024-08-09    来源：互联网', '', '2024年8月8日，苏州市虎丘区政协举行《苏州市虎丘区政协志》出版发行座谈会。'].join('\n'),
    );
    expect(book.meta).toMatchObject({ kicker: '见证发展历程，传递政协声音', title: '《苏州市虎丘区政协志》正式出版发行' });
    // …but not where the words before take the committee as their object (gd-56).
    const minjin = extractMetadata(['民进广州市越秀区基层委员会会员参加越秀区政协民进界别会员座谈会', '9月18日，越秀区政协在区府召开区政协主要领导与民进界别会员座谈会。'].join('\n'));
    expect(minjin.meta).toMatchObject({ title: '民进广州市越秀区基层委员会会员参加越秀区政协民进界别会员座谈会', subtitle: null });
    const hebei = extractMetadata(
      ['奋斗新时代 担负新使命 干出新样子', '全省各市政协工作亮点扫描', '□记者 高原雪', '新时代 新河北 新政协 ——庆祝人民政协成立70周年', '70年风雨兼程，70年砥砺前行。'].join('\n'),
    );
    expect(hebei.meta).toMatchObject({
      title: '奋斗新时代 担负新使命 干出新样子',
      subtitle: '全省各市政协工作亮点扫描',
      reporter: '高原雪',
      kicker: '新时代 新河北 新政协 ——庆祝人民政协成立70周年',
    });
    expect(hebei.paragraphs).toEqual(['70年风雨兼程，70年砥砺前行。']);
    // A kind of reporter before 记者 and 报道 after the name (sd-78): a byline, never the headline.
    const rizhao = extractMetadata(['全媒体记者 曹楚炜 报道', '本报讯 4月18日至19日，聊城市政协主席曾晓黎一行，来我市考察。'].join('\n'));
    expect(rizhao.meta).toMatchObject({ title: null, reporter: '曹楚炜' });
  });

  it('does not take a roundup section headline for the article title (001)', () => {
    const text = [
      '优化履职环境 强化责任担当',
      '一、强化委员学习先导作用，树牢服务发展的履职理念。',
      '二、强化委员骨干带动作用，发挥人民政协的独特优势。',
      '增强党建“三力” 促履职提质增效',
      '一、“责任链”同构筑牢品牌底色，增强党建“引领力”。',
    ].join('\n');
    const r = extractMetadata(text);
    expect(r.meta.title).toBeNull();
    expect(r.paragraphs[0]).toBe('优化履职环境 强化责任担当');
    expect(r.removed).toEqual([]);
  });

  it('ends the header at a committee label line, even right after the byline', () => {
    const r = extractMetadata(['绍兴市政协系统打造基层协商品牌', '本报记者 陈晓', '上虞区政协：', '打造“请你来协商”升级版', '上虞区政协围绕群众关切开展协商。'].join('\n'));
    expect(r.meta).toMatchObject({ title: '绍兴市政协系统打造基层协商品牌', subtitle: null, reporter: '陈晓' });
    expect(r.paragraphs).toEqual(['上虞区政协：', '打造“请你来协商”升级版', '上虞区政协围绕群众关切开展协商。']);
  });

  it('takes the line under the breadcrumb for the headline over a portal menu above it, its 【series】 label read as the series line (qh-24)', () => {
    const lines = ['站群导航', '海南州人民政府', '政府工作部门', '各县政府', '您的位置: 首页 >新闻中心>贵德新闻>详细内容', '【聚焦2026贵德两会】中国人民政治协商会议第十届贵德县委员会第六次会议开幕', '2月10日上午，中国人民政治协商会议第十届贵德县委员会第六次会议在县会议中心开幕。'];
    // The bracketed label is the series line, the rest the headline.
    const r = extractMetadata(lines.join('\n'));
    expect(r.meta).toMatchObject({ kicker: '聚焦2026贵德两会', title: '中国人民政治协商会议第十届贵德县委员会第六次会议开幕' });
    // With a series line already read above it, the headline stays whole.
    const kicked = extractMetadata(['贵德新闻 两会专题', ...lines.slice(4)].join('\n'));
    expect(kicked.meta.title).toBe('【聚焦2026贵德两会】中国人民政治协商会议第十届贵德县委员会第六次会议开幕');
  });

  it('removes a site’s copyright notice and its clauses at the foot of the story (ah-14)', () => {
    const r = extractMetadata(
      [
        '9月20日，霍山县政协组织部分市、县政协委员开展集体观摩活动。',
        '六安市政协网站版权与免责声明：',
        '① 凡本网注明来源“政协六安市委员会”“六安市政协”的各类形式稿件，版权均属六安市政协机关所有。',
      ].join('\n'),
    );
    expect(r.paragraphs).toEqual(['9月20日，霍山县政协组织部分市、县政协委员开展集体观摩活动。']);
    expect(r.removed.map((x) => x.rule)).toEqual(['footer', 'footer']);
    // A story about copyright is no footer.
    const story = '3月5日，县政协召开文化产业发展协商会，委员们建议明确民间文艺作品版权归属，完善版权声明制度。';
    expect(extractMetadata(story).paragraphs).toEqual([story]);
  });

  it('reads a menu of the outlet’s channels as furniture, not as a roundup’s decorated labels (js-32)', () => {
    const lines = ['今日高邮APP', '首页', '  • 今日高邮APP', '  • 手机版', '  • 今日高邮公众号', '  • 头条号', '首页 > 综合新闻', '固守圆心 双向发力 以新格局凝聚强大动能 ——2022年市政协工作回眸之四', '一年来，市政协以画好同心圆为目标，着力推进民主团结。'];
    const r = extractMetadata(lines.join('\n'));
    expect(r.meta.title).toBe('固守圆心 双向发力 以新格局凝聚强大动能 ——2022年市政协工作回眸之四');
    expect(r.paragraphs).toEqual(['一年来，市政协以画好同心圆为目标，着力推进民主团结。']);
    // Labels of places and committees still end the header.
    const roundup = extractMetadata(['各地政协动态', '● 黔江区 ●', '黔江区政协召开常委会议。', '● 秀山县 ●', '秀山县政协开展视察。'].join('\n'));
    expect(roundup.paragraphs[0]).toBe('● 黔江区 ●');
    const committees = extractMetadata(['各地政协动态', '【黔江区政协】', '黔江区政协召开常委会议。', '【秀山县政协】', '秀山县政协开展视察。'].join('\n'));
    expect(committees.paragraphs[0]).toBe('【黔江区政协】');
  });

  it('reads a shared document\'s file name as its title and the document site\'s blurb as furniture (ZZZZZZZZZE gx-104)', () => {
    const page = [
      '政协开展民主监督工作情况汇报.docx',
      '《政协开展民主监督工作情况汇报.docx》由会员分享,可在线阅读,更多相关《政协开展民主监督工作情况汇报.docx(10页珍藏版)》请在第一文库网上搜索。',
      '1、政协开展民主监督工作情况汇报一年来,政协罗城仫佬族自治县委员会认真学习贯彻落实有关文件精神。',
    ];
    const r = extractMetadata(page.join('\n'));
    expect(r.meta.title).toBe('政协开展民主监督工作情况汇报');
    expect(r.paragraphs).toEqual([page[2]]);
    // (The lines as printed stay in the report.)
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining([page[0], page[1]]));
  });

  it('reads past a stripped list\'s numbers left alone above the headline (ZZZZZZZZZZZZE sc-181)', () => {
    const page = ['•', '1.', '2.', '3.', '资阳高新区、临空经济区政协工作站成立', '陈莉萍出席并讲话', '为深入学习贯彻习近平总书记关于加强和改进人民政协工作的重要思想，经市政协研究，决定在资阳高新区、临空经济区成立政协工作站。'];
    const r = extractMetadata(page.join('\n'));
    expect(r.meta.title).toBe('资阳高新区、临空经济区政协工作站成立');
    expect(r.paragraphs[0]).toMatch(/^为深入学习/);
  });

  it('takes a link to an attached file in the body for furniture, kept in the report (fj-122)', () => {
    const page = [
      '11月3日，市政协副主席赵爱红带领部分市政协委员，深入荔城区开展专题调研。',
      '关于2021年市政协重点提案分工督办方案的通知(莆市协办[2021]15号).doc',
      '2021年市政协七届五次会议提案目录.docx',
      '10月27日，市政协副主席林惠中带领部分市政协委员，深入涵江区开展专题调研。',
    ];
    const r = extractMetadata(page.join('\n'));
    expect(r.paragraphs).toEqual([page[0], page[3]]);
    expect(r.removed.filter((x) => x.rule === 'attachment').map((x) => x.text)).toEqual([page[1], page[2]]);
  });

  it('takes a short line pasted again and again among the paragraphs for an insertion, not a heading (ZZZZZZZZZZZZZZZZZI hb-315)', () => {
    const page = [
      '旧澳门官方网站',
      '中国人民政治协商会议湖北省第十三届委员会第一次会议1月12日上午在武汉洪山礼堂隆重开幕。',
      '旧澳门官方网站',
      '1月12日下午，湖北省政协委员巫世峰参加省政协十三届一次会议第十九组联组讨论。',
      '旧澳门官方网站',
      '1月13日下午，巫世峰委员同其他省政协委员经组织安排，分组讨论协商湖北省人民政府工作报告。',
    ];
    const r = extractMetadata(page.join('\n'));
    expect(r.paragraphs).toEqual([page[1], page[3], page[5]]);
    expect(r.removed.filter((x) => x.rule === 'repeated-insert').map((x) => x.line)).toEqual([3, 5]);
    // The story's headline printed again under each photo stays: it names the committee.
    const photos = ['省政协调研组赴彝良县调研', '3月30日，省政协调研组到彝良县调研。', '省政协调研组赴彝良县调研', '调研组一行先后深入企业。', '省政协调研组赴彝良县调研', '座谈会上，县政协作了汇报。'];
    expect(extractMetadata(photos.join('\n')).removed.map((x) => x.rule)).not.toContain('repeated-insert');
  });

  it('takes a content farm\'s line printed over the story and once again among its paragraphs for an insertion, and its question for no headline (ZZZZZZZZZZZZZZZZZZZZZZZU xj-483)', () => {
    const page = [
      '博州是哪个省的城市,博州属于哪个省',
      '文史通2年前历史故事问答332',
      '新华社乌鲁木齐9月27日电 中央代表团三、四、五分团27日在兵团第八师石河子市、博尔塔拉蒙古自治州看望慰问当地各族干部群众。',
      '博州是哪个省的城市,博州属于哪个省',
      '全国人大常委会副委员长、中央代表团副团长艾力更·依明巴海率三分团，在兵团第八师石河子市参观新疆兵团军垦博物馆。',
    ];
    const r = extractMetadata(page.join('\n'));
    expect(r.removed.filter((x) => x.rule === 'repeated-insert').map((x) => x.line)).toEqual([4]);
    expect(r.paragraphs).toHaveLength(2);
    expect(r.meta.title).toBeNull();
    // Twice but first among the paragraphs, a line is the story's own (a caption printed again).
    const twice = [page[2], '视察组一行先后深入企业', page[4], '视察组一行先后深入企业'];
    expect(extractMetadata(twice.join('\n')).removed.map((x) => x.rule)).not.toContain('repeated-insert');
  });

  it('reads a field set off with a bar, as WeChat posts print them (`来源 | 人民政协报`, `作者丨…`), as the field (ZZZZZZZZZZZZZZZZZZZZZZZZV fj-510)', () => {
    const story = '调研组实地考察了梵天寺、梅山寺、银同天后宫，听取相关负责人关于宗教活动场所管理的情况介绍。';
    const r = extractMetadata(['市政协调研宗教活动场所管理工作', story, '来源|市政协社法委（民宗委）'].join('\n'));
    expect(r.paragraphs).toEqual([story]);
    expect(r.meta.publisher).toBe('市政协社法委（民宗委）');
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'publish-info', text: '来源|市政协社法委（民宗委）' }));
    const credits = extractMetadata([story, '来源 | 人民政协报', '作者 | 杨吉 伍洁', '实习编辑 | 樊孟茹'].join('\n'));
    expect(credits.paragraphs).toEqual([story]);
    expect(credits.meta.reporter).toBe('杨吉 伍洁');
    expect(credits.meta.editor).toBe('樊孟茹');
    // (A bar inside a sentence is no field.)
    const prose = '据介绍，活动来源|渠道多样，委员们纷纷表示受益匪浅。';
    expect(extractMetadata([story, prose].join('\n')).paragraphs).toEqual([story, prose]);
  });

  it('takes the site\'s name its greeting gave, printed again over the story, for the site\'s, not the headline (ZZZZZZZZZZZZZZZZZZZZZZZZZF gs-520)', () => {
    const page = ['欢迎访问甘肃尕海自然保护区', '您现在的位置: 首页新闻中心', '尕海自然保护区', '省政协调研三组调研黄河水源补给区生态保护与综合治理情况', '5月21日至23日，省政协调研三组深入玛曲、碌曲等地，调研黄河水源补给区生态保护情况。'];
    const r = extractMetadata(page.join('\n'));
    expect(r.meta.title).toBe(page[3]);
    expect(r.removed).toContainEqual(expect.objectContaining({ rule: 'site-name', text: '尕海自然保护区' }));
    // (No greeting, no site's name: the line stays a candidate.)
    expect(extractMetadata(page.slice(2).join('\n')).removed.map((x) => x.rule)).not.toContain('site-name');
  });

  it('reads a paper\'s reporter on a line of his own after a summary printed first as the byline (ZZZZZZZZZZZZZZZZZZZZZZZZZK he-525)', () => {
    const summary = '围绕保定市委书记聂瑞平的重要讲话，2月15日下午，保定市政协委员在驻地会议室进行了分组讨论。';
    const r = extractMetadata(['【保定两会】2016年“两会”关键词', summary, '燕赵都市报记者 蔡云雷', summary].join('\n'));
    expect(r.paragraphs).toEqual([summary, summary]);
    expect(r.meta.reporter).toBe('蔡云雷');
    expect(r.meta.publisher).toBe('燕赵都市报');
    // (Without a paper's name, a credit in the body stays: it may be a photo's.)
    expect(extractMetadata([summary, '记者 蔡云雷', summary].join('\n')).paragraphs).toHaveLength(3);
  });

  it('reads the page\'s one sentence over a paper\'s photographer as the photo\'s caption, where a story follows (sh-1057)', () => {
    const caption = '市政协十二届三次会议提案委员会委员热烈讨论、认真审查提案。';
    const story = '“2014年，上海预算执行情况总体良好……”在去年年底的市政协十二届三十七次主席会议上，市政协委员们对上海市2014年预算执行情况和2015年预算草案提出客观中肯的意见和建议。';
    const r = extractMetadata([caption, '文汇报记者 赵立荣摄', '■文汇报记者 祝越 李上涛', story].join('\n'));
    expect(r.paragraphs).toEqual([story]);
    expect(r.removed.find((x) => x.rule === 'photo-caption')?.text).toBe(caption);
    // (A photo news item, caption and credit alone, keeps its caption: it is the story.)
    expect(extractMetadata([caption, '文汇报记者 赵立荣摄'].join('\n')).paragraphs).toEqual([caption]);
  });

  it('keeps a document\'s note of adoption, on a page without a headline, as its first line: it names the committee that made it (ZZZZZX js-590)', () => {
    const note = '（2017年4月1日政协睢宁县第十五届委员会第四次主席会议通过）';
    const first = '为推进政协调研工作的制度化、规范化和程序化，根据《中国人民政治协商会议章程》及有关文件精神，结合我县实际，制定本制度。';
    const r = extractMetadata([note, first, '一、调研工作的性质与任务'].join('\n'));
    expect(r.paragraphs[0]).toBe(note);
    expect(r.paragraphs[1]).toBe(first);
    // (A page's own bracketed line that adopts nothing is still furniture.)
    expect(extractMetadata(['（来源：睢宁县政协办公室）', first, '一、调研工作的性质与任务'].join('\n')).paragraphs[0]).toBe(first);
  });

  it('reads a committee\'s formal name alone closing the page, over its maker\'s line, as the site\'s footer, not a heading (yn-992)', () => {
    const story = '连日来，华宁县政协通红甸乡委员工作室聚焦群众关心的热点难点问题，协同乡畜牧兽医工作人员推进秋季强制免疫工作。';
    const r = extractMetadata(['打好牲畜“预防针” 筑牢畜牧“防护网”', story, '（华宁县政协通红甸乡委员工作室 朱聪）', '中国人民政治协商会议玉溪市委员会', '制作单位：玉溪网新媒体发展有限公司'].join('\n'));
    expect(r.paragraphs.at(-1)).toBe('（华宁县政协通红甸乡委员工作室 朱聪）');
    expect(r.removed.map((x) => [x.rule, x.text])).toEqual(expect.arrayContaining([['site-footer', '中国人民政治协商会议玉溪市委员会'], ['footer', '制作单位：玉溪网新媒体发展有限公司']]));
    // (A committee's name heading a roundup's section, a story under it, stays.)
    const roundup = extractMetadata(['各地政协动态', '市政协召开常委会议，协商推进乡村振兴工作。', '政协华宁县委员会', story].join('\n'));
    expect(roundup.paragraphs).toContain('政协华宁县委员会');
  });

  it('leaves prose that merely contains a colon or the word 编辑 alone', () => {
    const r = extractMetadata('标题一行\n区政协编辑出版了《文史资料》，共计：三辑。');
    expect(r.paragraphs).toEqual(['区政协编辑出版了《文史资料》，共计：三辑。']);
  });
});
