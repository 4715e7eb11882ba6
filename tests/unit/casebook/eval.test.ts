import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../scripts/eval';
import { answerKeySchema, scoreArticle, totals } from '../../../scripts/lib/eval';
import type { Case } from '../../../src/schemas';

// The development set (tests/fixtures/real/): real articles with answer keys written by reading
// them. These totals are the floor: a change that makes the pipeline worse on real articles fails
// here, by name. Raise them when the pipeline gets better (npm run eval prints the new figures).
describe('the pipeline on the development set of real articles', () => {
  const scores = evaluate();
  const t = totals(scores);

  it('gets at least as many expected cases right as it did', () => {
    expect(t.articles).toBeGreaterThanOrEqual(15363);
    // (3,369 before ZZZZZQ–ZZZZZR: sx-80's provincial summary, right by accident while a count of city
    // committees, `11个市政协完成…`, was read as its bare committee, is no case since a count is none.)
    // (8,007 before hn-381's 郴州市政协, right by accident while 政协云's host (`zx.zxy.hunanzx.gov.cn`) was read as
    // 宜章县's initials, is placed by nothing on its page.)
    // (Two right fewer since sn-93 and hb-609, byte for byte the same pages at the same addresses as sn-33 and hb-608,
    // left the set: one more right since a province's feature reaches the lower committee it turns to, sc-661.)
    // (sc-51 and sc-540 re-keyed in the forty-fourth session: cdzx.gov.cn is 常德's committee's site, not 成都's; and ln-401:
    // syszx.gov.cn is 邵阳's, not 沈阳's.)
    // (One fewer since an office's written reply to a member's proposal is no committee's practice: jl-354's key reads the
    // committee's proposal handling, where nine of the ten such pages' keys read none.)
    // (Two more in the forty-eighth session once a menu's bullets one under another stopped opening the body (fj-365,
    // sd-38) and 基层政协 read as the committees' own building (three gained, sc-161 and ha-36 lost: keys split); five more
    // once the committee's own publicity work and papers (宣传工作, 政协报刊) read as publicity (seven gained, two lost); one
    // more once the last of a list of bodies acting as one (…人大、政协联合组成调研组) acts with them, gd-424. And 171 of
    // the 214 expected cases of that session's four rounds, `*-1016-*` to `*-1039-*`; and one more once its key proposals
    // followed up with its leaders there (`市领导领衔督办市政协重点提案`) are the committee's practice, js-802; and one more
    // once the resident national members a leader takes out are the province's party (`张春林率住晋全国政协委员在我市考察`),
    // sx-760; and ten more once members' activity and liaison rooms read as members' work (sd-159, ha-507, nx-791) and
    // help given in a disaster or an epidemic as outreach (捐助, 灾区, 抗疫, 抗震: nine gained, fj-149 and ln-745 lost); and
    // one more once a local portal named after its place with a greeting before it (`hichuzhou`) places it, ah-795; and
    // one more once one named 在线 after its place (`zhongshanline`) does, gd-952; and two more once a committee's regular
    // consultations named by how often they meet (月协商, 月度协商, 季度协商) and sector groups consulting (联组协商) read as
    // consultation (three gained, hn-529 lost).)
    // (And 171 of the 217 expected cases of the forty-ninth session's four rounds, `*-1040-*` to `*-1063-*`; and one more
    // once the page's one sentence over a paper's photographer is the photo's caption, sh-1057; and one more once a
    // site's menu of its categories (博冠体育新闻分类) is furniture, nx-1056.)
    // (And 38 of the 50 expected cases of the fiftieth session's first round, `*-1064-*` to `*-1069-*`; and two more
    // once the committee's meeting named straight after 在, or as where the reporter learned the news, is its own
    // (`在全国政协社会和法制委员会…座谈会上`, `记者从市政协…协商会上获悉`): fj-1065, yn-1067; and eleven more once a special
    // committee's name that joins fields (文化文史和学习委员会) says who acts, not what for (twelve gained, ln-77 lost).
    // And 31 of the 48 expected cases of its second round, `*-1070-*` to `*-1075-*`, and 34 of the 48 of its third,
    // `*-1076-*` to `*-1081-*`; and two more once a chairs' meeting held to advise on a topic (`…主席会议，围绕…建言献策`)
    // reads by its topic, js-1071 and js-905. And 18 of the 25 expected cases of its fourth round, `*-1082-*` to
    // `*-1087-*`; and one more once a mountain that holds a city's name (金佛山) is no home, cq-1086; and one more once
    // 民生 read across two words (便民生活圈, 人民生活) votes for nothing, sn-1081; and one more once a headline's
    // account a repost is signed with (`华人号：福建政协“…？”`) leaves the case to the committee acting, fj-1069; and
    // one more once a committee's research group on a topic (课题组) that someone leads acts, tj-931; and four more
    // once members sharing what they read (读书分享) is work with the members, hl-197, sc-246, sh-404 and sn-455; and six
    // more once the group sent to inspect or look into a topic (视察组, 调研组) votes for research; and two more once a
    // joint proposal (集体提案) and the units that handle proposals (承办单位) vote for proposals, ah-82 and zj-65; and
    // four more once members deliberating on the place's development (共商发展大计) votes for consultation; and six
    // more once looking at the work on site (实地察看, 实地查看) is a weak vote for research.)
    // (And in the fifty-first session: one more once the districts of one city a bare committee tours (参观) are its own,
    // js-39. And 34 of the 50 expected cases of its first round, `*-1088-*` to `*-1093-*`, and 35 of the 53 of its second,
    // `*-1094-*` to `*-1099-*`; and five more once a headline of a place's members named by its short name
    // (`新疆政协委员为…建诤言献良策`, `青海政协委员建言…`) is their committee's practice, and theirs over a post the text names
    // (six gained, hb-19 lost: `湖北宜昌政协委员…视察我市`, a county-level city's members under their prefecture's name).
    // And 41 of the 53 expected cases of its third round, `*-1100-*` to `*-1105-*`, and one more there (gs-1101) by the
    // rules that followed: 42. And 26 of the 39 expected cases of its fourth round, `*-1106-*` to `*-1111-*`; and four more
    // once a member's proposal handed in anywhere on a page (`…政协委员罗有田提交提案`, `提交的《…提案》`) is its
    // committee's, gs-1081, hi-19, nx-489 and yn-672; and one more once a city subdomain's county channel first in its
    // path (`kaifeng.yuduxx.com/tongxu/…`) places a bare 县政协, ha-1103; and one more once the committee's named special
    // supervision (专项民主监督) outweighs the research group that carries it out, hn-1095; and thirteen more once a weak
    // word (weight 1 or less: 基层, 民生, 培训) counts at most five times in a section (21 gained, 8 lost).)
    // (And in the fifty-second session: 35 of the 53 expected cases of its first round, `*-1112-*` to `*-1117-*`; and two
    // more once a headline of one named member's proposal (`全国政协委员吉平建议：…`) is his committee's, bj-1036 and gz-1116.
    // And 47 of the 55 expected cases of its second round, `*-1118-*` to `*-1123-*`, and 38 of the 49 of its third,
    // `*-1124-*` to `*-1129-*`; and two more once a member's appeal (呼吁) is a weak vote for research and advice: three
    // gained, nx-791 lost, whose members' awards quote one's years of appeals; and one more once 陕西省政协's own site
    // is curated (sxzx.gov.cn), sn-1113, whose letters, spelling 陕西 and 山西, no longer read as 绍兴's; and one more once
    // the province every reading of a site's spelling lies in (`hengshan`: 衡山县) is a bare 省政协's, hn-99; and two more
    // once a bare 市政协 beside county committees named in full, all of one city, is that city's, hn-381 and hn-739; and
    // four more once members' suggestions (委员建议) are a weak vote for research and advice: five gained, bj-650 lost; and
    // one more once a research activity (调研活动) weighs as an inspection activity does, ah-45; and two more once a proposal
    // named by its title (…的提案) weighs 2 for proposal work: three gained, hn-213 lost; and six more once a numbered
    // session held somewhere (…次会议在…举行) is a weak vote for consultation: nine gained, fj-778, hl-51 and sh-97 lost;
    // and three more once a visit to a project's site (项目现场) is a weak vote for research, as looking on site is.)
    // (And in the fifty-third session: 30 of the 41 expected cases of its first round, `*-1130-*` to `*-1135-*`, and 23
    // of the 33 of its second, `*-1136-*` to `*-1141-*`, and 33 of the 46 of its third, `*-1142-*` to `*-1147-*`, and
    // 32 of the 42 of its fourth, `*-1148-*` to `*-1153-*`, scored after the two rules that follow; and one more once
    // the land its writers speak of as theirs (在屯溪大地生生不息) is a bare committee's place, ah-1135; and one more once the
    // short forms of 内蒙古's banners and a county (土左旗, 察右前旗, 和林县) are curated, nm-1141; and two more once a group of a
    // place's members inspecting or studying (谷城县部分政协委员就…进行视察) is its committee's practice, hb-1148 and jx-1114; and
    // one more once a province's paper by its three initials (hljrb: 黑龙江日报) is a bare 省政协's home on a page that names
    // no province, hl-1144; and one more once an award named after the committee that gives it (被评为全国政协好新闻组织奖) makes it
    // no actor, xj-1151. And 9 of the 15 expected cases of its fifth round, `*-1154-*` to `*-1155-*`, scored after all
    // of them; and one more once a leader named alone before his attending (杭州市领导毛溪浩参加) is his place's, and two places'
    // leaders at a visit are no one's, zj-1155.)
    // (And in the fifty-fourth session: 25 of the 31 expected cases of its first round, `*-1156-*` to `*-1161-*`, and
    // 29 of the 37 of its second, `*-1162-*` to `*-1167-*`, and 32 of the 47 of its third, `*-1168-*` to `*-1173-*`,
    // and 21 of the 27 of its fourth, `*-1174-*` to `*-1179-*`; and one more once a bare 县政协 is the 县 the page writes
    // (作者：芜湖县政协), whatever the county is called now (湾沚区), ah-1175. And 4 of the 6 of its fifth round, `*-1180-*` and
    // `*-1181-*`; and one more once members headed by the place the headline opens with (沭阳县章集街道：政协委员建言献策) are its
    // committee's, js-1181; and two more once a committee named in full in a sentence that calls its place ours
    // (周口市政协…符合我市实际) is the writers' own, ha-1169 and ah-09; and one more once a committee that sends its people on its
    // own work (忻州市政协委派…) acts, zj-884.)
    // (And in the fifty-fifth session: nineteen more once a standing committee meeting the government briefs on the
    // place's affairs (市长…参加会议并通报1—8月份全市经济运行情况) is a consultative session, ln-37 and he-1095 among them, and two fewer,
    // ah-291 and nm-33, whose keys do not take it for one; and 17 of the 21 expected cases of its first round,
    // `*-1182-*` to `*-1187-*`, at first sight; and one more once a development zone's liaison group of its county's
    // committee (经开区政协工作联络组) is no district's committee, ah-1187; and 32 of the 47 of its second round, `*-1188-*` to
    // `*-1193-*`, at first sight; and one more once a committee whose work on a topic is credited
    // (得益于印江自治县政协围绕…开展的协商活动) acts, gz-1190; and 31 of the 41 of its third round, `*-1194-*` to `*-1199-*`, at first
    // sight; and 16 of the 27 of its fourth round, `*-1200-*` to `*-1204-*`, at first sight; and four more once a
    // headline that is a member's own suggestion (成都市政协委员王劲夫：解决…) votes for participation, sc-427 and ln-929 among
    // them; and 9 of the 10 of its fifth round, `*-1205-*` to `*-1207-*`, at first sight; and one more once two
    // committees' own sites were added to the curated list (whzx.gov.cn, mencius.gov.cn), sd-57.)
    // (And in the fifty-sixth session: 29 of the 41 expected cases of its first round, `*-1208-*` to `*-1213-*`, at
    // first sight; and 34 of the 44 of its second round, `*-1214-*` to `*-1219-*`, at first sight; and one more once a
    // meeting of 全区政协 on a page that names an autonomous region's committee (全区政协…工作会议在宜州召开) is the region's, gx-1214;
    // and 29 of the 33 of its third round, `*-1220-*` to `*-1225-*`, at first sight; and one more once two county short
    // names that only one county each holds, both in one province (庆元-长兴山海协作点), place a bare 省政协, zj-145; and 23 of the
    // 31 of its fourth round, `*-1226-*` to `*-1231-*`, at first sight; and one more once a source and date row under
    // the headline, its time and font-size button after it (庐阳 2019-08-15 09:36 大字), is read for its source, ah-1227;
    // and 10 of the 14 of its fifth round, `*-1232-*` to `*-1234-*`, at first sight; and 3 of the 4 of its sixth,
    // `*-1235-*`, at first sight.)
    // (And in the fifty-seventh session: 16 of the 23 expected cases of its first round, `*-1236-*` to `*-1241-*`, at
    // first sight; and 21 of the 29 of its second round, `*-1242-*` to `*-1247-*`, at first sight; and one more once the
    // topic a committee's party works on may stand before it (以…为调研选题的海南省政协…调研组一行来到屯昌县), hi-1243; and one
    // more once a page's one Chinese paragraph, under furniture and over its English translation, is its story, sx-1247;
    // and 25 of the 39 of its third round, `*-1248-*` to `*-1253-*`, at first sight; and one more once the clock time
    // run on after the day (8月24日下午三时左右全国政协副主席…一行) may stand before the committee, ah-1248; and 22 of the 39 of
    // its fourth round, `*-1254-*` to `*-1259-*`, at first sight; and one more once a town's unit named after 政协 with
    // the town's ending dropped (政协震泽工委, for 震泽镇) is its one county's committee, js-1255; and two more once a
    // county's short name the body names beside its own prefecture (禅城乃至佛山) is that county, gd-1254 and nm-998; and
    // 17 of the 25 of its fifth round, `*-1260-*` to `*-1263-*`, at first sight.)
    expect(t.right, `${t.right} of ${t.expected} right`).toBeGreaterThanOrEqual(12026);
  });

  it('makes no case of a visited, host or partner committee, and none where no committee acts', () => {
    // Pinned, where keys disagree: ah-09's yearly chronicle of
    // 芜湖县政协, whose key reads the visits it received (芜湖市政协 …来我县, 省政协副主席…来我县) as
    // visitors, where sd-94's and sd-02's keys make such a dated item the visitor's own case. (ah-11's
    // 杜集区政协 and hb-85's 红安县政协, visited in the first sentence by a bare 市政协's chairman and then
    // praised paragraph after paragraph, were pinned here until the visitor that opens a section came to
    // lead it.) And gd-52's 广东省政协 (VA–VF), which an association of Hong Kong
    // members visits (前往广东省政协拜访); the excerpt cuts the next sentence, a roll of its officials,
    // before the verb that would make them its hosts (广东省政协王荣主席、王珣章副主席…). And yn-52's
    // 华宁县政协 (ZZZZE), host of a city committee's touring exhibition, whose secretary-general speaks
    // in a paragraph of his own: an official's words start a feature's part where xz-51's key makes
    // 拉萨市政协's vice-chairman's report at an exchange meeting a case. And ha-84 (ZZZZZK), a
    // month's chronicle of 郑州市政协 whose key, like ah-09's, reads the national committee's visit
    // (全国政协人资环委副主任龚建明一行到郑州…市政协副主席翟政…陪同调研) as a visitor's, not a case, where the
    // pipeline makes each dated item the case of the committee acting in it. And sh-95 (ZZZZZV), the
    // city committee's joint meeting held in 松江, whose host's special-committee director speaks in a
    // paragraph of his own (松江区政协农业和农村委主任周留昌表示…), a feature's next part as yn-52's is.
    // And gz-68 (ZZZZZZZR), an exhibition five county committees organise together (由凯里、都匀、福泉、
    // 丹寨、麻江五县（市）政协联合主办) held in 凯里, whose key makes the host the one case and the others
    // partners, where yn-27's and yn-95's keys make each organiser a case: organised together, the
    // pipeline makes it each one's wherever it is held (making it the host's alone cost those two keys
    // four cases). And gx-152 (ZZZZZZZZZZZB), the opening of 东兴市政协's history hall, whose key reads
    // the city committee's vice-chairman touring it (a photo's caption: 防城港市政协副主席杨佰凤…参观东兴政协
    // 文史馆) as a visitor, where the caption's visit makes the hall's committee the one visited and the
    // visitor the case (the hall named after its committee, 东兴政协文史馆, is read as that committee).
    // And sd-12, a city paper's copy of the provincial committee's video meeting (省政协以视频形式召开…交流会。
    // 市政协主席李爱杰在潍坊分会场参加会议并发言), whose key makes the city's part the case and the province
    // its host: since the paper's dateline (潍坊日报社潍坊融媒讯 11月7日) is read off, the province opens the
    // story and leads it (reading a meeting with branch venues as the page's own committee's part cost
    // js-02's provincial meeting by telephone). (cq-165 (ZZZZZZZZZZZO), an exhibition two district
    // committees plan together (璧山、北碚两地政协特别策划的…联展活动在我区举行), was pinned here while a count
    // after places joined by 、 was read but not after places run together; its 北碚 partner, named only so,
    // is no case now.) And js-170
    // (ZZZZZZZZZZZT), 苏州市政协's month of consultations on people's needs, whose key reads 昆山市政协's
    // own consultation, told in a part of its own (务实协商，成效明显), as one example of the city's campaign
    // (its keyer noted a reader could fairly count it as a second case). And he-324 (ZZZZZZZZZZZZZZZZZR),
    // a county committee's page of dated items on its own praise, whose first item opens with the provincial
    // meeting it spoke at (河北省政协工作经验交流会在石家庄召开，卢龙县政协作为先进典型在会上作了交流发言): the
    // meeting's committee heads that item, where the key makes the province the host. And zj-326 (ZZZZZZZZZZZZZZZZZT),
    // a democratic party's branch that goes to 嵊州 and joins the committee's town unit's consultation
    // (参加嵊州市政协谷来镇工作委员会专题协商活动), keyed as the party's visit with the committee its host (its
    // keyer noted the committee's case as the other reading). And ha-340 (ZZZZZZZZZZZZZZZZZZH), the city's
    // leaders visiting the members on the eve of the session together with the session's presiding chairmen
    // (市领导…和市政协四届一次会议主席团常务主席…深入委员组，看望…政协委员), whose key reads it as the Party's visit to
    // the committee, where sc-262's key makes the same visit with the committee's chairman the committee's case.
    // And he-380 (ZZZZZZZZZZZZZZZZZZZV), the host's own site telling a neighbouring county's visit (大厂县政协…来到
    // 通州区), read as a feature that moves from committee to committee: the host, who chairs the talks, gets a part.
    // And hn-418 (ZZZZZZZZZZZZZZZZZZZZZH), a county's numbered bulletin on its special supervision whose first two
    // items are the provincial and city committees' visits to it (1.省政协副主席…来我县调研…, 2.市政协副主席…来我县督导…):
    // each numbered item is read as a case of its own where its key makes the bulletin the county's one case.
    // And sd-484 (ZZZZZZZZZZZZZZZZZZZZZZZZV), a district's consultation whose visiting city vice-chairman
    // speaks in a paragraph of his own and pledges his committee's support there (市政协将一如既往支持区县政协工作):
    // reading a pledge in a speech's paragraph as words spoken cost three keys that count such a paragraph.
    // And ah-515 (ZZZZZZZZZZZZZZZZZZZZZZZZZA), a city bureau's meeting with the members whose proposals it handles
    // (市住建邀请市政协委员…召开政协提案办理协商见面会), whose key reads the city committee's vice-chairman as a guest
    // where he speaks in a paragraph of his own (市政协副主席彭少鸣指出…), as sd-484's does.
    // And hn-529 (ZZZZZZZZZZZZZZZZZZZZZZZZZO), a city committee's result in the provincial committee's quiz
    // contest (湖南省政协在全省开展“云宝晒技能·委员答题游湖南”活动…), whose key makes the organiser the host
    // of the city's case, where the pipeline reads the province's own sentence as its act. And ah-548
    // (ZZZZZZZZZZZZZZZZZZZZZZZZZZH), the city's party secretary joining a sector group's discussion at the committee's
    // plenary (胡春华在参加滁州市政协七届五次会议…界别联组讨论时强调), which its key reads as his visit with the
    // committee its host, where sc-262's key makes such a visit the committee's case. And js-555
    // (ZZZZZZZZZZZZZZZZZZZZZZZZZZO), the county's leaders touring the exhibition the committee put on (县领导参观书画
    // 摄影作品展), which its key reads as the leaders' visit with the committee its host. And two of the
    // twenty-eighth session's fourth round (ZZZZZZZZZZZZZZZZZZZZZZZZZZZI–ZZZZZZZZZZZZZZZZZZZZZZZZZZZN), each a partner in
    // another body's care visit that its key reads as no committee's practice: a county's vice-chairman leading
    // the visit with a vice-county-head (gd-578's 遂溪), and a prefecture committee's calligraphy academy writing
    // couplets at a forest police's event (jl-578). (sc-641's 梓潼 and 剑阁, taking part in a live radio programme
    // `由省政协提案委、绵阳市政协主办，广元市政协、梓潼县政协、剑阁县政协共同参与`, were made cases until the organisers a 由
    // lists were read as acting and the committees taking part in their event as partners.) And hn-667's 岳阳楼区政协,
    // whose chairman speaks in a paragraph of his own at the end of the city committee's joint supervision in his district (twice: its words are quoted first)
    // (`这是岳阳市政协、岳阳楼区政协联动开展…的一个缩影`), the key's partner, as yn-52's and sh-95's hosts are.
    // And two of the forty-eighth session's rounds: hb-1019's 宜昌市政协, whose secretary-general joins 宜都's parking
    // solution (`宜昌市政协秘书长张毅参加了此次活动`), the key's partner; and yn-1019's 云南省政协 of a joint 省市政协
    // survey, whose key makes the city committee the case and the province its partner. And two of the
    // forty-ninth session's: nm-1055's 渭南市政协, whose secretary-general goes with the 内蒙古 committee's study of 渭南's
    // heritage (`渭南市政协秘书长张旭斌等参加调研`), the key's host; and yn-1042's 富民县政协, whose paired village the
    // city committee's group visits (`富民县政协按照省、市政协“双助推”要求，把东村镇中民村作为…联系点`), the key's
    // visited committee, where the pipeline reads the county's own practice told in its paragraph.
    // (And one of the fifty-third session's first round: gd-1131's 广东省政协, whose 文史 committee publishes a book with
    // 江门市政协, the key's partner.)
    // (And one of the fifty-fifth session's third round: gs-1199's 甘肃省政协, whose people lecture at the 敦煌 committee's
    // training, the key's partner. And one of its fourth round: jl-1203's 汪清政协, whose chairman shows 和龙's visitors round,
    // the key's host.)
    // (And one of the fifty-seventh session's fourth round: ln-1254's 晋安区政协, whose chairman receives a county's study
    // group and is named at the head of its paragraph (由晋安区政协党组书记、主席魏晓辉…陪同), the key's host.)
    // Any other fails here.
    expect(scores.flatMap((s) => s.extra.filter((x) => x.visited).map((x) => `${s.base}: ${x.committee}`))).toEqual([
      'ah-09-wuhuxian-dashiji: 芜湖市政协',
      'ah-09-wuhuxian-dashiji: 芜湖市政协',
      'ah-09-wuhuxian-dashiji: 安徽省政协',
      'ah-515-xuancheng-zhujianju-notpractice: 宣城市政协',
      'ah-548-chuzhou-shizhang-lianzu-notpractice: 滁州市政协',
      // (The forty-fourth session's fj-940: a democratic party's national research trip to 福建 whose seminar the provincial
      // committee hosts, which its key reads as the party's trip, no committee acting.)
      'cq-1165-pengshui-chengtu-jizhehui: 政协重庆市第六届委员会',
      'fj-940-minjian-nongcun-dianshang-notpractice: 福建省政协',
      'gd-1131-wuyi-qiaobao: 广东省政协',
      'gd-52-hk-lianyihui: 广东省政协',
      'gd-578-suixi-baisui-big5: 遂溪县政协',
      // (The thirty-fifth session's gd-684: a host committee's special-committee head who takes part, in a paragraph of his own.)
      'gd-684-zhaoqing-youth-mental-health: 清远市政协',
      'gs-1199-dunhuang-yanxiu: 甘肃省政协',
      'gx-152-dongxing-wenshiguan: 防城港市政协',
      'gz-68-kaili-wuxian-lianzhan: 都匀市政协',
      'gz-68-kaili-wuxian-lianzhan: 福泉市政协',
      'gz-68-kaili-wuxian-lianzhan: 丹寨县政协',
      'gz-68-kaili-wuxian-lianzhan: 麻江县政协',
      'ha-340-zhumadian-kanwang: 驻马店市政协',
      'ha-84-zhengzhou-dashiji-sept: 全国政协',
      'hb-1019-yidu-yichang-tingche-trad: 宜昌市政协',
      'he-324-lulong-duiwu-traditional: 河北省政协',
      'he-380-dachang-tongzhou: 通州区政协',
      'hn-418-nanxian-jiandu-jianbao: 湖南省政协',
      'hn-418-nanxian-jiandu-jianbao: 益阳市政协',
      'hn-529-zhangjiajie-yunbao: 湖南省政协',
      'hn-667-yueyang-straw: 岳阳楼区政协',
      'hn-667-yueyang-straw: 岳阳楼区政协',
      // (…and hn-692: five autonomous counties' joint meeting, the first of them named read as its actor where the key
      // makes the host, 麻阳, the one case.)
      'hn-692-miao-medicine: 松桃苗族自治县政协',
      // (…and the thirty-ninth session's hn-789: a live web series the provincial committee runs, each episode's guests
      // a city's chairman and two of its counties' (长沙市政协主席文树勋、浏阳市政协主席李家喜…以“…”为题), which its key reads
      // as the province's series with the cities its partners, where the pipeline makes each city's talk its own case.)
      'hn-789-hongwang-zhuxi: 长沙市政协',
      'hn-789-hongwang-zhuxi: 湘西自治州政协',
      'hn-789-hongwang-zhuxi: 株洲市政协',
      'hn-789-hongwang-zhuxi: 郴州市政协',
      'hn-789-hongwang-zhuxi: 常德市政协',
      'jl-1203-helong-wangqing-hongse: 汪清政协',
      'jl-578-bajiazi-chunlian: 延边州政协',
      'js-1167-jintan-wenshiguan: 常州政协',
      'js-170-suzhou-yishiyue: 昆山市政协',
      'js-555-sheyang-rencaiwang-canguan-notpractice: 射阳县政协',
      // (…and the fortieth session's js-812: a party's reading session that the city committee's leaders attend as
      // guests, which its key reads as the party's event, and the pipeline as the committee's own reading campaign.)
      'js-812-changzhou-minmeng: 常州市政协',
      'ln-1254-liaoyang-shoushanshi-trip: 晋安区政协',
      'nm-1055-neimenggu-laiwei-feiyi-diaoyan: 渭南市政协',
      // (…and sc-682: a committee paper's deputy head visiting, the host city committee's people with him.)
      'sc-1157-liangshan-jiusan-tuopin-notpractice: 四川省政协',
      'sc-682-cangxi-hongse: 广元市政协',
      // (…and sc-804: six committees of three provinces organising one exhibition in 青川, whose key makes the host the one
      // case and the others partners, as gz-68's does.)
      'sc-804-qingchuan-shudao: 江油市政协',
      'sc-804-qingchuan-shudao: 平武县政协',
      'sc-804-qingchuan-shudao: 武都区政协',
      'sc-804-qingchuan-shudao: 文县政协',
      'sc-804-qingchuan-shudao: 宁强县政协',
      'sd-12-weifang-traditional: 山东省政协',
      'sd-484-zhangqiu-kejixiaoyuan-spam: 济南市政协',
      // (…and the thirty-seventh session's sd-750: the city government asks the committee for its views on its report, the
      // committee's chairman presiding, which its key reads as the government's forum and the committee its host.)
      'sd-750-jinan-gov-report: 济南市政协',
      // (…and sd-800: a province's trip whose host city's vice-chairman is named on a line of his own, a photo's caption.)
      'sd-800-province-women-qingdao-trip: 青岛市政协',
      'sh-95-songjiang-nongwei-trad: 松江区政协',
      // (…and the forty-first session's xz-853: a consul invited to sit in on the regional committee's session, which its
      // key reads as the foreign-affairs office's item with the committee its host, and the pipeline as the session.)
      'xz-853-nepal-consul-sessions: 政协第十二届西藏自治区委员会',
      'yn-1019-kunming-shengshi-wuye-trad: 云南省政协',
      'yn-1042-kunming-fumin-shuangzhutui: 富民县政协',
      'yn-52-huaning-xunzhan: 华宁县政协',
      // (…and the forty-sixth session's yn-984: a city committee's travelling art show whose county stop the county
      // committee's vice-chairman welcomes in a speech of his own, read as a second case.)
      'yn-984-zhaotong-qiaojia-shumeiying: 巧家县政协',
      'zj-326-shengzhou-minmeng: 嵊州市政协',
    ]);
    // Two, pinned: gs-23, a member's first-person memoir that opens with 省政协也做了安排部署 (for the
    // 70th anniversary), which the pipeline reads as the committee acting; and sn-78, a city
    // vice-chairman's New Year visits to poor households (市政协党组成员、副主席…到白河开展春节走访慰问活动),
    // which its key reads as a leader's duty where other keys make such visits the committee's work
    // with the people. And gd-52 (VA–VF), whose excerpt breaks off in a sentence that opens with a
    // committee's people before its verb: an association of Hong Kong members visiting 广东省政协
    // (pinned above as a host). (fj-63's donation ceremony at a business federation, whose guest list
    // starts with 福建省政协副主席、省工商联主席王光远 and names the federation's officers after him, is
    // the federation's since the twenty-seventh session.) And fj-46 (XI–XL), the democratic parties'
    // members at a city's two sessions, whose opening sentence holds the committee's session
    // (…政协第十五届福清市委员会第三次会议在福清市艺术文化中心隆重召开), read as its act. (jx-29's 九三学社
    // research trip, led by the provincial committee's deputy secretary-general who is the party's
    // full-time vice-chair, is the party's since ZG–ZI.) And tj-44 (XW), a 民进 supervision inspection on a gambling-spam copy whose leader's title names 天津市政协,
    // once headed by the spam site's name. And sn-71, a list of
    // member profiles on a Traditional mirror (a national member resident in 陕西 preparing proposals,
    // a 榆林 standing member's proposal …), in which no committee acts but 政协 is named often and
    // no other body opens it: read as a committee's practice told without its verb. And ha-97 (YE), a
    // 农工党 visit led by a man whose first post is the provincial committee's vice-chairman
    // (河南省政协副主席、农工党河南省委主委高体健一行…): a chairman's party post stays an honour. And fj-98 (YG), an association of Hong
    // Kong members of provincial committees touring 福建, whose honorary leaders' first posts are the
    // national committee's (全国政协文史和学习委员会副主任、会长谭锦球). And hl-25 (ZZZH), a 民革 poverty
    // visit led by a man whose first post is the city committee's vice-chairman (市政协副主席、民革齐齐哈尔
    // 市委主委王法权带队…), as ha-97's. And jl-56 (ZZZZI), 民进 members' donations in which the city
    // committee's vice-chairman, the party's local chair, takes part (榆树市政协副主席、民进榆树市委会主委
    // 张媛，专职副主委李世光…参与此次捐献活动), as ha-97's. And two parties' pages of ZZZZO–ZZZZQ: hb-62's
    // 民盟 congress, whose guests' roll opens with a provincial standing member (省政协常委、民盟湖北省委副主委
    // 段亚辉，市人大常委会副主任…), read as 荆州市政协 acting; and hn-63's 民革 members at 醴陵's two sessions,
    // whose opening sentence holds the committee's session, as fj-46's. And zj-71 (ZZZZX), a firm's
    // page on its award at a businessmen's congress whose guests' roll opens with the national
    // committee's vice-chairman (全国政协副主席、全国工商联主席黄孟复，省委书记…到会祝贺), read as that
    // committee acting (until the thirty-first session: its people among other bodies' leaders who attend attend, a
    // post in another body between post and name; so, with hb-468, hn-552 and nm-153, four fewer). And yn-78 (ZZZZZD–ZZZZZF), a bureau's written answer to a proposal of 蒙自's
    // session (对政协蒙自市第四届第三次会议第103号提案的答复), read as the committee's proposal work. And
    // sc-95 (ZZZZZV), a 民盟 research trip led by a man whose first post is the city committee's
    // vice-chairman (绵阳市政协副主席、民盟市委主委艾尚林率领…), as ha-97's. And sc-65
    // (ZZZZZZZO), a county party committee's conference on 政协 work (邻水县召开县委政协工作会议) whose
    // second paragraph praises the committee's years of work (县政协和广大政协委员始终与县委合心合拍…认真履行…职能),
    // read as the committee acting. And sc-103 (ZZZZZZZZZD), a united-front department's trip to Beijing
    // that two of the city committee's vice-chairmen, the parties' local chairs, join (广元市政协副主席、民建
    // 市委主委…杨晋平，市政协副主席、九三学社市委主委赖翠兰参加相关活动): a committee's own two leaders
    // attending make no roll of guests, so the first reads as acting. And four a party's or a
    // person's work where a committee is named in a post or in passing (ZZZZZZZZZS–ZZZZZZZZZZQ): fj-122's
    // 民建 leader, introduced as 全国政协常委、副秘书长 before his party post (孙东生一行莅宁调研), and
    // js-139's 民盟 trip led by a city vice-chairman who is the party's chair (…民盟市委主委毕丰书率调研组莅临
    // 宿迁), where jl-23's and jx-86's keys make a chairman leading a group the committee's visit (a
    // chairman leading the party's own people, hi-130's and sc-95's, goes for the party); ln-125's 九三学社
    // meeting, which names the committee as co-host of a yearly seminar (由九三学社中央和辽宁省政协共同主办的
    // 研讨会已成功举办15届); and qh-121's profile page of 海西州政协 (基本情况简介), whose key reads it as
    // no practice where ha-127's and jl-132's read a committee's profile as its own building. And three
    // of ZZZZZZZZZZR–ZZZZZZZZZZZC: gz-152's 民进 teaching visit led by a provincial vice-chairman who is
    // the party's provincial chair (海南省政协副主席、民进海南省委主委史贻云一行到金沙县开展教育帮扶活动), a
    // chairman leading a group as in js-139's; js-145's city party committee's consultation on the
    // sessions' appointments, whose first sentence names the coming sessions (市九届人大七次会议、市政协九届
    // 五次会议即将召开), read as the committee's own session; and nm-153's 统战部 meeting of a 盟, whose
    // roll of guests names the committee's three officials after a 副盟长 (…盟政协副主席…出席会议), one
    // committee's people, read as its own event. And nm-158 (ZZZZZZZZZZZH), a city government's
    // consultation on its work report, whose roll of who attended ends in a sentence that is only the
    // committee's vice-chairman's posts and name (市政协副主席、民革呼和浩特市委员会主委孙清宾。), read as acting
    // (reading such a sentence as a roll's entry cost eight cases elsewhere: captions name a leader so).
    // And four of ZZZZZZZZZZZQ–ZZZZZZZZZZZZL: gs-172's and nx-187's government offices reporting how they
    // handled the committee's proposals (宁县政协十届四次会议委员提案办理情况汇报, 关于…人大建议、政协提案办理情况的
    // 督查通报), read as the committee's proposal work, as yn-78's answer is; jl-177's 民革 research trip
    // led by the city committee's vice-chairman, the party's local chair (白城市政协副主席、民革白城市委会主委
    // 付秀杰带领…), and jx-171's 民进 provincial committee's inspection led by its chair, the provincial
    // committee's vice-chairman, each read as that committee's, as ha-97's. And five of
    // ZZZZZZZZZZZZQ–ZZZZZZZZZZZZZR: js-194's and jx-202's 民盟 events, where a city committee's people
    // preside or speak in the party's meeting (市政协副主席、民盟淮安市委会主委毕丰书主持会议, 市政协文化文史委主任
    // 马继峰认为…) or its vice-chairman, the party's local chair, is one of a roll of guests who open the
    // party's exhibition (…刘新农，九江市政协副主席、民盟九江市委主委严平，…等领导出席开幕式并讲话); yn-196's 民盟 branch whose members
    // propose during the prefecture's session (在…第五次会议期间，参会的12位民盟盟员共提交提案), read as the
    // session's; he-198's 民盟 members at the provincial plenary, read as the plenary; and gz-211's party
    // and government delegation, led by the prefecture's head and the committee's chairman together (州长
    // 杨永英，州政协主席龙刚率…赴六盘水考察学习), read as the committee's study trip.
    // And twenty of ZZZZZZZZZZZZZS–ZZZZZZZZZZZZZZX, where keys of the same kinds disagree or the act is the
    // party's by its context alone: a democratic party's members at the county or city sessions (ah-236,
    // cq-239, ha-235, he-221, hi-231, hn-250, sc-251's 新都, and hb-249's forum of a party's members who sit on
    // the committee), each read as the committee's session, where hb-211's, ha-135's, nx-94's, js-13's,
    // ln-25's and bj-234's keys make such a page the session's case; a party's trip, visit or meeting led or
    // attended by a vice-chairman who is its local chair, on a page its headline does not give to the party
    // (ah-228, sd-222, zj-230, zj-240; hl-238's 民盟 congress, whose guests
    // include the committee's people; sc-251's 民盟 leader's trip to 凉山); a party committee's conference on
    // 政协 work (gs-227), as sc-65's, where sd-219's key makes one the committee's; a government's report on
    // handling proposals (jl-224), as gs-172's; a 台办 item on a county's sessions (hn-235); a people's
    // congress election the provincial leaders vote in (ah-240); a united-front campaign and an interview of
    // a vice-chairman in his other post (xz-226, qh-226); and a county's meeting with its Hong Kong and Macao
    // members (fj-248). (gz-152's and jl-177's, above, are no case since a page headed by the party's own
    // body, where no committee acts once its chair's post in the committee is read as who the chair is, is
    // the party's; so is ln-234's 民革 history room since the forty-seventh session reads a party's central
    // chairman, `民革中央常务副主席`, as its chair.) And five of ZZZZZZZZZZZZZZY–ZZZZZZZZZZZZZZZF, read as the committee's where their keys
    // make no committee act: a city's 两会 press conference that announces the committee's session and its
    // agenda (sx-256); a book launch held at the committee (在市政协举行, sh-255) and a photo exhibition its
    // painting academy co-organises (省政协书画艺术研究院…承办, hi-254); a united-front congress its vice-chairman
    // greets for the parties (sd-260); and a local historian's essay on 文史 work that names 全国政协 (jx-257). And five of
    // ZZZZZZZZZZZZZZZG–ZZZZZZZZZZZZZZZN, of the same kinds: a party's trip led by a vice-chairman who is its
    // local chair (ah-265) and a party's survey trip its hosts receive (yn-268); a government's report on
    // handling the committee's proposals (nx-263), as gs-172's; a 统战部's forum for the city committee's
    // members of one district (sc-262); and a festival a provincial vice-chairman opens among other leaders
    // (hi-266). And five of ZZZZZZZZZZZZZZZO–ZZZZZZZZZZZZZZZT: a party's survey headlined with the provincial
    // vice-chairman who is its chair (ah-270) and a 统战部's visit named by another's posts (sc-272's 攀枝花);
    // (a provincial office's investors' tour a county's vice-chairman receives, sx-273, pinned here until the
    // twenty-seventh session read a committee's official listed among leaders, others' staff after him, as
    // attending); the resident national
    // members leaving for the session (jl-274), where qh-253's key makes such a party the national committee's
    // case; and a congress deputy's interview whose page teases the city committee's session (sc-272's 资阳).
    // And three of ZZZZZZZZZZZZZZZU–ZZZZZZZZZZZZZZZZ: democratic parties' exhibitions and spring gathering
    // whose guests include the committees' people (ah-277, he-277, gd-275). And seven of
    // ZZZZZZZZZZZZZZZZA–ZZZZZZZZZZZZZZZZH: democratic parties' members at a district's sessions (hb-284's
    // 民建 at 茅箭区's, gs-287's 民进 at 城关区's), read as the session, as above; a party's forum and its
    // base's unveiling whose guests are vice-chairmen named first (ah-282, ln-288's 民盟 base); a national
    // vice-chairman's call on a province's party secretary, attended by a list of officials parted by
    // semicolons that the national committee's standing member heads (hl-288); a city chairman speaking at a
    // promotion day (hi-285); and a tea exchange a city committee hosts in passing (gz-286). And two of
    // ZZZZZZZZZZZZZZZZI–ZZZZZZZZZZZZZZZZP: a party's supervision led by its chair, named with his post as
    // the city committee's vice-chairman (hn-291), and a party's meeting whose guest's post a spam brand
    // breaks into (gs-294). And four of ZZZZZZZZZZZZZZZZQ–ZZZZZZZZZZZZZZZZX, of the same kinds: a party's
    // branch in a district's annals (jl-299) and a university's parties' rural service (jx-300), each with a
    // vice-chairman among its guests or speakers; a party's joint study whose
    // report names the city committee's work (sd-303); and a counsellors' office whose staff sit in at the
    // provincial plenary (gd-304). And three of ZZZZZZZZZZZZZZZZY–ZZZZZZZZZZZZZZZZZF: a party leader's proposals
    // at the provincial session (gd-308), a national commission's research headlined with its head's post
    // as a national vice-chairman (gz-310), and one member's profile (nm-311). And four of
    // ZZZZZZZZZZZZZZZZZZG–ZZZZZZZZZZZZZZZZZZL: the provincial members resident in a city sitting in on the provincial
    // congress, whose city chairman's words tell his committee's year (ah-339); one member's profile whose
    // help answers the provincial committee's call (响应省政协开展…的号召, hn-340); a 九三学社 supervision trip led
    // by the provincial vice-chairman who is the party's chair, on a page with no headline (yn-342); and an
    // anchor's preview of the two sessions that opens with the committee's session (ln-344); and ha-340's visit,
    // pinned above as a visited committee. And he-349 (ZZZZZZZZZZZZZZZZZZQ), a 民建 page on a village's poverty team,
    // whose cadre the county committee sent (县政协委派的李自会同志) is read as the committee acting. (And two of the
    // fifty-third session's first round: bj-1130, members interviewed on a halal site, read as 西宁市政协's from the city
    // that hosts the interviews; and xz-1130, a Buddhist association's congress whose officers hold 政协 posts. And two
    // of its second: gd-1136, a content farm's essay on members' duties naming 阳江市政协; and sc-1139, the help page of
    // a committee's proposal system, whose site name (朝天政协) was read as a committee acting until the fifty-fifth session
    // read that line as the site's link. And three of its third:
    // bj-1143, national leaders at an exhibition whose guests include 全国政协's; gx-1147, a bureau's report on the
    // regional committee's proposals it handled; and js-1146, a 九三学社 congress greeted by 盐城市政协. And one of its
    // fourth: jx-1153, a 民盟 painting show opened by the provincial vice-chairman who chairs the party there.)
    // Any other fails here.
    expect(scores.flatMap((s) => (s.layouts.includes('not-practice') ? s.extra.map((x) => `${s.base}: ${x.committee}`) : []))).toEqual([
      'ah-1053-chizhou-xinfang-pingyituan-notpractice: 全国政协',
      'ah-236-nanling-minmeng-trad: 中国人民政治协商会议第十一届南陵县委员会',
      'ah-240-hefei-renda-toupiao: 安徽省政协',
      'ah-265-liuan-jiusan-jinzhai: 六安市政协',
      'ah-270-shitai-minmeng-np: 安徽省政协',
      'ah-282-minge-spam: 湖北省政协',
      'ah-339-huaibei-liexi: 淮北市政协',
      'ah-513-zhigongdang-changjiang-list: 全国政协',
      'ah-515-xuancheng-zhujianju-notpractice: 宣城市政协',
      'ah-548-chuzhou-shizhang-lianzu-notpractice: 滁州市政协',
      'ah-569-huainan-minmeng-lianghui: 中国人民政治协商会议第十二届安徽省委员会',
      'ah-569-zhuwan-quanguo-weiyuan-tian: 全国政协',
      'ah-574-guoyang-zhaoshang-notpractice: 涡阳县政协',
      // (The thirty-third session's ah-634: a transport bureau's answer to proposals, the plenary that took them named in passing.)
      'ah-634-jixi-roads: 绩溪县第九届政协',
      'ah-861-wuhu-plenary-notice: 政协第十四届芜湖市委员会',
      'ah-912-shucheng-tongzhan-notpractice: 舒城县政协',
      'bj-1130-qingzhenwang-weiyuan-notpractice: 西宁市政协',
      'bj-1143-minzu-chengjiuzhan: 全国政协',
      'bj-1240-gaojian-zuotan: 全国政协',
      'bj-386-liangan-pingtai-spam-np: 全国政协',
      'bj-471-shiping-huiyi-guanggao-notpractice: 全国政协',
      'bj-504-huairou-quanguo-weiyuan-np: 全国政协',
      'bj-527-weiyuan-baodao-readings: 全国政协',
      'bj-556-exmoo-hushi-lianghui-notpractice: 全国政协',
      'bj-574-xinhualian-fujun-notpractice: 中国人民政治协商会议第十三届全国委员会',
      // (The thirty-second session's bj-623: the national 工商联's think tank founded, a national vice-chairman among its guests.)
      'bj-623-gsl-zhiku: 全国政协',
      'bj-736-lawyer-member-fiveyears: 北京市政协',
      'bj-831-lianghui-traffic-notpractice: 全国政协',
      'bj-914-jiusan-xiaoyuan-canshi-notpractice: 全国政协',
      'cq-1099-minge-chengshi-gengxin-trad-notpractice: 重庆市政协',
      'cq-239-zhigong-lianghui: 重庆市政协',
      'cq-380-zhigong-dijing: 全国政协',
      'cq-483-youyang-zhigong-youcha-readings: 上海市政协',
      'cq-547-shangqingsi-lianxihui: 渝中区政协',
      'cq-856-yunyang-gsl: 云阳县政协',
      'fj-1179-putian-zhigong-jiandu-readings: 福建省政协',
      'fj-1186-gangqu-lianyihui-notpractice: 全国政协',
      'fj-122-ningde-minjian-notpractice: 全国政协',
      'fj-1254-lianjiang-jiusan-yuye: 福州市政协',
      'fj-248-lianjiang-gangao: 连江县政协',
      'fj-46-fuqing-dangpai-notpractice: 政协第十五届福清市委员会',
      'fj-474-jimei-hailianhui-notpractice-trad: 集美区政协',
      'fj-481-fuding-xuesheng-notpractice: 中国人民政治协商会议全国委员会',
      'fj-550-fjsen-daibiao-node: 全国政协',
      'fj-586-xiamen-hongburen-readings: 厦门市政协',
      'fj-940-minjian-nongcun-dianshang-notpractice: 福建省政协',
      'fj-98-gangqu-lianyi: 全国政协',
      'gd-1136-yangjiang-weiyuan-spam: 阳江市政协',
      'gd-1198-zhongshan-minjin-dashiji: 中山市政协',
      'gd-1214-minjin-meizhan-notpractice: 广州政协',
      'gd-1234-meizhou-bajie-fengcai: 梅州市政协',
      'gd-1234-meizhou-lijie-fengcai: 全国政协',
      'gd-275-jieyang-minmeng-yingchun: 揭阳市政协',
      'gd-304-canshi-liexi: 政协第十三届广东省委员会',
      'gd-308-zhongshan-minjian-shenghui: 广东省政协',
      'gd-407-crntt-chaoshan-lianyihui: 汕头市政协',
      'gd-407-crntt-chaoshan-lianyihui: 潮州市政协',
      'gd-407-crntt-chaoshan-lianyihui: 揭阳市政协',
      'gd-407-vakio-zhuhai-lianyihui: 珠海市政协',
      'gd-455-xuwen-canlian-notpractice: 徐闻县政协',
      'gd-487-zhongshan-cidian-notpractice: 中山市政协',
      'gd-52-hk-lianyihui: 广东省政协',
      'gd-578-suixi-baisui-big5: 遂溪县政协',
      'gd-804-hk-lianyihui-notpractice: 全国政协',
      'gd-828-guangzhou-taibao-zhongqiu-notpractice: 广东省政协',
      'gs-1022-zhifa-jiancha: 北京市政协',
      'gs-1071-jishishan-minge-notpractice-readings: 全国政协',
      'gs-1077-maiji-gongre-dianhuo: 麦积区政协',
      'gs-1163-sunan-shihua-notpractice: 全国政协',
      'gs-1183-jingyuan-kaigong: 白银市政协',
      'gs-1247-lanzhou-minge-shuhua-notpractice: 甘肃省政协',
      'gs-1247-tianshui-liangan-shuhua-notpractice: 天水市政协',
      'gs-172-ningxian-banli-notpractice: 宁县政协',
      'gs-227-yumen-shiwei-zhengxie: 玉门市政协',
      'gs-23-member-memoir-firsts: 甘肃省政协',
      'gs-287-chengguan-minjin: 政协兰州市城关区第十届委员会',
      'gs-294-jiuquan-spam: 酒泉市政协',
      'gs-403-qinan-xianwei-changwei: 政协秦安县',
      'gs-430-zhangjiachuan-renda-notpractice-trad: 政协张家川县',
      // (The thirty-third session's gs-632: a county's four bodies' festival visits to mosques, the committee's vice-chairman among them.)
      'gs-632-zhangjiachuan-weiwen: 张家川回族自治县政协',
      // (The thirty-eighth session's gs-771: a province's family-planning check in a county, its committee's chairman among those at the report.)
      'gs-771-zhangjiachuan-family-planning: 张家川回族自治县政协',
      'gs-910-gangu-qinan-zaolin-np: 甘谷县政协',
      'gs-935-qinan-weifang-np-trad: 秦安县政协',
      // (The forty-fifth session's gs-964: a foundation's seminar at which a former vice-chairman of an earlier term speaks.)
      'gs-964-fanghuangmo-zuotan-notpractice: 甘肃省政协',
      'gs-970-wushan-weiwen-big5: 武山县政协',
      'gs-971-tongzhan-kangzhen-notpractice: 甘肃省政协',
      'gs-989-shengzx-wiki: 中国人民政治协商会议甘肃省委员会',
      'gx-1147-guangdian-banli-notpractice: 广西政协',
      'gx-1162-hezhou-wenshiguan: 广西政协',
      'gx-1162-zhigong-shuhua: 广西政协',
      'gx-402-nanning-dujie-renda-notpractice: 南宁市政协',
      'gx-481-fangzhi-zhonggongzhi-notpractice: 政协广西壮族自治区委员会',
      'gx-834-maonan-member: 全国政协',
      'gz-1027-fenggang-xinyongxian-notpractice: 凤冈县政协',
      'gz-1114-huaxi-dizai-notpractice: 花溪区政协',
      'gz-1190-pingtang-kapu-notpractice: 政协第十三届贵州省委员会',
      'gz-1204-leishan-guzangjie-notpractice: 贵州省政协',
      'gz-1204-taijiang-zimeijie-notpractice: 贵州省政协',
      'gz-1259-duyun-maojian-np-trad: 全国政协',
      'gz-1259-zunyi-labohui-np: 遵义市政协',
      'gz-211-qianxinan-dangzheng: 黔西南布依族苗族自治州政协',
      'gz-286-xingyi-chaye-spam-notpractice: 兴义市政协',
      'gz-310-wangzhengwei-minwei-notpractice: 全国政协',
      'gz-413-qiandongnan-lvtan-notpractice: 黔东南苗族侗族自治州政协',
      'gz-564-qiannan-jiusan-xiaoxue-notpractice: 黔南州政协',
      'gz-884-guizhou-jianjie-np: 贵州省政协',
      'gz-927-taijiang-cunba-notpractice: 台江县政协',
      'gz-968-ziyun-yibao-notpractice: 安顺市政协',
      'gz-984-nonggong-meishu-notpractice: 贵州省政协',
      'ha-1114-changyuan-tanqu-notpractice: 全国政协',
      'ha-1169-taiqian-lichengyu-trad: 全国政协',
      'ha-1197-minjian-nongtian: 全国政协',
      'ha-235-jiaozuo-minjin: 焦作市政协',
      'ha-340-zhumadian-kanwang: 驻马店市政协',
      'ha-493-kaifeng-weiyuan-spam-np: 开封市政协',
      'ha-528-puyang-ziyan-renda-notpractice: 濮阳县政协',
      'ha-563-fengqiu-changfeng-trad: 新乡市政协',
      'ha-563-xihua-chanyejijuqu-guanmo: 周口市政协',
      'ha-658-puyang-mingxing: 全国政协',
      'ha-806-luohe-coldchain-expo: 漯河市政协',
      'ha-826-zhoukou-gsl-notpractice: 周口市政协',
      'ha-876-pingdingshan-chunfeng-notpractice: 平顶山市政协',
      'ha-878-wuyang-fangxun: 县政协',
      'ha-97-xinyang-nonggong: 河南省政协',
      'ha-973-xinxiang-huanghe-luntan-notpractice: 全国政协',
      'hb-1120-minmeng-enshi-changyang-notpractice: 湖北省政协',
      'hb-1184-xiangyang-weiji: 中国人民政治协商会议襄阳市委员会',
      'hb-1193-jingzhou-minmeng: 荆州市政协',
      'hb-249-jingzhou-minjin: 荆州市政协',
      'hb-284-maojian-minjian: 政协茅箭区第十届委员会',
      'hb-334-huangshi-site-blurb: 政协黄石市委员会',
      'hb-528-tongcheng-xianzhang-kanwang: 通城县政协',
      'hb-546-wuhan-tongbao-mojibake: 武汉市政协',
      'hb-701-xiaochang-saohei: 孝感市政协',
      'hb-801-zhongxiang-wangluodingcan: 政协钟祥市第七届委员会',
      'hb-830-zhuxi-shuiwu-notpractice: 竹溪县政协',
      'hb-862-huanggang-notpractice: 黄冈市政协',
      'he-1156-shengwei-xieshang-notpractice: 河北省政协',
      'he-1177-tangshan-jiusan-readings: 唐山市政协',
      'he-1196-guye-minjian-notpractice: 古冶区政协',
      'he-1215-shengzx-jianjie-notpractice: 河北省政协',
      'he-1249-zhengding-guchengbaohuri-np: 政协正定县委员会',
      'he-198-minmeng-langfang-notpractice: 政协河北省第十三届委员会',
      'he-221-haigang-minjian-lianghui-trad: 秦皇岛市海港区政协',
      'he-349-shunping-minjian: 顺平县政协',
      'he-536-minjian-shijiazhuang-yuanqu-notpractice: 石家庄市政协',
      // (The thirty-third session's he-638: a 九三学社 branch's study trip led by its chair, a city committee's vice-chairman.)
      'he-638-baoding-jiusan-zhejiang: 保定市政协',
      'hi-1068-zhongwen-waicuhui-futai-notpractice: 全国政协',
      'hi-1098-dongfang-fabuhui-notpractice: 东方市政协',
      'hi-1100-zhuqiong-weiyuan-meiti-notpractice: 全国政协',
      'hi-1211-jigui-weiyuan-gushi-trad: 保亭黎族苗族自治县政协',
      'hi-1234-ledong-jianli-notpractice: 海南省政协',
      'hi-231-lingao-minge: 政协第十一届临高县委员会',
      'hi-254-gaotie-shuhua-np: 海南省政协',
      'hi-266-wenchang-nanyang-big5: 海南省政协',
      'hi-285-danzhou-huodongri: 儋州市政协',
      'hi-535-zhigong-mojie-wenchang: 文昌市政协',
      'hi-693-keji-qiye-lianhehui: 海南省政协',
      'hi-879-taibei-tongxianghui-notpractice: 海南省政协',
      'hl-1027-haerbin-gongshanglian-notpractice: 市政协',
      'hl-1082-jixian-lianghui-anbao-notpractice: 政协集贤县第十三届委员会',
      'hl-1178-heihe-lingdao-mingdan-notpractice: 黑河市政协',
      'hl-1221-heihe-zhonge-wenhuadaji-np: 黑龙江省政协',
      'hl-238-shuangyashan-minmeng-notpractice: 双鸭山市政协',
      'hl-25-minge-baiquan-notpractice: 齐齐哈尔市政协',
      'hl-288-minmeng-baihui: 全国政协',
      'hl-367-daqing-minge-lianghui-mojibake-notpractice: 大庆市政协',
      'hl-453-minmeng-shuhua-notpractice: 黑龙江省政协',
      'hl-538-jiamusi-jiaoqu-zhaoshang-np: 郊区政协',
      'hl-557-shengzx-factpedia-trad: 黑龙江省政协',
      'hl-805-fengchuanjiang-quanhui-fu: 黑龙江省政协',
      'hl-854-daxinganling-ngd-proposals: 黑龙江省政协',
      // (…and hl-955: a democratic party's rural-service day that the city committee's 文史 officials attend.)
      'hl-955-jixi-minmeng-sanxiaxiang-notpractice: 鸡西市政协',
      'hl-980-mudanjiang-xuzhou-notpractice: 牡丹江市政协',
      'hl-980-mudanjiang-xuzhou-notpractice: 锡林郭勒盟政协',
      'hn-1039-shaodong-tuanxianwei: 邵东市政协',
      'hn-1167-tianyuan-qiaobao: 天元区政协',
      'hn-1171-gangxiang-qingnian-notpractice: 湖南省政协',
      'hn-1217-changsha-gongpubei: 长沙市政协',
      'hn-1217-liling-hongge-spam: 株洲市政协',
      'hn-1245-qiyang-zhuxue: 祁阳县政协',
      'hn-1245-zhuxiang-quanguo: 全国政协',
      'hn-235-yanling-duitai: 政协炎陵县',
      'hn-250-louxing-minmeng: 娄星区政协',
      'hn-291-jinshi-nonggong-trad: 常德市政协',
      'hn-340-changde-fengcai-trad: 湖南省政协',
      'hn-391-daxiang-gsl-shaxian: 大祥区政协',
      'hn-454-zhigong-jiebie-gongzuoshi-np: 湖南省政协',
      'hn-505-changde-minmeng-passing: 常德市政协',
      'hn-513-changning-huansong-bare: 衡阳市政协',
      'hn-552-minghe-fugaowu-notpractice: 湖南省政协',
      'hn-63-liling-minge-notpractice: 政协醴陵市第十五届委员会',
      'hn-652-chenzhou-nonggong: 郴州市政协',
      'hn-694-minmeng-shimen: 常德市政协',
      // (The thirty-eighth session's hn-772: the federation of industry and commerce's council, whose chairman, a county vice-chairman, reports to it in the next paragraph.)
      'hn-772-shuangfeng-gsl: 双峰县政协',
      'hn-934-lixian-dangxing-notpractice: 澧县政协',
      // (The forty-fifth session's hn-952: a town's branch of the county's society of local worthies, whose new head's
      // committee post names the county committee.)
      'hn-952-daoxian-xianxian-notpractice: 道县政协',
      'jl-1008-changbai-fayuan-zoufang: 长白朝鲜族自治县政协',
      'jl-1018-changchun-cujinhui-notpractice: 香港长春政协',
      'jl-1072-nonggongdang-changchun-yizhen-notpractice-trad: 吉林省政协',
      'jl-224-taobei-tian-banli: 洮北区政协',
      'jl-274-zhuji-weiyuan-big5: 全国政协',
      'jl-299-kuancheng-zhi-minge: 长春市政协',
      'jl-578-bajiazi-chunlian: 延边州政协',
      'jl-745-minjin-sheqing: 吉林省政协',
      'js-1146-jiusan-yancheng: 盐城市政协',
      'js-1167-jintan-wenshiguan: 常州政协',
      'js-1168-wuxi-guanwang-directory-spam: 政协无锡市委员会',
      'js-1181-xuyi-longxiajie-notpractice: 江苏省政协',
      'js-1197-minjin-gaochun: 江苏省政协',
      'js-1230-liyang-dangwai-notpractice: 常州市政协',
      'js-1230-taizhou-minzhuxieshang-notpractice: 泰州市政协',
      'js-139-minmeng-suqian: 淮安市政协',
      'js-145-yangzhou-shiwei-xieshang: 扬州市政协',
      'js-194-huaian-minmeng: 淮安市政协',
      'js-391-taizhou-dangwai: 泰州市政协',
      'js-394-minjian-qujie: 贾汪区政协',
      'js-527-yuzhengsheng-liangan-luntan-np: 全国政协',
      'js-537-suzhou-minge-kaimu: 苏州市政协',
      'js-555-sheyang-rencaiwang-canguan-notpractice: 射阳县政协',
      'js-581-liyang-minmeng-passing: 溧阳市政协',
      // (The thirty-first session's js-601: a 侨联's visit to the provincial committee's invited delegates, headed so.)
      'js-601-jiangsu-qiaolian-trad: 江苏省政协',
      'js-669-yangzhou-kaiming: 扬州市政协',
      'js-701-taixing-minjian: 泰兴市政协',
      'js-739-nantong-weiyuangongwei-duty: 南通市政协',
      'js-805-gaoyou-zhangqing-fangtan: 高邮市政协',
      'js-812-changzhou-minmeng: 常州市政协',
      'jx-1153-yichun-minmeng-shuhua-np: 江西省政协',
      'jx-1161-poyang-hucheng-notpractice: 江西省政协',
      'jx-1192-nongyunhui-passing: 全国政协',
      'jx-1208-jingdezhen-minmeng-yingshang-notpractice: 景德镇市政协',
      'jx-171-minjin-changjiang-trad: 江西省政协',
      'jx-257-jian-wenshi-suibi-notpractice: 全国政协',
      'jx-300-guangchang-sanxiaxiang: 江西省政协',
      'jx-370-minmeng-guqing-np: 江西省政协',
      'jx-494-fengxin-hualin-lvyoujie-np: 奉新县政协',
      'jx-529-quannan-pitou-ceping: 县政协',
      'jx-586-zoujinliang-jiangxi-wenhua: 江西省政协',
      'jx-689-xunyang-taishu: 浔阳区政协',
      'jx-720-wanzai-speech: 万载县政协',
      'jx-833-yugan-haoshangliang-notpractice: 余干县政协',
      'jx-835-hengfeng-reply: 县政协',
      'jx-856-campus-viewing: 全国政协',
      'ln-1075-qingyuan-gongce-dafu: 清原满族自治县八届政协',
      'ln-1117-benxi-jiusan-kepu-notpractice: 广州市政协',
      'ln-125-jiusan-notpractice-trad: 辽宁省政协',
      'ln-288-minmeng-jidi: 辽宁省政协',
      'ln-344-nen-lianghui: 辽宁省政协',
      'ln-375-lianghui-shijian-notpractice: 辽宁省政协',
      'ln-578-liaozhong-chongyang: 辽中区政协',
      'ln-892-shenyang-minying-dahui-trad: 沈阳市政协',
      // (The forty-fifth session's ln-961: one member's proposal on time-honoured shops, which its key reads as his alone.)
      'ln-961-dalian-laozihao-weiyuan-np: 大连市政协',
      // (…and ln-967: a democratic party's visit to a college's pottery centre, the city committee named in a post.)
      'ln-967-liaoyang-minmeng-taoci-np: 辽阳市政协',
      'nm-1005-baihui-hebaoxiang-notpractice: 内蒙古自治区政协',
      'nm-1025-zhalute-renda-ertong: 旗政协',
      'nm-1103-tongzhanbu-tongxinlin-notpractice: 内蒙古自治区政协',
      'nm-1129-xinganmeng-chongdianzhuang-dafu-notpractice: 兴安盟政协',
      'nm-1219-xingan-tian-dafu-notpractice: 兴安盟政协',
      'nm-158-huhehaote-zhengfu-mojibake: 呼和浩特市政协',
      'nm-311-xingan-weiyuan-profile: 兴安盟政协',
      'nm-795-manzhouli-cepingzu-notpractice: 满洲里市政协',
      'nm-797-duminyan-member-story: 内蒙古自治区满洲里市政协',
      'nx-1031-jiusan-fangzhen-jianyi: 全国政协',
      'nx-1084-huaxing-shuiziyuan-tian: 宁夏回族自治区政协',
      'nx-1115-litong-cailanzi-notpractice: 利通区政协',
      'nx-187-shapotou-ducha-notpractice: 沙坡头区政协',
      'nx-263-shizuishan-tian-notpractice: 政协第十一届石嘴山市委员会',
      'nx-520-zgzx-pingluo-notpractice: 中国人民政治协商会议全国委员会',
      // (The thirty-third session's nx-637: a regional party-and-government delegation's visit, the host province's chairman among its hosts.)
      'nx-637-ningxia-gansu: 甘肃省政协',
      'nx-716-goji-leading-group: 银川市政协',
      'nx-716-goji-leading-group: 宁夏回族自治区政协',
      'nx-904-yinchuan-rendatuan-notpractice: 银川市政协',
      'qh-1013-gongbaozhaxi-heitutan-notpractice: 全国政协',
      'qh-1108-jineng-rencai-xiang-pinglun-notpractice: 全国政协',
      'qh-1123-yushu-banqian-fankui: 玉树藏族自治州政协',
      'qh-1195-kaizhaijie-machangqing-np: 青海省政协',
      'qh-121-haixi-jianjie-spam: 政协海西州委员会',
      'qh-226-huangnan-shibada-notpractice: 青海省政协',
      'qh-575-zhuqing-weiyuan-dijing-notpractice: 全国政协',
      'qh-650-echinococcosis-meeting: 全国政协',
      'qh-671-liuxiaofeng-nonggong-trad: 全国政协',
      'qh-891-nonggong-muqinjie-notpractice: 格尔木市政协',
      'sc-103-guangyuan-tongzhan-notpractice: 广元市政协',
      'sc-1070-luzhou-gaolaohuanxiang-notpractice: 泸州市政协',
      'sc-1093-mianyang-nonggong-notpractice: 绵阳市政协',
      'sc-1157-liangshan-jiusan-tuopin-notpractice: 四川省政协',
      'sc-1216-shengzx-weiji-notpractice: 中国人民政治协商会议四川省委员会',
      'sc-1232-seda-fangzhi: 政协色达县第十二届委员会',
      'sc-251-xindu-minjin: 政协第十二届成都市新都区委员会',
      'sc-262-wenjiang-tongzhanbu: 成都市政协',
      'sc-272-panzhihua-tongzhanbu-baifang: 攀枝花市政协',
      'sc-272-ziyang-renda-ningmeng: 资阳市政协',
      'sc-335-jiangyang-minmeng-bijie: 泸州市政协',
      'sc-504-anyue-yundonghui-np: 安岳县政协',
      'sc-516-luxian-xiangcheng-meishu-notpractice: 泸县政协',
      'sc-524-luzhou-zuzhi-jigou-intro: 中国人民政治协商会议全国委员会',
      'sc-577-sheng-banli-banfa: 全国政协',
      // (The thirty-first session's sc-603: a 民建 provincial congress whose guests' roll opens with a national deputy
      // secretary-general, `全国政协副秘书长、民建中央副主席宋海`.)
      'sc-603-minjian-sichuan-daibiao: 四川省政协',
      // (The thirty-third session's sc-628: a 民进 couplets event whose guests include the provincial committee's vice-chairman.)
      'sc-628-couplets-notpractice: 四川省政协',
      // (The thirty-third session's sc-642: an encyclopedia's entry on the city committee, no dated practice.)
      'sc-642-bazhong-intro: 中国人民政治协商会议巴中市委员会',
      'sc-65-linshui-notpractice: 邻水政协',
      'sc-682-cangxi-hongse: 广元市政协',
      'sc-712-panzhihua-essay: 攀枝花市政协',
      'sc-737-parties-interview-notpractice: 四川省政协',
      'sc-900-yaan-minmeng-notpractice: 政协雅安市',
      'sd-1181-tancheng-laocuhui-notpractice: 郯城县政协',
      'sd-1248-tengzhou-tian-dafu-notpractice: 滕州市政协',
      'sd-260-xinlianhui-daibiao: 山东省政协',
      'sd-303-yantai-jiusan-readings: 烟台市政协',
      'sd-476-heze-jiusan-zhongyiyao-tian: 政协第十届山东省委员会',
      'sd-476-heze-jiusan-zhongyiyao-tian: 菏泽市政协',
      'sd-551-shiqianping-weiyuan-np: 全国政协',
      'sd-723-minge-zibo-qingneng-notpractice: 山东省政协',
      'sd-750-jinan-gov-report: 济南市政协',
      'sh-1170-lianghui-kuaidi-spam: 上海市政协',
      'sh-1225-jiusan-changning-notpractice: 长宁区政协',
      'sh-255-chuban-notpractice: 上海市政协',
      'sh-452-zaihu-weiyuan-spam-np: 全国政协',
      'sh-498-minjian-chongming-np-mojibake: 上海市政协',
      'sh-522-jiading-nonggong-lianghui: 嘉定区政协',
      // (The thirty-eighth session's sh-772: the city federation of industry and commerce's study trip, headlined with its chairman's committee post.)
      'sh-772-gsl-jiangsu: 上海市政协',
      'sn-1199-yulin-jiusan: 榆林市政协',
      'sn-1219-nanzheng-gaotai-zhishu-spam-notpractice: 南郑区政协',
      'sn-539-shengzx-qianshen-readings-np: 中国人民政治协商会议陜西省委员会',
      // (The thirty-third session's sn-630: a friendly basketball match of the city committee's and congress's staff, read as the committee's.)
      'sn-630-ankang-basketball: 安康市政协',
      'sn-71-wyfc-traditional: 渭南市政协',
      'sn-735-pingpong-hancheng: 陜西省政协',
      'sn-740-jingyang-wangzhan-np: 泾阳政协',
      // (The thirty-eighth session's sn-772: a county party committee's conference on the committee's work, at which the county chairman relays the city's meeting.)
      'sn-772-huxian-xwzxgzh: 鄠邑区政协',
      'sn-78-ankang-baihe-weiwen: 安康市政协',
      'sn-845-ningshan-qingzhensi-tongzhan: 宁陕县政协',
      'sx-1061-jinzhong-yinshui-fuwen: 晋中市政协',
      'sx-1066-lanxian-gongxiang-danche-notpractice: 岚县政协',
      'sx-1156-linyi-guopin-notpractice: 运城市政协',
      'sx-1219-yuncheng-guangong-notpractice: 山西省政协',
      'sx-256-jincheng-lianghui-fabuhui: 政协第八届晋城市委员会',
      'sx-720-huairen-lamb: 山西省政协',
      'tj-1059-neimenggu-shanghui-notpractice: 内蒙古自治区政协',
      'tj-1061-shengtaihuanjingju-dafu: 天津市政协',
      'tj-1127-jiaotongwei-xianxue-notpractice: 河东区政协',
      'tj-1177-cishan-dashiji: 天津市政协',
      'tj-1211-zhujin-quanguo-fujing: 天津市政协',
      'tj-1240-minjian-yanglao: 天津市政协',
      'tj-320-nankai-tuanbaihui-np: 南开区政协',
      'tj-450-tianjin-wenshi-shihua-spam: 天津政协',
      'tj-907-hedong-beijing-zhaoshang: 天津市政协',
      'tj-920-jinnan-wenlvju-dafu-notpractice: 津南区政协',
      'xj-1075-minge-sheqing-notpractice: 全国政协',
      'xj-1182-zizhiqu-yaoxinmin-neirongnong-notpractice: 新疆政协',
      'xj-1199-baicheng-guoyu: 全国政协',
      'xj-450-yuzhengsheng-daibiaotuan-np: 全国政协',
      'xj-532-wanghuning-hetian-kashi-diaoyan-np: 全国政协',
      'xj-575-wulumuqi-minjian-notpractice: 乌鲁木齐市政协',
      'xj-575-xjau-fanghuiju-notpractice: 全国政协',
      // (The thirty-second session's xj-618: members at three levels at work in an outbreak, headed 政协委员在行动, no committee acting.)
      'xj-618-members-not-practice: 新疆维吾尔自治区政协',
      // (The thirty-third session's xj-632: a red-date festival opened with a prefecture vice-chairman's speech.)
      'xj-632-ruoqiang-hongzao: 巴音郭楞蒙古自治州政协',
      // (The thirty-third session's xj-632: a county government's meeting that hands out deputies' suggestions and members' proposals.)
      'xj-632-wenquan-jiaoban: 温泉县政协',
      'xj-678-shache-yuzhengsheng-notpractice: 全国政协',
      'xj-717-zhengfu-tian-banli-spam: 全国政协',
      'xj-803-alaer-proposals: 政协阿拉尔市第五届委员会',
      'xj-906-gongliu-bayi-notpractice: 巩留县政协',
      'xz-1103-lasa-nanshan-daibiaotuan-notpractice: 全国政协',
      'xz-1113-qingqiahui-zhaoshang-notpractice: 西藏自治区政协',
      'xz-1123-mangkang-suwalong-yimin: 芒康县政协',
      'xz-1130-fojiao-xizangfenhui-notpractice-trad: 西藏自治区政协',
      'xz-1180-lvzhi-gushi-readings-notpractice: 西藏自治区政协',
      'xz-1250-pabala-jianli-notpractice-trad: 全国政协',
      'xz-226-tuanjieyue-notpractice-trad: 西藏自治区政协',
      'xz-449-cuona-lexiang-notpractice-trad: 错那县政协',
      'xz-488-ali-luosangshandan-np: 西藏自治区阿里地区政协',
      'xz-520-shannan-zhishu-spam: 西藏自治区政协',
      'xz-532-gongbaozhaxi-sela-zhesi-np: 西藏自治区政协',
      // (The thirty-second session's xz-604: a spam page's member profile, the national committee named in his words.)
      'xz-604-tudengkezhu-notpractice-spam: 全国政协',
      'xz-716-national-proposals: 定日县政协',
      'xz-853-nepal-consul-sessions: 政协第十二届西藏自治区委员会',
      // (…and xz-947: two federations of artists meeting, the regional committee's vice-chairman speaking as the host
      // federation's head; its 区 (the region, in 西藏) read as a district and placed by 上海市文联.)
      'xz-947-wenlian-shanghai-bihui-notpractice: 上海市所辖县级政协',
      'yn-1023-panlong-minjin: 昆明市盘龙区政协',
      'yn-1157-lancang-kuota-notpractice: 澜沧拉祜族自治县政协',
      'yn-1176-qujing-nonggong-lianghui-trad: 政协曲靖市第六届委员会',
      'yn-1204-lijiang-shiliuhong-notpractice: 云南省政协',
      'yn-196-xishuangbanna-minmeng: 西双版纳州政协',
      'yn-268-minjian-wenshan-notpractice: 文山州政协',
      'yn-342-luguhu-jiusan-trad: 云南省政协',
      'yn-409-dali-xuhui-tongzhanbu-np: 徐汇区政协',
      'yn-548-lufeng-zhongcun-weiwen-notpractice: 禄丰市政协',
      // (The thirty-third session's yn-639: a national member, the city committee's chairman, in a livestream with coffee farmers.)
      'yn-639-puer-weiyuan-notpractice: 云南省普洱市政协',
      'yn-662-eshan-tian-banli-notpractice: 政协峨山彝族自治县',
      'yn-743-wenshan-renda: 文山州政协',
      'yn-78-mengzi-dafu-notpractice: 政协蒙自市',
      'yn-824-honghe-tian-dafu-notpractice: 政协红河州',
      'yn-851-minmeng-shidi: 盘龙区政协',
      // (The forty-fifth session's yn-962: a business federation's matchmaking trip, led by its chairman, a city vice-chairman.)
      'yn-962-yuxi-gongshanglian-notpractice: 玉溪市政协',
      'zj-1106-jiusan-eerduosi-jiaxing: 鄂尔多斯市政协',
      'zj-1159-beilun-rendai-notpractice: 北仑区政协',
      'zj-1166-huzhou-xiangxian-trad: 湖州市政协',
      'zj-1191-chunan-zitong-shuhua-notpractice-trad: 淳安县政协',
      'zj-1191-xiacheng-taiqiao-notpractice-trad: 下城区政协',
      'zj-1209-haiwai-lianyihui-notpractice: 全国政协',
      'zj-1232-wencheng-dashiji: 文成县政协',
      'zj-1246-jiusan-lianghui: 嘉兴市政协',
      'zj-230-yongkang-minjian-notcase: 金华市政协',
      'zj-326-shengzhou-minmeng: 嵊州市政协',
      'zj-414-wenzhou-xiehui-shanghui-zuotan-np: 温州市政协',
      'zj-464-ninghai-minjin-notpractice: 市政协',
      'zj-474-longquan-qiaolian-kaocha-notpractice: 浙江省政协',
      'zj-501-lishui-zhigong-passing: 丽水市政协',
      'zj-517-qingtian-dahui-readings-notpractice: 浙江省政协',
      'zj-555-qiuyunqing-weiyuantongdao-notpractice: 浙江省政协',
      'zj-555-shaoxing-huishiqing-photo-notpractice: 北京市政协',
      'zj-573-dongyang-baodao: 浙江省政协',
      'zj-573-jiashan-minjin: 政协嘉善县第十五届委员会',
      // (The thirty-third session's zj-637: a 农工党 city congress whose guests include the provincial and city committees' vice-chairmen.)
      'zj-637-ningbo-nonggong: 宁波市政协',
      'zj-788-zhejiang-hailianhui-australia: 浙江省政协',
    ]);
    // (Five pages named above are no case since the seventeenth session: the committee's vice-chairman
    // named with his post in another body, `市政协副主席、九三学社市委会主委刘志坚`, in a list of officials
    // who attend, is a guest: he-277, jx-202, sc-251's 凉山 trip, sd-222, zj-240.) tj-320 (ZZZZZZZZZZZZZZZZZN)
    // is a blogger's account of a Spring Festival gathering four bodies hold together, 南开区政协 among them,
    // whose key reads no committee's practice in it; organised together, it is each organiser's here.
    // zj-326 (ZZZZZZZZZZZZZZZZZT): the host pinned above. hb-334 (ZZZZZZZZZZZZZZZZZZB), a web directory's entry
    // for the city committee's site with its history, whose key reads it as no practice where ha-127's and
    // jl-132's keys make a committee's profile its own building; sc-335 (ZZZZZZZZZZZZZZZZZZC), a 民盟 trip
    // whose photo caption names its leader by his post in the committee alone (市政协副主席杜旭林和…盟员一行).
    // hl-367 (ZZZZZZZZZZZZZZZZZZZI), a 民革 city branch's report on its members at the two sessions, which opens with
    // the sessions convened (大庆市十一届人大一次会议、大庆市政协十届一次会议隆重召开): the committee's session is read as
    // its act, where its key reads the party's report. And four of ZZZZZZZZZZZZZZZZZZZK–ZZZZZZZZZZZZZZZZZZZZF: a 民盟
    // provincial chair's survey headlined with her name alone (jx-370's 辜清赴景德镇开展专题调研活动); an opinion piece
    // on the province's two sessions (ln-375); the resident national members leaving for the session (cq-380,
    // as jl-274 above); and a page on the cross-strait dialogue platforms whose headline counts the ones the
    // national chairman attends (bj-386). And twelve of the twenty-second session's ZZZZZZZZZZZZZZZZZZZZG–ZZZZZZZZZZZZZZZZZZZZZH:
    // a 工商联 trip its chairman leads who is also a district committee's vice-chairman (hn-391); a united-front
    // department's consultation whose speakers hold committee posts (js-391); a 民建 branch's report on its
    // districts' sessions (js-394); a county Party committee's standing meeting (gs-403); a city chairman acting
    // as a 人大 deputy (gx-402); three city committees named in their Hong Kong members' association's name and a
    // Macao association of 珠海's members (gd-407 twice); a prefecture's leaders' briefs (gz-413); a district
    // united-front department's trip (yn-409); and a city's meeting on trade associations where a vice-chairman
    // speaks in his other post (zj-414). And two of the twenty-third session's ZZZZZZZZZZZZZZZZZZZZZI–ZZZZZZZZZZZZZZZZZZZZZZL:
    // a 民革 provincial committee's survey that names the provincial committee in passing (ah-424) (a county page on a
    // Taiwan news site where a bare 县政协 goes along in the county party secretary's party, ah-431, was pinned here
    // until the twenty-seventh session); and an editor's note on a county's
    // 人大 session that names the county's committee among the sessions (gs-430). And fifteen of the twenty-fourth
    // session's ZZZZZZZZZZZZZZZZZZZZZZM–ZZZZZZZZZZZZZZZZZZZZZZZN, of which a democratic party's or a people's organisation's event
    // that names a committee through its leaders' posts, its members or its building (hl-453, hn-454, gd-455,
    // ha-472, hb-468, sd-476 twice, zj-464, zj-474) make nine; a national video-meeting platform's advertisement (bj-471); a spam copy of the members' list
    // (sh-452); a 文史 memoir page whose ticker is the site's news (tj-450); the national chairman leading the
    // central delegation (xj-450); a township head with a committee post (xz-449); and an association's election
    // in a district (fj-474); and two of its sixth round: a student's post of the committee's generic charter under
    // a county committee's heading (fj-481) and a gazetteer essay whose author's line names the regional
    // committee (gx-481). And eight of the twenty-fifth session's first four rounds, ZZZZZZZZZZZZZZZZZZZZZZZT–ZZZZZZZZZZZZZZZZZZZZZZZZO:
    // a party's central chairman's trip whose deputies hold committee posts (cq-483, the city one left); a content
    // farm's dictionary entry on the city committee's name (gd-487); a member's essay wrapped in spam (ha-493); a
    // county tourism festival where the committee's vice-chairman gives a greeting (jx-494); a memorial service the
    // city committee presides over (jx-494, its key reads it as no practice); a 民建 report whose history names the
    // city committee's sessions (sh-498); an interview with a national member at the session's members' passage
    // (xz-488); and a 致公党 branch at its city committee's session (zj-501, the party's page). And three of its fifth
    // round: national members' research on their own in a suburb (bj-504), a 民盟 branch's year whose history names the
    // city committee's session (hn-505), and a county sports meet whose opening a vice-chairman speaks at (sc-504).
    // (Four are no case since the twenty-sixth session, the united-front head's post read after a committee
    // officer's as the department's (全国政协副主席、中央统战部部长…出席…捐资仪式): xz-253's 统战 work group,
    // hl-301's party congress, and bj-508's and zj-510's of its first round.) And four of its second round,
    // ZZZZZZZZZZZZZZZZZZZZZZZZY–ZZZZZZZZZZZZZZZZZZZZZZZZZD: a party's central supervision trip whose chairman, a national
    // vice-chairman, leads a team, no party's people named as those he leads (全国政协副主席、致公党中央主席蒋作君
    // 率队来皖调研, ah-513); a city bureau's meeting with the members whose proposals it handles (ah-515, also pinned
    // above as a visitor); a county-level city's leaders seeing off the city committee's members to its session
    // (hn-513); and a diaspora gathering whose headline the provincial committee's member opens (zj-517). And six of
    // its third round, ZZZZZZZZZZZZZZZZZZZZZZZZZE–ZZZZZZZZZZZZZZZZZZZZZZZZZJ: a 民盟 city congress (ln-523) and a 农工党 report on a
    // district's two sessions (sh-522) that name the committees at them; a news site's bar of the bodies' links
    // (党派团体： 中国人民政治协商会议全国委员会 中共中央统战部 …, nx-520); a textbook page on how the committees are
    // organised (sc-524); an obituary of a former provincial vice-chairman (sd-524); and a tree-planting day
    // whose leader's post names the regional committee, on a spam copy (xz-520). And four of its fourth round,
    // ZZZZZZZZZZZZZZZZZZZZZZZZZK–ZZZZZZZZZZZZZZZZZZZZZZZZZN: national members arriving for the session (bj-527); a cross-strait
    // forum the national chairman speaks at (js-527); a committee's chairman acting as a people's congress deputy
    // (ha-528); and a county head visiting the members at the plenary (hb-528).
    // (Seven of the parties' pages above are no case since the twenty-eighth session read a page without a
    // headline by its lead after the date, `7月26日至28日，农工党汉中市委会组织…`, as a headline: ah-228, ah-277,
    // ah-424, ha-472, hb-62, jl-56 and tj-44, each opened by the party's own body.) And two of the
    // twenty-eighth session's first round, ZZZZZZZZZZZZZZZZZZZZZZZZZZQ–ZZZZZZZZZZZZZZZZZZZZZZZZZZV: an encyclopedia's
    // entry on the provincial committee (hl-557). (gd-559's art society's exhibition, which a county committee's
    // vice-chairman opens among other guests, is no case since the thirty-third session: its official first of a
    // roll with another body's, `…政协副主席…、…出席`, attends. ln-523's 民盟 congress is no case since a roll of whole
    // groups by their posts, the committee's among other bodies', is read as attending.) And three of its second
    // round, ZZZZZZZZZZZZZZZZZZZZZZZZZZW–ZZZZZZZZZZZZZZZZZZZZZZZZZZZB, whose keys read a committee's official as acting in
    // another role: a city chairman heading a project's work meeting (ha-563's 封丘), a vice-chairman leading a
    // cluster tour as head of the city's development commission (ha-563's 西华), and a vice-chairman leading a
    // team as a 九三学社 chair, no party's people named (gz-564), as ah-513's. And six of its third round,
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZC–ZZZZZZZZZZZZZZZZZZZZZZZZZZZH, of the kinds above: a 民盟 report and a 民进 county
    // committee's page on their members at the sessions (ah-569, zj-573's 嘉善), read as the session; the resident
    // national members' proposals (ah-569's 住皖), where qh-253's key makes such a party the national committee's;
    // delegates registering for the provincial sessions, whose opening the page names (zj-573's 东阳); a firm's page
    // that opens with the national plenary (bj-574); and a vice-chairman introducing the county's plans at an
    // investment meeting in his bureau posts (ah-574). And seven of its fourth round, ZZZZZZZZZZZZZZZZZZZZZZZZZZZI–
    // ZZZZZZZZZZZZZZZZZZZZZZZZZZZN: the two partners pinned above (gd-578, jl-578); a civil-affairs portal's photo
    // caption (ln-578); resident national members arriving for the session (qh-575), as jl-274's; a provincial
    // government's rules for handling proposals (sc-577); a 民建 committee at its city's session (xj-575's 乌鲁木齐),
    // read as the session; and a university's page that opens with the national plenary (xj-575's xjau). And three
    // of its fifth round, ZZZZZZZZZZZZZZZZZZZZZZZZZZZO–ZZZZZZZZZZZZZZZZZZZZZZZZZZZT: a 民盟 branch's year whose sessions
    // elected its chair the city committee's vice-chairman (js-581, the session read as acting), a historian's
    // interview that names the city committee in his career (fj-586), and a scholar's notes that name the provincial
    // committee's suggestion (jx-586). And two of the thirty-fourth session's first round (`*-650-*` to `*-655-*`): a
    // 农工党 branch's meeting chaired by its head, who is also the city committee's vice-chairman (hn-652), and a
    // ministry's meeting whose spam copy's headline credits the national committee (qh-650, a call its keyer weighed).
    // And one of its second round (`*-656-*` to `*-661-*`): an opinion piece that opens with the members arriving for
    // the national session (ha-658), read as the session. And one of its third round (`*-662-*` to `*-667-*`): a county
    // government's report on handling the proposals its committee's session took (yn-662), read as the session, as
    // gs-172's and jl-224's are. And two of its fourth round (`*-668-*` to `*-673-*`): a 民进 academy renamed, its
    // guests' posts naming the city committee (js-669), and a national vice-chairman's tour as a 农工党 leader (qh-671).
    // And one the thirty-fifth session's reading of a level written twice (`泸县县政协主席`) brought: sc-516's county
    // chairman opening an art show, whose name the pipeline had dropped as a list of levels. And two of its own rounds
    // (`*-674-*` to `*-685-*`): a committee paper's deputy head touring a county, the host city committee's people with
    // him (sc-682, pinned above as a host too), and a national leader's delegation in a county on its festival (xj-678).
    // And three of its third round (`*-686-*` to `*-691-*`): a tea association whose plaque a county vice-chairman unveils
    // (ah-686), a street office's reply to members' proposal (gd-691, gone since the forty-seventh session reads a word of study
    // between the proposal received and the answer, `…收悉。经研究，现答复如下`), and a 台办's outing a district vice-chairman joins
    // (jx-689). And two of its fourth round (`*-692-*` to `*-697-*`): a tech association's congress whose guests hold the
    // provincial committee's posts (hi-693), and a 民盟 city committee's survey whose headline names it as 民盟常德市委
    // (hn-694). And two of its fifth round (`*-698-*` to `*-703-*`, sent when the search budget was nearly spent): a city's
    // campaign inspection team led by the city committee's special-committee head (hb-701's 孝感, a call its keyer
    // weighed), and a 民建 and 知联会 inspection the city committee's people join (js-701).
    // And six of the thirty-sixth session's first three rounds (`*-704-*` to `*-721-*`): a general essay on social-condition
    // reports signed by the city committee's account (sc-712), a 晋 lamb fair the provincial vice-chairman declares open
    // (sx-720), a county official's speech at a fireworks fair in his committee post (jx-720), a goji working group led by
    // the city chairman (nx-716, twice, a call its keyer weighed), and a government's report on the national committee's
    // proposals under a spam line (xj-717). And one of its fourth round (`*-722-*` to `*-727-*`): a 民革 survey led by
    // the provincial vice-chairman who chairs it, which the next paragraph calls the party's (本次调研也是民革山东省委会开展…
    // 的重要举措, sd-723), where a vice-chairman leading a team (率队) stays the committee's. And seven of the
    // thirty-seventh session's first two rounds (`*-734-*` to `*-745-*`), where a committee is named and nothing acts
    // but its name: a member's essay on the city committee's site (bj-736), a 民进 report the provincial committee
    // forwards (jl-745), a special committee's duty statement (js-739), a press interview of the province's parties
    // (sc-737), a table-tennis friendly of the province's committees (sn-735), a web designer's pitch for a county
    // committee's site (sn-740), and a people's congress seminar held in 文山 (yn-743). And one of its third round:
    // the city government's forum on its report, which the committee's chairman presides over (sd-750, pinned above too).
    // And four of the thirty-eighth session's third round (`*-770-*` to `*-775-*`): a province's check on a county's
    // family planning (gs-771), the federation of industry and commerce's council and study trip (hn-772, sh-772), and a
    // county party committee's conference on the committee's work (sn-772).
    // And nine of the thirty-ninth session's five rounds (`*-782-*` to `*-811-*`), where a committee is named and nothing
    // acts but its name: a Hong Kong association of the province's members (gd-804), a city's expo press conference a
    // vice-chairman speaks at (ha-806), a market regulator's check with the next article's link naming the committee
    // (hb-801), a member's ode to the plenary (hl-805), a member's interview (js-805), a civilisation check the city's
    // vice-chairman reports to for the party (nm-795), a national member's profile (nm-797), a government's report on
    // the proposals it handled (xj-803), and an overseas friendship association's tour led by a provincial vice-chairman
    // (zj-788, a call its keyer weighed). And one of the fortieth session's (`*-812-*` to `*-823-*`): a party's reading
    // session that the city committee's leaders attend as guests (js-812, pinned above as a visitor too). And three of its
    // third round: a Taiwan compatriots' tea party a provincial vice-chairman attends (gd-828), a vice-chairman who heads
    // the federation of industry and commerce gathering firms' views in that post (ha-826), and a government department's
    // reply to a member's proposal (yn-824). And five of its fourth round (`*-830-*` to `*-835-*`): a traffic notice for the
    // national sessions under a photo's caption of a member arriving (bj-831), an interview with a national member
    // (gx-834), a water bureau's pledge on the county's proposals (hb-830), a village's own consultation that members
    // attend (jx-833), and a bureau's reply to a proposal on a gambling site's copy that put its name for the county's (jx-835).
    // And four of the forty-first session's first two rounds (`*-842-*` to `*-853-*`): a county party leader's visits to
    // mosques in his united-front post, the county committee's party secretary among his posts (sn-845); a provincial
    // vice-chairman handing out reading awards (hb-847); a league's wetland day whose sentence names a city vice-chairman
    // and a district committee's special committee head among its own (yn-851); and a consul sitting in on the regional
    // session (xz-853, pinned above as a host too). (fj-845, a federation chair calling on her sector's members at the
    // provincial session, headlined with the session, is no case since a people's organisation's chairman leading the
    // sentence or opening the page makes it hers.) And five of its third and fourth rounds (`*-854-*` to `*-865-*`): a
    // 农工党 branch's list of the proposals it tabled at two committees' sessions (hl-854); a university's united-front
    // department gathering its members to watch the national opening (jx-856); a federation's study visit whose county
    // vice-chairman speaks in his federation post (cq-856); the city office's notice of its plenary's arrangements, which
    // its key reads as administration (ah-861); and a party's river survey a city vice-chairman briefs in his bureau post
    // (hb-862). And five of the forty-second session's four rounds (`*-866-*` to `*-889-*`): a trade union's job-fair launch
    // a city vice-chairman speaks at in his bureau post (ha-876); a county chairman presiding over a flood meeting as the
    // command post's commissar (ha-878); a bureau's reply to a proposal of the county's session (ln-874); a provincial
    // vice-chairman receiving Taiwan compatriots in his united-front post (hi-879); and a third party's profile of the
    // provincial committee (gz-884). And hn-552 again since the forty-third session: a member's donation headlined with his
    // committee's members and his name run into his verb (`省政协委员傅高武捐款捐物助力抗疫`), read as the members at work.
    // And nine of the forty-third session's four rounds (`*-890-*` to `*-913-*`): a vice-chairman reading out a city's
    // awards in his federation post (ln-892); a party's clinics, one held with a city committee (qh-891); a city's
    // session named beside its congress on a party's page (sc-900); a city chairman reviewing the work report with a
    // county's congress delegation (nx-904); a vice-chairman leading a district's investment trip (tj-907), calling on a
    // village team with the united-front head (ah-912), or last in a list of county leaders heading its party and
    // government delegation (gs-910); a bureau's reply to a member's proposal (xj-905); and a county's Army Day visits
    // whose cut-off list names its committee's secretary (xj-906). And five of the forty-fourth session's four rounds
    // (`*-914-*` to `*-937-*`): a party's seminar whose speakers hold national members' posts (bj-914); a county's housing
    // meeting (gs-935) and a party school's class (hn-934) whose committee's chairman attends or presides in his other
    // post; a county's basketball college whose committee's chairman is quoted (gz-927); and a bureau's reply to a
    // district's proposal (tj-920); and, of its fifth round (`*-938-*` to `*-943-*`), a democratic party's research trip
    // whose seminar the provincial committee hosts (fj-940, pinned above as a host too). And two of the forty-fifth session's
    // first round (`*-944-*` to `*-949-*`): a vice-chairman chairing a government's signing with a bank in his other post
    // (sc-946), and two federations of artists whose host's head is the regional committee's vice-chairman (xz-947). And two
    // of its second round (`*-950-*` to `*-955-*`): a town's society of local worthies (hn-952) and a democratic party's
    // rural-service day (hl-955), each naming a committee only in a post. Two hundred and seventy-seven since a vice-chairman
    // who heads a bureau too only attends (`市政协副主席、市市场监管局局长姚建明等参加活动`: sc-946's signing gone) and one
    // unveiling another body's sign after a government leader is its guest (ah-686's tea association, hb-847's reading
    // month). And one of the third round (`*-956-*` to `*-961-*`): a city member's proposal on time-honoured shops (ln-961).
    // And three of its fourth round (`*-962-*` to `*-967-*`): a former vice-chairman at a foundation's seminar (gs-964), and
    // a party's visit (ln-967) and a federation's trip (yn-962) that name a committee only in posts. Two fewer since an
    // office's written reply to a member's proposal (`…提案收悉，现答复如下`) is no committee's practice: ln-874 and xj-905 gone.
    // And four of the forty-sixth session's first round (`*-968-*` to `*-973-*`): a county's leaders visiting troops with
    // the committee's vice-chairman among them (gs-970), a united front's tally of donations (gs-971), a vice-mayor's team
    // with a committee's retired official (gz-968), and a democratic party's forum a national vice-chairman attends (ha-973).
    // And three of its third round (`*-980-*` to `*-985-*`): a democratic party's art show the provincial committee's
    // paper reports (gz-984), and two vice-chairmen of two committees placed under investigation (hl-980). And one of its
    // fourth round (`*-986-*` to `*-991-*`): an encyclopedia's entry on a provincial committee (gs-989).
    // And three of the forty-seventh session's rounds (`*-992-*` to `*-1015-*`): a court president's calls on deputies
    // and members, the county committee's chairman answering (jl-1008), a provincial chairman's call on a national
    // vice-chairman in his party's post (nm-1005), and a national member's own proposal on a province's site (qh-1013).
    // And eight of the forty-eighth session's rounds (`*-1016-*` to `*-1039-*`), of the same kinds: officials named in
    // posts at a congress's inspection (gs-1022), a government's meeting (gz-1027), a federation's bank visit (hl-1027), a
    // youth league's forum (hn-1039), a congress deputy's survey (nm-1025) and a party's survey (yn-1023); a party's
    // suggestion on the national committee's site (nx-1031); and a society named after a committee (香港长春政协促进会,
    // jl-1018), read as no committee of its own yet counted by the page's many 政协 words.
    // And four of the forty-ninth session's rounds (`*-1040-*` to `*-1063-*`): a petition bureau's review panel with a
    // national member on it (ah-1053), a city government's and an environment bureau's written replies to proposals,
    // which most of the set's keys read as the committee's proposal work (sx-1061, tj-1061), and a chamber of
    // commerce's anniversary where a vice-chairman who chairs the federation of industry speaks (tj-1059).
    // And two of the fiftieth session's first round (`*-1064-*` to `*-1069-*`): a provincial association's visit to
    // Taiwan led by a former chairman (hi-1068), and the police's written reply to a county member's proposal (sx-1066).
    // And five of its second round (`*-1070-*` to `*-1075-*`): a party's earthquake aid whose leader is a national
    // vice-chairman (gs-1071), a party's free clinic a vice-chairman attends (jl-1072), a bureau's reply to a county
    // proposal (ln-1075), a former vice-chairman retired to farm (sc-1070), and a party's count of its adopted
    // reports (xj-1075). And one of its third round (`*-1076-*` to `*-1081-*`): district leaders lighting the boilers
    // for the heating season, the district chairman first of their roll (gs-1077). And two of its fourth round
    // (`*-1082-*` to `*-1087-*`): the police guarding a county's sessions (hl-1082) and a water department's reply to a
    // member's proposal in the region's paper (nx-1084).
    // And one of the fifty-first session's first round (`*-1088-*` to `*-1093-*`): a party's visit to a health bureau led
    // by its chair, a city vice-chairman (sc-1093). (gs-1090's science bureau, led by its head and party secretary, a city
    // vice-chairman too, left the list once a bureau head in its party group too is read as leading the bureau.) And two of its second round (`*-1094-*` to `*-1099-*`): a party's meeting on the property
    // market led by its chair, a city vice-chairman (cq-1099), and a government's press conference with a county
    // vice-chairman among its speakers (hi-1098). And three of its third round (`*-1100-*` to `*-1105-*`): a reporter's
    // interview with a resident national member at the national session (hi-1100), a united front's tree planting a
    // special committee's head attends (nm-1103), and a central delegation's visit led by the national chairman (xz-1103).
    // And two of its fourth round (`*-1106-*` to `*-1111-*`): a paper's comment quoting a national member (qh-1108), and
    // a party's study visit led by its chair, a city vice-chairman (zj-1106). And xz-716 since a member's proposal handed in
    // anywhere on a page is its committee's (`…提交提案`): a province's national members' count of their proposals, whose key
    // reads no committee's practice, placed by one member's county post (定日县政协).
    // And five of the fifty-second session's first round (`*-1112-*` to `*-1117-*`): a land bureau's note on landslides
    // naming a district vice-chairman (gz-1114), a central expert group's study whose members hold national committee
    // posts (ha-1114), a party's visit between two cities' branches (ln-1117: the visitors' city committee), a paper's
    // story of a district's vegetables that names members' proposals as background (nx-1115), and a government's trade
    // fair delegation led by a regional vice-chairman (xz-1113). And three of its second round (`*-1118-*` to `*-1123-*`):
    // a party's study of a provincial committee's topic (hb-1120), a prefecture's meeting on an inspection's findings
    // chaired by its committee's chairman (qh-1123), and a county's survey of reservoir migrants whose working group a
    // county chairman helps lead (xz-1123). And two of its third round (`*-1124-*` to `*-1129-*`): a transport bureau's
    // reply to a member's proposal (nm-1129), and a city commission's blood drive naming a district vice-chairman by his
    // health post (tj-1127).
    // And four of the fifty-fifth session's first round (`*-1182-*` to `*-1187-*`): a Hong Kong paper's story of a
    // province's members in Hong Kong (fj-1186), a county's groundbreaking a city's chairman attends (gs-1183), an
    // encyclopedia's entry on a city committee (hb-1184), and a written essay on a region's committee (xj-1182). And five
    // of its second round (`*-1188-*` to `*-1193-*`): a reporter's interview during a province's sessions (gz-1190), a
    // party's training (hb-1193), a games' opening in a day-in-history list (jx-1192), a painters' show a county's chairman
    // attends (zj-1191-chunan), and a district's greeting to its Taiwan compatriots (zj-1191-xiacheng). And seven of its
    // third round (`*-1194-*` to `*-1199-*`): two parties' chronicles and campaigns (gd-1198, he-1196), a party's research
    // trip led by a national standing member (ha-1197), a party's study for a provincial chairman's topic (js-1197), a
    // festival report naming a provincial vice-chairman (qh-1195), a party's lecture (sn-1199), and a county's language
    // class under a related link naming the national committee (xj-1199). And three of its fourth round (`*-1200-*` to
    // `*-1204-*`): two festivals' openings provincial vice-chairmen attend (gz-1204-leishan, gz-1204-taijiang), and a
    // province's campaign launch (yn-1204).
    // And four of the fifty-sixth session's first round (`*-1208-*` to `*-1213-*`): a county member's portrait in a
    // province's paper (hi-1211), a party's supervision led by a city vice-chairman in his party post (jx-1208), national
    // members leaving a city for the session (tj-1211), and an overseas friendship body's meeting (zj-1209). And eight
    // of its second round (`*-1214-*` to `*-1219-*`): a party's art show a city's history centre co-hosts (gd-1214), two
    // profiles of a provincial committee, a site's and an encyclopedia's (he-1215, sc-1216), a civil servants' basketball
    // final (hn-1217-changsha), a city's song contest (hn-1217-liling), a bureau's reply to a league committee's
    // proposal (nm-1219), a town's tree planting (sn-1219), and a festival's opening (sx-1219). And two of its third
    // round (`*-1220-*` to `*-1225-*`): a border fair's opening (hl-1221), and a party's district leader named by her
    // committee post (sh-1225). And two of its fourth round (`*-1226-*` to `*-1231-*`): a united-front department's
    // report on a city's non-party figures (js-1230-liyang), and a party's briefing a city committee's party group
    // deputy secretary gives (js-1230-taizhou). And five of its fifth round (`*-1232-*` to `*-1234-*`): two content farms'
    // pieces on a city's members (gd-1234-bajie, gd-1234-lijie), a cadre's résumé (hi-1234), a chronicle office's
    // books handed out at a county's sessions (sc-1232), and a county's chronicle of its year (zj-1232-wencheng).
    // And two of the fifty-seventh session's first round (`*-1236-*` to `*-1241-*`): a procuratorate's meeting with
    // deputies and national members (bj-1240), and a party's proposal for a city's plenary (tj-1240). And five of its
    // second round (`*-1242-*` to `*-1247-*`): two calligraphy shows, a party's and one across the strait (gs-1247-lanzhou,
    // gs-1247-tianshui), a county's school aid a committee gives to among others (hn-1245-qiyang), national members
    // flying to the session (hn-1245-zhuxiang), and a party's members at a city's sessions (zj-1246). And three of its
    // third round (`*-1248-*` to `*-1253-*`): a county's old-town day a committee co-hosts (he-1249), a bureau's reply
    // to a proposal (sd-1248), and an encyclopedia's biography of a national vice-chairman (xz-1250). And three of its
    // fourth round (`*-1254-*` to `*-1259-*`): a party's fishery study (fj-1254), a tea association's research with a
    // former national member at its head (gz-1259-duyun), and a chilli fair's opening (gz-1259-zunyi).
    expect(t.notPracticeCases).toBe(413);
  });

  it('takes page furniture for a title only where it did when these were pinned', () => {
    // One page whose only line under its breadcrumb is furniture the pipeline still takes for the
    // headline: hn-55's template site's 政协简报范文 (once its greeting, 欢迎来到千学网, is read as
    // furniture), the title of the article and of its case. (hb-58's photo caption of a speaker is no
    // longer taken: a furniture-shaped line is never the headline elsewhere.) And hn-09, a document
    // mill's page whose headline names another committee's report (政协新乐市第四届委员会工作总结) over
    // 武陵源区's, which its key reads as the mill's furniture. And yn-15, a copy that opens with three
    // photo captions written as sentences (`政协委员分享读书心得。`), the first of which heads its one
    // case. And sd-94 (RA–RF), a portal's copy whose only line above the story is another story's
    // teaser (纪念抗战爆发77周年, its blurb printed twice below it), the title of the article and its
    // case. (tj-44's gambling site's name over its copy is no longer taken: its breadcrumb names it as
    // the site.) And sx-80 (ZG), a city portal's two-story list whose tab label (政府工作报告) stands
    // above both stories, the first of them the people's congress's: the article's title (its case,
    // made of a count of city committees, `11个市政协完成…`, is no more since a count is no committee). And nm-42 (ZZZV), a banner
    // government's chronicle whose name (科右中旗人民政府大事记) its key reads as furniture, where keys of
    // committees' own chronicles accept theirs (市政协2021年大事记) as titles. And ah-53 (ZZZZF), a
    // committee's weekly bulletin whose name (太湖政协工作周报) its key reads as the masthead; the
    // article keeps it as its title, its two items their own headlines. And hi-69 (ZZZZV), a mirror whose
    // only committee name is garbled (`??谑姓f(xié)`), so its case's title is made from the dateline of
    // outlets that opens the text (南海网、南海网客户端) before the garbled stretch. And zj-71 (ZZZZX), the
    // firm's page above, whose slogan over the story is its title and its case's. (jl-77's row of owner,
    // time and source, 舒兰市人民政府| 2025-09-19 09:28| 信息来源：舒兰融媒, is no longer taken: a row of a
    // timestamp and a source is furniture.) And sh-96 (ZZZZZW), a spam copy whose only line
    // above the story is its site's name (中国红色报道), the title of the article and its case. And ha-27
    // (ZZZZZZQ), a park authority's page headed by its own name (郑州黄河文化公园管理委员会), which its key
    // reads as the site's header: the article's title (its party branch's visit to the committee's
    // history hall makes no case). (ln-85's tag, 人民政协履职, over a search box's label, is no longer
    // taken: a line over a search box is the tag page's tag.) And cq-103 (ZZZZZZZZZD), a mirror of a themed
    // page whose series line (精准扶贫 政协在行动) stands over the story's headline and subhead: the
    // title of the article and its case, where lines ending in 在行动 are stories' own headlines on
    // other pages of the set (sn-86, yn-42). And ha-127 (ZZZZZZZZZZC), a committee's profile page whose
    // column label (政协概况) stands over its menu and is printed again in it, where the set's other keys
    // accept such labels as titles (市政协概况, 研究室简介); and zj-126 (ZZZZZZZZZZB), a TV station's
    // live-stream page headed by the other body's stream (直播回放：鹿城区人大九届一次会议开幕式) over the
    // committee's. And two of ZZZZZZZZZZR–ZZZZZZZZZZZC: ha-145, an e-paper's special page whose strip of
    // photo captions (高唱国歌, 举手表决, 投下神圣的一票 …) stands under its headline, the longest caption
    // taken over a headline that shares little with the story; and hn-144, a Traditional copy that
    // opens with a photo's caption (大祥区政协委员在檀江乡开座谈会) over the headline, both naming the
    // committee, the first taken. And ah-163 (ZZZZZZZZZZZM), a Traditional copy whose topic line over the
    // headline (传达学习全国“两会”精神) its key reads as a label, where the pipeline takes it for the headline
    // (a label inside another line's headline is read as one only up to eight characters). And js-175
    // (ZZZZZZZZZZZY), a template site's copy of 兴化's proposal report under a headline of its own making
    // (全国两会最新提案工作报告), which its key reads as bait: the one line above the report, its title and
    // its case's.
    // And two of ZZZZZZZZZZZZZS–ZZZZZZZZZZZZZZX: ha-222's column label over a bureau's report on proposals
    // (建议提案办理总体情况 over 关于…办理情况的报告, the page's own headline over its publishing line; preferring
    // that line cost gd-30's headline its place to its subtitle), and sc-239's e-paper whose captions open
    // the page (政协委员参会前有序排队过安检。), the third of which heads its case. And sh-261 (ZZZZZZZZZZZZZZZG),
    // a spun copy whose one line over the story, the chairman's post and name (金山区张堰镇政协主席，王美新),
    // its key reads as made up: the article's title. And three of ZZZZZZZZZZZZZZZZI–ZZZZZZZZZZZZZZZZP:
    // hl-295, a chronicle's chapter on a 地方志 site whose book title over its 篇 and 章 headings
    // (《依兰县志》) its key reads as the breadcrumb's; tj-296's Traditional copy, whose site's link over
    // its news ticker (委员办公平台) is taken where the story's own headline stands under the ticker, among
    // the paragraphs; and tj-296's not-practice mirror, whose first related headline heads it. Any other
    // fails here. (And two of ZZZZZZZZZZZZZZZZQ–ZZZZZZZZZZZZZZZZX: gz-298, a 2006 repost with no headline
    // left, whose deck of the leaders who attended heads it, and jx-300, a 美篇 post whose photo captions
    // head its two items, which its key reads as one.) (And three of
    // ZZZZZZZZZZZZZZZZZZS–ZZZZZZZZZZZZZZZZZZZD: cq-355, an archive's page flattened into one line, its column,
    // breadcrumb, headline, publishing line and story run together, whose line opens the title; gs-351, a
    // photo report whose first caption (深入县城行政广场进行调研) stands over the story; and sn-362, its site's
    // slogan (看家乡事，品故乡情) over a page whose headline has no row of source and date under it.) (And hb-416 (ZZZZZZZZZZZZZZZZZZZZZF), a repost whose
    // picture's caption, set as a table's cell after the empty picture (唐良智对政协委员提出的问题和建议一一回答 |),
    // stands over its paper's name and the headline.) (And three of ZZZZZZZZZZZZZZZZZZZZZI–ZZZZZZZZZZZZZZZZZZZZZZL: ah-428, a
    // template site's category heading over a county committee's five-year report (全国政协委员履职报告); ha-421, an
    // official notice whose number (牟协〔2018〕4号) stands over its issuer and its title broken over two lines (read
    // as no headline, it took the issuer with it and the page lost its case); and ha-448, an e-paper page whose
    // other headlines stand over the committee's story.) (And gd-487 (ZZZZZZZZZZZZZZZZZZZZZZZY), a content farm's
    // dictionary entry on the city committee's name, its own heading 中山市政协的词语属性 over its answer: a shape for
    // such headings still left the heading the case's title.) (And two of ZZZZZZZZZZZZZZZZZZZZZZZZS–ZZZZZZZZZZZZZZZZZZZZZZZZX:
    // zj-507, a repost whose first line runs its WeChat source's credit into the headline's first half (据同心苑
    // 助力“重要窗口”建设); zj-508, an essay whose only line over it is its author's committee and name (海宁市政协
    // 周红霞), its headline an enumerated heading below. Neither shape occurs elsewhere in the set.) (And sc-518
    // (ZZZZZZZZZZZZZZZZZZZZZZZZZD), a forum's repost whose only line over the story is a photo's caption
    // (5月21日举行的杭州市—广元市东西部协作工作高层联席会现场), the title of the article and its case.) (And two of
    // ZZZZZZZZZZZZZZZZZZZZZZZZZE–ZZZZZZZZZZZZZZZZZZZZZZZZZJ: js-524, a mirror of a city committee's monthly chronicle whose
    // name (2016年2月份大事记) its key reads as furniture, where other keys accept a chronicle's name as its title;
    // and xz-520, a spam copy whose headline has a spam word run into it (…义务植树活计划).) (And three of the
    // twenty-seventh session's batches: gs-533, a city government's chronicle named for itself (市政府工作要事记),
    // which its key reads as furniture; zj-531, a spam copy whose injected line stands alone over the story
    // (九州体育的网址是多少) with the real headline only inside the page's barred title further down; and bj-547, a
    // document mill's numbered issuer line (篇1：东兴区中山乡政府).) (And qh-575 of the twenty-eighth session, a paper's
    // kicker over its headline (出席全国政协十四届一次会议, over 住青全国政协委员抵京), which its key reads as furniture,
    // the title of the article and its case.) (And gz-653 of the thirty-fourth session, a portal's special topic whose
    // banner (贵州省党政代表团赴广东学习考察) stands over its breadcrumb and the story's own headline, a page where no
    // committee acts: the article's title.) (And hl-754 of the thirty-seventh session, a spam copy whose injected phrase
    // (亲子家庭走进高校) stands twice over the story and again run into its first words, where the feature has no headline.)
    // (And bj-887 of the forty-second session, a mirror's series line (纪念人民政协成立65周年·我与政协) over an essay whose
    // own headline follows it, which its key reads as furniture.) (And xj-983 of the forty-sixth session, a department's
    // open-government page whose banner, its own name, stands over the proposal opinion it files, a page where no
    // committee acts: the article's title.) (And nx-997 of the forty-seventh session, a reading site's header, its
    // name run into the book's (书城文化文化海原), over a chapter whose first paragraph tells a committee's survey: the
    // title of the article and its case.) (And three of the forty-eighth session's rounds: ah-1027, a series line over a
    // feature with no headline (政协委员自主调研纪行之一); cq-1029, a spam copy's brand run into its headline (…金梦世界);
    // and qh-1033, a journal's name and issue (柴达木开发研究 2017年3期) over an interview whose headline the copy lost.)
    // (sn-345, hi-1039 and ah-1046 left the list in the fiftieth session, once the line right over a post's row of
    // source and date (`江淮时报 2011-05-17 10:40 大字`) is read as its headline, over a site's slogan or tag; and
    // fj-1078 once a photo's caption with whoever supplied it (…漳平市政协办供图) is furniture.) (And five of the fiftieth session's:
    // hl-1070, a reworded copy's subhead (■观察两次当地会议) over a session report with no headline; gs-1077, a photo's
    // caption (委员们参观静安门社区一集中取火点) over the story's headline; gd-1076, a spam
    // mirror's app prompt (…使用指南添加到桌面); js-1078, a reply's form label (时 效 | 有效); and ah-1084, sn-362's slogan
    // again over a 池州 story whose headline the page reads as its reporter's credit (记者邓柱市政协组织…).) (And three of
    // the fifty-first session's second round: cq-1095, an e-paper's subhead (落实委员提案 既种地又养地) over a story whose
    // headline the copy lost; and he-1095, a magazine's name and issue (乡音 2018年8期), for the article and its case.)
    // (qh-1033 and he-1095 left it in the same session, once a magazine's name and issue is furniture, and a magazine
    // site's date with its writers run on after it (`2018-02-22常永利`) is its publishing line, not the headline.) (And
    // hi-19 once a member's proposal handed in anywhere on a page is its committee's: a Traditional copy with readings
    // whose first line is its photo's caption (政协委员到场领取证件), now the title of a case it never had.) (And three of
    // the fifty-second session's first round: tj-1113, a hijacked copy's platform link (委员办公平台) over a story whose
    // every 政协 the spam replaced; and zj-1115, a spam host's garbled opening line, for the article and its case.) (And
    // five of its third round: ln-1125, a committee's social-media link (“辽宁政协”微信公号) over a story whose headline the
    // copy lost; sn-1124, a side list's cut-off item over a resolution whose headline runs over three lines, for the
    // article and its case; and yn-1127, a foundation's name heading its own site, over a speech printed there, for both.)
    // (And three of the fifty-third session's first round: ha-1135, a paper's credit line heading a reprint (《天中晚报》：…揭牌 --); and sn-1134, a
    // column's mark before the committee's name (□ 韩城市政协), for the article and its case. And three of its second:
    // sc-1139, a proposal system's site name (朝天政协 - 提案管理系统), for the article and its cases; and sh-1137, a
    // screen reader's hint (正文内容区域请使用tab按钮切换浏览). And two of its third: yn-1147, a district government's
    // site name and address over a proposal's reply, for the article and its case. And one of its fourth: sh-1152, a
    // wiki's tabs run on after an entry's name (…政协检视原始码讨论检视历史).)
    // (And one of the fifty-fourth session's first round: gz-1157, a photo's caption over a page with no headline. And
    // one of its fourth: tj-1177, a map page's heading (宝坻区地图) over a biography.)
    // (And two of the fifty-fifth session's fourth round: ha-1202, a site's banner of civic slogans; and hn-1202, a site's
    // slogan (聚合邵阳新闻 传播邵阳声音).)
    // (Since the fifty-fifth session a committee's site's links to its members', proposals' and mail systems (委员办公平台,
    // 电子邮件系统, 朝天政协 - 提案管理系统), a site's name with its owner's address and a portal's 政府信息公开指南 are furniture:
    // tj-296's, tj-450's, tj-1113's and yn-1147's are gone, and sc-1139's help page takes its first heading, 系统要求和帐号.
    // So are a screen reader's hint and an app's prompt to pin the site: sh-1137's and gd-1076's are gone.)
    // (And two of the fifty-sixth session's third round: hn-1220, a copy's tag line over a page with no headline; and
    // sh-1225, a spam copy's keywords run on after the headline. And one of its fourth: sn-1231, a document site's
    // series heading (第一篇：…优秀征文) over an essay whose own headline the copy lost, for the article and its case.)
    // (And four of the fifty-seventh session's third round: hn-1251-shaoshan, the last day of a travel ad's itinerary
    // (D4 五道峡景区) over a story; and hn-1251-wangyuewen, a portal's name and channel (新浪湖南 资讯) over a headline
    // the page prints as a sentence, each for the article and its case. And two of its fourth round: xj-1258, a column's
    // name (代表委员声音) over a page where no committee acts; and zj-1255, a photo's caption over a woodcarving fair's
    // opening.)
    expect(scores.flatMap((s) => s.furnitureTitles.map((f) => `${s.base}: ${f}`))).toEqual([
      'ah-1027-shucheng-hanqiao-jinrong-readings: 政协委员自主调研纪行之一',
      'ah-1084-chizhou-bingxian-shuiku: 看家乡事，品故乡情',
      'ah-1084-chizhou-bingxian-shuiku: 看家乡事，品故乡情',
      'ah-163-shengzx-lianghui-big5: 传达学习全国“两会”精神',
      'ah-163-shengzx-lianghui-big5: 传达学习全国“两会”精神',
      'ah-428-fengyang-bajie-wunian: 全国政协委员履职报告',
      'ah-428-fengyang-bajie-wunian: 全国政协委员履职报告',
      'ah-53-taihu-zhoubao-kaocha: 太湖政协工作周报',
      'bj-547-daxing-zhengfubaogao-wenmi: 篇1：东兴区中山乡政府',
      'bj-887-quanguo-wenshi-yangshi-trad: 纪念人民政协成立65周年·我与政协',
      'bj-887-quanguo-wenshi-yangshi-trad: 纪念人民政协成立65周年·我与政协',
      'cq-1029-qijiang-caikongqu-spam: 煤炭采空区问题亟待解决金梦世界',
      'cq-1029-qijiang-caikongqu-spam: 煤炭采空区问题亟待解决金梦世界',
      'cq-103-qianjiang-duantoulu-zhuanti: 精准扶贫 政协在行动',
      'cq-103-qianjiang-duantoulu-zhuanti: 精准扶贫 政协在行动',
      'cq-1095-tongliang-xuantianhu-gongce: 落实委员提案 既种地又养地',
      'cq-355-zxb-chuangkan: 档案里的今天 您的位置：首页 >档案文化>档案里的今天>详细内容 《重庆政协报…',
      'gd-487-zhongshan-cidian-notpractice: 中山市政协的词语属性',
      // (The thirty-first session's gd-603: an e-paper's photo caption over a street's signing ceremony, the article's title.)
      'gd-603-tangjing-gongshanglian: 大会现场（图/棠景宣）',
      'gs-1077-lanzhou-dongfang: 委员们参观静安门社区一集中取火点',
      'gs-1077-lanzhou-dongfang: 委员们参观静安门社区一集中取火点',
      'gs-351-zhangjiachuan-songjingguo: 深入县城行政广场进行调研',
      'gs-351-zhangjiachuan-songjingguo: 深入县城行政广场进行调研',
      'gs-533-zhangye-yaoshiji-notpractice: 市政府工作要事记',
      'gz-1157-hezhang-huobajie-notpractice: 县人大常委会主任禄炳军宣布火把节开幕',
      'gz-298-guizhou-2006-kaimu: 石宗源石秀诗孙淦曹洪兴王富玉等应邀出席',
      'gz-298-guizhou-2006-kaimu: 石宗源石秀诗孙淦曹洪兴王富玉等应邀出席',
      'gz-653-yuexingji-furniture: 贵州省党政代表团赴广东学习考察',
      'ha-1135-zhumadian-shuhuayuan: 《天中晚报》：驻马店市书画研究院揭牌 --',
      'ha-1202-songfengqiang-lvzhi-trad: 不信谣不传谣 讲文明树新风 网络安全',
      'ha-127-zhongyuan-gaikuang: 政协概况',
      'ha-127-zhongyuan-gaikuang: 政协概况',
      'ha-145-xinyang-zhuanban: 投下神圣的一票',
      'ha-145-xinyang-zhuanban: 投下神圣的一票',
      'ha-222-nanyang-sthj-notcase: 建议提案办理总体情况',
      'ha-27-zhengzhou-wenshiguan: 郑州黄河文化公园管理委员会',
      'ha-421-zhongmou-gongwei-kaohe: 牟协〔2018〕4号',
      'ha-421-zhongmou-gongwei-kaohe: 牟协〔2018〕4号',
      'ha-448-zhongyuan-jiujie-epaper: 紧盯高质量发展目标 不断增强企业竞争力',
      'ha-448-zhongyuan-jiujie-epaper: 紧盯高质量发展目标 不断增强企业竞争力',
      'hb-416-wuhan-shizhang-zuotan: 唐良智对政协委员提出的问题和建议一一回答',
      'hb-416-wuhan-shizhang-zuotan: 唐良智对政协委员提出的问题和建议一一回答',
      'hb-455-fangxian-zhucan: 张富华一行慰问特困残疾人',
      'hb-455-fangxian-zhucan: 张富华一行慰问特困残疾人',
      'hi-19-haikou-readings: 政协委员到场领取证件',
      'hi-69-haikou-aixin-trad: 南海网、南海网客户端',
      'hl-1070-sheng-lianghui-liucai-spam: ■观察两次当地会议',
      'hl-295-yilan-xianzhi-jieci: 《依兰县志》',
      'hl-295-yilan-xianzhi-jieci: 《依兰县志》',
      'hl-754-qiyejia-shalong: 亲子家庭走进高校',
      'hl-754-qiyejia-shalong: 亲子家庭走进高校',
      'hn-09-wulingyuan-baogao-2007: 政协新乐市第四届委员会工作总结',
      'hn-09-wulingyuan-baogao-2007: 政协新乐市第四届委员会工作总结',
      'hn-1202-shaoyang-tuopin-weiyuan: 聚合邵阳新闻 传播邵阳声音',
      'hn-1220-yueyang-minjian-yundonghui: 乒乓球 羽毛球 时政 岳阳网 岳阳网 2017-09-10',
      'hn-1251-shaoshan-hunli-spam: D4 五道峡景区',
      'hn-1251-shaoshan-hunli-spam: D4 五道峡景区',
      'hn-1251-wangyuewen-hongse-fayan: 新浪湖南 资讯',
      'hn-1251-wangyuewen-hongse-fayan: 新浪湖南 资讯',
      'hn-144-daxiang-tanjiang-trad: 大祥区政协委员在檀江乡开座谈会',
      'hn-144-daxiang-tanjiang-trad: 大祥区政协委员在檀江乡开座谈会',
      'hn-458-huaihua-wenshi-fanwen: 政协2023上半年工作总结',
      'hn-458-huaihua-wenshi-fanwen: 政协2023上半年工作总结',
      'hn-55-changde-briefs: 政协简报范文',
      'hn-55-changde-briefs: 政协简报范文',
      // (The thirty-second session's hn-614: a photo caption over a township's inspection of ditches, on a page where no committee acts.)
      'hn-614-cili-township: 调研组一行在蹇庄村境内视察沟渠现状',
      'js-1078-lianyungang-sanzang-xieban-notpractice: 时 效 | 有效',
      'js-175-xinghua-tian: 全国两会最新提案工作报告',
      'js-175-xinghua-tian: 全国两会最新提案工作报告',
      'js-472-quanshan-nongye-captions-bare: 视察庞庄广宇养殖厂',
      'js-472-quanshan-nongye-captions-bare: 视察庞庄广宇养殖厂',
      'js-524-changzhou-dashiji-mirror: 2016年2月份大事记',
      'js-524-changzhou-dashiji-mirror: 2016年2月份大事记',
      'jx-300-shangrao-liusong: 上饶市政协主席俞健发表讲话',
      'jx-300-shangrao-liusong: 市政协及县政协向铅山县新滩乡赠送“六送”清单',
      'ln-1125-shengzx-zhoubo-dalian-weiyuan: “辽宁政协”微信公号',
      'nm-42-kyzq-dashiji: 科右中旗人民政府大事记',
      'nm-42-kyzq-dashiji: 科右中旗人民政府大事记',
      'nx-997-haiyuan-houji-book: 书城文化文化海原',
      'nx-997-haiyuan-houji-book: 书城文化文化海原',
      'qh-575-zhuqing-weiyuan-dijing-notpractice: 出席全国政协十四届一次会议',
      'qh-575-zhuqing-weiyuan-dijing-notpractice: 出席全国政协十四届一次会议',
      // (The thirty-third session's qh-633: a photo caption, a congress deputy's post and name, over delegates registering for the sessions.)
      'qh-633-lianghui-baodao: 省人大代表程明发',
      'sc-1139-chaotian-tian-xitong: 系统要求和帐号',
      'sc-239-nanchong-bimu: 政协委员参会前有序排队过安检',
      'sc-518-bazhong-bbs-zhechuan: 5月21日举行的杭州市—广元市东西部协作工作高层联席会现场',
      // (The thirty-fifth session's sc-689: a party's page whose headline carries the site's name after a dash, its
      // bulleted copy below read as a list of links.)
      'sc-689-rongtai-minge: 成都：市政府台办、市委会联合举办“携手共促融合 同心共创发展”蓉台企业家联谊座谈会 - 四川民革',
      'sd-94-gangcheng-lianluozhan: 纪念抗战爆发77周年',
      'sd-94-gangcheng-lianluozhan: 纪念抗战爆发77周年',
      'sh-1152-jingan-baike-fanti: 上海市静安区政协检视原始码讨论检视历史',
      'sh-1225-xuhui-xinxi-tuijin: 徐汇区政协召开2024年反映社情民意信息工作推进会，发展，政协委员，市政协',
      'sh-261-jinshan-huimou: 金山区张堰镇政协主席，王美新',
      'sh-96-shanghai-hongse: 中国红色报道',
      'sh-96-shanghai-hongse: 中国红色报道',
      'sn-1124-qishan-zhengzhi-jueyi: 县政协持续开展“稳增长·委员在',
      'sn-1124-qishan-zhengzhi-jueyi: 县政协持续开展“稳增长·委员在',
      'sn-1134-hancheng-huanghe: □ 韩城市政协',
      'sn-1134-hancheng-huanghe: □ 韩城市政协',
      'sn-1231-yaozhou-zhengwen-readings: 第一篇：政协委员庆祝政协60周年优秀征文',
      'sn-1231-yaozhou-zhengwen-readings: 第一篇：政协委员庆祝政协60周年优秀征文',
      'sn-362-yulin-changwei-fayan-zhaibian: 看家乡事，品故乡情',
      'sn-362-yulin-changwei-fayan-zhaibian: 看家乡事，品故乡情',
      // (The thirty-third session's sx-648: a memoir's book title over the chapter a study site reprints, which its key reads as furniture, twice.)
      'sx-648-xiangyuan-changjiang-history: 《征程：中国人民解放军长江支队回忆录》',
      'sx-648-xiangyuan-changjiang-history: 《征程：中国人民解放军长江支队回忆录》',
      // (The thirty-fifth session's column label over a longer headline moved sx-80's list page from its column's name to its first item's date.)
      'sx-80-jincheng-lianghui-list: 2024年1月23日  召开',
      'tj-1177-baodi-ditu: 宝坻区地图',
      'tj-296-tianjin-600nian-big5-np: 2004年天津“两会”1476件建议、提案全部办复',
      // (The forty-fifth session's tj-952: a bureau's reply, its headline run into the disclosure's labels, `类别：A 签发领导：…`.)
      'tj-952-nongye-tian-dafu-notpractice: 对市政协第十五届一次会议第0417号提案的办理答复 类别：A 签发领导：金汇江 公开属性：是',
      'xj-1258-daibiao-weiyuan-tongdao-notpractice: 代表委员声音',
      'xj-983-jiaotongting-tian-huiban-notpractice: 新疆维吾尔自治区交通运输厅',
      'xz-449-zizhiqu-shijie-wuci-english: By 许丽芳 Source:China Tibet News 2017-01-16',
      'xz-520-shannan-zhishu-spam: 王拥军与山南干部群众共同参加义务植树活计划',
      'xz-520-shannan-zhishu-spam: 王拥军与山南干部群众共同参加义务植树活计划',
      'yn-1127-yunnan-qingai-fangai-jianghua: 北京青爱教育基金会',
      'yn-1127-yunnan-qingai-fangai-jianghua: 北京青爱教育基金会',
      'yn-15-kunming-dushu-readings: 政协委员分享读书心得',
      // (The fortieth session's yn-824: a government department's reply to a proposal, under its site's column name
      // (政协提案办理答复), which its key reads as furniture, the title of the article and of the case made of it.)
      'yn-824-honghe-tian-dafu-notpractice: 政协提案办理答复',
      'yn-824-honghe-tian-dafu-notpractice: 政协提案办理答复',
      // (The forty-first session's yn-857: a mirror that opens with a photo's caption, a verb and its object with no
      // one doing it (调研红塔集团技改项目), two more such captions below it, which its key reads as furniture.)
      'yn-857-yuxi-donghua-trad: 调研红塔集团技改项目',
      'yn-857-yuxi-donghua-trad: 调研红塔集团技改项目',
      'zj-1115-qingyuan-huishuhua-spam: 在浙江省庆元县一场名为法律小常识100条问答的专题协商活动如同一棵古树深植于当地经济的根基之中通过反',
      'zj-1115-qingyuan-huishuhua-spam: 在浙江省庆元县一场名为法律小常识100条问答的专题协商活动如同一棵古树深植于当地经济的根基之中通过反',
      'zj-1255-dongyang-mudiao-bolanhui-notpractice: 参加木雕节的领导和嘉宾在开幕式上',
      'zj-126-lucheng-kaimu-yicheng: 直播回放：鹿城区人大九届一次会议开幕式',
      'zj-468-ningbo-zhuanweihui-flipbook: PAGE   本期聚焦 宁波政协',
      'zj-507-wencheng-shanxi-lianluozu: 据同心苑 助力“重要窗口”建设',
      'zj-507-wencheng-shanxi-lianluozu: 据同心苑 助力“重要窗口”建设',
      'zj-508-haining-minshengyishitang: 海宁市政协 周红霞',
      'zj-508-haining-minshengyishitang: 海宁市政协 周红霞',
      'zj-531-zhoushan-huanjing-spam: 九州体育的网址是多少',
      // (The thirty-second session's zj-619: a spam product listing's name field over an essay, its token run into the essay's title.)
      'zj-619-wenzhou-wenshi-readings: 名称：wwwapp88}：抢救城市记忆',
      'zj-619-wenzhou-wenshi-readings: 名称：wwwapp88}：抢救城市记忆',
      'zj-71-wuchan-zheshang-notpractice: 中国智慧供应链集成服务引领者',
    ]);
  });

  it('makes no more cases that match nothing in the keys than it did', () => {
    // Twenty-three today: three bare committees nothing on the page places (hb-75's 县政协, whose county
    // the page names only inside a quoted brand; ah-96's 市政协, known only from its paper's host
    // luaninfo.com; ha-47's 市政协, known only from its chairwoman's name and its paper's address); bj-07's 安徽省政协, which a member's profile names as organising research
    // (安徽省政协组织的多项调研中…); a
    // second item of one committee in each of three national digests (bj-48, bj-70, zj-80) whose
    // keys merge a committee's consecutive headed items into one case, where the pipeline keeps
    // each headline its own case, as other keys do (hl-84); a committee a feature returns to, a
    // second case its key folds into the first (zj-55's 浙江省政协, sc-64's 阿坝州政协,
    // hn-36's 长沙市政协, whose feature returns to it after a paragraph on 湖南省政协's
    // chairman's earlier visit, which its key reads as passing: two extras there); four more dated
    // items in each of two chronicles (zj-46, js-36) whose keys fold their committee's items into
    // one case where the pipeline, like other chronicle keys (ha-87), gives each dated item its
    // own; hb-57's 十堰市政协,
    // whose chairman leads a group of the provincial committee (省政协…委员组); sd-94's 提案追踪
    // item headed by its district's name, which the key reads as the government's work; and zj-27's
    // 大连市政协, whose vice-chairman and another city's open a paragraph of who attended two district
    // committees' meeting (…王玲杰，舟山市政协…干松章出席), read as acting; and bj-58's last dated item,
    // which the excerpt cuts after its first words (`9月15日，政协北京市第十二届委`).
    // Twenty-four since batches JA–JF: cq-35's press tour organiser (no longer a case: a committee's
    // press tour into a place is read as reporting that place's practice, as cq-35's and cq-15's keys
    // read it, where ha-59's and gz-07's make the organiser a case). Twenty-five since
    // KA–KF: zj-31's bare 区政协 of a 普陀区 the page never tells apart from Shanghai's (only the
    // slogan 重要窗口 and the topic say 舟山), a case placed nowhere beside the expected one missed.
    // Thirty-one since LA–LF: ah-09's three visitors and gs-23's memoir, pinned above; ah-09's second
    // dated item of its own committee (its key folds the chronicle into one case), placed in 五河县 by
    // the site's initials `whx` (芜湖县 has been 湾沚区 since 2020); and tj-09's 市政协委员视察, placed
    // in 舒兰 by a stray place name where the page is 天津市政协's. Thirty-two since MA–MF: ha-46's
    // 市政协 of a 洛阳日报 page whose byline the copy broke across two lines (`（实习生` / `张琳）市政协…`),
    // placed nowhere beside the expected case missed. (Thirty-one after NA–NF's press-tour rule;
    // thirty-two again since OA–OD: ah-11's visited district, pinned above. PA–PF added none: their
    // one-committee items under a framing lead, related-news tails and not-practice pages yield none;
    // thirty-one after zj-27's roll of two committees' guests, thirty-two with QA–QF's sn-78, pinned above.)
    // Thirty-six since TA–TF: hb-85's host, pinned above; bj-03's 怀柔区政协, whose chairman, speaking
    // at the city committee's press interview, introduces the city committee's brand (…主席刘久刚介绍了
    // 北京市政协创新打造的…品牌); gd-07's 始兴县政协, whose party group leads the city committee's members
    // living in the county (在始兴县政协党组的带领下，住始兴的七位市政协委员…) in a closing paragraph of the
    // city committee's story; and gd-07's 广东省政协, for a roundup's opening on the whole province's
    // 文史 conference (全省政协文史资料工作会议在广州召开), which its key reads as no one's case.
    // Forty-four since UA–UF: seven further dated items of js-13's 工作动态 of one committee (7月2日…,
    // 7月3日…), whose key folds them into one case where sixteen other keys of run-in pages give each
    // dated item its own; and jl-17's 延边州政协, whose vice-chairman opens a roll of who accompanied
    // the visit that the excerpt cuts before its verb (…延边州政协副主席权贞子，珲春市政协主席李强，珲).
    // Forty-six since VA–VF: fj-63's and gd-52's cut-off rolls, pinned above. Forty-eight since XI–XL:
    // fj-46's session, pinned above; and zj-62's 浙江省政协, whose guidance takes 海宁's brand to the
    // whole province (今年8月,省政协印发指导意见,“民生议事堂”从海宁走向全省) in one paragraph of
    // 海宁市政协's story, which its key reads as passing. Forty-nine since XM–XP: ah-26's 合肥市政协, named
    // in a feature's headline (安徽合肥政协助“忧居”变“优居”) over a district's town liaison group, which its
    // key reads as the city's committees together. Fifty since XU: jx-29's, pinned above. Fifty-one
    // since XW: tj-44's, pinned above. Forty-nine since ah-11's and hb-85's hosts gave way to the
    // visitor whose first sentence visits them. Fifty since articles in which no committee acts may
    // still tell its practice: sn-71's, pinned above. Fifty-two since YD–YF: ha-97's, pinned above, and
    // hn-97's 湖南省政协, from a photo caption of the provincial 政协云 platform's experts teaching
    // (省政协云专家现场授课) that the copy runs into a paragraph's end and then heads the captions after it.
    // Fifty-three since YG–YI: fj-98's, pinned above. Fifty-four since ZB–ZC: hn-82's channel menu at
    // the page's foot (`• 张家界` over `• 重要新闻`, `• 经济` …), read as a section under a place's name.
    // Fifty-three since ZG–ZI: jx-29's, no longer made. Fifty-five since ZJ–ZL: 吐鲁番地区 (curated as
    // 吐鲁番市's old name, so xj-85's visitor leads where its host 郴州 was made a case) splits xj-00's
    // roll of speakers at the regional committee at `政协吐鲁番地区工委副主任…`, the regional committee's
    // agency read as a committee of its own, and the rest of the roll as a second 新疆 case.
    // Fifty-four since ZZA–ZZC: bj-48's masthead (`来了!早闻政协`, a cry and a statement) is read as
    // the page's header, so its first two national items make one case, as its key folds them.
    // Fifty-six since ZZJ–ZZL: fj-70's search-result list prints one item of 莆田市政协 three times
    // (…组织部分政协委员、市直有关部门负责人…), which its key reads once and the pipeline as three items.
    // Fifty-seven since ZZS–ZZU: qh-37's report of 青海省政协's supervision, whose subheading
    // (夯实民主监督理论根基) starts a second case of the same committee that its key folds into one.
    // Fifty-eight since ZZZB–ZZZD: sx-06's bulletin opens with its members reporting for 吕梁市政协's
    // plenary (a case of the session's own business), an item its key leaves out. Fifty-nine since
    // ZZZH–ZZZJ: hl-25's 民革 visit, pinned above among the not-practice pages. Sixty since ZZZW–ZZZY:
    // js-46's 江苏省政协, whose guidance on members' studios opens a feature about 淮阴区's, as zj-62's
    // 浙江省政协 does in 海宁's story. Sixty-three since ZZZZC–ZZZZE: hl-51's 绥化市政协, whose chairman
    // speaks at the provincial session as its standing member (his city's case by the pipeline, passing
    // by its key); and yn-52's tour of 玉溪市政协's exhibition to 华宁, a feature without a headline whose
    // host's secretary-general speaks in a paragraph of his own (a part of 华宁县政协, pinned above as
    // a host) before the city committee is named again as organiser (a second 玉溪 part). Sixty-four
    // since ZZZZI–ZZZZK: jl-56's 民进 donations, pinned above among the not-practice pages. Sixty-six
    // since ZZZZO–ZZZZQ: hb-62's 民盟 congress and hn-63's 民革 members at the sessions, pinned there too.
    // Sixty-seven since ZZZZX–ZZZZZ: zj-71's firm's award, pinned there as well. Sixty-nine since
    // ZZZZZD–ZZZZZF: yn-78's bureau's answer to a proposal, pinned there; and hi-78's 海南省政协 research
    // in 临高, whose second paragraph (在临高调研时，…) starts a part of its own under 临高县 as a feature
    // moving to a county, where its key reads one provincial case. Sixty-seven since ZZZZZK–ZZZZZL:
    // ha-84's national visitor, pinned above, and three fewer since a name alone over lines with no
    // sentence is no heading (hn-82's channel menu under `• 张家界`, sd-94's proposal item under its
    // district's name, zj-84's roll of awards). Sixty-eight since ZZZZZM–ZZZZZP: hn-87's 湖南省政协, whose
    // contest's introduction (湖南省政协特举办湖南政协履职创新故事大赛) opens a showcase of one county's
    // studio: a lead in which a committee that heads no section acts is its practice, where this key
    // names it passing. Seventy since ZZZZZV–ZZZZZX: sh-95's host and sc-95's 民盟 trip, pinned above.
    // Seventy-one since ZZZZZY–ZZZZZZ: sc-99's 农工党 meeting, pinned above. Seventy-two since
    // ZZZZZZZG–ZZZZZZZJ: hb-55's
    // dated notes of a district office studying the national plenary, whose first item opens with the
    // plenary itself (全国政协十二届一次会议开幕。为及时学习…新洲区政协干部职工…收看), read as the national
    // committee's item where its key names it passing. Seventy-seven since ZZZZZZZO–ZZZZZZZR: gz-68's four
    // fellow organisers and sc-65's county party conference, pinned above. Seventy-eight since
    // ZZZZZZZW–ZZZZZZZZ: sx-76's bare 县政协 on a 绛县 paper's page, placed in 新绛县 by a building site
    // the text calls 新绛中 (the new 绛县中学's, its key reads). Seventy-nine since ZZZZZZZZE–ZZZZZZZZH:
    // hn-82's second item of 零陵区政协 in a provincial list of award-winning reports, which its key
    // folds into the first. Eighty since ZZZZZZZZZC–ZZZZZZZZZF: sc-103's united-front trip, pinned above.
    // Eighty-one since ZZZZZZZZZP–ZZZZZZZZZR: yn-117's 安宁市政协, a member named right after his committee
    // (安宁市政协潘志丕，利用政协委员…身份优势…) whose own deed opens a paragraph of a city committee's
    // feature, read as that committee acting. Eighty-seven since ZZZZZZZZZS–ZZZZZZZZZZQ: the four
    // not-practice pages pinned above (and sc-95's gone, since a chairman leading his party's own people
    // goes for the party); sd-127's voices of 潍坊 members living in 昌邑, one line a phrase,
    // whose quoted member says what the new 昌邑市政协 will do (its key reads the city plenary);
    // sh-136's 上海市政协 naming model stations in a lead over 普陀's, and gs-137's 甘肃省政协 calling
    // on members to give in a lead over 金昌's donations, where their keys name the province passing.
    // Ninety-two since ZZZZZZZZZZR–ZZZZZZZZZZZC: gx-152's visitor and the three not-practice pages, pinned
    // above; and gx-152's 广西壮族自治区政协, named as one funder of the history hall (自治区政协、防城港市政协
    // 和东兴市委、市政府…安排专项资金), in the paragraph after the visitor's, read as acting. Ninety-three
    // since ZZZZZZZZZZZH–ZZZZZZZZZZZK: nm-158's, pinned above. Ninety-four since outlets of any name
    // before 讯 and a date are a dateline: sd-12's host, pinned above. Ninety-five since
    // ZZZZZZZZZZZL–ZZZZZZZZZZZO: cq-165's partner, pinned above. A hundred and two since
    // ZZZZZZZZZZZQ–ZZZZZZZZZZZZL: js-170's partner and four not-practice pages, pinned above; and yn-173's
    // feature on 临沧, whose lead names the province's campaign (自2020年云南省政协在省内开展“协商在基层”
    // 工作以来) where its key names it passing, and whose closing part on the city's tea (在临沧各地…) is read
    // as a second part of the city committee's, where its key makes the whole page one case. A hundred
    // and eighteen since ZZZZZZZZZZZZQ–ZZZZZZZZZZZZZR: the five not-practice pages pinned above; ha-203's
    // magazine review of the provincial committee's year with its members, whose dated items (十三届省政协
    // 新任委员培训班…举行, 河南省政协专门委员会主任会议召开 …) are each read as a case where its key makes the
    // page one, and whose first item, the national committee's course for new members, as that
    // committee's (seven); js-210's yearbook entry on the provincial committee, whose entries (政协江苏省
    // 十一届二次会议, 省政协常委会议) are read likewise (two); and two bare 市政协 that nothing on the page
    // places but a slogan (he-218's 沿海经济强市, sn-204's 秦岭最美是商洛), each a case with no region
    // beside the one its key expects. A hundred and seventeen since a vice-chairman who is a party's
    // chair presiding chairs the party's meeting: sc-99's 农工党 meeting is no case.
    // A hundred and thirty-nine since ZZZZZZZZZZZZZS–ZZZZZZZZZZZZZZX, 351 articles more: the twenty
    // not-practice pages pinned above (gz-152's and jl-177's gone); gd-229's news list of the provincial
    // committee, whose item on an association's election of the committee's chairman (广东公共外交协会换届
    // 林克庆当选新一届会长) is read as the committee's, its summary naming him by his committee post; and
    // fj-231's bare 市政协 that only its site's address places (fdxww.com, 福鼎新闻网), a case with no region beside
    // the one its key expects. A hundred and forty since a standing member who heads one of the committee's
    // special committees leads for it: fj-46's chronicle item of 上海市政协's party visiting 三明 (上海市政协常委、
    // 文化卫生体育委员会主任陈学军带领调研组来明), which its key, like ah-09's, leaves to the home committee.
    // A hundred and forty-six since ZZZZZZZZZZZZZZY–ZZZZZZZZZZZZZZZF, 68 articles more: the six not-practice
    // pages pinned above. A hundred and sixty-one since ZZZZZZZZZZZZZZZG–ZZZZZZZZZZZZZZZN, 80 articles more:
    // the five not-practice pages pinned above, and ah-265's 大事记 of 马鞍山市政协 for 2015, whose dated
    // items (5月…召开…常委会, 6月…举办…培训班 …) are each read as a case where its key makes the page one, as
    // ha-203's and js-210's (ten). A hundred and sixty-six since ZZZZZZZZZZZZZZZO–ZZZZZZZZZZZZZZZT, 63 articles
    // more: the five not-practice pages pinned above. A hundred and sixty-nine since
    // ZZZZZZZZZZZZZZZU–ZZZZZZZZZZZZZZZZ, 51 articles more: the three not-practice pages pinned above. A
    // hundred and seventy since ZZZZZZZZZZZZZZZZA–ZZZZZZZZZZZZZZZZH, 77 articles more: the seven not-practice
    // pages pinned above, less the six the seventeenth session's reading of officials who only attend took
    // away (five of them on not-practice pages, named above). A hundred and seventy-two since
    // ZZZZZZZZZZZZZZZZI–ZZZZZZZZZZZZZZZZP, 80 articles more: the two not-practice pages pinned above. A hundred
    // and seventy-nine since ZZZZZZZZZZZZZZZZQ–ZZZZZZZZZZZZZZZZX, 78 articles more: the five not-practice pages
    // pinned above, jx-300's second photo caption (its key makes the post one case) and hb-304's list of the
    // provincial committee's news, whose item on a provincial tourism meeting its chairman attends is read as
    // the committee's. A hundred and eighty-two since ZZZZZZZZZZZZZZZZY–ZZZZZZZZZZZZZZZZZF, 31 articles more: the
    // three not-practice pages pinned above. A hundred and eighty-three since ZZZZZZZZZZZZZZZZZG–ZZZZZZZZZZZZZZZZZN,
    // 72 articles more: the not-practice page pinned above. A hundred and eighty-five since
    // ZZZZZZZZZZZZZZZZZO–ZZZZZZZZZZZZZZZZZT, 61 articles more: he-324's and zj-326's hosts pinned above (none
    // more from ZZZZZZZZZZZZZZZZZU–ZZZZZZZZZZZZZZZZZZ, 60 articles). A hundred and eighty-eight since
    // ZZZZZZZZZZZZZZZZZZA–ZZZZZZZZZZZZZZZZZZF, 56 articles more: the two not-practice pages pinned above and
    // ah-337's second case of 蚌埠市政协's plenary, a party's site telling the opening and then its members'
    // proposals, which its key makes one case. A hundred and ninety-three since
    // ZZZZZZZZZZZZZZZZZZG–ZZZZZZZZZZZZZZZZZZL, 57 articles more: the four not-practice pages and ha-340's visited
    // committee pinned above. A hundred and ninety-two since ZZZZZZZZZZZZZZZZZZM–ZZZZZZZZZZZZZZZZZZR, 62 articles
    // more: he-349's not-practice page pinned above, less two scenes of a feature that opened in a place where
    // no committee or member is named (hi-78's 在临高调研时, yn-173's 在临沧各地). A hundred and ninety-three since
    // ZZZZZZZZZZZZZZZZZZS–ZZZZZZZZZZZZZZZZZZZD, 113 articles more: sc-360's bare 州政协 that only a township in 康定
    // the gazetteer does not know would place. A hundred and ninety-four since ZZZZZZZZZZZZZZZZZZZE–ZZZZZZZZZZZZZZZZZZZJ,
    // 53 articles more: hl-367's not-practice page pinned above. Two hundred and three since
    // ZZZZZZZZZZZZZZZZZZZK–ZZZZZZZZZZZZZZZZZZZZF, 167 articles more: the four not-practice pages and he-380's host pinned
    // above; he-380's second part of the visiting county, hn-381's provincial committee in a cleft (推进…是省政协近年来
    // 组织开展的重点工作) and the city's member reporting on a provincial course, and ha-377's 地区政协 in a
    // city's history of its committee, where the keys read one committee's case each. Two hundred and twenty-five
    // since ZZZZZZZZZZZZZZZZZZZZG–ZZZZZZZZZZZZZZZZZZZZZH, 265 articles more: the twelve not-practice pages and hn-418's
    // two visitors pinned above, hn-418's four further numbered items of the county's own work; two bare 县政协 that
    // nothing on the page places but a school site's name (js-414, haianedu) or an address path (sn-417,
    // /xianqu/pingli/), each a case with no region beside the one its key expects; and yn-408's 南宁 and 贵阳
    // sections of a three-city chairs' meeting, each under its own heading, where its key reads 贵阳 as one case
    // with the meeting and 南宁 as none. Two hundred and thirty since ZZZZZZZZZZZZZZZZZZZZZI–ZZZZZZZZZZZZZZZZZZZZZZL, 283
    // articles more: the three not-practice pages pinned above; a bare 县政协 that only the site's initials place
    // (sc-446, snshxw), a case with no region beside the one its key expects; and sd-445's training held in 邹城,
    // whose bare 市政协 the venue's county-level 市 takes where its key reads 济宁's. Two hundred and
    // twenty-seven since places run together before a count (`金山平湖两地政协`, `昆明南宁贵阳三市政协`) are read
    // as that many committees: cq-165's partner and yn-408's 南宁 and 贵阳 sections now answer the meeting's
    // committees. Two hundred and fifty-five with the twenty-fourth session's thirty-five batches (380 articles
    // more): their seventeen not-practice pages pinned above; sn-458's chronicle of 2010, its dated items read
    // as cases where its key folds them (four); bare committees that only a dateline or a paper's initials
    // would place (hi-476, sc-469, zj-467); ha-457's city committee named in a TV show's caption; sc-455's
    // second dated item of one committee; yn-471's provincial chairman's words in a city's story; zj-461's
    // site name in a spam copy's title bar. Two hundred and sixty-five with the twenty-fifth session's
    // first twenty-two batches (220 articles more): their eight not-practice pages and sd-484's visitor pinned above,
    // and js-491's bare 区政协 that only its paper's code in the address places (JTSB, 金坛时报). Two hundred and
    // sixty-eight with its fifth round (22 articles more): its three not-practice pages pinned above. Two hundred
    // and sixty-six with the twenty-sixth session's first round (61 articles more), less the four not-practice pages
    // above that a united-front head's post no longer makes a committee's. Two hundred and seventy-two with its
    // second round (62 articles more): its four not-practice pages pinned above and sn-514's series of one
    // office's party day, its two dated items read as cases of their own where its key makes the series one.
    // Two hundred and eighty with its third round (59 articles more): its six not-practice pages pinned above,
    // and two bare committees placed wrongly or not at all (js-519's 市政协 by 金山, the name of 镇江's paper site
    // and of a 上海 district; jl-523's 西安区政协, a name three cities share, its city known only by a telephone code).
    // Two hundred and eighty-four with its fourth round (40 articles more): its four not-practice pages pinned above.
    // Two hundred and eighty-three in the twenty-seventh session before its batches came in (fj-63's ceremony at a
    // business federation is the federation's); two hundred and ninety-seven with its first three rounds (183
    // articles more): their ten not-practice pages and hn-529's host pinned above; hn-529's district named among a
    // contest's winners (武陵源区政协…), ha-540's bare 市政协 that only its paper's host places (zzrb, 郑州日报), and
    // zj-531's portal name (浙江政协履职服务综合平台) read as a section's heading on a spam copy.
    const extra = scores.flatMap((s) => s.extra.map((x) => `${s.base}: ${x.committee} «${x.title}»`));
    // Three hundred and seven with its fourth round (49 articles more): its six not-practice pages pinned above,
    // and bj-551's feature on the national committee's fortnightly consultations, whose dated paragraphs name the
    // committee by its terms (政协第一届全国委员会…, 政协第十二届全国委员会…), read as four more items of a chronicle
    // where its key makes the feature one case.
    // Three hundred and fourteen with its fifth round (39 articles more): its seven not-practice pages pinned above
    // (香港政协 is no committee: sc-556's association of Hong Kong members makes none). Three hundred and eleven
    // since a chairman's greeting by video (sd-556) and an official listed among leaders, others' staff after him,
    // attending (ha-555, and sx-273 of the sixteenth session) are guests; three hundred and nine since a chairman
    // in the party a county's party secretary heads (县委书记苟乙权，县政协主席李权易一行…) goes along (sc-554, ah-431);
    // three hundred and eight since a party's chair is known by its last character (社淄博市委主委, sd-534);
    // three hundred and one since a page without a headline is read by its lead after the date (seven parties'
    // pages, pinned above among the not-practice pages). Three hundred and three with the twenty-eighth session's
    // first round (48 articles more): its two not-practice pages pinned above; three hundred since a chairman
    // leading a place's party and government delegation goes for it (hn-36's two) and a roll of whole groups by
    // their posts attends (ln-523). Three hundred and three with the second round (62 articles more): its three
    // not-practice pages pinned above. Three hundred and nine with the third round (54 articles more): its six
    // not-practice pages pinned above (a person put forward for a vice-chairman's post is not yet its officer:
    // jx-574). Three hundred and sixteen with the fourth round (48 articles more): its seven not-practice pages
    // pinned above. Three hundred and twenty with the fifth round (49 articles more): its three not-practice pages
    // pinned above, and hb-583's provincial committee named in a former prefecture chairman's posts
    // (湖北省政协民族和宗教委员会副主任、七届州政协主席甘方谦).
    // Three hundred and nineteen with the thirty-first session's batches (`*-593-*` to `*-598-*`, 37 articles more): three
    // bare committees nothing on their pages places but a chairman's name or a landmark (fj-597's 县政协, hb-597's 县政协,
    // sd-597's 市政协), each a case of no region beside the one its key expects.
    // Three hundred and seventeen since a page that opens with a death and its funeral is a person's story (jx-494, sd-524).
    // Three hundred and eighteen with js-601 (above), and nineteen with sc-603 (above).
    // Three hundred and twenty with the thirty-second session's first batches (`*-604-*` to `*-608-*`, 45 articles more):
    // xz-604's member profile (above). Three hundred and nineteen since a paper's initials and a town it names place
    // ha-46's bare 市政协 (lyrb and 白马寺镇); three hundred and twenty with the fourth round (`*-618-*` to `*-621-*`):
    // xj-618's members at work in an outbreak (above). Three hundred and twenty-one with the fifth round (`*-623-*` to
    // `*-625-*`): bj-623's national 工商联 think tank, whose guest is a national vice-chairman (above).
    // Three hundred and twenty-four with the thirty-third session's first round (`*-626-*` to `*-631-*`): sc-628's
    // couplets and sn-630's basketball match (above), and cq-630's bare 区政协 on 九龙报's page, read as 九龙县's (the
    // paper is 九龙坡区's; nothing else on the page says so but its address, cqjlp).
    // Three hundred and twenty-three since a committee's official first of a roll with another body's, attending, is a guest
    // (gd-559's art exhibition, above).
    // Three hundred and thirty with the second round (`*-632-*` to `*-637-*`): six pages where no committee acts (ah-634,
    // gs-632, nx-637, xj-632 twice, zj-637, above) and zj-636's 宁波市政协, whose members at the provincial plenary its key
    // reads as the provincial committee's session.
    // Three hundred and thirty-five with the third round (`*-638-*` to `*-643-*`): sc-641's two partners (above), and three
    // pages where no committee acts (he-638, sc-642's 巴中, yn-639, above).
    // Three hundred and thirty-six with the fourth round (`*-644-*` to `*-649-*`): hn-647's 湖南省政协, named in a spun copy whose
    // words were replaced (精神→肉体) until its own 郴州市政协's meeting reads as no committee's. Three hundred and
    // thirty-four since the organisers a 由 lists act and the committees taking part in their event are partners (sc-641).
    // Three hundred and thirty-five with the thirty-fourth session's first round (`*-650-*` to `*-655-*`): its two
    // not-practice pages (above), less tj-09's case of a town read in 小城镇 (a word, cues.yaml notTownWords). Three
    // hundred and thirty-six with the second round (`*-656-*` to `*-661-*`): ha-658's opinion piece (above). Three
    // hundred and forty with the third round (`*-662-*` to `*-667-*`): yn-662's report (above); hn-667's partner (above)
    // and its bare 市政协, the city committee's part of the joint supervision, which the district's parts around it leave
    // with no place. Three hundred and thirty-nine since a committee's heading over a date alone, then the same heading
    // as label and headline, is one story (gx-665, whose first heading made a case of its date line). Three hundred and
    // forty-one with the fourth round (`*-668-*` to `*-673-*`): its two not-practice pages (above).
    // Three hundred and seventy-five with the thirty-eighth session's first round (`*-758-*` to `*-763-*`): sx-760's
    // 全国政协, named for the national members whom a province's chairman leads on an inspection. Three hundred and
    // eighty with the third round (`*-770-*` to `*-775-*`): its four not-practice extras (above) and hi-771's bare 省政协,
    // which 东方市 (a common word's county, read only beside its province's name) leaves with no place. Three hundred
    // and eighty-one with the fourth round (`*-776-*` to `*-781-*`): js-777's bare 区政协, which nothing but a slogan's
    // 姜堰样本 places. (Three hundred and eighty since a committee the page calls by its place's short name alone
    // places its bare committees.) Four hundred and two with the thirty-ninth session's five rounds (`*-782-*` to
    // `*-811-*`): its eleven visited and partner committees and nine not-practice extras (above); sc-804's 成都市政协, the
    // host county's prefecture named in passing in a joint consultation's headline; and ha-806's bare 县政协, which only
    // 太康 named once in the text places. Four hundred and three with the fortieth session's rounds (`*-812-*` to
    // `*-823-*`): js-812's visitor (above). Four hundred and six with its third round (`*-824-*` to `*-829-*`): its three
    // not-practice extras (above). Four hundred and eleven with its fourth and fifth rounds (`*-830-*` to `*-839-*`): its five
    // not-practice extras (above). Four hundred and fifteen with the forty-first session's first two rounds (`*-842-*` to
    // `*-853-*`): its four not-practice extras (above). Four hundred and twenty with its third and fourth rounds (`*-854-*`
    // to `*-865-*`): their five not-practice extras (above). Four hundred and twenty-five with the forty-second session's
    // four rounds (`*-866-*` to `*-889-*`): their five not-practice extras (above). Four hundred and twenty-four since
    // 海南日报's site (`hndaily.cn`) places hi-771's bare 省政协. Four hundred and twenty-five since a headline of a
    // committee's members reads whatever verb follows them: hn-552's member, his name run into his verb (above). Four
    // hundred and thirty-seven with the forty-third session's four rounds (`*-890-*` to `*-913-*`): their nine
    // not-practice extras (above); gz-909's 开鲁县, whose farms a county's trip visits, read as that county's committee
    // where the page's own 县政协 nothing but its address places; and sn-893's provincial office head lecturing at a
    // district's training, made a case of his committee, which split off the training's last paragraph as a second case
    // of the district's. Four hundred and thirty-five since a lecture on a topic (`…处长杨凯就…工作进行授课`) is a
    // speaker's: sn-893's two gone. Four hundred and thirty-four since a bare committee is never placed in a county
    // inside a place its sentence goes to (a province only where the page is at home outside it): gz-909's 开鲁县 gone,
    // its own town placing it. Four hundred and forty-four with the forty-fourth session's four rounds (`*-914-*` to
    // `*-937-*`): their visited committee and five not-practice extras (above); gz-921's provincial and prefecture
    // committees, named in passing in a feature on a county's courtyard consultations (the province gives cities their
    // tasks, the prefecture's villages are described); and hn-928's provincial committee, whose members' day the county
    // keeps, and the county's own second paragraph on that day, read as a second case of it. Four hundred and forty-three
    // since a committee reached by video (`连线宝坻区政协`) is the one visited and its chairman reporting at the meeting a
    // guest: tj-934's 宝坻区政协 gone. Four hundred and forty-four with the fifth round (`*-938-*` to `*-943-*`): fj-940's
    // host (above). Four hundred and forty-six with the forty-fifth session's first round (`*-944-*` to `*-949-*`): its
    // two not-practice extras (above). Four hundred and forty-eight with its second round (`*-950-*` to `*-955-*`): its two
    // not-practice extras (above). Four hundred and forty-five since a vice-chairman who heads a bureau too only attends,
    // and one unveiling after a government leader is a guest (three not-practice extras gone, above). Four hundred and
    // forty-six with the third round (`*-956-*` to `*-961-*`): its not-practice extra (above). Four hundred and
    // forty-eight with the fourth round (`*-962-*` to `*-967-*`): its three not-practice extras (above), gs-964's 省政协,
    // which a vice-chairman's visit to a foundation leaves unplaced, and sx-965's office reply; less ln-874, sx-965 and
    // xj-905 since an office's written reply to a member's proposal is no committee's practice. Four hundred and
    // fifty-three with the forty-sixth session's first round (`*-968-*` to `*-973-*`): its four not-practice extras
    // (above) and sn-973's national committee, whose vice-chairman opens a partnership meeting four provinces hold. Its
    // second round (`*-974-*` to `*-979-*`) adds none, since a vice-chairman who heads a bureau and leads its own people
    // acts for the bureau (ha-979). Four hundred and fifty-seven with its third round (`*-980-*` to `*-985-*`): its three
    // not-practice extras (above) and yn-984's partner (above). Four hundred and fifty-eight with its fourth round
    // (`*-986-*` to `*-991-*`): its not-practice extra (above). Four hundred and seventy-two with the forty-eighth session's
    // four rounds (`*-1016-*` to `*-1039-*`): their two partners and eight not-practice extras (above); hi-1038's 昌江县政协,
    // which 昌江黎族自治县 and 景德镇's 昌江区 (read by the 县 name a district may once have had) both fit; and sn-1028's provincial committee, whose
    // short-video contest's closing words (`…将继续发挥好“秦商量”…平台作用`) open a second case, with 宝鸡市政协, a
    // prizewinner named in passing. Four hundred and seventy-one since the resident national members a leader takes out
    // are the province's party (`张春林率住晋全国政协委员在我市考察`): sx-760's national committee gone. Four hundred
    // and seventy-seven with the forty-ninth session's four rounds (`*-1040-*` to `*-1063-*`): their host and visited
    // committee and four not-practice extras (above). Four hundred and seventy-nine with the fiftieth session's first
    // round (`*-1064-*` to `*-1069-*`): its two not-practice extras (above). Four hundred and eighty-five with its second
    // round (`*-1070-*` to `*-1075-*`): its five not-practice extras (above) and zj-1070's bare 市政协, a session's group
    // discussion placed by nothing the pipeline reads, beside the key's 永康市政协 it misses. Four hundred and eighty-six
    // with its third round (`*-1076-*` to `*-1081-*`): its not-practice extra (above). Four hundred and eighty-eight with
    // its fourth round (`*-1082-*` to `*-1087-*`): its two not-practice extras (above). Four hundred and ninety with the
    // fifty-first session's first round (`*-1088-*` to `*-1093-*`): its two not-practice extras (above). Four hundred and
    // ninety-three with its second round (`*-1094-*` to `*-1099-*`): its two not-practice extras (above) and yn-1098's
    // 昆明市政协, a city committee's chairman quoted in a story of the provincial session's proposals. Four hundred and
    // ninety-eight with its third round (`*-1100-*` to `*-1105-*`): its three not-practice extras (above), and two of
    // sn-1101, a provincial short-video contest: 西安市政协 among the entrants, and the provincial committee again, for
    // the closing words on members' studios. Five hundred with its fourth round (`*-1106-*` to `*-1111-*`): its two
    // not-practice extras (above). Four hundred and ninety-nine since a bureau head in its party group too leads the
    // bureau's people (gs-1090, above). Five hundred since a member's proposal handed in anywhere on a page is its
    // committee's: xz-716 (above). Five hundred and five with the fifty-second session's first round (`*-1112-*` to
    // `*-1117-*`): its five not-practice extras (above). Five hundred and eight with its second round (`*-1118-*` to
    // `*-1123-*`): its three not-practice extras (above). Five hundred and ten with its third round (`*-1124-*` to
    // `*-1129-*`): its two not-practice extras (above). Five hundred and fifty with the fifty-fifth session's first round
    // (`*-1182-*` to `*-1187-*`): its four not-practice extras (above). Five hundred and fifty-six with its second round
    // (`*-1188-*` to `*-1193-*`): its five not-practice extras (above) and bj-1188's second part of a district committee's
    // budget report. Five hundred and sixty-seven with its third round (`*-1194-*` to `*-1199-*`): its seven not-practice
    // extras and gs-1199's partner (above); gs-1199's second 敦煌 case, for the committee's invitations to other committees;
    // sd-1196's 薛城区政协, one member's report in a province's roundup; and xj-1199's 新疆 committee, named in a new
    // national member's words. Five hundred and seventy-five with its fourth round (`*-1200-*` to `*-1204-*`): its three
    // not-practice extras and jl-1203's host (above); fj-1200's 福建省政协, a former vice-chairman opening a tea contest
    // as an association's head, and a second 莆田 case for its chairman opening the final; and hn-1202's 城步政协, one
    // member's story in a city's roundup, and a second 邵阳 case for the city committee's survey told in it. Five hundred and
    // seventy-four since a committee's site's link to its proposal system is furniture (sc-1139, above). Five hundred and
    // seventy-nine with the fifty-sixth session's first round (`*-1208-*` to `*-1213-*`): its four not-practice extras
    // (above) and js-1208's 丹阳市政协, named in a related link under a district's page. Five hundred and seventy-eight
    // since the headlines under a post's closing mark (END) are the account's other posts, not the page's (js-1208).
    // Five hundred and eighty-six with its second round (`*-1214-*` to `*-1219-*`): its eight not-practice extras (above).
    // Five hundred and eighty-eight with its third round (`*-1220-*` to `*-1225-*`): its two not-practice extras (above).
    // Five hundred and ninety with its fourth round (`*-1226-*` to `*-1231-*`): its two not-practice extras (above).
    // Five hundred and ninety-five with its fifth round (`*-1232-*` to `*-1234-*`): its five not-practice extras (above).
    // Five hundred and ninety-seven with the fifty-seventh session's first round (`*-1236-*` to `*-1241-*`): its two
    // not-practice extras (above). Six hundred and three with its second round (`*-1242-*` to `*-1247-*`): its five
    // not-practice extras (above) and hb-1245-huangshi's 湖北省政协, whose pilot a city's media tour recalls.
    // Six hundred and six with its third round (`*-1248-*` to `*-1253-*`): its three not-practice extras (above).
    // Six hundred and ten with its fourth round (`*-1254-*` to `*-1259-*`): its three not-practice extras and ln-1254's
    // host (above).
    expect(extra.length, extra.join('\n')).toBeLessThanOrEqual(610);
  });
});

describe('scoreArticle: which case answers which expected case', () => {
  // Cases as the pipeline gives them, with only what the scorer reads.
  const found = (id: string, code: string, body: string, fn: string) =>
    ({ id, committee: '湖北省政协', level: 'province', region: { code }, functions: [{ id: fn, score: 1, terms: [] }], title: body.slice(0, 12), body: [body] }) as unknown as Case;
  const key = answerKeySchema.parse({
    url: 'http://hbzx.gov.cn/category/44_83.html',
    province: '湖北省',
    layouts: ['list-page'],
    cases: [
      { committee: '湖北省政协', region: '420000', functions: ['member-development'], titles: ['委员读书活动'], starts: '3月28日,省政協召開委員聯系界別群眾工作部署會' },
      { committee: '湖北省政协', region: '420000', functions: ['participation'], titles: ['调研'], starts: '3月31日至4月1日,省政協副主席馬旭明' },
      { committee: '湖北省政协', region: '420000', functions: ['party-building'], titles: ['读书班'], starts: '近日,省政協機關讀書班結業' },
    ],
  });

  it('matches a Traditional key\'s first words to the Simplified case, in any order', () => {
    const s = scoreArticle('hb', key, null, [
      found('a', '420000', '3月31日至4月1日，省政协副主席马旭明到五峰土家族自治县调研。', 'participation'),
      found('b', '420000', '3月28日，省政协召开委员联系界别群众工作部署会。', 'member-development'),
    ]);
    expect(s.expected.map((e) => [e.verdict, e.found?.id ?? null])).toEqual([
      ['right', 'b'],
      ['right', 'a'],
      ['missed', null],
    ]);
  });

  it('counts a title that holds a furniture line as furniture, unless the key gives it to a case (ZZZZZZZZZZZZZZZZZZZZZZZZZZZP sc-582)', () => {
    const portrait = answerKeySchema.parse({
      url: 'https://www.yybnet.net/x.html',
      province: '四川省',
      layouts: ['single'],
      cases: [{ committee: '四川省政协', region: '510000', functions: ['participation'], titles: ['呷西委员的心愿'], starts: '呷西委员是' }],
      furniture: ['呷西委员。'],
    });
    const titled = (title: string) => ({ ...found('a', '510000', '呷西委员是马尔康市龙尔甲乡人。', 'participation'), title }) as Case;
    expect(scoreArticle('sc', portrait, null, [titled('呷西委员的心愿')]).furnitureTitles).toEqual([]);
    expect(scoreArticle('sc', portrait, null, [titled('呷西委员摄')]).furnitureTitles).toEqual(['呷西委员摄']);
  });
});
