import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalogue, loadCatalogue } from '../../../src/pipeline/classify/catalogue';
import { classifyFunctions, functionEvidence } from '../../../src/pipeline/classify/classify-functions';
import { indexParagraphs, matchMechanisms } from '../../../src/pipeline/classify/match-mechanisms';
import { caseFunctionSchema } from '../../../src/schemas';
import { CANGNAN, HUAIROU, SHIJINGSHAN } from './corpus-snippets';

const root = resolve(import.meta.dirname, '../../..');
const catalogue = loadCatalogue(join(root, 'src/content/functions.yaml'), join(root, 'src/content/mechanisms.yaml'));

/** The lines of a development-set article, as stored (tests/fixtures/real). */
const realLines = (base: string) => readFileSync(join(root, `tests/fixtures/real/${base}.txt`), 'utf8').split('\n');

/** Classify a section the way the pipeline does: match mechanisms first, let them vote. */
function classifySection(section: { title: string; body: string[] }) {
  const matched = new Set(matchMechanisms(indexParagraphs(section.body), catalogue.mechanisms).map((m) => m.id));
  return classifyFunctions(section.body, section.title, catalogue.functions, catalogue.mechanisms.filter((m) => matched.has(m.id)));
}

describe('classifyFunctions on corpus sections', () => {
  it('reads the party group\'s theory study group as party building, over the consensus its lessons speak of (ZZZZZZZZZZZK yn-161)', () => {
    const result = classifySection({
      title: '市政协党组理论学习中心组2019年第九次学习举行',
      body: [
        '昨日，市政协党组书记、主席熊瑞丽主持召开市政协党组理论学习中心组2019年第九次学习。会上，重点学习了《中共中央关于新时代加强和改进人民政协工作的意见》。',
        '结合学习体会，熊瑞丽说，《意见》就如何发挥人民政协专门协商机构作用、加强思想政治引领和广泛凝聚共识等方面，作出详尽规范。',
        '熊瑞丽要求，要深入学习领会讲话精神，在聚焦协商主业、广泛凝聚共识、完善工作机制方面更好发挥作用，凝聚共识。',
      ],
    });
    expect(result[0].id).toBe('party-building');
  });

  it('reads a leader\'s inspection whose speech is studied as his, not the committee\'s (ZZZZZV jl-588)', () => {
    const words = (line: string) => [...functionEvidence([line], '', catalogue.functions).body.keys()];
    expect(words('綦远方强调，各位常委要围绕学习贯彻习近平总书记视察东北重要讲话和重要指示精神，拿出有分量的提案。')).not.toContain('视察');
    // (The committee's own inspection still counts.)
    expect(words('市政协组织委员视察重点项目建设。')).toContain('视察');
  });

  it('reads an inspection group that asks for publicity as supervising, not as publicity work (ah-422; the weights re-fitted on the development set)', () => {
    // `宣传`, `报道`, `新闻` alone no longer vote for publicity: a case asking others to publicise
    // (`加强舆论宣传`) or a page's news furniture is not the committee's own media work.
    const result = classifySection({
      title: '',
      body: [
        '10月11日上午,市秸秆综禁第四巡查组组长、市政协人资环委主任丁远征带队,会同市生态环境局、交通运输局、城管局负责同志对高新区、宿马园区的秋季秸秆综禁工作进行实地察看督导。',
        '巡查组一行实地察看了现场情况,详细询问工作进度和存在问题。巡查组指出,要继续加强舆论宣传,提高农民认识,让广大群众了解到秸秆禁烧是保护生存环境、构建和谐农村的客观需要。',
      ],
    });
    expect(['democratic-supervision', 'participation']).toContain(result[0].id);
  });

  it('reads members commended for their work as member development (ZZZZZZZZZZZZZZZZZZZZZB gd-412)', () => {
    const result = classifySection({
      title: '今天,追光灯下他们“星光”熠熠!来看深圳市政协十大“优秀履职标兵”',
      body: [
        '日前,深圳市政协决定授予王志毅等10名委员2021年度 “优秀履职标兵”荣誉称号,并举行了仪式感满满的颁奖仪式——10名市政协委员在追光灯下、履职介绍和鼓掌声中,登上11日召开的市政协七届五次会议主席台,从市政协主席林洁手上接过荣誉奖杯和证书。',
        '他们分别是:王志毅、叶春、付备荒、吴东平、陈国雄、武良成、孟建民、高瞻、梁宇、霍达。',
      ],
    });
    expect(result[0].id).toBe('member-development');
  });

  it('reads a committee\'s donation to people in need as uniting people in good works (hl-56, ha-73)', () => {
    const result = classifySection({
      title: '绥芬河市政协举行“情系教育 爱心助学”活动',
      body: ['绥芬河市政协在市教育局举行了活动启动仪式,市政协主席向10名困难学生发放了捐款,机关干部和政协委员现场捐款2万元。'],
    });
    expect(result[0].id).toBe('consensus');
  });

  it('reads a session\'s temporary party committee meeting as party building, over the session it serves (ZZZZZZZZZZZZZZZZZZZZZZR jl-454)', () => {
    const result = classifySection({
      title: '市政协七届五次会议召开中共临时党委（扩大）会议',
      body: [
        '1月8日下午，政协白城市第七届委员会第五次会议召开中共临时党委（扩大）会议。',
        '会议宣读了中共白城市委关于成立市政协七届五次会议临时党委的决定。临时党委下设7个临时党支部，125名中共党员委员划分在各临时党支部。',
        '顾伟强调，要组织引导委员认真研读各项报告和文件，特别是政府工作报告、“十五五”规划纲要、政协常委会工作报告等重要文件，提出有价值的提案和大会发言。',
      ],
    });
    expect(result[0].id).toBe('party-building');
  });

  it('石景山 (democratic appraisal) -> 民主监督 and nothing else', () => {
    const result = classifySection(SHIJINGSHAN);
    for (const f of result) expect(caseFunctionSchema.parse(f)).toEqual(f);
    expect(result.map((f) => f.id)).toEqual(['democratic-supervision']);
    // 民主监督 is 7 in the body and 2 in the title: 2 x (7 + 3 x 2) = 26 points; 民主评议 3 x 8 = 24. (评议, a weak word,
    // counts at most five of its eleven times.)
    expect(result[0].terms.slice(0, 4)).toEqual([
      { term: '民主监督', count: 9 },
      { term: '民主评议', count: 8 },
      { term: '监督评议', count: 3 },
      { term: '监督', count: 4 },
    ]);
  });

  it('怀柔 -> 党的建设, led by the two full coverages and its party branches (党组, a weak word, counts five of its fifteen times)', () => {
    const result = classifySection(HUAIROU);
    expect(result[0].id).toBe('party-building');
    expect(result[0].terms.slice(0, 3)).toEqual([
      { term: '两个全覆盖', count: 2 },
      { term: '党支部', count: 4 },
      { term: '全面从严治党', count: 3 },
    ]);
  });

  it('苍南 文史 section -> 文史工作', () => {
    const result = classifySection(CANGNAN);
    expect(result.map((f) => f.id)).toEqual(['literature-history']);
    expect(result[0].terms.slice(0, 2)).toEqual([
      { term: '文史资料', count: 12 },
      { term: '文史工作', count: 6 },
    ]);
  });
});

describe('classifyFunctions: scoring rules (small catalogue)', () => {
  const cat = buildCatalogue(
    [
      { id: 'consult', name: '政治协商', description: '.', terms: [{ term: '协商', weight: 0.5 }, { term: '专题协商', weight: 2 }], order: 1 },
      { id: 'proposals', name: '提案工作', description: '.', terms: [{ term: '提案办理协商', weight: 3 }, '提案'], order: 2 },
      { id: 'supervise', name: '民主监督', description: '.', terms: ['监督'], order: 3 },
      { id: 'grassroots', name: '基层协商', description: '.', terms: ['议事会'], order: 4 },
    ],
    [{ id: 'studio', name: '委员工作室', aliases: ['委员工作室'], description: '.', functions: ['grassroots'] }],
  );
  const fns = cat.functions;

  it('a longer term shadows the shorter ones inside it: 提案办理协商 is not also 协商', () => {
    expect(classifyFunctions(['开展提案办理协商。'], '', fns)).toEqual([
      { id: 'proposals', score: 3, terms: [{ term: '提案办理协商', count: 1 }] },
    ]);
  });

  it('score = weight x count, title terms counting three times', () => {
    expect(classifyFunctions(['开展专题协商和协商。'], '专题协商', fns)).toEqual([
      { id: 'consult', score: 8.5, terms: [{ term: '专题协商', count: 2 }, { term: '协商', count: 1 }] },
    ]);
  });

  it('ties go to catalogue order; functions below the threshold are dropped', () => {
    const result = classifyFunctions(['监督，提案，监督，提案，监督，提案。协商。'], '', fns);
    expect(result.map((f) => [f.id, f.score])).toEqual([
      ['proposals', 3],
      ['supervise', 3],
    ]);
  });

  it('always keeps the top function when any term occurs, and returns [] when none does', () => {
    expect(classifyFunctions(['政协协商。'], '', fns)).toEqual([{ id: 'consult', score: 0.5, terms: [{ term: '协商', count: 1 }] }]);
    expect(classifyFunctions(['没有相关词语。'], '无', fns)).toEqual([]);
  });

  it("matched mechanisms' aliases vote for their functions; unmatched ones do not", () => {
    const text = ['建立委员工作室三个，委员工作室常态运行。'];
    expect(classifyFunctions(text, '', fns)).toEqual([]);
    expect(classifyFunctions(text, '', fns, cat.mechanisms)).toEqual([
      { id: 'grassroots', score: 2, terms: [{ term: '委员工作室', count: 2 }] },
    ]);
  });

  it('ignores quotation marks around a term', () => {
    expect(classifyFunctions(['开展“专题协商”。'], '', fns)[0].terms).toEqual([{ term: '专题协商', count: 1 }]);
  });
});

describe('classifyFunctions: how meetings and visits are written', () => {
  it('reads 常委（扩大）会议 as a 常委会议', () => {
    const fns = classifyFunctions(['北辰区政协召开八届二十一次常委（扩大）会议，审议区政协主要工作安排。'], '', catalogue.functions);
    expect(fns[0].id).toBe('institution-building');
    expect(fns[0].terms.map((t) => t.term).some((t) => t.includes('常委会'))).toBe(true);
  });

  it('reads a standing committee meeting that consults on a topic as consultation, its form not counted (sn-82)', () => {
    const line = '6月24日，汉中市南郑区政协召开十一届十五次常委会会议，围绕“发展渔业经济，助力乡村振兴”开展专题协商。区政协主席刘刚主持会议并讲话。';
    const fns = classifyFunctions([line], '汉中市南郑区政协召开十一届十五次常委会会议', catalogue.functions);
    expect(fns[0].id).toBe('political-consultation');
    expect(fns.flatMap((f) => f.terms.map((t) => t.term))).not.toContain('次常委会');
    // A meeting that only deliberates its business stays the committee's own work.
    const business = '1月24日，铜川市政协召开十五届十六次常委会议，审议市政协十五届四次会议有关事项。';
    expect(classifyFunctions([business], '铜川市政协召开十五届十六次常委会议', catalogue.functions)[0].id).toBe('institution-building');
    // sh-29: the topic may follow in the paragraph's next sentence, after an enlarged meeting's mark.
    const next =
      '7月2日下午,区政协召开六届十九次常委(扩大)会议。会议传达学习习近平总书记在上海考察时的重要讲话精神,围绕“推动青浦新城建设功能提升,建设宜居宜业城市”开展协商议政。区政协主席曹卫东主持会议并讲话。';
    expect(classifyFunctions([next], '区政协召开六届十九次常委(扩大)会议', catalogue.functions)[0].id).toBe('political-consultation');
  });

  it('reads a chairs\' meeting held on one topic by its topic, its form not counted (js-611)', () => {
    const line = '11月13日上午,县政协召开十三届三十一次主席会议,专题听取县政府关于提案办理和城镇化建设三年行动计划实施情况通报。就做好下一阶段提案实际办理工作,秦有芳要求,各相关部门对已经解决取得成效的提案,建立管理监督长效机制。';
    const fns = classifyFunctions([line], '宝应县政协召开十三届三十一次主席会议', catalogue.functions);
    expect(fns[0].id).toBe('proposals');
    expect(fns.flatMap((f) => f.terms.map((t) => t.term))).not.toContain('次主席会议');
    // A chairs' meeting on its business stays the committee's own work.
    const business = '3月2日,县政协召开十三届三十二次主席会议,研究部署年度重点工作。';
    expect(classifyFunctions([business], '县政协召开十三届三十二次主席会议', catalogue.functions)[0].id).toBe('institution-building');
    // zj-653: where it meets may come between the meeting and its topic.
    const away = '2月27日,桐庐县十届政协第五十八次主席会议在莪山召开,专题视察莪山畲族乡建设发展工作。县政协党组书记、主席周萍英主持会议并讲话。视察组一行先后前往尧山非遗农创园、龙峰民族村等地。';
    expect(classifyFunctions([away], '桐庐县十届政协第五十八次主席会议在莪山召开', catalogue.functions)[0].id).toBe('participation');
    // fj-670: or held with a consultation on its topic, as its headline says (…主席会议暨“…”专题协商会议召开).
    const joint = '26日，市政协主席何静彦主持召开政协第十三届福州市委员会第九次主席会议。会议审议通过《“激发民间投资活力 助推福州产业发展”主席会议建议案（草案）》，并开展专题协商。';
    expect(classifyFunctions([joint], '政协第十三届福州市委员会第九次主席会议暨“激发民间投资活力，助推福州产业发展”专题协商会议召开', catalogue.functions)[0].id).toBe('political-consultation');
    // sc-969: or with its topic straight after it, no comma between (主席(扩大)会议专题协商禁毒工作).
    const straight = [
      '724日上午，什邡市政协主席（扩大）会议专题协商禁毒工作，市政协主席黄剑出席会议并讲话。',
      '会上，什邡市公安局汇报了全市禁毒工作开展情况；与会政协委员围绕当前禁毒形势、面临的问题等提出了意见建议。',
      '近年来，什邡市公安局坚决贯彻落实习近平总书记关于禁毒工作重要指示精神，全力应对毒品问题新变化新挑战，实现了什邡市现有吸毒人员数、毒品滥用污水监测指数、制贩毒案件数连续5年保持下降，涉毒违法犯罪活动降至10年来的最低点。',
      '黄剑对什邡市禁毒工作取得的成绩表示肯定，他指出，要深刻认识禁毒工作的重要性，进一步增强做好禁毒工作的责任感。要强化工作措施，明确目标任务，公安机关要精准研判，重拳出击，坚决遏制毒品蔓延的势头。要创新手段，完善新型禁毒运行模式，加大科技创新应用力度。要加强禁毒宣传教育、重点场所管控和涉毒管控，紧扣目标，解决禁毒工作的短板弱项问题，凝聚禁毒工作强大合力，营造全民禁毒的良好社会氛围。',
      '什邡市政协副主席杨兵、魏远、袁秀丽参加会议。',
    ];
    expect(classifyFunctions(straight, '什邡市政协主席（扩大）会议专题协商禁毒工作', catalogue.functions)[0].id).toBe('political-consultation');
    // jl-1017: or held to follow up its own recommendation (主席会议专题督办, 采取主席会议督办的方式): the follow-up, not the meeting.
    const followUp = [
      '近日,吉林省长春市政协采取主席会议督办的方式,由主席会议成员和部分市政协委员组成视察组,就市政协十一届十九次主席会议提出的《关于加强我市食品安全工作的建议案》办理工作进行视察。',
      '长春市政协于2010年对市食品安全工作进行民主评议,提出努力打造食品安全放心城市、进一步完善相关法规规章等6个方面13项建议,市政府高度重视,认真研究办理。',
    ];
    expect(classifyFunctions(followUp, '长春市政协主席会议专题督办“食品安全”', catalogue.functions)[0].id).not.toBe('institution-building');
    // js-1071: or held to give advice on a topic, named after it (`…主席会议，围绕全市“河长制”和防汛防旱工作建言献策`);
    // the party committee's standing meeting it relays (市委常委（扩大）会议) is no meeting of its own either.
    const advice = ['4月27日下午，市政协召开十四届九次主席会议，围绕全市“河长制”和防汛防旱工作建言献策。市政协主席鲍宇主持会议并讲话，副市长孙高明到会通报工作，副主席陈志文、鲍家峰出席会议。', '会议传达学习了4月26日召开的市委常委（扩大）会议精神，听取了我市“河长制”工作进展情况和今年防汛防旱有关准备工作情况的通报，部分委员围绕我市“河长制”实施情况和防汛防旱工作积极议政建言。', '会议要求，“河长制”和防汛防旱工作要聚焦重点环节，抓好市委最新部署的落实，订好治水工作的“责任状”，挂好治水工作的“作战图”，由 “河长制”实现“河长治”，促进全市生态建设水平上台阶。要坚持问题导向，开展汛前检查，组织防汛预案和应急演练，强化监测预报和预警，防范城镇和低洼区域内涝，关注沿海地区的防雨防台，确保今年安全度汛目标实现。要强化部门协作，做好各相关部门的衔接，有效整合涉水涉防项目资金，加强统筹协调和宣传引导，形成全社会广泛支持、共同参与的治水氛围，形成全社会强大合力。', '会前，与会人员参观了市防汛抗旱物资仓库、新抽水站建设现场、通榆河（东台段）和梁垛镇殷乐村河道整治现场。市水务、住建、环保、农委等单位负责同志列席了会议。'];
    expect(classifyFunctions(advice, '东台市政协召开十四届九次主席会议，围绕全市“河长制”和防汛防旱工作建言献策', catalogue.functions)[0].id).toBe('participation');
    expect(functionEvidence(advice, '', catalogue.functions).body.has('常委会议')).toBe(false);
    expect(functionEvidence(['近日，县政协召开常委会议。'], '', catalogue.functions).body.has('常委会议')).toBe(true);
  });

  it('reads no livelihood (民生) across two words, 便民 or 人民 + 生活 (sn-1081)', () => {
    const circle = ['（记者 杨晓妍）8月8日，市政协对全市一刻钟便民生活圈建设工作进行监督性视察。市政协副主席杨文斌带队。'];
    expect(functionEvidence(circle, '', catalogue.functions).body.has('民生')).toBe(false);
    expect(functionEvidence(['委员们认为，人民生活水平不断提高。'], '', catalogue.functions).body.has('民生')).toBe(false);
    expect(functionEvidence(['委员们围绕民生实事项目开展视察。'], '', catalogue.functions).body.has('民生')).toBe(true);
    expect(classifyFunctions(circle, '市政协开展专题监督性视察 为百姓“圈”出更美好生活前景', catalogue.functions)[0].id).not.toBe('grassroots-governance');
  });

  it('reads a survey of the committees below (基层政协建设) as the committees\' own building, not grassroots governance (gd-111)', () => {
    const survey = [
      '南方网讯(全媒体记者/占文平)1月15日至16日，广东省政协主席王荣率队赴肇庆市，调研基层政协建设情况，看望慰问基层政协委员和政协干部。省政协秘书长吴伟鹏参加调研。',
      '王荣一行先后来到德庆县、封开县和鼎湖区，每到一地都是首先前往县(区)政协机关，看望基层政协委员和政协机关干部，了解当地政协组织构成和力量配置等情况，并向他们致以新春问候。调研组还在封开县召开座谈会，听取基层政协领导干部的意见建议。',
      '王荣强调，要以高度的责任担当，创新的工作理念和方式方法，更好地发挥基层政协的作用。要提高政治站位，充分认识人民政协制度的独特优势，发挥基层政协人才和智力优势。',
    ];
    expect(classifyFunctions(survey, '王荣赴肇庆调研基层政协建设情况', catalogue.functions)[0].id).toBe('institution-building');
  });

  it('reads a committee\'s regular consultation named by how often it meets (双月协商座谈会) as consultation (hb-965)', () => {
    const paragraphs = [
      '3月24日，市政协召开六届第19次双月协商座谈会，围绕“楚剧传承发展”协商建言。市政协主席仇平贵出席会议并讲话，副市长张志敏到会听取委员发言，市政协副主席王芳主持会议。',
      '向金炳、肖桂清、刘薇、余青松、胡莉、黄雪菁、姚益、张正凯、韩绍等委员或业内代表先后发言。市政协文化文史和学习委员会报告了网络议政情况，市文旅局、人社局、财政局等单位负责人回应了委员关切和网民期盼。',
      '仇平贵指出，推进楚剧传承发展是传承民族优秀文化、弘扬社会主义核心价值观的需要，是丰富人民群众精神文化生活的需要，是建设中华孝文化名城的需要，要充分认识重要意义，突出工作重点，切实做好楚剧传承发展。他强调，要争政策，积极争取上级和市委、市政府及相关单位的支持，整合多方力量，完善政策和资金扶持举措。要育人才，加强剧本人才建设，培养表演艺术和经营管理人才。要抓改革，积极推进楚剧声腔、剧目和演出方式改革，推进院团和楚剧传播方式改革。要扩基础，大力推动楚剧进校园，培育戏曲演出市场，打造楚剧演出品牌。仇平贵要求，政协组织要发挥优势，积极开展调研，为楚剧传承发展献计出力。',
      '张志敏感谢市政协对楚剧传承发展工作的倾力支持，对委员们的调研建言成果给予充分肯定，他要求相关部门认真研究、充分吸纳政协的意见建议，更加注重发挥政府、院团和社会力量的作用，共同推进楚剧传承发展。',
      '（来源：孝感日报   编辑：彭丽雯）',
    ];
    expect(classifySection({ title: '市政协召开六届第19次双月协商座谈会 围绕“推进楚剧传承发展”协商建言', body: paragraphs })[0].id).toBe('political-consultation');
  });

  it('reads help given in a disaster as outreach (gs-117)', () => {
    const paragraphs = [
      '7月17日下午,武山县政协委员抗洪救灾物资捐助仪式在龙台镇举行,县政协副主席付佑、郭远,秘书长姚远,部分县政协常委、经济界委员代表及龙台镇、村两级人员出席捐助仪式。',
      '灾情发生后,县政协按照县上抗洪救灾工作的统一部署,迅速倡议动员广大政协委员立即行动,积极投身抗洪抢险救灾中,把抗洪抢险救灾作为当前履职尽责的首要任务。同时,号召全县政协委员和广大社会各界人士积极行动,伸出援助之手,支援灾区抢险救灾和灾后重建。',
      '捐助仪式上,县政协委员现场为龙台镇捐助面粉250袋、大米100袋、食用油400桶,价值4.35万元,向县慈善协会捐款20万元,用于全县抗洪救灾。',
      '倡议发出以来,各界别委员积极响应,踊跃捐款捐物,截止日前,谢满福等县政协委员共捐款20万元,捐助9.81万元的各类物资。县政协机关干部捐助5100元物资;武山籍在外人士、西藏林芝步步高实业有限公司总经理张元来捐助2000元物资;爱武山网捐助5000元物资。目前所有救灾物资已送达受灾乡镇,为全县抗洪救灾和灾后重建发挥了有效作用。',
    ];
    expect(classifyFunctions(paragraphs, '武山县政协委员积极助力全县抗洪救灾(图)', catalogue.functions)[0].id).toBe('consensus');
  });

  it('reads a survey of the members\' activity room a committee sets up as work with its members (sd-159)', () => {
    const line = '8月9日,区政协副主席李会德到绣惠街道调研政协委员活动室(商量工作室)建设情况。区政协台港澳侨外事委副主任张仁之,街道党工委副书记李发浩等陪同。';
    expect(classifyFunctions([line], '区政协副主席李会德到绣惠街道调研政协委员活动室建设情况', catalogue.functions)[0].id).toBe('member-development');
  });

  it('reads a survey of the committee\'s own members\' units as work with its members (gx-134, js-90)', () => {
    const station = '4月25日上午,柳州市政协副主席姚尹意到柳江区开展委员联络站工作情况调研。调研组一行先后到新兴联络站、穿山联络站实地调研指导。';
    expect(classifyFunctions([station], '柳州市政协领导到柳江区调研委员联络站建设', catalogue.functions)[0].id).toBe('member-development');
    // A survey of a town's industry stays participation.
    const industry = '4月25日上午,柳州市政协副主席姚尹意到柳江区开展螺蛳粉产业发展情况调研。调研组一行先后到新兴工业园实地调研指导。';
    expect(classifyFunctions([industry], '柳州市政协领导到柳江区调研螺蛳粉产业发展', catalogue.functions)[0].id).toBe('participation');
  });

  it('reads members giving to those in need as building common ground (ha-33)', () => {
    const line = '7月6日,伊川县政协党组书记带领部分政协委员到县思源实验学校,将价值5万余元的课桌凳捐赠给该校,送上了政协委员的一片爱心。';
    expect(classifyFunctions([line], '河南省“万名委员办实事”,伊川县政协献爱心', catalogue.functions)[0].id).toBe('consensus');
  });

  it('reads a meeting that relays and studies the central leadership\'s words as party building (hb-40)', () => {
    const line = '3月15日,湖北省政协召开传达学习全国两会精神会议,省政协党组书记、主席主持会议。';
    expect(classifyFunctions([line], '湖北省政协召开传达学习全国两会精神会议', catalogue.functions)[0].id).toBe('party-building');
  });

  it('reads the office launching one of the party\'s education campaigns of its years as party building (gx-419, hl-741)', () => {
    const line = '2009年4月1日上午,柳城县政协机关在一楼会议室召开深入学习实践科学发展观活动动员会,全体在职和离退休党员参加了会议。县政协主席秦宇在会上作动员讲话。';
    expect(classifyFunctions([line], '柳城县政协召开深入学习实践科学发展观活动动员会', catalogue.functions)[0].id).toBe('party-building');
  });

  it('reads members serving people where they live as grassroots work (ha-13, gx-44)', () => {
    const clinic = '长葛市政协组织医疗卫生界委员赴石象镇尚官曹村开展送医下乡义诊活动，为群众免费体检。';
    expect(classifyFunctions([clinic], '长葛市政协组织医疗卫生界委员开展送医下乡义诊活动', catalogue.functions)[0].id).toBe('grassroots-governance');
    const volunteers = '港南区政协开展学雷锋志愿服务月活动，组织委员走进社区清扫街巷。';
    expect(classifyFunctions([volunteers], '开展学雷锋志愿服务月活动', catalogue.functions)[0].id).toBe('grassroots-governance');
    // ZZZZZZZZZA gx-100: receiving people and their complaints where they live.
    const visits = '12月13日,市政协副主席莫永东到蒙山县接访下访,倾听群众诉求,画好同心圆,慰问困难群众。';
    expect(classifyFunctions([visits], '市政协副主席莫永东到蒙山县接访下访', catalogue.functions)[0].id).toBe('grassroots-governance');
  });

  it('reads Sichuan’s town and village consultation platforms (有事来协商) as grassroots work (sc-131, sc-35)', () => {
    const body =
      '7月17日,达川区政协主席叶祥金带队到达川区新南社区及位于赵家镇的帝源农场调研“有事来协商·达事同商”平台建设工作,副主席李德祥、胡清,秘书长冉隆成陪同调研。';
    expect(classifyFunctions([body], '', catalogue.functions)[0].id).toBe('grassroots-governance');
  });

  it('reads a courtyard consultation (院坝协商) with the villagers it concerns as grassroots work (yn-595, yn-101)', () => {
    const body =
      '近日，州政协联合香格里拉市政协在香格里拉市建塘镇建塘社区开展“院坝协商”会。州政协主席苗有发、州人民政府副州长余桂芬参加会议。会上，以张陈义等三位州政协委员提出的“关于规范香格里拉市城区公共临时停车泊位收费管理的提案”为切入点，把解决群众急难愁盼问题的主会场搬到了建塘社区的院坝。';
    expect(classifyFunctions([body], '', catalogue.functions)[0].id).toBe('grassroots-governance');
  });

  it('reads a county’s media centre visited on a survey as a place, not as the committee’s media work (nm-11)', () => {
    const body = [
      '调研组先后到融媒体中心、国家级非物质文化遗产展演中心、乌兰牧骑等部门，调研组通过在融媒体中心观看获奖作品和自做动画。',
      '近年来，通过融媒体中心《向光而行》、《花开根河》等宣传片的制作，乌兰牧骑“六进”宣传进社区等宣传活动，推动北疆文化建设相关工作不断提质增效。',
    ];
    expect(classifyFunctions(body, '根河市政协开展北疆文化建设专题调研', catalogue.functions)[0].id).toBe('participation');
  });

  it('reads a committee’s office doing its work as the committee, not as work on the office (sc-64)', () => {
    const fns = classifyFunctions(['壤塘县政协机关协同县妇联，开展单亲母亲结对认亲活动。'], '', catalogue.functions);
    expect(fns.flatMap((f) => f.terms.map((t) => t.term))).not.toContain('机关');
    expect(classifyFunctions(['加强政协机关建设，提升机关服务水平。'], '', catalogue.functions)[0].id).toBe('institution-building');
  });

  it('reads the three functions named together (政治协商、民主监督、参政议政) as none of them (gd-07)', () => {
    const line = '各镇（街）政协联络组要团结带领委员履行政治协商、民主监督、参政议政职能，认真落实工作制度。';
    expect(classifyFunctions([line], '', catalogue.functions)).toEqual([{ id: 'consensus', score: 1, terms: [{ term: '团结', count: 1 }] }]);
    expect(classifyFunctions(['市政协就“城市更新”开展政治协商。'], '', catalogue.functions)[0].id).toBe('political-consultation');
  });

  it('reads a plenary\'s report on proposals work as the plenary\'s own business, not proposals work (ha-03)', () => {
    const fns = classifyFunctions(['会议听取并审议了常委会工作报告和提案工作报告，选举产生了新一届主席、副主席。'], '', catalogue.functions);
    expect(fns.map((f) => f.id)).toEqual(['institution-building']);
    expect(classifyFunctions(['市政协召开提案工作座谈会，推动提案办理。'], '', catalogue.functions)[0].id).toBe('proposals');
  });

  it('reads the activities of a members\' home as work with the members (ha-41, ha-50)', () => {
    const main = (line: string) => classifySection({ title: line, body: [line] })[0].id;
    expect(main('信阳市政协委员之家组织开展“走进豫东南高新区 共览发展新图景”主题活动')).toBe('member-development');
    expect(main('郑州市政协主席李秀奇到荥阳市调研“委员之家”建设和重大项目建设情况')).toBe('member-development');
  });

  it('reads a session opened on a day, at a venue, as the session (ZZZZZO hb-88, ln-88)', () => {
    const main = (line: string) => classifySection({ title: line, body: [line] })[0].id;
    expect(main('中国人民政治协商会议保康县第十一届委员会第五次会议12月25日上午在保康剧院开幕。出席会议的县政协委员将紧紧围绕大会议程，凝聚共识。')).toBe('political-consultation');
    expect(main('大连市政协十一届四次会议10日开幕，委员们关注民生热点问题。')).toBe('political-consultation');
  });

  // Lines from the development set (ZZZZZZZZZZZZZZZZZZZR yn-376).
  it('reads a plenary\'s by-election of the committee\'s leaders as its own building', () => {
    const main = (line: string) => classifySection({ title: line, body: [line] })[0].id;
    expect(main('政协武定县十届三次会议举行第二次全体会议，补选县政协十届委员会副主席和常务委员。')).toBe('institution-building');
  });

  // Lines from the development set (nm-83, hb-53, ha-80; ZZZZZK ah-84, js-84).
  it('reads a committee\'s theory society, theory seminar and think tank as its own building', () => {
    const main = (line: string) => classifySection({ title: line, body: [line] })[0].id;
    expect(main('9月26日，市政协理论研究会召开“新时代新方位新使命”研讨会，交流研究成果。')).toBe('institution-building');
    expect(main('11月11日，省政协举行“着力健全协商民主机制”理论研讨会。')).toBe('institution-building');
    expect(main('平顶山市政协智库成立，吸纳56位智囊，为政协协商提供智力支持。')).toBe('institution-building');
  });

  // Lines from the development set (sn-82, sn-99, ah-10).
  it('reads members deliberating on the place\'s development (共商发展大计) as consultation (jl-64)', () => {
    const body = ['政协敦化市第十二届第五次会议、敦化市第十七届人民代表大会第五次会议于12月19日至22日隆重举行。与会代表和委员以饱满的热情和高度的政治责任感，认真履行职责，圆满完成了会议的各项议程。会议开得务实热烈、富有成效，是一次团结奋进、民主和谐、共谋发展的大会。', '敦化市委书记唐文忠在政协敦化市十二届五次会议上作了重要讲话。他说，即将过去的一年，敦化市委、市政府团结和带领全市各族人民，以科学发展观为指导，解放思想、同心协力、强化措施、攻坚克难，使全市国民经济保持平稳较快增长，综合实力不断增强，城乡面貌发生明显变化，人民生活水平进一步提高，圆满完成了“十二五”确定的各项目标任务。2016年是实施“十三五”规划的第一年，面对新形势、新任务、新要求，全体委员要增强责任感和使命感，认真贯彻党的十八届五中全会和市委十四届八次全会精神，以“十三五”规划为指引，深入实施“项目突破、产业跃升、开放拓展、创新驱动、生态优先”的发展战略，牢牢把握团结和民主两大主题，围绕中心、服务大局、注重实际、讲求实效、履职为民、创新发展，全力开创政协工作新局面。', '敦化市市长周金星在敦化市第十七届人民代表大会第五次会议作政府工作报告。他说，2015年，敦化市政府在市委的正确领导下，实现了经济平稳较快发展，人居环境质量明显提升，各项社会事业协调发展，政府自身建设切实加强。今后，市政府要认真贯彻市委十四届八次全会和市人大十七届五次会议精神，全面落实“十三五”规划，围绕绿色转型主要任务，进一步统筹城乡建设，加快产业提质增效，打造创新发展引擎，切实加强生态保护，全面开展脱贫'];
    expect(classifySection({ title: '敦化代表委员会聚一堂共商发展大计', body })[0].id).toBe('political-consultation');
  });

  it('reads a party\'s joint proposals (集体提案) and the units that handle proposals (承办单位) as proposals work (ah-82, zj-65)', () => {
    const awards = ['9月21日，安庆市政协十四届二十二次常委会暨“推进安庆水系贯通工程建设”专题民主协商在东部新城综合写字楼会议中心召开。会上，市政协表彰了32件优秀提案和45位优秀委员，安庆民进 2件集体提案、3件个人提案和2名委员受到表彰。', '安庆民进受到表彰的2件集体提案分别是由大观总支提交的《关于加快整合提升新老城区义务教育优质资源的建议》（执笔人：洪爱敏、韩承香）和由文化委员会提交的《关于进一步巩固全国文明城市创建成果，建立长效工作机制的建议》（执笔人：李义中）；3件个人提案分别是杨卫东提交的《关于推行安庆市老旧小区物业管理全覆盖的建议》、余翔提交的《充分激发社会活力，努力形成社会养老多元化格局的建议》和《加大我市水系综合治理力度，启动创建“水生态文明城市”试点工作的建议》。', '江厚平、李义中获评市政协优秀委员。（余翔）'];
    expect(classifySection({ title: '安庆市政协十四届二十二次常委会暨“推进安庆水系贯通工程建设”专题民主协商在东部…', body: awards })[0].id).toBe('proposals');
    const best = ['1月6日，记者从开化县九届政协常委会第五次会议上获悉，经各承办单位推荐，提案委员会初评，县九届政协第十三次主席会议审议，县九届政协常委会第五次会议评选出《关于建设开化汽车城的建议》等8件提案为2012年度优秀提案，并予以表彰。', '县政协九届一次会议以来，政协委员、政协各参加单位和专门委员会、界别活动组、乡镇工委，认真开展调查研究，积极建言献策，共提交提案147件，为推进我县发展建设发挥了重要作用。此次获得优秀提案的分别是：谢春峰等委员的《关于建设开化汽车城的建议》；华美娟委员《关于加大开化旅游商品开发力度的建议》；叶为诺委员《关于加快我县蔬菜产业发展的建议》；齐忠恩委员《关于推进开化文化产业与旅游产业融合发展的建议》；周建云委员《关于建设开化摄影写生艺术创作基地的建议》；李奇斌等委员《关于重视和加强我县动漫文化产业发展的建议》；叶槐宏等委员《关于进一步改善开化县城区道路交通秩序的建议》及经科委《关于进一步加强我县餐饮食品安全有效监管工作的建议》。'];
    expect(classifySection({ title: '记者从开化县九届政协常委会第五次会议上获悉，经各承办单位推荐，提案委员会初评', body: best })[0].id).toBe('proposals');
  });

  it('reads looking at the work on site (实地察看, 实地查看) as research (ha-33)', () => {
    const body = ['7月7日，新郑市政协领导陈莉、李中俊、王海民、李建国、张全民、戴宇林、苏铁林带领部分政协委员，视察该市新型社区卫生服务机构及公立医院建设工作。该市副市长缑云峰陪同。', '政协委员一行先后到该市公立医院建设项目、郭店镇中心社区卫生服务中心和卫生监督所等地实地察看，并听取了该市新型社区卫生服务机构及公立医院建设工作情况的汇报。', '该市政协领导要求，各部门要进一步加大对社区医疗设施的建设和改进力度，要加强社区卫生院未病防治工作的宣传力度，树立居民健康生活观念。对未建立社区卫生院的区域，要制定合理方案尽快落实，使居民享受到优质、均等的医疗卫生服务。'];
    expect(classifySection({ title: '政协委员视察新型社区医卫机构建设情况', body })[0].id).toBe('participation');
  });

  it('reads a special supervision named (专项民主监督) over the research group that carries it out (hn-1095)', () => {
    const body = [
      '6月9日，岳阳市政协农业农村委会同临湘市政协，联动九三学社岳阳市委，开展“厕所革命和气代柴薪”生态环境专项民主监督工作。岳阳市政协农业农村委副主任陈军良、九三学社岳阳市委专职副主委杨波、临湘市政协副主席尹建新及相关部门负责人参加。',
      '调研组一行在了解临湘市推进农村“厕所革命和气代柴薪”工作及跟进开展政协民主监督有关情况后，先后前往江南镇莼湖社区、鸭栏村、聂市镇马垅村等地，实地察看大型集中式和户用四格式化粪池运行使用及气代柴薪等情况，了解运行效果和农户意愿，并就后期管护与当地负责人交流，提醒他们把群众的思想统一好，把实事办好。',
      '调研组还深入江南镇谷花社区污水处理厂、长江村微动力污水处理站、聂市镇污水处理厂和长源村微动力污水处理站，视察了解污水处理设施运行、人员配备和经费保障等情况，调研组一行对临湘市真抓实干推进“厕所革命和气代柴薪”工作成效给予肯定。',
      '调研组认为，要持续把“厕所革命和气代柴薪”作为乡村振兴的一项重要工作，作为改善生态环境民主监督的重要内容，助推农村生态环境质量的不断提升。',
    ];
    expect(classifySection({ title: '', body })[0].id).toBe('democratic-supervision');
  });

  it('counts a weak word at most five times: an inspection of community health centres is research, not grassroots governance (ha-1093)', () => {
    const body = [
      '9月5日，市政协副主席李立社、史斌，市政协党组成员、副秘书长陶毅带领市政协相关委、市卫计委相关工作人员及部分市政协委员组成视察组，就我市社区卫生服务工作进行专题视察。',
      '视察组先后来到沁园街道社区卫生服务中心、济水苑社区卫生服务站，济水街道社区卫生服务中心、北街社区卫生服务站等地，详细了解社区卫生服务内容、服务对象、服务质量、人员配备、经费保障等情况，认真询问工作中遇到的困难和问题。在随后召开的座谈会上，视察组认真听取了目前我市社区卫生服务工作相关情况的汇报，并就进一步优化医疗资源、完善社区服务功能等问题进行深入交流，认真听取职能部门和委员意见建议。',
      '就如何进一步完善我市社区卫生服务工作，李立社要求，要时刻关注民生，切实提高服务水平，进一步筑牢我市基层卫生服务的“网底”，为群众提供更加优质高效的公共卫生和基本医疗服务；要科学规划，强力推进，尽快推动政府义务和服务尽可能到位，使社会功能得到进一步完善和发挥；各政协委员同时要精准发力，及时了解基层群众期盼和社区基层服务人员困难，积极建言献策，认真履行政治协商、民主监督、参政议政职能。',
      '《市政协视察我市社区卫生服务工作》由河南新闻网-豫都网提供，转载请注明出处：http://jiyuan.yuduxx.com/740160.html，谢谢合作！',
      '1、未经豫都网（以下简称本网）许可，任何人不得非法使用本网自有版权作品。',
      '2、本网转载其他媒体之稿件，以及由用户发表上传的作品，不代表本网赞同其观点和对其真实性负责。',
      '3、如因作品版权和其它问题可联系本网，本网确认后将在24小时内移除相关争议内容。',
    ];
    expect(classifySection({ title: '', body })[0].id).toBe('participation');
  });

  it('reads the group sent to inspect or look into a topic (视察组, 调研组) as research (jl-783)', () => {
    const title = '白山市政协秘书长张建波带领市政协社法民宗委部分委员和相关部门人员深入市残联、浑…';
    const body = ['7月22日上午，市政协秘书长张建波带领市政协社法民宗委部分委员和相关部门人员深入市残联、浑江区新建街道以及通沟街道就“健全基层残疾人组织建设，促进服务能力得到有效保障”开展视察。', '视察组一行边走边听边看，实地踏查了添翼儿童康复中心（儿童福利院）和新建街道残疾人生活及活动场所，详细了解了我市残疾人基层组织建设和保障的基本情况以及存在的问题。视察组表示，将针对存在的问题，认真研究对策建议，形成报告提交市委政府，为科学决策提供参考。'];
    expect(classifySection({ title, body })[0].id).toBe('participation');
  });

  it('reads sharing what members read (读书分享会) as work with the members (hl-197)', () => {
    const title = '齐齐哈尔市建华区政协在市图书馆举办“新春品‘书香’ 奋进新征程”读书分享会';
    const body = ['为营造“爱读书、读好书、善读书”的浓厚氛围，近日，齐齐哈尔市建华区政协在市图书馆举办“新春品‘书香’ 奋进新征程”读书分享会，在“书香”中激发委员内在潜能和优势，真正实现“起步即冲刺、开局就争先”的目标。区政协副主席卢长方出席活动，区政协科教卫体与文化文史和学习委员会主任刘伟、部分政协常委和政协委员参加活动。', '活动开展前，区政协科教卫体与文化文史和学习委员会发布了《“书香”寄语》，号召⟨?⟩大政协委员积极参与，进一步坚定理想信念、增强履职本领、提升文化素养。', '活动现场，委员们结合本职工作和兴趣爱好学习相关读本。在随后的讨论中，委员们积极分享各自阅读的经典好书，引发了委员们的热烈反响和思想共鸣。有的委员说到动情之处，吟诗作对，让围观者赞叹不已，；有的委员挥毫泼墨，抒发对党的感恩之情，赢得阵阵掌声……大家在分享中品味书香，在交流中碰撞思想火花，尽情享受读书乐趣。委员们还结合自身履职经验，围绕高效开展今年政协重点工作、提高委员读书质量、撰写高质量提案、收集报送社情民意信息等进行交流探讨，提出合理化意见建议。', '此次读书分享活动，营造了浓厚的书香氛围，点燃了大家的读书热情，'];
    expect(classifySection({ title, body })[0].id).toBe('member-development');
  });

  it('reads a 讲堂 as members’ learning, a 机关讲堂 as the office’s, work on 社情民意信息 as information work', () => {
    const main = (line: string) => classifySection({ title: line, body: [line] })[0].id;
    expect(main('6月25日，岐山县政协举办第六期“委员大讲堂”')).toBe('member-development');
    expect(main('11月20日，咸阳市秦都区政协举行政协大讲堂，特邀秦都秦文化研究会会长陈天民作主题讲座。')).toBe('member-development');
    // …and so is a 政协讲坛 or 委员讲坛, its other names (js-135, zj-65).
    expect(main('6月23、24日，市政协举办第六期政协讲坛。市政协研究室主任李先文作报告。市各民主党派、工商联参加培训。')).toBe('member-development');
    expect(main('泰顺政协：“委员讲坛”开讲')).toBe('member-development');
    expect(main('12月16日，镇安县政协举办第十五期“机关讲堂”')).toBe('institution-building');
    expect(main('砀山县政协召开反映社情民意信息工作会议')).toBe('publicity');
    // Reflecting 社情民意 is still participation.
    expect(main('县政协委员积极反映社情民意，提出意见建议')).toBe('participation');
    // gz-83, xz-85, ln-83, sx-84: a plenary's discussion of the work report, its preparatory meeting,
    // telling the place's story, a members' home.
    expect(main('市政协委员分组讨论政府工作报告等')).toBe('political-consultation');
    expect(main('三亚市政协主席容丽萍在参加市政协七届四次会议的分组讨论时强调')).toBe('political-consultation');
    // …in joint groups of several sectors, whatever history the members' speeches call on (jx-04).
    expect(main('江西省九江市浔阳区代区长邱舰参加该区政协八届五次全会联组讨论时，对委员的精彩发言频频点赞。委员刘俊文建议，加强浔阳历史文化的保护与传承。')).toBe('political-consultation');
    expect(main('政协第十二届拉萨市委员会第五次会议预备会议召开')).toBe('institution-building');
    // cq-87, fj-88, sn-88, tj-01: numbered standing-committee sessions and a retreat are the committee's own
    // order, a plenary opening its main form of consultation (qh-33, cq-33: keys read it so two to one);
    // watching one is learning.
    expect(main('大渡口区政协九届十九次常委会召开')).toBe('institution-building');
    // …however its number is told (`常务委员会召开第二十九次会议`; ZZZI bj-27).
    expect(main('政协北京市延庆区第三届委员会常务委员会召开第二十九次会议')).toBe('institution-building');
    // A special committee's name in its head's post says who leads, not what the case is about (ZZZF sn-16).
    expect(main('12月3日上午，宝鸡市政协文化文史和学习委员会主任张辉带领部分市政协委员，在千阳县视察群众性文化活动经常化开展情况。')).toBe('participation');
    // …and the name of one that joins fields, acting (sh-1067, jx-1067): its consultation on old towns, or its meeting
    // on villages with reports and suggestions, is no history work; its own plenary, which the catalogue names by it, stays one.
    const qingpu = { title: '青浦区政协文化文史和学习委员会就“青浦区古镇的保护开发和品质提升”开展专题协商', body: ['6月16日，区政协文化文史和学习委员会就“青浦区古镇的保护开发和品质提升”开展专题协商。区政协副主席徐孝芳出席并主持。 徐孝芳充分肯定了本次协商活动成效。她表示，朱家角古镇创建5A级景区等古镇保护开发和品质提升工作启动以来，各项任务推进有力。她强调，古镇的保护开发和品质提升是一项长期性、系统性的工作，要强化区域协同，构建古镇联动新格局；优化内容供给，激发古镇消费新活力；多元共建提升，焕发古镇面貌新容颜。 会上，区古镇保护开发品质提升工作专班办公室主任、朱家角镇镇长王峥介绍了相关工作情况和下阶段工作安排。区建管委、房管局、文旅局、古镇开发平台公司等作回应交流。邹峰、马书生、翟仁军、童伟、陆震宇、庄健、张力华、李日清等政协委员围绕古镇配套基础设施完善、构建“水绿共生”生态体系、文化资源活化利用、业态优化布局等方面提出了意见建议。 会前，与会人员实地调研了朱家角古镇5A级旅游景区创建工作情况。 文化文史和学习委员会主任吴春、社会和法制委员会主任余翔、办公室副主任潘林峰，朱家角镇分管负责人和相关单位，区政协文化文史和学习委员会部分委员参加活动。'] };
    expect(classifySection(qingpu)[0].id).toBe('political-consultation');
    const fengcheng = { title: '丰城市政协教科卫体和文学文史学习委员会召开工作座谈会', body: ['5月13日，丰城市政协教科卫体和文学文史学习委员会组织召开工作会议。市政协副主席、丰城市农工党主委袁雪芳，市政协二级调研员丁玲出席本次会议。', '会上，市政协教科卫体和文化文史学习委主任吴芬传达学习了宜春市政协文化文史和学习委员会全体委员会议精神。各相关单位和部分乡镇分管领导，分别就对口协商议题“守护乡土独特记忆，推进传统村落保护发展”作了工作汇报并提出了相关意见建议。接着丁玲从三个方面阐述了如何推进传统村落保护发展，首先要从思想上重视，其次要在行动上重视，最后结合本职工作深入调研提出意见建议。', '最后，袁雪芳强调了推进传统村落保护发展的价值和意义，并对本项工作提出了几点要求，一要深入实地调研，充分挖掘传统村落的资源优势；可以通过实地走访、座谈、交流等方式了解传统村落保护发展中的实际问题，听取村民的需求和意见，形成更加详细、全面的规划和实施方案。二要整合资源充分调动各方力量，将传统村落保护利用与产业富民、乡村振兴、文化强市、生态保护进行有机结合，对传统村落进行修缮保护的同时，合理开发利用，提升自身的造血功能；三要持续不断努力将保护发展传统村落工作落到实处。', '参加此次会议的还有市政协教科卫体和文学文史学习委员会部分委员以及相关部门和乡镇分管领导、专业人士等20余人。（丰城市政协 吴芬  曾文婧）'] };
    expect(classifySection(fengcheng)[0].id).toBe('participation');
    expect(classifyFunctions(['省政协港澳台侨和外事委员会召开全体会议，审议通过年度工作要点。'], '', catalogue.functions)[0].id).toBe('institution-building');
    // The places a party goes to (a 社区, a 街道, 基层) are where the work is done, not what it is (ha-03, hb-71, js-08).
    expect(main('万桃元一行沿乡村公路，深入考察老河口各乡镇生态文明建设情况。委员们深入基层视察，走进街道、来到社区了解情况。')).toBe('participation');
    // …or a working committee's in its head's post (ZZZP xj-35); a meeting of such heads is about them (js-85).
    expect(main('8月21日，塔城地区政协工委主任张其洲一行在自治县县委书记薛俊强的陪同下来到查和特调研。')).toBe('participation');
    expect(main('市政协召开官湖片区政协工委主任座谈会')).toBe('institution-building');
    // …and its full-time deputy head's (`专职副主任`; ZZZZZZK hb-53).
    expect(main('省政协民族和宗教委员会专职副主任刘志成、省政协民族和宗教委员会专职副主任王强带领调研组列席全省中医药工作会议。')).toBe('participation');
    // Help for a poor village the committee is paired with is its part in the day's central task, and the
    // village's own party branch is not the committee's party work (ZZZZK sc-58; keys read such help as
    // participation 42 times in 55).
    const pairing = ['共乐镇毛村是兴文县政协机关结对帮扶村。', '兴文县政协办公室副主任、毛村党支部第一书记郭素彬回忆起当时的情景。', '毛村党支部带领群众脱贫。'];
    expect(classifySection({ title: '兴文县政协：结对帮扶让毛村变“膏腴之地”', body: pairing })[0].id).toBe('participation');
    expect(main('县政协机关党支部召开支部党员大会')).toBe('party-building');
    // …nor a museum's or a cultural centre's, a member's own post (jx-1055).
    const members = functionEvidence(['两张青春洋溢的脸庞出现在记者面前，他们分别是临川区文化馆党支部书记李慧和青年作家刘骏文。'], '', catalogue.functions);
    expect([...members.body.keys()]).not.toContain('党支部');
    // A numbered standing-committee meeting's closing session is that meeting's, not a plenary's, on a
    // page that names no plenary (a Party plenum's 四中全会 is none; ZZZC sx-06).
    const standing = ['市政协三届二十次常委会议组织委员视察市区部分重点工程项目，举行闭幕会议。', '市政协副主席白荣欣作闭幕会总结讲话，要求学习贯彻中共十九届四中全会精神。', '闭幕会上，常委们围绕年度协商计划协商议政。'];
    expect(classifySection({ title: '市政协三届二十次常委会议闭幕', body: standing })[0].id).toBe('institution-building');
    // zj-27: two committees' consultation seminar, for all the consensus its speeches call for.
    // zj-61: visiting the new term's members in their street is work with the members.
    expect(main('秀洲区政协副主席徐文祥一行到嘉北街道走访新一届政协委员，了解社区工作')).toBe('member-development');
    // gx-73: the system's name (多党合作和政治协商制度) is no consultation held.
    const exhibit = '为了宣传和展示中国共产党领导的多党合作和政治协商制度及其实践成果，自治区政协将于近期在广西政协文史馆举办“广西政协发展历程展”。';
    const more = ['征集反映多党合作和政治协商制度实践成果的文献、照片。', '展品将展示政治协商制度的光辉历程。'];
    expect(classifyFunctions([exhibit, ...more], '', catalogue.functions)[0].id).toBe('literature-history');
    // zj-61: a call for memoirs, whatever functions it lists as their topics.
    const call = '为记录松阳政协26年里写下的光辉篇章，县政协拟征编出版文史资料第十八辑。一、征稿对象：全县历届县政协委员。二、征集内容：政协在组织委员履行政治协商、民主监督、参政议政职能过程中发生的令人难忘的人和事。';
    const topics = ['8、您所知道（或经历）的政协专项民主监督活动情况；', '13、您所知道（或经历）的一次建议案或提案“回头看”、提案评议活动情况；'];
    expect(classifyFunctions([call, ...topics], '', catalogue.functions)[0].id).toBe('literature-history');
    const seminar = classifyFunctions(['普陀区政协、中山区政协召开第三届“大力发展海洋经济”协商研讨会。'], '', catalogue.functions);
    expect(seminar[0].id).toBe('political-consultation');
    expect(seminar[0].terms).toContainEqual({ term: '协商研讨', count: 1 });
    expect(main('县政协十届五次会议开幕')).toBe('political-consultation');
    // tj-72: the function's own name and slogan (参政议政, 建言献策), said of any work, weigh less than what the meeting is for.
    const visit = ['天津市政协主席王常松会见以澳区全国政协委员、市政协常委陈季敏为团长的澳区政协委员考察团一行。', '王常松希望委员们继续发挥“双重积极作用”，坚定支持“一国两制”，为天津发展建言献策、积极参政议政。'];
    expect(classifyFunctions(visit, '', catalogue.functions)[0].id).toBe('consensus');
    // gs-05, gs-78: a plenary held (`…次会议召开`) is consultation like one opened, over the members' words on common ground.
    expect(main('11月26日至29日,甘谷县政协十四届一次会议召开。会议认为,十三届县政协坚持建言咨政和凝聚共识双向发力。')).toBe('political-consultation');
    expect(main('咸阳市政协召开2025年工作务虚会议')).toBe('institution-building');
    expect(main('区政协集中收看全国政协十二届四次会议开幕会实况')).toBe('consensus');
    expect(main('10月11日至15日，市政协组织政协常委在革命圣地延安举办“凝心聚力奋进新征程”主题培训班。')).toBe('member-development');
    // sx-91: the chairman's party post right after the committee says nothing of the case.
    const terms = classifySection({ title: '', body: ['4月14日，市政协党组书记操学诚、市政协党组成员薛建明带领市政协各专委会主任一行来民进太原市委会走访调研。'] }).flatMap((f) => f.terms.map((t) => t.term));
    expect(terms.filter((t) => t.includes('党组'))).toEqual([]);
    // …nor after the chairman's post (`主席、党组书记韩军一行`; sd-43).
    const after = classifySection({ title: '', body: ['6月5日，区政协主席、党组书记韩军一行到兴福街道走访调研，区政协副主席、党组成员李明，秘书长、党组成员王刚参加。'] });
    expect(after.flatMap((f) => f.terms.map((t) => t.term)).filter((t) => t.includes('党组'))).toEqual([]);
    expect(main('朝阳市政协召开持续深入开展讲好“辽宁故事”、展示良好发展预期界别组活动动员会议')).toBe('consensus');
    expect(main('山西省政协驻晋中首个“委员之家”揭牌仪式在太谷县旅游集散中心举行')).toBe('member-development');
    // sc-59, gx-59, sd-59, hl-54, gd-56: a session opened at its venue, members' liaison stations and
    // reading programme, visiting members, a democratic party's sector members.
    expect(main('政协四川省第十三届委员会第一次会议在蓉开幕')).toBe('political-consultation');
    expect(main('县政协在各乡镇建成10个政协委员联络站')).toBe('member-development');
    expect(main('东营市垦利区政协一行来我区考察书香政协建设工作')).toBe('member-development');
    expect(main('发挥优势献策出力 市政协主席姜明走访慰问政协委员')).toBe('member-development');
    expect(main('民进广州市越秀区基层委员会会员参加越秀区政协民进界别会员座谈会')).toBe('consensus');
    expect(main('蒙城县政协、县工商联联合举办2017年捐资助学助学金发放仪式')).toBe('consensus');
    expect(main('政协乌拉特中旗第十四届委员会第一次会议隆重开幕')).toBe('political-consultation');
    // xj-86, xz-59: a plenary that elects its leaders, and its standing committee reporting its work.
    expect(main('伊犁州政协十四届一次会议圆满完成各项议程后胜利闭幕，选举产生了自治州政协主席、副主席')).toBe('institution-building');
    // xj-06, bj-78: the leaders it elects (当选).
    expect(main('黄公毅当选为市政协十一届委员会主席，买买提热依木·阿不都拉当选为副主席，张继光当选为秘书长。')).toBe('institution-building');
  });

  // nm-20, hb-73, tj-01: a plenary opening (the committee's consultation in full session) outweighs the
  // hopes it is opened with, wherever it is held; watching another body's plenary is not holding one.
  it('reads a plenary that opens or closes at a long-named venue as the committee’s own session, a watched one not', () => {
    const opening =
      '踔厉奋发共襄复兴伟业,勇毅前行再谱时代华章。3月11日下午,政协科右前旗第十五届委员会第三次会议在科尔沁文化中心多功能厅开幕。政协委员们履职建言,凝聚共识,为科右前旗经济社会高质量发展贡献智慧和力量。';
    const fns = classifyFunctions([opening], '', catalogue.functions);
    expect(fns[0].id).toBe('political-consultation');
    expect(fns[0].terms).toContainEqual({ term: '次会议开幕', count: 1 });
    const report = '岳嵩山代表政协科右前旗第十五届委员会常务委员会，向大会作《政协科右前旗第十五届委员会常务委员会工作报告》。';
    // (The standing committee's report to the plenary is the session's too: 324 of 384 keys of such pages
    // accept consultation, 304 the committee's own building.)
    expect(classifyFunctions([report], '', catalogue.functions)[0].id).toBe('political-consultation');
    const watched =
      '今天下午3点，中国人民政治协商会议第十二届全国委员会第四次会议在北京隆重开幕。区政协主席李海军及部分政协委员、政协机关干部共同收看了开幕式实况电视直播。';
    const terms = classifyFunctions([watched], '区政协组织收看全国政协十二届四次会议开幕式', catalogue.functions).flatMap((f) => f.terms.map((t) => t.term));
    expect(terms).not.toContain('次会议开幕');
    expect(terms).toContain('收看');
    // Members watching a film at their own session's opening still hold the session.
    const own = '3月1日，县政协十届三次会议在县会议中心隆重开幕。会议开幕前，全体委员集中观看了廉政警示教育片。';
    expect(classifyFunctions([own], '', catalogue.functions)[0].id).toBe('political-consultation');
  });

  it('takes the meeting forms it mutes from the catalogue’s `form` marks, not from a list of its own', () => {
    const fns = [
      { id: 'sessions', name: '会议', aliases: [], description: '会议', order: 1, fallback: false, terms: [{ term: '大会开幕', weight: 5, form: 'session' as const }] },
      { id: 'watching', name: '收看', aliases: [], description: '收看', order: 2, fallback: false, terms: ['收看'] },
    ];
    expect(classifyFunctions(['委员们收看大会开幕式直播。'], '', fns).map((f) => f.id)).toEqual(['watching']);
    const unmarked = [{ ...fns[0], terms: [{ term: '大会开幕', weight: 5 }] }, fns[1]];
    expect(classifyFunctions(['委员们收看大会开幕式直播。'], '', unmarked)[0].id).toBe('sessions');
  });

  it('reads a numbered meeting of the 常务委员会 as a standing committee meeting, and as consultation when it consults (hn-15, gd-66)', () => {
    const business = '5日，县政协第十一届委员会常务委员会第一次（扩大）会议召开，会议审议通过了县政协2022年工作要点。';
    const fns = classifyFunctions([business], '县政协召开第十一届委员会常务委员会第一次（扩大）会议', catalogue.functions);
    expect(fns[0].id).toBe('institution-building');
    expect(fns[0].terms.map((t) => t.term)).toContain('常务委员会会议');
    const consults = '12月7日，政协第六届清远市清城区委员会常务委员会第八次会议召开，围绕“推动清城高质量发展”开展专题协商。';
    expect(classifyFunctions([consults], '', catalogue.functions)[0].id).toBe('political-consultation');
    // hb-32: …将聚焦“…”协商议政 is a topic to consult on too.
    const focus = '定于11月9日至10日召开的政协第十三届湖北省委员会常务委员会第四次会议，将聚焦“推进品牌强省建设”协商议政。';
    const focused = classifyFunctions([focus], '省政协将召开常委会会议协商议政', catalogue.functions);
    expect(focused[0]).toMatchObject({ id: 'political-consultation' });
    expect(focused[0].terms.map((t) => t.term)).toContain('议政性常委会');
    // …and so is a topic straight after the meeting's name, even with the meeting in the headline.
    const straight = '6月25日至26日,宜昌市政协召开四届八次常委会会议,专题协商讨论“积极承接沿海地区产业转移,加强招商引资和项目建设”问题。';
    expect(classifyFunctions([straight], '宜昌市政协召开四届八次常委会会议', catalogue.functions)[0].id).toBe('political-consultation');
    // …and so is a topic given later in the meeting's sentence, as a clause of its own (hb-110).
    const agenda = '11月1日下午,樊城区政协六届三次常委会议在施营社区召开,主要议题为:听取樊西新区基础设施建设情况汇报,专题协商打造产地型市场集群问题。';
    expect(classifyFunctions([agenda, '会议听取了汇报。'], '樊城区政协召开六届三次常委会议', catalogue.functions)[0].id).toBe('political-consultation');
    // …and so is one the page calls a consultative session (he-05), unless it only lists that kind of work (zj-60).
    const called = ['10月15日,沧州市政协召开十二届常委会第十三次会议。', '会议通报市政协专题议政性常委会调研组调研情况。市政协部分常委、委员、议政咨询委员作会议发言。'];
    expect(classifyFunctions(called, '沧州市政协召开十二届常委会第十三次会议', catalogue.functions)[0].id).toBe('political-consultation');
    const listed = classifyFunctions(['市政协召开十二届常委会第十三次会议。', '“请你来协商”、议政性常委会等协商活动全部录入系统。'], '', catalogue.functions);
    expect(listed.flatMap((f) => f.terms)).toContainEqual({ term: '议政性常委会', count: 1 });
    // Another body's numbered standing meeting is not the committee's.
    const other = classifyFunctions(['县政协组织机关干部学习十四届全国人大常委会第六次会议审议通过的《爱国主义教育法》。'], '', catalogue.functions);
    expect(other.flatMap((f) => f.terms.map((t) => t.term))).not.toContain('常委会会议');
  });

  it('reads a standing committee meeting the government briefs on the place\'s affairs as a consultative session, its headline included (ln-37, he-1095)', () => {
    const briefed = '记者代庚寒 董雪报道 昨天上午,市政协召开十三届四次常委会议。市长余功斌参加会议并通报1—8月份全市经济运行情况,市政协主席王笑柳主持会议并讲话,市委副书记吴绍维出席。';
    const fns = classifyFunctions([briefed, '六名市政协常委、委员围绕“谋划新一轮营口大开放大发展”进行发言。'], '市政协召开十三届四次常委会议', catalogue.functions);
    expect(fns[0].id).toBe('political-consultation');
    expect(fns[0].terms).toContainEqual({ term: '议政性常委会', count: 2 });
    const deputy = '2018年6月29日,唐山市政协十二届六次常委会议会场上,座无虚席,气氛坦诚而热烈。副市长曹全民应邀出席会议并通报了唐山市实施乡村振兴战略及推动“厕所革命”相关情况,与常委们开展互动交流。';
    expect(classifyFunctions([deputy], '', catalogue.functions)[0].id).toBe('political-consultation');
    // The government's report on how it handled the committee's proposals is no such briefing (ha-43).
    const handled = '会议通报了县政协九届十七次常委会议出席情况,听取了县政府关于县政协九届四次会议以来提案办理情况的通报;听取了委员述职报告;听取和审议了有关人事事项;讨论商定了县政协九届五次全会的有关事宜。';
    const business = classifyFunctions([handled], '县政协召开九届十八次常委会议', catalogue.functions);
    expect(business.flatMap((f) => f.terms.map((t) => t.term))).not.toContain('议政性常委会');
  });

  it('reads a headline that is a member\'s own suggestion, the member named before a colon, as participation (sc-427, ln-929)', () => {
    const body = ['在市政协十六届四次会议开幕当天，成都市政协委员王劲夫带来了关于两轮电动车安全的提案。'];
    const voiced = classifyFunctions(body, '成都市政协委员王劲夫：解决城市两轮电动车安全问题 建议重视换电变革', catalogue.functions);
    expect(voiced[0].id).toBe('participation');
    expect(voiced[0].terms).toContainEqual({ term: '委员建言', count: 1 });
    // Not the members' work told (委员履职特写), nor a members' unit so headed (委员工作室).
    for (const title of ['【聚焦2023甘肃两会】甘肃省政协委员履职特写：承前启后', '【代表委员履职故事】江大清委员工作室：“司法为民”铸品牌']) {
      expect(classifyFunctions(body, title, catalogue.functions).flatMap((f) => f.terms.map((t) => t.term))).not.toContain('委员建言');
    }
  });

  it('reads the committee\'s awards for news about its work (好新闻) as publicity (sc-791)', () => {
    const line = '近日，乐山市政协召开全市政协宣传工作会议，通报全市政协系统好新闻评选结果，民进会员撰写的调研文章获三等奖。';
    expect(classifyFunctions([line], '乐山民进俩会员分获全市政协系统好新闻三等奖', catalogue.functions)[0].id).toBe('publicity');
  });

  it('reads the committee\'s own publicity work and its papers (宣传工作, 政协报刊) as publicity (gz-86, hn-63)', () => {
    const papers = [
      '本报讯 (杨云超)  自10月10日全省政协报刊宣传工作会议召开以来,铜仁地区各级政协本着“早安排、早部署、早行动、早落实”的原则,以高度政治责任感做好2010年度政协报刊征订工作,取得了显著成绩。截止11月20日,已征订《贵州政协报》1561 份、《文史天地》1666份。',
    ];
    expect(classifyFunctions(papers, '铜仁地区各级政协高度重视政协报刊征订工作', catalogue.functions)[0].id).toBe('publicity');
    const meeting = '红网长沙8月12日讯(记者 肖懿)湖南省政协宣传工作会议今天在长沙召开,新闻媒体代表和市州、县市区政协的代表交流了做好政协宣传工作的经验,并就进一步提高政协宣传实效提出意见和建议。';
    expect(classifyFunctions([meeting], '湖南省政协宣传工作会议在长沙召开(图)', catalogue.functions)[0].id).toBe('publicity');
  });

  it('reads work with the members from Hong Kong and Macao as uniting them', () => {
    const line = '希望各位委员在新时代新征程上更好发挥“双重积极作用”,为推动“一国两制”实践行稳致远聚人心。';
    expect(classifyFunctions([line], '', catalogue.functions)[0].id).toBe('consensus');
  });

  it('reads the members’ press corridor of the sessions as publicity, and a press conference by what it announces unless it is the story’s own event', () => {
    expect(classifyFunctions(['2025年自治区两会首次设立代表委员通道，委员们走上通道回答记者提问。'], '', catalogue.functions)[0].id).toBe('publicity');
    const announced = classifyFunctions(['记者从全省两会政协专场新闻发布会上获悉，五年来州政协围绕生态保护开展专题协商12次。'], '', catalogue.functions);
    expect(announced[0].id).toBe('political-consultation');
    // …and one held as the story's own event, as its publicity (ZZZZZZZZZZZW cq-173). (Since members'
    // speeches to the plenary, `大会发言`, count for the session, 105 of 149 such pages accepting it, this
    // conference on the coming session is read by half a point as the session's: publicity is second.)
    const held = readFileSync(join(root, 'tests/fixtures/real/cq-173-shizhengxie-fabuhui.txt'), 'utf8').split('\n').filter((l) => l.trim());
    expect(classifySection({ title: '重庆市政协五届四次会议新闻发布会举行', body: held }).slice(0, 2).map((f) => f.id)).toContain('publicity');
    // (…its day and venue between, `新闻发布会18日在拉萨举行`, as much: xz-69.)
    const dated = classifyFunctions(
      [
        '西藏政协成立65周年新闻发布会18日在拉萨举行，发布会介绍，65年来，西藏广大政协委员、政协各参加单位和各专门委员会，建真言、献良策。',
        '西藏自治区政协副秘书长谢会昌也介绍，65年来，西藏政协开展专题协商。',
      ],
      '',
      catalogue.functions,
    );
    expect(dated[0].id).toBe('publicity');
  });

  it('reads members reporting on their duties as building the membership, over the units that hear them', () => {
    const line = '11月26日,竹溪县政协文化文史和学习委员会、港澳台侨和外事委员会联合召开委员述职听评会,6名委员分别述职。';
    expect(classifyFunctions([line], '', catalogue.functions)[0].id).toBe('member-development');
    // …over the year of work the reports recount (ZZZZZZZZZZY jx-149).
    const year = [
      '近日，在景德镇市政协十四届九次常委会会议上，五位市政协常委首次开展年度履职述职。从今年开始，每次常委会会议上安排部分常委进行述职。',
      '“一年来，我组织界别委员提交大会发言4篇，撰写集体提案16件，一批高质量的意见建议被采纳，牵头起草的大会发言得到了市政府主要领导批示。”王筱松常委说。',
      '“我围绕乡村振兴开展调研，反映社情民意，帮扶困难群众，建言资政。”另一位常委说。',
      '下一步，市政协将逐步推进常委述职举措常态化。',
    ];
    expect(classifyFunctions(year, '', catalogue.functions)[0].id).toBe('member-development');
  });

  it('reads a points scheme for members’ duties as building the membership, over the proposals and consultations it scores (ZZZZZZZZZZZT sh-170)', () => {
    const page = readFileSync(join(root, 'tests/fixtures/real/sh-170-minhang-jifen-doc.txt'), 'utf8').split('\n').filter((l) => l.trim());
    const title = '中国人民政治协商会议上海市闵行区委员会委员履职积分管理细则为切实加强政协委员履…';
    expect(classifySection({ title, body: page })[0].id).toBe('member-development');
  });

  it('reads a consultation\'s quoted topic as its subject, not its practice (调研 in “…调研与建议”界别协商会; jx-857)', () => {
    const speeches = {
      title: '省政协“产业链链长制运行情况调研与建议”界别协商会发言（摘登）',
      body: realLines('jx-857-shengzx-lianzhang-jiebie').slice(4).filter(Boolean),
    };
    expect(classifySection(speeches)[0].id).toBe('political-consultation');
  });

  it('reads a special committee\'s plenary as the committee\'s own building, not its plenary session (sx-854, xz-856)', () => {
    const meeting = {
      title: '政协第十一届西藏自治区委员会召开农业和农村委员会第一次全体会议',
      body: ['近日，自治区政协农业和农村委员会召开第一次全体会议，传达学习有关会议精神，审议通过委员会年度工作计划，明确委员职责分工。'],
    };
    expect(classifySection(meeting)[0].id).toBe('institution-building');
    // (…its year's plenary too: hb-863.)
    const yearly = {
      title: '农业和农村委员会召开2022年度全体委员会议',
      body: realLines('hb-863-wuhan-nongcun-jingji').slice(1, 4),
    };
    expect(classifySection(yearly)[0].id).toBe('institution-building');
    // (The committee's own plenary session, its term before 委员会, stays a session.)
    expect(classifySection({ title: '政协第十一届西藏自治区委员会第一次全体会议开幕', body: ['政协第十一届西藏自治区委员会第一次全体会议今天开幕，委员们将协商讨论政府工作报告。'] })[0].id).not.toBe('institution-building');
  });

  it('reads a place\'s council for its affairs (议事会) as grassroots governance and oral history (口述史) as history work (js-108, ah-366)', () => {
    expect(classifySection({ title: '青山镇“特色小镇建设”专题协商议事会召开', body: realLines('js-108-yizheng-qingshan').filter(Boolean) })[0].id).toBe('grassroots-governance');
    expect(classifySection({ title: '蒙城蒙城县政协组织寻访茨淮新河建设者采访组', body: realLines('ah-366-mengcheng-koushu-spam').filter(Boolean) })[0].id).toBe('literature-history');
  });

  it('reads a festival gathering of the circles\' people (迎中秋) and ties with Taiwan as winning people over (js-40, gd-517)', () => {
    expect(classifySection({ title: '建湖县政协组织开展全县各界人士“迎中秋、庆国庆”活动', body: realLines('js-40-jianhu-zhongqiu-bare').filter(Boolean).slice(1) })[0].id).toBe('consensus');
    expect(classifySection({ title: '广东省政协主席王荣率团赴台湾地区开展交流考察活动', body: realLines('gd-517-wangrong-taiwan-mirror').filter(Boolean) })[0].id).toBe('consensus');
  });

  it('reads ties with a sister city abroad (友城) as winning people over (sh-853)', () => {
    const visit = {
      title: '当好桥梁纽带推动友城交往 董云虎视频会见横滨市议长',
      body: ['昨天，市政协主席董云虎视频会见了横滨市议长清水富雄。董云虎说，横滨是上海对外缔结的首个友好城市，多年来，双方在经贸科技、城市治理、港口建设、人文教育等方面开展了卓有成效的交流合作。', '清水富雄回顾了两市友好交往历程，表示希望双方不断拓展交流合作渠道，推动友城关系长远发展。'],
    };
    expect(classifySection(visit)[0].id).toBe('consensus');
  });

  it('reads the committee opening its doors to the public as winning understanding, not its members’ own activity days (ZZZZZZZZZZZY sh-175, ZZZZZZZZZZZZI hb-185)', () => {
    const day = {
      title: '上海市政协探索开展“政协公众日”活动',
      body: [
        '本报讯(记者 张骏)昨天，市政协召开十二届二十七次主席会议，听取庆祝中国人民政治协商会议成立65周年系列活动方案(草案)汇报。根据方案，今年9月，关注政协事业、热心社会公益的各行业公众代表将参加“上海市政协公众日”活动。',
        '会议听取了开展“上海市政协公众日”活动工作方案(草案)汇报。为推动政协组织和委员进一步加强与各界别群众的联系，加深公众对社会主义协商民主制度和政协工作的了解，市政协将探索开展“公众日”活动。',
      ],
    };
    expect(classifySection(day)[0].id).toBe('consensus');
    expect(classifySection({ title: '', body: ['12月15日，襄阳市政协机关举办“走进政协”公众开放日活动，邀请市民代表走进政协机关。'] })[0].id).toBe('consensus');
    expect(classifySection({ title: '', body: ['河津市政协开展“委员活动开放日”活动，委员们深入社区开展义诊。'] })[0].id).not.toBe('consensus');
  });

  it('reads a meeting of the members from Hong Kong as uniting them, and their studio as the members’ own platform (ZZZZZZZZZZZZX gd-200, gd-02, zj-145)', () => {
    const meeting = {
      title: '茂名市侨联主席肖军出席茂名市政协2015年香港委员座谈会',
      body: [
        '4月18日下午，茂名市政协2015年香港委员座谈会在深圳市南山区深圳金融培训中心举行。',
        '黄心强等茂名市政协领导和各区、县级市政协领导以及有关部门负责人，与茂名市各级政协香港委员共130多人欢聚一堂，叙乡情，谋大计。',
        '与会委员还结合实际，围绕如何发挥香港委员优势、进一步履行好政协委员职责，支持茂名经济加快发展，维护香港长期稳定繁荣等话题建铮言、献良策。',
      ],
    };
    expect(classifySection(meeting)[0].id).toBe('consensus');
    expect(classifySection({ title: '广东省政协首个澳门委员工作室落户横琴', body: ['广东省政协首个澳门委员工作室在横琴揭牌，澳门委员工作室将为委员履职搭建平台。'] })[0].id).toBe('member-development');
  });

  it('reads building the committee’s digital platform as building its means of work, its online consultation still as consultation (zj-60, ZZZZZZZZZZZZZN cq-216)', () => {
    const building = {
      title: '金华市政协在东召开推进会',
      body: [
        '4月11日、4月12日，“金华数字政协”建设工作推进会在东召开，研究部署2023年“金华数字政协”建设工作。金华市政协副主席蔡艳，市政协主席方宪文、副主席冯涧参加。',
        '会上，金华各县（市、区）政协分别汇报了2022年数字政协建设情况以及2023年工作安排，通报省政协“六大在线”和金华市政协“民情一点通”“协商一件事”贯通使用情况。',
      ],
    };
    expect(classifySection(building)[0].id).toBe('institution-building');
    expect(classifySection({ title: '', body: ['市政协通过远程协商平台召开网络议政远程协商会，委员们在线建言。'] })[0].id).toBe('political-consultation');
  });

  it('reads members arriving for their plenary as the consultation they come to, as most keys do (ZZZZZZZZZZZX hn-174)', () => {
    const arriving = {
      title: '岳阳市政协委员向大会报到',
      body: [
        '满怀豪情赴盛会，履职尽责谋发展。12月25日上午，出席政协岳阳市第九届委员会第五次会议的300多名市政协委员陆续抵达驻地，向大会报到。',
        '报到现场秩序井然、流程简洁高效。在工作人员的引导下，委员们有条不紊地完成登记、信息核对、领取会议证件和相关文件资料等手续。',
      ],
    };
    expect(classifySection(arriving)[0].id).toBe('political-consultation');
    // …and the registration itself, with no 向大会报到 (ZZZZZZZZZZZZZD hb-206).
    const registering = {
      title: '',
      body: [
        '11月6日，参加政协竹山县第十一届委员会第一次会议的200名政协委员，陆续来到两会报到现场国际大酒店，标志着我县正式进入“两会”时间。',
        '委员们完成报到程序后，不少委员开始互相交流。城区物业规范化管理工作持续推进。',
      ],
    };
    expect(classifySection(registering)[0].id).toBe('political-consultation');
  });

  it('reads a town working committee set up as the committee building itself', () => {
    const line = '金坛市政协首家镇工作委员会——金城镇政协工作委员会日前成立,将加强与群众的联系,及时反应民情。';
    expect(classifyFunctions([line], '金坛市政协首家镇工作委员会成立', catalogue.functions)[0].id).toBe('institution-building');
    // …and so is a provincial committee's working committee in a prefecture (XK).
    expect(classifyFunctions(['3月5日,省政协与省政协毕节地工委进行座谈,听取工作情况汇报。'], '', catalogue.functions)[0].id).toBe('institution-building');
    // A town's working committee only named as the one that acts is who does the work (js-51, ZZZZZZZZZZZZZI sc-211).
    const acting = classifySection({
      title: '西善桥街道政协工委组织片组部分委员深入各社区参加“民生接待日”活动',
      body: ['为贯彻落实区政协关于政协委员履职考核五个一要求和三联系制度，5月8日上午，西善桥街道政协工委组织张良云、徐君银等5名片组委员参加了各联系点社区开展的民生接待日活动。'],
    });
    expect(acting[0].id).not.toBe('institution-building');
  });

  it('reads a numbered meeting of the chairs as the committee’s own business, whatever it hears (gx-66)', () => {
    const line =
      '12月8日，市政协六届二十五次主席会议召开。会议听取了关于开展脱贫攻坚专题调研、城市建设专题调研、乡村振兴专题调研的情况汇报，研究部署明年调研和视察工作，围绕重点工作开展视察、建言。';
    expect(classifyFunctions([line], '广西防城港市政协六届二十五次主席会议召开', catalogue.functions)[0]).toMatchObject({ id: 'institution-building' });
  });

  it('reads visits to members of a level (看望市政协委员) as visits to members (bj-49, sn-66)', () => {
    const fns = classifyFunctions(['7月26日，市政协副主席穆新安先后到市教育局走访看望市政协委员刘亚宁、温建生。'], '', catalogue.functions);
    expect(fns[0]).toMatchObject({ id: 'member-development', terms: [{ term: '看望政协委员', count: 1 }] });
  });

  it('reads a committee taking its members out (组织委员开展…活动) as work with its members (hl-06)', () => {
    const line = '日前，市政协经济委和茄子河区政协经济委联合组织委员开展交流参观活动。在市博物馆，委员们紧随解说员，深入了解家乡的历史变迁。';
    expect(classifyFunctions([line], '', catalogue.functions)[0]?.id).toBe('member-development');
  });

  it('reads the members’ own part and ties to the people (委员主体作用, 联系服务群众) as work with the members (ah-29)', () => {
    const line =
      '周珍花指出，开展“政协委员进社区进乡村”活动，是拓展和延伸委员联系服务群众渠道、发挥委员主体作用的重要形式。要组织委员参与公益慈善事业、开展政策宣传。';
    const [main] = classifyFunctions([line], '', catalogue.functions);
    expect(main.id).toBe('member-development');
    expect(main.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['委员主体作用', '联系服务群众']));
  });

  it('reads keeping in touch with the members (走访联系委员) as work with the members (sh-38)', () => {
    const line = '松江区政协启动“强信心、优环境、促发展”走访联系委员企业活动，了解企业发展情况。';
    const [main] = classifyFunctions([line], '', catalogue.functions);
    expect(main.id).toBe('member-development');
    expect(main.terms.map((t) => t.term)).toContain('联系委员');
  });

  it('reads a committee’s own history published (政协志) as history work (gs-29)', () => {
    const line = '陇西县举办《陇西县政协志（1982-2024）》出版发行暨“书香政协·同心筑梦”书画作品邀请展开展仪式。';
    expect(classifyFunctions([line], '', catalogue.functions)[0].id).toBe('literature-history');
  });

  it('reads the meetings of its units’ heads (专委会主任会议, 召集人会议) and of the lower committees’ chairmen as the committee’s own order (sh-14, sx-67, js-39)', () => {
    expect(classifyFunctions(['3月2日，区政协召开专委会主任会议，研究部署2023年专委会工作。'], '区政协召开专委会主任会议', catalogue.functions)[0].id).toBe('institution-building');
    expect(classifyFunctions(['政协第八届孝义市委员会第四次会议举行召集人会议，市政协副主席杜红涛主持会议。'], '', catalogue.functions)[0].id).toBe('institution-building');
    // js-39: …and the chairmen of the lower committees met by the one above.
    expect(classifyFunctions(['全市县区政协主席座谈会召开，总结交流工作经验，研讨谋划思路举措。'], '', catalogue.functions)[0].id).toBe('institution-building');
    // ZZZZZZZZZZZZZZZZZL gs-318: …and a meeting of its office staff, whatever work of the year it reviews.
    const staff = ['县政协主席李晓东主持召开机关全体干部职工会议，总结重点调研、视察和脱贫攻坚帮扶工作。'];
    expect(classifyFunctions(staff, '武山县政协主席李晓东主持召开机关全体干部职工会议', catalogue.functions)[0].id).toBe('institution-building');
  });

  it('reads committees signing a cooperation framework (合作框架协议) as the committee’s own order, as a 合作协议 (nm-22)', () => {
    const line = '两地政协共同召开“京蒙协作 政协助力”座谈会，京蒙两地政协签订了合作框架协议。';
    expect(classifyFunctions([line], '', catalogue.functions)[0].id).toBe('institution-building');
  });

  it('reads members asked for their views before a decision (征求意见座谈会) as consultation (hn-74)', () => {
    const line = '11月22日，邵东县政协主席申桂荣主持召开撤销邵东县设立邵东市征求意见座谈会。全县53名政协委员参加了座谈会。';
    expect(classifyFunctions([line], '邵东县政协就撤县设市征求委员意见', catalogue.functions)[0].id).toBe('political-consultation');
  });

  it('reads looking into how the members carry out their duties (委员履职情况) as work with the members (ZZZZZZZZZZZZZZZZZZ hb-332, hb-38)', () => {
    const visit = ['5月20日，孝感市政协到大悟县调研住悟市政协委员履职情况，座谈会上，委员们就提案工作作了交流。'];
    expect(classifyFunctions(visit, '孝感政协到大悟调研住悟市政协委员履职情况', catalogue.functions)[0].id).toBe('member-development');
  });

  it('reads the chairs\' meeting touring as an inspection, not a meeting of the chairs (ZZZZZZZZZZZZZZZZZQ gz-323, hn-65)', () => {
    const tour = ['省政协主席会议视察团在遵义市听取新农村建设情况汇报，视察团一行实地视察了部分村寨。'];
    expect(classifyFunctions(tour, '省政协主席会议视察团听取新农村建设情况汇报', catalogue.functions)[0].id).toBe('participation');
    // (Its numbered meeting is still its own business.)
    expect(classifyFunctions(['省政协召开十一届第二十次主席会议，听取视察团情况汇报。'], '', catalogue.functions)[0].id).toBe('institution-building');
  });

  it('reads the party group\'s numbered or enlarged meeting as its party group meeting (党组会议), over the proposals it turns to (ZZZZZZZZZZZZZZZZZZI gd-341)', () => {
    const meeting = [
      '7月24日,海珠区政协党组召开2023年第15次(扩大)会议,传达学习习近平总书记有关重要文章、重要指示精神和省、市、区有关会议精神,审议通过有关事项。海珠区政协党组书记、主席温志文主持会议并强调:一要深入贯彻新时代党的建设总要求,坚持党对政协工作的全面领导,充分发挥政协党组在政协工作中的领导核心作用、机关党组织的战斗堡垒作用、共产党员的先锋模范作用、工会的凝心聚力关心关爱作用,锻造高素质的政协干部队伍,营造和巩固风清气正的良好氛围。二要着力推进打造黄埔涌滨水活力空间,围绕产城融合发展主题开展专题议政调研,落实重点提案督办工作,坚持把协商贯穿于重点提案办理工作的全过程,广泛听取专业化意见,力促提案效果落到实处,发挥重点提案督办工作的示范作用,以点带面促进提案质量的全面提升。三要深入学习贯彻总体国家安全观,增强做好新时代保密工作的责任感使命感紧迫感,办公室要严格做好机关保密工作,并引导委员强化保密观念,携手筑牢政协网络安全和保密工作基础。区政协二级巡视员李坚、区政协副主席邱建华、蔡逸冬、黄津参加。(区政协机关)',
    ];
    const fns = classifyFunctions(meeting, '海珠区政协党组召开2023年第15次(扩大)会议', catalogue.functions);
    expect(fns[0].id).toBe('party-building');
    expect(fns[0].terms.map((t) => t.term)).toContain('党组会议');
    // (Its members at another meeting are no meeting of it.)
    const attended = classifyFunctions(['区政协党组成员参加会议。'], '', catalogue.functions).flatMap((f) => f.terms.map((t) => t.term));
    expect(attended).not.toContain('党组会议');
  });

  it('reads the session\'s presidium at its numbered meeting (主席团第二次会议) as the committee\'s own business, not the session\'s consultation (ZZZZZZZZZZZZZZZZZZQ sd-349, hi-252, jl-299, ln-256)', () => {
    const page = readFileSync(join(root, 'tests/fixtures/real/ln-256-shengzx-zhuxituan-baogaosu.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 20);
    const fns = classifyFunctions(page, '省政协十二届一次会议主席团举行第二次会议', catalogue.functions);
    expect(fns[0].id).toBe('institution-building');
    expect(fns[0].terms.map((t) => t.term)).toContain('主席团会议');
  });

  it('reads members sent on a course of study (学习培训) as work with the members (fj-149; the words of ZZZZZZZZZZZZZZZZZZK nm-343, whose whole page still reads as party building)', () => {
    const trip = [
      '为进一步提升政协委员履职能力,3月25日至31日,旗政协组织全体委员、机关干部赴山东潍坊市委党校及周边地区学习培训。学员们先后到三元朱村党史村史展览馆等地参观学习,并在孟良崮战役纪念馆接受红色教育。',
      '在孟良崮战役纪念馆,学员们瞻仰烈士纪念碑,也为我旗正在建设的城川红色教育基地借鉴了宝贵的经验。',
    ];
    expect(classifyFunctions(trip, '鄂托克前旗政协委员去山东取了什么“经”', catalogue.functions)[0].id).toBe('member-development');
  });

  it('reads the government\'s joint meeting with the committee as consultation, however the two are written (ZZZZZZZZZZZZZZZZZJ fj-316, fj-80)', () => {
    const meeting = ['12月5日，区政府与区政协召开2017年度联席会议，通报今年以来全区经济社会发展情况，听取区政协的意见建议。区政协开展民主监督情况也作了通报。'];
    const fns = classifyFunctions(meeting, '区政府与区政协召开2017年度联席会议', catalogue.functions);
    expect(fns[0].id).toBe('political-consultation');
    expect(fns[0].terms.map((t) => t.term)).toContain('政府政协联席会议');
    // (A joint meeting of other bodies is not it.)
    const other = classifyFunctions(['区委组织部召开河长联席会议。'], '', catalogue.functions).flatMap((f) => f.terms.map((t) => t.term));
    expect(other).not.toContain('政府政协联席会议');
  });

  it('reads a standing committee’s consultation topic (常委会议题) as consultation, not as its meeting (hl-21)', () => {
    const line = '8月31日，市政协农业和农村委员会组织部分委员、专家学者召开常委会议题“壮大乡村经济，助力乡村振兴”调研报告征求意见座谈会。';
    const fns = classifyFunctions([line], '', catalogue.functions);
    expect(fns[0].id).toBe('political-consultation');
    expect(fns.flatMap((f) => f.terms.map((t) => t.term))).not.toContain('常委会议');
  });

  it('reads members\' reading rooms, lecture 学堂 and activity days as membership (ZZZZZZZZZZZZZZR js-246, ZZZZZZZZZZZZZZA gd-229, ZZZZZZZZZZZZZZB zj-230)', () => {
    const room = '10月21日下午，润州区政协举行“政协书屋”启用仪式，区政协向书屋捐赠了文史资料和历史文化书籍。';
    expect(classifyFunctions([room], '镇江首家区级“政协书屋”正式启用', catalogue.functions)[0].id).toBe('member-development');
    const school = '12月20日上午，广东省政协第二十六期“国是学堂”在广州举办，中国人民大学教授作专题授课。';
    expect(classifyFunctions([school], '', catalogue.functions)[0].id).toBe('member-development');
    const day = '今天下午，区政协开展委员活动日活动，部分政协委员考察社区建设。';
    expect(classifyFunctions([day], '', catalogue.functions)[0].id).toBe('member-development');
  });

  it('reads members\' speeches to the plenary (大会发言) as the session\'s consultation (ZZZZZZZZZZZZZZM ha-241, ZZZZZZZZZZZZZZT fj-248)', () => {
    const line = '2月22日下午，卫东区政协九届五次会议举行第二次全体会议，8名政协委员作大会发言。';
    expect(classifyFunctions([line], '卫东区政协九届五次会议举行大会发言', catalogue.functions)[0].id).toBe('political-consultation');
  });

  it('reads religious circles as uniting, but not the name of the special committee that acts (民族宗教委员会)', () => {
    const tour = '市政协民族和宗教委员会视察宗教活动场所安全工作。';
    expect(classifyFunctions([tour], '', catalogue.functions)[0].id).toBe('participation');
    const visit = '春节前，市政协主席走访宗教界人士，向他们致以节日问候。';
    expect(classifyFunctions([visit], '', catalogue.functions)[0].id).toBe('consensus');
  });

  it('reads the office\'s care for its retired staff as building its office, and its meeting with the press as publicity (ZZZZZZZZZZZZZZZZZZZZZZZZW hn-511, bj-511; ZZZZZZZZZZZZZZZZZZZZZZZZV bj-510)', () => {
    const retirees = '1月18日，市政协召开机关离退休干部2024年迎新春座谈会，市政协主席通报了一年来的工作，老同志们畅谈感受。';
    expect(classifyFunctions([retirees], '', catalogue.functions)[0].id).toBe('institution-building');
    const press = '全国政协民族和宗教委员会在京举行媒体见面会，介绍“铸牢中华民族共同体意识”专题调研情况。';
    expect(classifyFunctions([press], '', catalogue.functions)[0].id).toBe('publicity');
  });

  it('reads members writing New Year couplets for the people as uniting them, over the news of it (ZZZZZZZZZZZZZZZZZZZZZZZZZZU ah-561)', () => {
    const lines = ['定远县政协：委员送春联，喜迎新年', '1月20日，县政协组织书法家委员走进社区，为群众义务书写春联300余副，新闻媒体作了宣传报道。'];
    expect(classifyFunctions(lines, '', catalogue.functions)[0].id).toBe('consensus');
  });

  it('reads an open letter calling the members to the epidemic work as uniting them behind it, over the work it asks of them (hb-618)', () => {
    const title = '率先垂范 躬身践行——致全县政协委员加强疫情防控的倡议书';
    const lines = [
      '兴山县委决定于4月12日至13日,在全县范围内启动区域核酸筛查,以早期排查社会面新冠病毒感染者。全体政协委员和各政协组织要率先垂范,躬身践行,全面落实疫情防控指令。因此,我们倡议:',
      '一、坚决拥护防疫决定。要增强政治意识,积极响应县委的号召,坚决执行县委决定,坚持“外防输入、内防反弹”总策略和“动态清零”总方针,压实“四方责任”、落实“四早要求”,筑牢疫情防控屏障,全力做好疫情防控各项工作。',
      '二、坚决强化责任担当。要发挥先锋模范作用,以政协委员的责任担当,闻令而动,冲锋在前,扎实推进委员下沉村、社区和敲门行动,及时摸排统计上报来兴返兴人员;带头做好防护,全力配合核酸检测,团结和带领社会各界群众在规定时间内参加核酸检测,为疫情防控工作增添力量。',
      '三、坚决营造防疫氛围。要发挥政协联系广泛的政治优势,深入群众,积极宣讲中央的防控政策和省委、市委、县委的防控措施,做好舆情正面引导,广泛凝聚共识,帮助群众提升信心、提振精神。要带头宣讲防控知识,宣传正能量,不信谣、不传谣。',
    ];
    expect(classifyFunctions(lines, title, catalogue.functions)[0].id).toBe('consensus');
  });

  it('reads an inspection of a city\'s grid of social services as governance or inspection, not members\' management (sc-1043)', () => {
    const section = {
      title: '市政协委员视察我市网格化服务管理工作',
      body: [
        '7月5日上午，市政协主席刘哲率部分市政协委员对我市网格化服务管理工作进行了视察。市政府副市长、市公安局局长梁晓军陪同，市政协副主席吴玉华、赵晓平、侯富林和市政协秘书长陈运兴参加视察。',
        '视察组一行先后前往旌阳区城南街道舟山社区网格化服务管理站、城南街道网格化服务管理中心、旌阳区网格化服务管理监管中心，对四级网管系统建设情况进行了详细了解，并听取了相关情况汇报。',
      ],
    };
    expect(['grassroots-governance', 'participation']).toContain(classifySection(section)[0].id);
  });

  it('reads a committee\'s consultation platform where people live (有事来商量) as grassroots consultation (jl-1048)', () => {
    const section = {
      title: '延边州政协、延吉市政协创建“有事来商量”品牌试点工作小记',
      body: [
        '“通过前期座谈交流、一对一访调，我们总结出40多条意见，经过认真梳理，列出如下共性问题，希望相关部门予以重视，并尽快协调解决。”4月23日，延边州政协、延吉市政协“有事来商量”第一次协商会议在州政务中心举行，州市相关部门负责人、政协委员和群众代表面对面协商，听取意见建议。',
        '为深入贯彻落实党的十九大精神和习近平总书记“有事好商量，众人的事情由众人商量”重要论述精神，按照省委政协工作会议的部署和要求，2月27日，经州政协主席办公会议研究决定，由州政协和延吉市政协共同开展创建“有事来商量”品牌试点工作，并审议通过具体实施方案，将“加强和提升延吉市城市管理水平”作为协商主题。',
        '“要抓好‘有事来商量’品牌试点工作落实，按照坚持边创建、边规范、边提升、边总结的思路，确保“有事来商量”工作有序推进，并形成协商的特色品牌。”州政协主席韩兴海对创建品牌试点工作提出具体要求。',
        '3月27日，“政协委员协商议事厅”、“州市政协委员联络站”正式揭（授）牌，标志着州市政协创建“有事来商量”品牌试点工作正式启动。活动启动后，州及延吉市政协各专委会纷纷行动起来，“零距离”听取群众和企业的呼声和诉求，积极协调政协委员深入委员联络站，开展形式多样的委员联系群众活动，充分发挥好委员联络站作用，努力帮助群众和企业解难题。截至目前，累计州市两级委员300余人次共同开展活动30余次。',
        '“村里一直没有取款服务点，用钱都得到镇里取，十分不方便。”在延吉市朝阳川镇八道村，村民代表与政协',
      ],
    };
    expect(classifySection(section)[0].id).toBe('grassroots-governance');
  });

  it('reads a consultation on a place\'s history and culture as consultation, its topic half a vote for history work (jl-1055)', () => {
    const section = {
      title: '吉林省政协协商座谈“特色历史文化挖掘与传承”',
      body: [
        '作为草原文、山地文、平原文、游牧、农耕和渔猎文化的融合，用什么来标志定位吉林文化？',
        '2014年08月12日 08:41 | 作者：高峰 | 来源：人民政协网-人民政协报',
        '“用什么来标志吉林文化？”',
        '吉林省政协协商座谈“特色历史文化挖掘与传承”',
        '★阅读提示',
        '吉林省政协召开“特色历史文化挖掘与传承”咨政协商座谈会，会上，多位省政协委员和相关领域？<覍W者围绕主题提出了意见建议。',
        '本报讯“吉林省文化是草原文化、山地文化、平原文化、游牧文化、农耕文化和渔猎文化的融合，那么，用什么来标志吉林文化，定位吉林文化？”日前，吉林省政协召开“特色历史文化挖掘与传承”咨政协商座谈会，多位省政协委员和相关领域？<覍W者，结合自身工作实际，提出意见建议。',
        '“谈到特色历史文化的挖掘与传承，必须要搞清这种历史文化的承载体。从文物角度出发，它所承载的信息是由各级各类不可移动和可移动文物构成。从非物质文化遗产这个角度说，主要是通过传承人所承载的重要⟨?⟩史信息来体现。”据吉林省文化厅副厅长翟利国介绍，吉林省有不可移动文物9017处，可移动文物约178万件，其中列入联合国《人类非物质文化遗产代表作名录》的项目有2个，国家级非物质文化遗产项目35个，省级非物质文化遗产项',
      ],
    };
    expect(classifySection(section)[0].id).toBe('political-consultation');
  });

  it('reads a member\'s appeal (呼吁) as his advice, over the rules his appeal asks for (nm-295)', () => {
    const section = {
      title: '全国政协委员郑锦春：呼吁形成黑土地集中连片治理制度',
      body: [
        '黑土地具有发展农业得天独厚的自然优势。我国黑土区行政区域涵盖辽宁、吉林、黑龙江及内蒙古四个省份和自治区，由于黑土地性状好、肥力高、最适宜农耕，被誉为“耕地中的大熊猫”。全国政协委员郑锦春一直十分关心东北黑土地治理问题，他表示，长期的过度开发导致在利用中“重用轻养”，对于用好、养好黑土地制造了系列障碍。',
        '“目前，部分黑土地保护利用仍未得到大力支持。”郑锦春委员以内蒙古为例介绍，当前《农业农村部 财政部 国家发展改革委员会办公厅关于进一步做好东北黑土地保护工作的通知》（农办计财﹝2021﹞11号）中已经明确支持了内蒙古阿荣旗、莫力达瓦旗等共5个黑土地旗县的国家黑土地保护利用项目。但仍有31个旗县共计2436万亩的黑土地未得到国家黑土地保护利用项目支持。',
      ],
    };
    expect(classifySection(section)[0].id).toBe('participation');
  });

  it('reads members\' suggestions (委员建议) as their advice, over the market they suggest (gz-1115)', () => {
    const section = {
      title: '贵州政协委员建议城市建周末蔬菜市场平抑菜价',
      body: [
        '近年来，居民消费价格指数（CPI）逐年上涨，城镇居民消费性支出中的食品支出呈上升趋势。正在召开的贵州省政协十届五次会议上，贵州省政协委员聂坤琪建议，城市应建设"周末车载蔬菜市场"，为"卖菜难"的农民和"买菜贵"的居民架起一座"桥梁"，既平抑菜价，又助农增收。',
        '聂坤琪认为，"农民卖菜难、居民买菜贵"的主要原因之一是农产品在城乡居民之间缺乏畅通的流通渠道。一方面，农民想进城售卖鲜活的农产品，增加收入，但多数农民没有自己联合组织的合作社或公司，也缺少交通工具，无法把农产品运送进城。另一方面，随着工业化和城镇化建设步伐加快，城市不断扩展，过去的一些农贸市场、蔬菜卖点已不复存在，不断增加的流动人口也给城市的农产品供给增添了压力。城市居民在超市、蔬菜批发市场、社区摊贩点卖菜，价高、货源不足。加之农贸市场网点少、设置不合理，有的居民卖菜较困难。',
        '聂坤琪建议，政府通过投资入股、产权回购回租、社区公建配套等方式，有序设立周末车载蔬菜市场，减少流通环节，降低流通成本，建立零环节、短距离、低损耗、少费用的城市周末蔬菜市场网。',
      ],
    };
    expect(classifySection(section)[0].id).toBe('participation');
  });

  it('reads a research activity (调研活动) as research, as it does an inspection activity, over the history committee doing it (ah-45)', () => {
    const section = {
      title: '区政协文史专委十分重视调研工作',
      body: [
        '5月5日，区政协学习文史专委召开了专题工作会议。区政协副主席张青、秘书长许宁、文史委员会委员、区政协机关工作人员出席会议。',
        '会议认真讨论了题为《打好区位牌 营造新家园》调研报告初稿。4月份以来，文史专委紧紧围绕“打好三张牌，建设三个园，纵深推进东向发展战略”的主题，抽调人员，集中力量深入开展调研活动。会议上，与会人员紧扣调研主题，畅所欲言，各抒己见。对调研报告需突出的内容、层次的划分、语句的运用、段落的排序进行了认真地商讨。',
        '区政协副主席张青对文史专委近期调研工作给予了充分的肯定，就调研报告提出了三点意见：一是要进一步修改和完善调研报告，提升报告的质量；二是要按照区政协的部署，突出调研活动主题；三是要在时间上抓紧，争取5月中旬完成。',
      ],
    };
    expect(classifySection(section)[0].id).toBe('participation');
  });

  it('reads a proposal named by its title (《关于…》的提案) as proposal work, over the appeal it makes (sd-1065)', () => {
    const section = {
      title: '青岛政协委员“喊”快递小哥留下过年',
      body: [
        '“快递小哥们虽然年轻，但冬天骑车寒风刺骨，接触的人也多，他们更容易被感染，加之他们平日非常忙碌，大都没有储存药品，因此更需要关注和保障。”在青岛市政协十四届二次会议期间，市政协委员、青岛市音乐家协会主席、青岛大学音乐学院院长王静怡提出的《关于加强快递小哥防疫保障 发起“小哥留下过年”倡议》的提案，在政协委员中引起广泛关注。',
        '提案建议，定制“小哥安全包”，内有抗原检测试剂、布洛芬胶囊和N95口罩等防疫物资，发放给快递小哥、快递驿站工作人员，为他们撑起健康防护伞；建立快递小哥“加油站”和“蓄能驿站”，发动小区物业在小区门口治安亭配备热水、姜汤等，为快递小哥饮水御寒提供帮助。',
        '王静怡认为，很多快递小哥家在农村和外地，他们返乡过年会给农村带去较大风险。因此，建议发起“小哥留下过年”倡议，让快递小哥留在青岛过年，以此保护好家中的老人和孩子；制定一系列优惠奖励措施，鼓励快递小哥和农民工等外地务工人员就地过年，如给予留在青岛过年的打工者发放消费券、手机通话流量红包，给予积分奖励和今后子女就学等方面的优惠政策等。',
      ],
    };
    expect(classifySection(section)[0].id).toBe('proposals');
  });

  it('reads a numbered session held somewhere (…第一次会议在政府礼堂举行) as the session\'s consultation (he-57)', () => {
    const section = {
      title: '政协滦州市第一届委员会第一次会议在政府礼堂举行',
      body: [
        '\\117号下午，肩负着全市人民殷切希望和重托的政协滦州市第一届委员会第一次会议在政府礼堂举行。',
        '市政协主席孙太和，副主席牛良、刘玉东、闫立、李爱民在主席台前排就座。',
        '戚永和、孙自生、高庆利、张志国、王殿新、崔敬民、田文学、高语明、费立松等市委、市人大、市政府领导和九届县政协老领导以及市法院、市检察院、市公安局、经济开发区管委会主要负责同志应邀出席会议并在主席台上就座。',
      ],
    };
    expect(classifySection(section)[0].id).toBe('political-consultation');
  });

  it('reads members on a project\'s site (项目现场) as inspecting it, over the local services they look at (tj-70)', () => {
    const section = {
      title: '区政协组织部分政协委员察看民心工程项目建设情况',
      body: [
        '今天（11月27日）上午，区政协组织部分政协委员赴民心工程项目现场察看工程项目建设情况。',
        '区政协委员一行先后来到渔阳镇白庄子村卫生室，区文昌街道龙岗社区便民服务站和区民政局未成年保护中心等项目现场实地察看建设情况。每到一处，委员们都认真听取相关负责人情况介绍，详细了解项目开展情况，并围绕如何提升项目效益等方面进行交流与探讨。',
        '委员们认为，此次察看的民心工程项目紧扣群众急难愁盼问题，体现了区委、区政府对民生工作的高度重视和务实担当。村卫生室医保联网、社区医保便民服务站功能升级、未成年保护中心改造工程，贴近居民生活，通过优化办事流程、缩短办理时限，为居民提供了更加高效、贴心的服务，真正实现了“小事不出社区、服务就在身边”；同时，为未成年人健康成长营造了安全、温馨、舒适的环境，是守护未来希望、筑牢民生底线的重要举措。委员们表示，将持续关注各项民心工程的后续进展和实际成效，积极建言献策，推动项目成果更好惠及群众，为不断提升人民群众的幸福感、安全感和满意度贡献政协智慧和力量。',
        '区领导徐向广、陈平参加。',
      ],
    };
    expect(classifySection(section)[0].id).toBe('participation');
  });
});
