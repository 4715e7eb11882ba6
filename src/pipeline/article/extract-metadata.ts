import type { Removed } from '../../schemas/source';
import { findCommittees } from '../regions/find-committees';
import { AUTHOR, BYLINE_MARK, MEMBERS_BYLINE, bodyOverlap, chooseTitle, furnitureShape, PAGE_BUTTONS, PHOTO_CREDIT, type TitleCandidate } from './choose-title';
import { exclaimedHeadline } from '../text/rejoin-lines';

/**
 * Page furniture -> metadata. Takes the repaired, Simplified article (one paragraph per line) and
 * splits it into article metadata, the editor's lead, the body paragraphs, and a list of every line
 * it took out of the body with the rule that took it. Pure: no I/O.
 *
 * Guarantee (the "nothing lost" invariant): every line of the input is either a body paragraph, the
 * lead, or an entry of `removed` holding the whole original line; metadata fields are derived from
 * removed lines, never the only copy of their text.
 */
export interface ArticleMetadata {
  title: string | null;
  subtitle: string | null;
  kicker: string | null;
  publisher: string | null;
  reporter: string | null;
  author: string | null;
  editor: string | null;
  keywords: string[];
  breadcrumb: string[];
  date: string | null;
  dateNote: string | null;
  dateKind: 'page' | 'curated' | null;
  url: string | null;
  place: string | null;
}

export interface ExtractResult {
  meta: ArticleMetadata;
  lead: string | null;
  paragraphs: string[];
  removed: Removed[];
}

// Sentence punctuation marks prose; a heading or title line has none of it (、 and quotes are
// common in titles, so they do not count).
const PROSE = /[，。！？；,.!?;]/;
/**
 * A list's number left alone on its line when a page's markup is stripped (`1.`, `2.` of a spam
 * copy's empty list above the headline): its full stop makes no sentence, so the header goes on.
 */
const LIST_NUMBER_ALONE = /^\d{1,2}[.．]$/;
/** A line that is all one quotation ending a sentence: someone speaking (`“伯伯，…别太担心。”`). */
const SPOKEN_LINE = /^“[^“”]*[。！？!?…]”$/;
/** A web address written out (`www.ztszx.gov.cn`, `http://…`), or a site's bare domain (`tibet.cn`). */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\w\-./?=&%]*)?|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)\b(?:\/[\w\-./?=&%]*)?/gi;
const ENUMERATED = /^[一二三四五六七八九十]+[、．.]/;
/** Longest headline read as one though it has commas. */
const MAX_COMMA_HEADLINE = 30;
/**
 * A headline of two or three clauses (`如何讲好“辽宁故事”，我们要这么做……`): short, no full stop,
 * and what follows it is no sentence either (a byline, a site's name, a 来源 line).
 */
function commaHeadline(line: string, next: string | null): boolean {
  const clauses = line.split(/[，,]/).length;
  // (A bar joins a slogan and a headline, `见证发展历程，传递政协声音|《…政协志》正式出版发行`: each part is measured.)
  // (The dots of a web address make no prose of the line under it, `http://www.CRNTT.com   2021-12-30 22:06:07`.)
  return line.split(/[|｜]/).every((part) => [...part].length <= MAX_COMMA_HEADLINE) && !/[。！；;!.]/.test(line) && clauses >= 2 && clauses <= 3 && next !== null && !PROSE.test(next.replace(WEB_ADDRESS, ''));
}
const MAX_HEADER_LINE = 80;
/** A byline alone on its line, a program's or outlet's name before it or not (`政协联线记者 刘子烨`). */
const BYLINE_ALONE = /^[\u4e00-\u9fff]{0,8}?(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*$/;
/**
 * A line with no sentence's end over a byline is the headline however many commas it has
 * (`松江区政协积极助力…先行区,《政协联线》电视专栏第17期将于19日播出` over `政协联线记者 刘子烨`).
 */
const bylinedHeadline = (line: string, next: string | null): boolean => next !== null && !/[。！!；;？?]/.test(line) && BYLINE_ALONE.test(next.trim());
/** …and so is one over the story's dateline (`上海:中学生开“政协常委会”,体验中国式民主` over `人民网上海5月4日电…`). */
// (Not a labelled abstract, `[摘要]面对…严峻形势,1月25日,…`: a bracket opens no headline.)
const datelinedHeadline = (line: string, next: string | null): boolean => next !== null && !/[。！!；;？?]/.test(line) && !/^\s*[[【［(（]/.test(line) && isDatelined(next.trim());
/** A short headline that cheers, in one or two phrases (`三个建议案,硕果累累!`): no sentence. */
const CHEER_HEADLINE = /^[^，,。！!？?；;]{2,12}(?:[，,][^，,。！!？?；;]{2,12})?[！!]$/;
/** Shortest top line read as stray spam, and the most of its character pairs the page may share. */
const MIN_STRAY_LINE = 16;
const MAX_STRAY_OVERLAP = 0.1;
/** A Chinese character, counted to tell a line of Chinese prose from one in another language. */
const HAN = /\p{Script=Han}/gu;

const HERE = '(?:您当前所在的位置|您当前的位置|您现在的位置|当前所在位置|当前位置|您的位置)';
// (Its first crumb may be the committee's formal name: `您现在的位置:中国人民政治协商会议山东省诸城市委员会 >> …`.)
// (…or crumbs parted by slashes after the label, `您当前位置:首页/ 工作要闻/`.)
const BREADCRUMB_HEAD = new RegExp(`^(?:(首页|主页|网站首页|${HERE}|位置)\\s*[:：]?\\s*[>＞»›]|${HERE}\\s*[:：]\\s*[^，。]{0,30}[>＞»›]|${HERE}\\s*[:：]\\s*(?:首页|主页|网站首页)\\s*[/／])`);
/** The last crumb of a breadcrumb line with the page's headline glued after it (`要闻 周均发深入… 来源:…`). */
const CRUMB_THEN_HEADLINE = /^(\S{1,8})\s+([^\s，。>＞»›][^>＞»›]{7,60}?)(?:\s+(?:来源|作者|发布时间|时间)\s*[:：].*)?$/;
/** After a breadcrumb's last crumb, a part apart by a space that is prose, to the line's end: the story run on (group 1). */
const CRUMBS_THEN_STORY = /[>＞»›][^>＞»›]*?\s((?:(?!\s)[^>＞»›]){6,}?[，,][^>＞»›]*[。！？]\s*)$/;
const BREADCRUMB_CHAIN = /^[^，。>＞»›]{1,16}(\s*[>＞»›]\s*[^，。>＞»›]{1,16}){2,}$/;
// (Papers that review in three passes name each reviewer, `初审编辑:李乐涛`, `复审:…`, `终审编辑:…`.)
// (A WeChat copy parts the label from the names by spaces alone: `编辑     靳绍杰  田立群`, `审定     米广峰`.)
const EDITOR = /^((?:实习|见习)?(?:责任编辑|编辑)|责编|审核|审校|审定|校对|监制|编审|值班编辑|(?:初|复|终)审(?:编辑)?|供稿|撰稿|来稿)(?:\s*[:：丨|｜]\s*|\s{2,})(.{1,30})$/;
/** The mark a WeChat story ends on (`END`, `-END-`, `——END——`): what follows is the account's. */
const END_MARK = /^[-—–_=\s]*END[-—–_=\s]*$/i;
/**
 * A credit in brackets on a line of its own: who sent the story in (`（远安县政协 曾凡雷 陈红云 供稿）`),
 * or its opening bracket lost in the copy (`襄阳市政协  张灵超  供稿)`).
 */
const CONTRIBUTED = /^[（(]?\s*([^（）()]{2,40}?)\s*(?:供稿|供图|撰稿|报送|来稿)\s*[)）]$/;
/** …or with no brackets, a unit that sent or produced it and nothing else (`辽中区政协供稿`, `市政协全媒体工作室出品`). */
const CREDITED = /^[^（）()，,。；;：:！？!?\s]{2,30}?(?:供稿|供图|来稿|出品)$/;
/**
 * The unit and writers that sign a story off, set apart by spaces under it (`鹤庆县政协  施镇荟`,
 * `麻江县融媒体中心 欧清兰 张安俊`): a credit like the one above, not a committee's heading.
 */
const SIGN_OFF = /^\s*[\u4e00-\u9fff]{2,16}(?:政协|委员会|办公室|宣传部|融媒体中心|新闻中心)\s+[\u4e00-\u9fff·]{2,3}(?:\s+[\u4e00-\u9fff·]{2,3})*\s*$/;
/** A committee's formal name cut before its place, alone on a line. */
const NAME_CUT = /^(?:中国人民政治协商会议|政协)$/;
/** …and its rest on the next: a place's committee, its term, perhaps one of its bodies and the document (`第八届六盘水市委员会常务委员会工作报告`). */
const NAME_REST = /^(?:第[一二三四五六七八九十百\d]+届)?[\u4e00-\u9fff]{2,14}?(?:第[一二三四五六七八九十百\d]+届)?委员会[\u4e00-\u9fff]{0,16}$/;
/** A document's kind alone on the line after it (`工作报告`, `提案工作情况的报告`). */
const DOCUMENT_KIND = /^[\u4e00-\u9fff]{0,10}(?:报告|决议|公报|纪要|办法|规定|规则|条例|意见|通知)$/;
/** A committee's formal name alone on a line (`中国人民政治协商会议玉溪市委员会`, `政协华宁县委员会`). */
const SITE_OWNER_ALONE = /^(?:政协|中国人民政治协商会议)[\u4e00-\u9fff]{2,14}委员会(?:办公室|办公厅)?$/;
/** Most lines after the story's last credit line (`供稿丨钱佩予`) that are still the page's footer. */
const MAX_FOOTER_AFTER_CREDIT = 4;
/** A line that opens a dated item: after a credit line, the next item of a roundup, not a footer. */
const DATED_ITEM = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日/;
const KEYWORDS = /^(关键词|关键字|标签)\s*[:：]\s*(.*)$/;
const KICKER = /^[【\[［]([^】\]］]{2,40})[】\]］]$/;
/** A headline, then a site's name and its writers' names run on after it (`…更美好麻阳新闻网曹芹 李光 张祥雄`). */
const TITLE_SITE_WRITERS = /^(.{6,})([\u4e00-\u9fff]{2,6}(?:新闻网|融媒体中心|电视台|日报))([\u4e00-\u9fff·]{2,3}(?:\s+[\u4e00-\u9fff·]{2,3})+)\s*$/;
/** A greeting's site (`欢迎访问甘肃尕海自然保护区`, `欢迎光临宝应政协网站！`). */
const GREETED_SITE = /欢迎(?:光临|莅临|访问|来到)([\u4e00-\u9fff]{4,20}?)(?:网站|官网)?[!！]?$/;
/** Fewest characters of a line read as the greeted site's name again. */
const MIN_SITE_NAME = 4;
/** A headline, then its date and source run on after it (`市政协召开专题监督会 加强保障性住房规划建设 2024-11-22 来源:解放日报`). */
const TITLE_DATE_SOURCE = /^(\S.{5,80}?)\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:来源|稿源|出处)\s*[:：]\s*(\S{2,20})$/;
/** A headline, then a dash and a short name run on after it, no space between (`…专题调研-yb体育官方`). */
const TITLE_DASH_SITE = /^(.{6,}?)\s*[-–_|｜]\s*([^-–_|｜\s，。]{2,12})$/;
/** A paper's credit before a repost's headline: `《江淮时报》报道:`, `《人民政协报》刊发：`. */
const PAPER_CREDIT = /^(《[^《》]{2,14}》(?:报道|刊发|刊登))[:：]\s*(\S.{5,})$/;
const LEAD_MARK = /^(编者按|编者的话|导语|编前语)\s*[:：]\s*(.*)$/;
// 人民政协网北京6月14日电 (记者 包松婭) / 新华社石家庄9月1日电 / 本报讯(记者 张三)
const DATELINE = /^(.{0,24}?)(\d{1,2})月(\d{1,2})日(?:电|讯)\s*(?:[（(]\s*(?:记者|通讯员)\s*([^)）]{1,40})[)）])?\s*$/;
/** An outlet's name, a date and 报道, alone on a line: a repost's dateline. */
const REPORT_DATELINE = /^([\u4e00-\u9fff]{2,12}?(?:网|报|台|社|客户端))\s*(?:\d{4}[-年]\d{1,2}[-月]\d{1,2}[日号]?|\d{1,2}月\d{1,2}日)\s*报道$/;
const BENBAO = /^本报讯\s*(?:[（(]\s*(?:记者|通讯员)\s*([^)）]{1,40})[)）])?\s*$/;
// The same dateline run into the first paragraph: `本报讯（记者 王磊）近日，金水区政协…`.
// A site's own dateline counts too: `宁海新闻网讯（记者周韵健）昨天上午，…`, with or without its date
// (`福州新闻网6月20日讯（福州日报记者 李夏薇）昨日，…`), and any account's with its writer in
// brackets, perhaps after its date (`全民公众讯（刘勇）“…”`, `胶东在线1月11日讯（记者 王向荣 邬勇 刘天男）…`), and several outlets' shared one (`新海南客户端、南海网、南国都市报1月6日消息
// （记者 利声富）`), its writers not in brackets but set off by spaces (`本报讯 全媒体记者黄华 通讯员程飞 “…`),
// and outlets of any name whose 讯 stands before the story's date and a space (`江淮同心圆客户端、党媒云·政协融讯 3月10日，…`).
// A scrape's lost indent (`？？？ `) may stand before it, and brackets around it (`【本報訊】第十二屆廣東省政協…`);
// its writers may stand in square brackets (`天天天水网讯【记者 胡丽霞 杨璟】1月14日…`).
const DATELINE_PREFIX =
  /^(?:[?？]{2,}\s*)?(?:[【［\[]\s*)?(?:本报讯|(.{0,24}?)(\d{1,2})月(\d{1,2})日电|([^\s，。（(]{2,12}?(?:网|台|报|客户端)(?:、[^\s，。（(、]{2,12}?(?:网|台|报|客户端))*|[^\s，。（(“”\d]{2,8}(?=(?:\d{1,2}月\d{1,2}日)?讯\s*[（(][^)）]{2,24}[)）])|[^\s，。（(“”\d]{2,30}?(?=讯\s+\d{1,2}月\d{1,2}日)|[^\s，。（(“”\d]{2,8}(?=报道\s*[（(]\s*(?:记者|通讯员)))(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|报道))(?:\s*[】］\]])?\s*(?:[（(【]\s*(?:(?:[^\s)）】]{2,12}?(?:日报|晚报|报|网|台))?(?:记者|通讯员)\s*)?([^)）【】]{1,40})[)）】])?\s*((?:(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员)\s?[\u4e00-\u9fff·]{2,4}\s+)+)?(?=\S)/;
/** The dateline a line opens with, run into the story (`人民网上海5月4日电（…）5月3日下午，…`, `本报讯…`), or null. */
function datelineOf(line: string): RegExpMatchArray | null {
  const m = line.match(DATELINE_PREFIX);
  return m && m[0].length < line.length && (m[5] || m[6] || /^(?:[?？]{2,}\s*)?(?:[【［\[]\s*)?本报讯/.test(m[0]) || m[1] || m[4]) ? m : null;
}
const isDatelined = (line: string): boolean => datelineOf(line) !== null;
/** A page's publishing line by its shape alone (`发布时间:2022-07-07    来源:上海市嘉定区人民政府`): its first field opens it. */
const publishingShape = (line: string): boolean => {
  const rest = line.replace(LEADING_TIMESTAMP, '');
  const first = PUBINFO_FIRST.exec(rest);
  return first !== null && first.index <= 2 && !PROSE.test(rest.replace(/\d[.:]\d/g, ''));
};
/**
 * …and one over the page's publishing line, however long (`从“育品牌”向“推品牌”升级,今年嘉定的“协商于民”
 * 工作站建设这样推进` over `发布时间:2022-07-07 来源:…`): pages print the headline there.
 */
const publishedHeadline = (line: string, next: string | null): boolean => next !== null && !/[。！!；;？?]/.test(line) && !/^\s*[[【［(（]/.test(line) && publishingShape(next.trim());
// □记者 高原雪 / 本报记者 陈晓 / 新华日报记者 刘洋 (a publisher may stand before 记者) /
// 全媒体记者 曹楚炜 报道 (a kind of reporter before it, 报道 after the names)
const REPORTER =
  /^[□■●◎○◆◇▲△★☆]?\s*(本报|[^\s，。：:]{2,12}?(?:日报|晚报|报|通讯社|社|网|电视台|台)|[\u4e00-\u9fff]{2,6}?(?=记者\s*[:：]))?(?:全媒体|融媒体|首席|特约|见习|实习)?(?:记者|通讯员|文\s*[\/／]|撰文|文字)\s*[:：]?\s*([^，。：:]{2,40}?)(?:\s+报道)?$/;
/** Longest photo caption read as such over its photographer's credit. */
const MAX_CAPTION = 60;
/** Longest line in the body read as a paper's byline. */
const MAX_BODY_BYLINE = 30;
// 发布时间:2022-09-19 10:01:02 来源:民主协商新闻网 (the fields come in any order, any subset)
// (A key may be qualified, `文章来源：`, `更新时间：`: the qualifier is the key's, not the value's before it.)
// (WeChat posts set a field off with a bar, `来源 | 人民政协报`, `作者丨沈邕`.)
const PUBINFO_FIELD = /(?:文章|信息|稿件|新闻|更新|录入|上传|编辑)?(发布时间|发表时间|时间|日期|来源|稿源|内容出处|出处|作者|浏览次数|浏览量|浏览|点击数|点击次数|阅读次数|阅读量|字号)\s*[:：|｜丨]\s*/g;
/** The first field of a line (PUBINFO_FIELD without the global flag, so no match state is kept between lines). */
const PUBINFO_FIRST = new RegExp(PUBINFO_FIELD.source);
/** A timestamp and nothing else (`2024-06-28 09:16`, `2023/7/5 21:02:00`). */
const STAMP_ALONE = /^\s*(\d{4})[-\/.](\d{1,2})[-\/.](\d{1,2})\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*$/;
const ISO_LIKE = /(\d{4})\s*[-年\/.]\s*(\d{1,2})\s*[-月\/.]\s*(\d{1,2})/;
/**
 * A date, perhaps its time, and the writers' names run on after it with no space, alone on a line: a magazine site's
 * publishing line (`2018-02-22常永利`, `2020-12-01 01:50李秋洪`). (Not an account after a space, `2025-01-15 17:30 山东政协`.)
 */
const DATE_THEN_WRITERS = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?([\u4e00-\u9fff·]{2,12})\s*$/;
/** An account's name and a date alone on a line (`辽宁政协 2024-06-15`). */
const ACCOUNT_DATE = /^\s*([\u4e00-\u9fff·]{2,16})\s+(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
/**
 * …or with its time and the page's font-size button after it (`庐阳 2019-08-15 09:36 大字`, `景县新闻网 2024-04-22
 * 16:41:50`): a news page's row of source and date, left among the top lines so the headline over it is known
 * (choose-title.ts), then read for its source and date.
 */
const SOURCE_DATE_LINE = /^\s*([\u4e00-\u9fff·]{2,16})\s+(\d{4})-(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[大中小]字)?\s*$/;
/**
 * …or with the app's relative time for its date (`山西运城果业 昨天`, `某某发布 3小时前`): a copy of a post
 * made the day it was read, so the name is the publisher and the date stays unknown.
 */
const ACCOUNT_WHEN = /^\s*([\u4e00-\u9fff·]{2,16})\s+(?:昨天|前天|今天|刚刚|\d{1,2}\s*(?:分钟|小时|天)前)(?:\s*\d{1,2}:\d{2})?\s*$/;
/** A date and time opening a publishing line (`2023-07-14 18:02:20 来源：…`). */
const LEADING_TIMESTAMP = /^\s*(\d{4})\s*[-年\/.]\s*(\d{1,2})\s*[-月\/.]\s*(\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*/;
// Publisher names end in one of these (网 报 社 台 …); what follows in a dateline is the place.
const PUBLISHER_END = /^(.*?(?:新闻网|网|日报|晚报|报|通讯社|社|电视台|台|客户端|杂志))(.*)$/;

/** A person's byline after an e-paper's box (`□唐 军`, `□ 记者 王磊`): two to four characters, spaced or not. */
const PERSON_BYLINE = /^[□■]\s*(?:本报记者|记者|通讯员)?\s*[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,3}$/;

const pad = (n: string) => n.padStart(2, '0');

/** `原文链接：https://…`, `地址：http://…`: the page says where it was published. */
const URL_LINE = /^(?:原文链接|原文地址|原文网址|网址|地址|链接|来源网址|本文链接|URL)\s*[:：]\s*(https?:\/\/[^\s，。]+)\s*$/i;
/**
 * `标题：区政协集中收看…` in a page's footer, or a repost's `原标题：省政协召开专题协商会` (`原题：…`), or a
 * wire story's `题：…` after its dateline: the page says what its headline is.
 */
const TITLE_LINE = /^(?:原?标题|原?题)\s*[:：]\s*(\S.{1,80})$/;
/** The label of such a line with nothing after it: the headline is the next line. */
const TITLE_LABEL = /^\s*(?:原标题|标题|原题)\s*[:：]?\s*$/;
/**
 * A repost's note of the story's own headline in brackets, after its last sentence or on a line of
 * its own: `…进行了具体指导。 （原标题：新邵潭府乡组织代表、委员视察生态农业及移民安置点）`.
 */
const ORIGINAL_TITLE = /[（(]\s*原(?:标题|题)\s*[:：]\s*([^（）()]{4,80}?)\s*[）)]\s*$/;
/**
 * A government document page's field labels, and a library catalogue record's (a local chronicle's
 * section in a gazetteer database: `知识类型: 析出资源`, `唯一号: 1405…`, `分类号: D627`; its `关键词:` line is the keywords).
 */
const DOCUMENT_FIELDS = ['索引号', '文号', '发文字号', '制发机关', '发文机关', '发布机构', '成文日期', '文件类别', '文件状态', '主题分类', '组配分类', '信息分类', '公开方式', '公开时限', '有效性', '标题', '知识类型', '唯一号', '颗粒名称', '分类号', '页数', '页码'];
/**
 * A record's field label alone on its line (`内容出处:`, `知识类型：`), its value on the next. (Not 标题
 * alone: the headline on the next line is read as such, TITLE_LABEL.)
 */
const FIELD_LABEL_ALONE = new RegExp(`^\\s*(?:${[...DOCUMENT_FIELDS.filter((f) => f !== '标题'), '内容出处', '出处'].join('|')})\\s*[:：]\\s*$`);
/** Longest value of a record's field on the line under its label. */
const MAX_FIELD_VALUE = 40;
/** Lines that are the page around the article, wherever they stand, and what each is. */
const PAGE_FURNITURE: ReadonlyArray<readonly [RegExp, string]> = [
  // (…its arrows before it too: `>>上一篇:长武县政协开展…`.)
  [/^[>》]*\s*(上一篇|下一篇|上一条|下一条)\s*[:：]?/, 'navigation'],
  // (…both links on one line after a spam copy's words: `下面请看详细内容…上一篇：…启幕 | 下一篇：…序幕 |`.)
  [/上一篇\s*[:：].*下一篇\s*[:：]/, 'navigation'],
  // (…or an e-paper's story bar, its arrows numbered and its text-size buttons after: `3 上一篇  下一篇 4 放大 缩小 默认`.)
  [/^\s*\d*\s*上一篇\s*下一篇\s*\d*(?:\s*放大\s*缩小(?:\s*(?:默认|还原))?)?\s*$|^\s*放大\s*缩小(?:\s*(?:默认|还原))?\s*$/, 'navigation'],
  [/^(扫一扫|分享(?:本页|本文)?(?:到|至)|打印本页|关闭窗口|【打印】|【关闭】|返回顶部|相关新闻|相关阅读|图片推荐|热点推荐|推荐阅读|新闻推荐)/, 'navigation'],
  [/^(图片|图\s*片|视频|video)$/i, 'image-placeholder'],
  [/\.(jpg|jpeg|png|gif)$/i, 'image-placeholder'],
  // (…or a camera's or chat app's picture name without it: `DSC01426`, `微信图片_20230104150125`, `QQ截图20210925105328`.)
  [/^(?:QQ截图|微信图片_?|屏幕截图|截图|IMG_?|DSCF?_?|mmexport)[\d_\-]{4,}(?:_副本)?$/i, 'image-placeholder'],
  // (…or a copy's picture in Markdown, its file name or caption as the alt text: `![区政协召开…[00_01_18].JPG](https://…/22.jpg)`.)
  [/^!\[.*\]\(\s*(?:https?:)?\/\/[^\s)]*\)$/i, 'image-placeholder'],
  // A document site's blurb on the file it shows (`《….docx》由会员分享，可在线阅读，更多相关《…》请在第一文库网上搜索。`).
  [/由会员分享[，,]\s*可在线阅读|请在[\u4e00-\u9fffA-Za-z0-9]{2,12}上搜索[。.]?$/, 'document-site'],
  // (…whoever's it is, `协会地址：…`, `咨询热线：…`, `联系QQ：…`: a site's contact lines.)
  [/^[\u4e00-\u9fff]{0,4}(地址|网址|电话|邮编|传真|热线|QQ)\s*[:：].{0,80}$/, 'footer'],
  // (…or labelled in English capitals run into the value, `ADDRESS安徽省铜陵市…`, `EMAILahchuangyuan@126.com -`, `CALL US0562-…`.)
  [/^(?:ADDRESS|E-?MAIL|TEL|PHONE|CALL US|FAX|WEIXIN|WECHAT|POSTCODE)\s*[:：]?\s*\S.{0,80}$/, 'footer'],
  // (A site's owner, labelled as such, not the lead unit of a proposal's handling: `主办单位要主动、会办单位要积极`,
  // `15家重点提案主办单位的分管负责人分别汇报了…` are prose.)
  // (…or the firm that made the site: `制作单位：玉溪网新媒体发展有限公司`.)
  [/(版权所有|ICP备|ICP证|公网安备|Copyright|©|技术支持|(?:主办|制作|维护)单位(?=\s*[:：]|\s|$))/i, 'footer'],
  // A footer that opens with the site's owner or its supervisor (`中国人民政治协商会议柳州市委员会主办  …办公室维护管理`,
  // `…委员会办公厅主管 · 广西政协报社主办`).
  [/^\s*(?:本网站?由)?[^|｜，。:：\s]{2,40}?(?:办公室|委员会|人民政府|政府|办公厅|宣传部|中心|报社)\s*(?:主办|主管)(?:\s|$|[·•・])/, 'footer'],
  // A site's copyright notice and its clauses (`六安市政协网站版权与免责声明：`, `① 凡本网注明来源…版权均属…所有`);
  // not a story about copyright (`明确民间文艺作品版权归属`).
  [/^[^，。]{0,20}(?:版权(?:与免责)?|免责)声明\s*[:：]?$|(?:凡本网|本网站?|本站)[^。]{0,40}版权均?(?:属|归)[^，。]{0,24}所有/, 'footer'],
  // (…and a repost's disclaimer: `信息贵在分享，如涉及版权问题请联系删除`.)
  [/如(?:涉及|有|存在)(?:版权|侵权)[^。]{0,8}?(?:请)?(?:联系|告知|通知)[^。]{0,8}?删除/, 'footer'],
  [/^(阅读次数|浏览次数|点击量|点击数|阅读量|字号|字数|版次)\s*[:：]/, 'counter'],
  // (…or a post's count alone, no colon: `阅读 663`, `浏览 1.2万`.)
  [/^(?:阅读|浏览|点击)(?:量|数|次数)?\s*\d+(?:\.\d+)?\s*[万次]?\+?$/, 'counter'],
  // (…or after the post's date: `2020-11-04 查看：2822`.)
  [/^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+(?:查看|阅读|浏览|点击)(?:量|数|次数)?\s*[:：]?\s*\d+(?:\.\d+)?\s*[万次]?$/, 'counter'],
  [/^本篇文章\d+字|读完约\d+分钟/, 'reading-time'],
  // A related story's title cut short to fit a sidebar (`区政协主席曹雪娟赴…`), perhaps its date after it
  // (`- 邓立军到四川建筑职业技术...25-01-02`).
  [/^(?:[-•·]\s*)?[^，。,.！？]{4,20}(…|\.\.\.)(?:\s*\d{2,4}-\d{1,2}-\d{1,2})?$/, 'related-link'],
  // (…or whole, after a bullet, its time in brackets, perhaps cut: `- 市政协2018年委员读书班第二期开班（2018-09-13 22:53:45）`.)
  [/^[-•·]\s*[^。！？]{4,60}?[（(](?:\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)）])?$/, 'related-link'],
  // (Perhaps after the site's address: `www.xiangtan.com.cn 湘潭政协网欢迎您!`.)
  // (…or before a bar of links set off by a wide gap: `宝应县政协欢迎您!          宝应县委宝应县人大…`.)
  [/^(?:(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?\s*)?.{0,12}欢迎(光临|莅临|访问|您|来到)(?:.{0,24}|[!！]?\s{3,}[^，。]{0,40})$/, 'greeting'],
  // A government document page's fields (`文号 宜政发〔2022〕278号`, `制发机关 宜兴市人民政府`, `索引号: …`).
  // (Labels may be letter-spaced to one width: `索 引 号 640323004/2022-00062 发文时间 2021-10-22`.)
  [new RegExp(`^\\s*(?:${DOCUMENT_FIELDS.map((w) => [...w].join('\\s?')).join('|')})(?:\\s*[:：|｜]|\\s)[^。]{0,80}$`), 'document-fields'],
  // A page's print and page buttons in brackets (choose-title.ts).
  [PAGE_BUTTONS, 'navigation'],
  // A site's search box label, and a slideshow's numbered bullets (`站内搜索：`, `• 1`).
  [/^(?:站内搜索|全站搜索|信息搜索|搜索)\s*[:：]?$|^[•·]\s*\d{1,2}$/, 'navigation'],
  // A menu bar: five or more short items between bars (`中新网首页|安徽|北京|上海|…`).
  [/^\s*(?:[^|｜，。；]{1,8}[|｜]\s*){4,}[^|｜，。；]{0,8}$/, 'navigation'],
  // (Perhaps a share menu's bullets: `• 微信`, `• 新浪`, `• 移动端`.)
  [/^(?:[•·]\s*)?(?:我们的|官方)?(?:微信|微博|新浪|公众号|客户端|移动端)(?:二维码)?$/, 'navigation'],
  // A site's poll: its question after a bullet (`•     您认为政协工作有哪些需要改进的地方?`).
  [/^\s*[•·▪►]\s*(?:您认为|你认为|您对|您觉得)[^。！!]{2,40}[?？]\s*$/, 'navigation'],
  // A font-size switch (`A- A+`) and the site's contact lines (`投稿邮箱：…@126.com`).
  [/^\s*A\s*[-－]\s*A\s*[+＋]\s*$/, 'navigation'],
  [/^(?:查看|阅读)原文$|^阅读全文$/, 'navigation'],
  // A blog platform's placeholder for an account's empty profile (`这家伙很懒，什么也没写`).
  [/^这家伙很懒[，,]?\s*什么(?:也|都)没(?:写|留下)/, 'navigation'],
  // A site's tool bar (`无障碍浏览 进入老年模式 个人中心`), and the link every site carries to report
  // harmful content (`网上有害信息举报`, `违法和不良信息举报电话：…`).
  [/^(?:\s*(?:无障碍(?:浏览|阅读|版)?|(?:进入|退出)?(?:老年|长者|关怀|适老化?)(?:模式|版)|个人中心|登录|注册|English|Eng|EN|简体版?|繁体版?)\s*[|｜]*){2,}$/, 'navigation'],
  [/^(?:网上|互联网)?(?:违法和)?(?:不良|有害)信息举报(?:专区|中心|电话|入口)?(?:\s*[:：].{0,30})?$/, 'navigation'],
  // A platform's buttons under a post (`• 点赞`, `评论`, `收藏`, `向作者提问`).
  [/^[•·]?\s*(?:点赞|评论|收藏(?:TA)?|分享|转发|关注(?:TA)?|举报|投诉|向作者提问|写评论|暂无评论|[大中小]字号)$/, 'navigation'],
  // An app's prompt where a share page leaves out its pictures or links (`打开网易新闻 查看更多图片`,
  // `扫码下载时刻APP`).
  [/^(?:打开|下载|扫码下载|扫码打开)[^，。]{1,12}?(?:APP|App|app|客户端|新闻)(?:\s*(?:查看|阅读|获取)[^，。]{0,8})?$/, 'navigation'],
  [/^(?:投稿|联系)(?:热线|邮箱|信箱|电话|须知)\s*[:：]?\s*[\w\-.@（）()\s]{0,60}$/, 'footer'],
  // An e-paper's page index: its columns' names letter-spaced (`渝  中 江  津 永  川 铜  梁`), then the
  // page's headlines run together.
  [/(?:[\u4e00-\u9fff] {2,}[\u4e00-\u9fff]\s+){3,}/, 'navigation'],
  // A site's account links (`祖国网帐号登录`, `没有帐号?注册`).
  [/^[^\s，。]{0,10}(?:帐号|账号)(?:登录|注册)$|^没有(?:帐号|账号)(?:[?？]|⟨\?⟩)?\s*(?:立即)?注册$/, 'navigation'],
  // A forum's buttons and post line (`只需一步，快速开始`, `查看: 2485|回复: 0`, `[复制链接]`,
  // `发表于 2019-7-1 22:44 | 显示全部楼层 |阅读模式`).
  [
    /^(?:只需一步[，,]\s*快速开始|[[【]?复制链接[\]】]?|找回密码|立即注册|注册|登录|QQ登录|微信登录|电梯直达|只看该作者|返回列表)$|^查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+|^发表于\s*\d{4}-\d{1,2}-\d{1,2}[^。]*(?:显示全部楼层|阅读模式|只看该作者)/,
    'navigation',
  ],
];
/** A related story's one-sentence summary with its timestamp glued on (`…城市发展的内生动力。2022-01-20 11:47:45 星期四`). */
const RELATED_SUMMARY = /[。！？]\s*\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*星期[一二三四五六日天])?$/;
/** Longest headline line read as a related story's over its summary. */
const MAX_RELATED_HEADLINE = 40;

/**
 * A portal's list of related stories under the article: each a short headline over its summary and
 * timestamp, perhaps a `-` line between. Two or more such entries make a list; their lines are
 * furniture, not the page's own news.
 */
function relatedEntries(lines: readonly string[]): Set<number> {
  const entries: number[][] = [];
  lines.forEach((line, i) => {
    if (!RELATED_SUMMARY.test(line.trim())) return;
    const entry = [i];
    const head = lines[i - 1]?.trim() ?? '';
    if (head && head.length <= MAX_RELATED_HEADLINE && !/[。！？]/.test(head)) entry.push(i - 1);
    if (/^[-—–·•]$/.test(lines[i - 2]?.trim() ?? '')) entry.push(i - 2);
    entries.push(entry);
  });
  const out = new Set(entries.length >= 2 ? entries.flat() : []);
  // Under a label of related stories (`新闻推荐`, `相关阅读`), the teasers cut off with an ellipsis
  // (`本报讯…省政协农业和农村委员会联合农工党陕西省委会，邀请…组成调研组...`), one after another.
  // (…each perhaps under its headline: `新闻推荐` / `连平县政协到梅县区考察交流 …` / `日前，…促进...`.)
  lines.forEach((line, i) => {
    if (!RELATED_LABEL.test(line.trim())) return;
    for (let k = i + 1; k < lines.length; k++) {
      const next = lines[k].trim();
      if (!next) continue;
      if (!TEASER_END.test(next)) {
        let t = k + 1;
        while (t < lines.length && !lines[t].trim()) t++;
        const headline = next.length <= MAX_RELATED_HEADLINE && !/[。！？]/.test(next);
        if (!headline || t >= lines.length || !TEASER_END.test(lines[t].trim())) break;
      }
      out.add(k);
    }
  });
  // A post's closing mark (`END`, `——END——`, `-END-`) on a line of its own: the headlines under it are the account's
  // other posts (`丹阳市政协：建立协同联动监督机制…`, `盱眙县政协组织开展委员集中视察活动`), not sections of the story.
  // (Its credits there, `来源：…`, `编辑 …`, stay for the credit rules.)
  const end = lines.findIndex((l) => POST_END.test(l.trim()));
  if (end >= 0) {
    const after = lines.map((l, k) => ({ l: l.trim(), k })).filter(({ l, k }) => k > end && OTHER_POST.test(l) && !CREDIT_LABEL.test(l));
    if (after.length >= MIN_OTHER_POSTS) for (const { k } of after) out.add(k);
  }
  // A page that ends in a run of dashed headlines (`- 湖南省政协全会热议“乡村振兴”`, `- 政协“家味”浓`) after its
  // story: the portal's list of other stories.
  const last = lines.findLastIndex((l) => l.trim() !== '');
  let first = last + 1;
  for (let k = last; k >= 0; k--) {
    const l = lines[k].trim();
    if (!l) continue;
    if (!DASHED_HEADLINE.test(l)) break;
    first = k;
  }
  const dashed = lines.slice(first, last + 1).filter((l) => l.trim());
  if (dashed.length >= MIN_DASHED_HEADLINES && lines.slice(0, first).some((l) => /[。！？]/.test(l))) for (let k = first; k <= last; k++) if (lines[k].trim()) out.add(k);
  return out;
}

/** A post's closing mark alone on its line, perhaps between dashes. */
const POST_END = /^[-—–_=\s]*(?:END|End)[-—–_=\s]*$/;
/** A headline of another post, as an account lists them under its post: no clause or sentence break, not an organisation's name alone. */
const OTHER_POST = /^[▲►▶·•\-\s]*[^，,。！？；;\s][^，,。！？；;]{7,58}$(?<!(?:委员会|政协|政协报|公众号))/;
/** A credit's label (`来源：`, `编辑 靳绍杰`): the post's credits, read by the credit rules. */
const CREDIT_LABEL = /^(?:来源|编辑|责编|责任编辑|审核|审定|校对|摄影|作者|记者|通讯员|供稿|图片|撰稿|排版|监制|出品|主编|终审|初审|复审)\s*[:：\s]/;
/** Fewest such headlines that make the account's list. */
const MIN_OTHER_POSTS = 2;

/** A headline after a dash, as a portal lists other stories: no sentence's end. */
const DASHED_HEADLINE = /^[-–·•]\s*[^。！？]{4,40}$/;
/** Dashed headlines that close a page before they read as its list of other stories. */
const MIN_DASHED_HEADLINES = 3;

/** A label over a list of related stories, alone on its line. */
const RELATED_LABEL = /^(?:相关新闻|相关阅读|相关链接|推荐阅读|新闻推荐|延伸阅读|热点推荐|图片推荐|猜你喜欢)\s*[:：]?$/;
/** A teaser's end: the story cut off with an ellipsis. */
const TEASER_END = /(?:…|\.{3}|。{3})$/;

/**
 * A line shaped like a section label of a roundup: a decorated place or committee (`● 黔江区 ●`,
 * `——某区`, `【某县】`, `【某县政协】`). It counts only when the shape recurs in the article: one
 * such line alone is a series line or a subtitle.
 */
/** The marks that decorate a section label (`● 黔江区 ●`). */
const MARKS = '●■◆▲★☆◇□○◎•▪▶►';
const SECTION_LABEL = new RegExp(
  `^(?:[${MARKS}]+\\s*[\\u4e00-\\u9fff]{2,12}\\s*[${MARKS}]*|——\\s*[\\u4e00-\\u9fff]{2,10}|[【\\[［][\\u4e00-\\u9fff]{2,12}(?:县|区|市|旗|州|盟|政协)[】\\]］])$`,
);
/** The marks around a section label's words. */
const LABEL_DECORATION = new RegExp(`^[${MARKS}—【\\[［\\s]+|[${MARKS}】\\]］\\s]+$`, 'g');
/**
 * An outlet's channel or account (`今日高邮公众号`, `头条号`, `手机版`, `…APP`), or a site's own menu
 * (`无障碍版`, `网站地图`, `设为首页`, `加入收藏`): a menu item, not a label.
 */
const OUTLET_CHANNEL = /(?:APP|App|app|公众号|头条号|抖音号|视频号|微信号|微博|手机版|客户端|数字报|网|无障碍版?|网站地图|设为首页|加入收藏|收藏本站|繁体版?|简体版?)$/;
/** A place's full name alone on its line (`英德市`): a roundup's section label where it recurs. */
const BARE_PLACE_LINE = /^[\u4e00-\u9fff]{1,10}(?:市|区|县|旗|州|盟)$/;
/**
 * A document's note of adoption under its name (`（2017年4月1日政协睢宁县第十五届委员会第四次主席会议通过）`,
 * `（2018年9月29日县政协十四届九次常委会议协商通过）`): it names the committee that made the document, so
 * on a page without a headline it is the text's first line, not furniture.
 */
const ADOPTION_NOTE = /^[（(][^（）()]{0,16}?(?:政协|委员会)[^（）()]{0,40}?(?:会议|常委会|主席会)[^（）()]{0,6}?通过[）)]$/;
/** A headline whose subject is a committee (`邯郸市政协召开主席办公会…`, a bulletin's bare `县政协到寺前镇开展…调研`). */
const COMMITTEE_HEADLINE = /^[\u4e00-\u9fff]{1,16}政协(?!委员[^会])\S.{2,48}$/;
/** Fewest committee headlines under the title that are a strip of a roundup's items, not subheads. */
const MIN_HEADLINE_STRIP = 3;
/** A title is looked at for a glued subhead only when longer than this, and split no earlier than this. */
const MAX_GLUED_HEAD = 30;
/** A series name closed by a bar before the headline proper (`政协奋进新征程·广州篇丨`, `【聚焦2026贵德两会】`). */
const SERIES_BAR = /^(?:(.{2,30}?)\s*[丨｜|]|【([^】]{2,30})】)$/;
/** A source field's words for no source (`未知`, `不详`). */
const UNKNOWN_SOURCE = /^(?:未知|不详|无|暂无|佚名|网络|互联网)$/;
/** Bars of a table's cell around a line (`| … | ||||`). */
const TABLE_BARS = /^(?:[|｜]\s*)+|(?:\s*[|｜])+$/g;
/** A document's extension at the end of a line (`….docx`, `….pdf`). */
const FILE_EXTENSION = /\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)$/i;
/**
 * An item of a sidebar's list of links (`·青藏铁路查出1.28亿假发票`, `·开除刘少奇党籍 谁唯一没举手？`):
 * the bullet marks a link, which no story opens with, however its headline is punctuated.
 */
const LINK_LIST_ITEM = /^[·•]\s*\S[^\n]{0,38}$/;
/** A link to an attached file, alone on its line (`附件：…通知.doc`, `…提案目录.docx`). */
const ATTACHMENT = /^(?:附件\s*\d{0,2}\s*[:：]\s*)?[^\s，。！？]{2,80}\.(?:docx?|pdf|wps|xlsx?|pptx?|zip|rar)$/i;
/** A file's name: words and a document's extension. */
const FILE_NAME = new RegExp(`^(\\S.{3,}?)${FILE_EXTENSION.source}`, 'i');
/** A headline, then a bar and a site's short tag of a few words (`…考察报告|安溪县茶叶`). */
const TAG_BAR = /^([^丨｜|]{10,})\s*[丨｜|]\s*[^\s丨｜|，。：:；！？]{2,8}$/;
/** …or several (`市政协举行提案交办会|提案|冰岛神狙市政协|交办会`: a copy's tags, its column, its site). */
const TAGS_BAR = /^([^丨｜|]{6,}?)(?:\s*[丨｜|]\s*[^\s丨｜|，。：:；！？]{2,12}){2,3}$/;
/** A column's label of a few words, no punctuation, then a bar and the headline. */
const COLUMN_BAR = /^([^\s丨｜|，。：:；！？]{2,8})\s*[丨｜|]\s*([^丨｜|]{8,})$/;
/** The end of a title's first part that governs the committee after it: no subtitle starts there. */
const GOVERNS_NEXT = /(?:[的与和在及、，：向为赴到至]|参加|出席|参与|走进|走访|来到|做客|邀请|联合|携手|对接|助力|看望|慰问|致)$/;
/** A document's first issuer before the committee it is issued jointly with (`宜兴市人民政府 政协宜兴市委员会关于表彰…的决定`). */
const JOINT_ISSUER = /^[\u4e00-\u9fff]{2,20}(?:人民政府|政府|办公室|委员会|党委|人大常委会)\s*$/;
const MIN_GLUED_HEAD = 8;
/** Longest line that, printed three times and more among the paragraphs, is an insertion, not a heading. */
const MAX_REPEATED_INSERT = 30;
/** A line above the title shares at least this much with the body to be its series line, not furniture. */
const MIN_SUBTITLE_OVERLAP = 0.1;

export function extractMetadata(text: string): ExtractResult {
  return new MetadataReader(text).read();
}

/**
 * One page read line by line: the lines, what has been found in them so far (metadata, the lead,
 * the body, the header lines still to be decided) and the report of what was taken out and why.
 */
class MetadataReader {
  private readonly lines: string[];
  private readonly meta: ArticleMetadata = {
    title: null,
    subtitle: null,
    kicker: null,
    publisher: null,
    reporter: null,
    author: null,
    editor: null,
    keywords: [],
    breadcrumb: [],
    date: null,
    dateNote: null,
    dateKind: null,
    url: null,
    place: null,
  };
  private readonly removed: Removed[] = [];
  private readonly body: string[] = [];
  private lead: string | null = null;
  private awaitingLead = false;
  private inHeader = true;
  /**
   * Lines after a credit line that closes the story (`供稿丨钱佩予`): the account's sign-off and
   * blurb (`张家港政协`, `中国人民政治协商会议张家港市委员会（简称…）是…`) unless a new item follows.
   */
  private readonly credit: { tail: Array<{ i: number; line: string }> | null } = { tail: null };
  private readonly headingFollowedByPoints: number;
  /** How many times each line is printed in the page. */
  private readonly printed = new Map<string, number>();
  /** The lines of a portal's list of related stories under the article. */
  private readonly related: Set<number>;
  /** How many lines are a bare place name alone. */
  private readonly barePlaces: number;
  /** How many lines label a roundup's sections: decorated places and, where two or more stand, bare place names. */
  private readonly sectionLabels: number;
  /** Short top lines, before the first line of the body: title, subtitle, series line or furniture. */
  private readonly header: Array<{ i: number; line: string }> = [];
  /** The line of the page's breadcrumb (`您的位置：首页 > … > 正文`), when it has one. */
  private breadcrumbLine: number | null = null;
  /** Titles the page labels as such (`标题：…`), wherever they stand. */
  private readonly labelledTitles: TitleCandidate[] = [];
  /** The line that holds the value of a field whose label stood alone on the line above. */
  private fieldValueAt = -1;
  /** The site's name, as its greeting line gives it. */
  private greetedSite: string | null = null;
  /** Lines first printed before the story began (over it: headline, furniture). */
  private readonly overStory = new Set<string>();

  constructor(text: string) {
    this.lines = text.split('\n');
    this.headingFollowedByPoints = countHeadingsWithPoints(this.lines);
    for (const l of this.lines) if (l.trim()) this.printed.set(l.trim(), (this.printed.get(l.trim()) ?? 0) + 1);
    this.related = relatedEntries(this.lines);
    // Section labels of a roundup: decorated places (`● 黔江区 ●`), or bare place names on lines of
    // their own (`英德市`, `连州市`) when two or more stand in the page.
    this.barePlaces = this.lines.filter((l) => BARE_PLACE_LINE.test(l.trim())).length;
    // (Not a menu's bullets one under another, `• 交通` / `• 凯里市政协` / `• 南明区政协办公室`: a roundup's
    // labels each head a story of their own.)
    const decorated = this.lines.map((l) => l.trim()).filter(Boolean).map((l) => this.decorated(l));
    const heading = decorated.filter((d, k) => d && !decorated[k - 1] && !decorated[k + 1]).length;
    this.sectionLabels = heading + (this.barePlaces >= 2 ? this.barePlaces : 0);
  }

  /** A decorated section label (`● 黔江区 ●`); not a menu's bullets (`• 手机版`, `• 今日高邮公众号`: the outlet's channels). */
  private decorated(l: string): boolean {
    return SECTION_LABEL.test(l) && !OUTLET_CHANNEL.test(l.replace(LABEL_DECORATION, ''));
  }

  /** A section label of a roundup: decorated, or a bare place name where two or more stand. */
  private isLabel(l: string): boolean {
    return this.decorated(l) || (this.barePlaces >= 2 && BARE_PLACE_LINE.test(l));
  }

  /** The lines held after a credit line were the story after all: into the body. */
  private flushCredit(): void {
    if (this.credit.tail) this.body.push(...this.credit.tail.map((t) => t.line));
    this.credit.tail = null;
  }

  /** Line `i` taken out of the text, with the rule that took it and the field it went to, if any. */
  private remove(i: number, rule: string, keptAs: string | null): void {
    this.removed.push({ rule, line: i + 1, text: this.lines[i], keptAs });
  }

  /** Read the page (once: a reader holds one page's state). */
  read(): ExtractResult {
    for (let i = 0; i < this.lines.length; i++) this.readLine(i);
    if (this.credit.tail && this.credit.tail.length <= MAX_FOOTER_AFTER_CREDIT) {
      for (const t of this.credit.tail) this.remove(t.i, 'footer-after-credit', null);
      this.credit.tail = null;
    }
    this.flushCredit();
    // A committee's formal name alone closing the page (`中国人民政治协商会议玉溪市委员会` over the footer's
    // `制作单位：…`) is the site's owner in its footer: a heading has a story under it.
    while (this.body.length >= 2 && SITE_OWNER_ALONE.test(this.body[this.body.length - 1].trim())) {
      const last = this.body.pop()!.trim();
      const i = this.lines.findLastIndex((l) => l.trim() === last);
      this.remove(i, 'site-footer', null);
    }
    // A page whose one paragraph is the editor's note (`编者按：昨日，市政协举行…研讨会…`, the speeches it
    // introduces cut off) tells its story there: the note is the body, only its label is removed.
    if (this.body.length === 0 && this.lead !== null) {
      const label = this.removed.find((r) => r.rule === 'editor-note-label' && r.text.trim().endsWith(this.lead!));
      if (label) {
        label.text = label.text.slice(0, label.text.lastIndexOf(this.lead));
        label.keptAs = null;
      }
      this.body.push(this.lead);
      this.lead = null;
    }
    this.resolveHeader();
    this.removed.sort((a, b) => a.line - b.line);
    return { meta: this.meta, lead: this.lead, paragraphs: this.body, removed: this.removed };
  }

  /** One line of the page: furniture, a stray line, a dateline, a header line or the body. */
  private readLine(i: number): void {
    const line = this.lines[i].trim();
    if (!line) return;
    if (this.body.length === 0) this.overStory.add(line);

    if (this.awaitingLead) {
      // The editor's note ends the header: what follows it is the article body.
      this.awaitingLead = false;
      this.inHeader = false;
      this.lead = this.lead ? `${this.lead}\n${line}` : line;
      return;
  }
  if (this.furniture(line, i)) return;
  if (this.body.length === 0 && this.lead === null && this.strayLine(line, i)) {
    this.remove(i, 'unrelated-line', null);
    return;
  }
  if (this.body.length === 0 && this.lead === null) {
    const m = datelineOf(line);
    if (m) {
      // Keep the prefix as a removed entry of its own and the rest as the first paragraph:
      // together they are the whole line, so nothing is lost.
      if (m[5] || m[6]) this.meta.reporter = (m[5] ?? m[6]).trim();
      if (m[4]) this.meta.publisher ??= m[4].trim();
      if (m[1]) {
        const pm = m[1].match(PUBLISHER_END);
        this.meta.publisher = (pm ? pm[1] : m[1]).trim() || this.meta.publisher;
        this.meta.place = pm && pm[2].trim() ? pm[2].trim() : this.meta.place;
        this.meta.dateNote ??= `dateline gives ${m[2]}月${m[3]}日 with no year; the year is left unknown rather than guessed`;
      }
      this.removed.push({ rule: 'dateline-prefix', line: i + 1, text: m[0], keptAs: 'reporter,publisher,place' });
      this.inHeader = false;
      // A wire story's headline after its dateline (`中新网贵州凯里4月16日电 题：…`) is its headline.
      const rest = line.slice(m[0].length);
      const titled = rest.match(TITLE_LINE);
      if (titled) {
        this.labelledTitles.push({ text: titled[1].trim(), line: i, labelled: true });
        this.removed.push({ rule: 'title-line', line: i + 1, text: rest, keptAs: 'title' });
        return;
      }
      this.body.push(rest);
      return;
    }
  }

  // A line ending in a colon labels what follows (`上虞区政协：`): the body has begun.
  // So does an enumerated line (`一、南京市鼓楼区政协：…`): titles are not numbered.
  if ((/[:：]$/.test(line) && !furnitureShape(line)) || ENUMERATED.test(line) || (this.sectionLabels >= 2 && this.isLabel(line))) this.inHeader = false;
  // (Commas inside a quoted slogan, `“辽事好商量，聊事为人民”`, make no sentence of a headline. A
  // line that is one spoken sentence, `“小刚，今年我家稻谷受旱灾，很担心收成啊。”`, opens the story.)
  if (SPOKEN_LINE.test(line)) this.inHeader = false;
  const next = this.inHeader ? nextNonEmpty(this.lines, i) : null;
  // (A site's menu is furniture at any length: it does not start the body. Nor do the dots of a
  // web address make prose of a line, `昭通政协网：www.ztszx.gov.cn`, nor a file's extension, `….docx`.)
  if (this.inHeader && (!PROSE.test(line.replace(/“[^”]*”/g, '').replace(WEB_ADDRESS, '').replace(FILE_EXTENSION, '')) || LINK_LIST_ITEM.test(line) || LIST_NUMBER_ALONE.test(line) || commaHeadline(line, next) || bylinedHeadline(line, next) || datelinedHeadline(line, next) || publishedHeadline(line, next) || exclaimedHeadline(line) || CHEER_HEADLINE.test(line)) && (line.length <= MAX_HEADER_LINE || furnitureShape(line) !== null)) {
    // A short line that heads enumerated points is a section headline when that shape recurs:
    // the article is a roundup of untitled sections, and this line belongs to the first one.
    const isSectionHeadline = next !== null && ENUMERATED.test(next) && this.headingFollowedByPoints >= 2;
    if (!isSectionHeadline) {
      // (A table's cell keeps its bars in a copy, `| 政协天水市七届三次会议提案已全部办理完成 | ||||`: the
      // line is read without them; the report keeps the line as printed.)
      this.header.push({ i, line: line.replace(TABLE_BARS, '') || line });
      return;
    }
  }
  this.inHeader = false;
  const tail = this.credit.tail;
  if (tail && !DATED_ITEM.test(line) && !this.isLabel(line)) {
    tail.push({ i, line });
    return;
  }
  this.flushCredit();
  // The bracketed headline goes to the title and the report; the sentences before it stay.
  const original = line.match(ORIGINAL_TITLE);
  if (original && original.index! > 0) {
    this.labelledTitles.push({ text: original[1].trim(), line: i, labelled: true });
    this.removed.push({ rule: 'title-line', line: i + 1, text: original[0], keptAs: 'title' });
    this.body.push(line.slice(0, original.index).trimEnd());
    return;
  }
  this.body.push(line);
  }

  /**
   * A line above the story that reads like prose but is not a sentence of it: keyword spam or an
   * SEO line a copy was wrapped in (`少妇…，男女…，在线看…`). It ends no sentence and shares
   * almost no character pair with the rest of the page.
   */
  private strayLine(line: string, i: number): boolean {
    // A question (`…哪里更宜居？`) is as stray as a clause when it shares nothing with the page, and so
    // is a site's slogan that ends in a cry (`千年古城,挟历史之蕴藉,源远流长!`).
    if (line.length < MIN_STRAY_LINE || /[。]/.test(line) || /[！!]./.test(line.trim()) || /[？?]./.test(line) || !PROSE.test(line)) return false;
    const rest = [...this.lines.slice(0, i), ...this.lines.slice(i + 1)].join('\n');
    // (Nor the one Chinese paragraph of a page whose other lines are furniture and a machine translation
    // into English: with no other story on the page to share nothing with, it is the story.)
    if (!this.lines.some((l, k) => k !== i && PROSE.test(l) && (l.match(HAN)?.length ?? 0) >= MIN_STRAY_LINE)) return false;
    // (Nor the story itself when the rest is only its headline and furniture: a machine summary run
    // into one long line under `滨州市政协十二届五次会议隆重开幕` shares little of itself with them, but
    // they share much with it.)
    return bodyOverlap(line, rest) < MAX_STRAY_OVERLAP && bodyOverlap(rest, line) < MAX_STRAY_OVERLAP;
  }

  /**
   * The page's top lines, once the whole body is known: the headline is the one that reads as one
   * (choose-title.ts); after it, an institution's name is the author, the next lines the subtitle
   * and series line; above it, only a line that shares words with the story is a series line; a
   * committee headline that the body repeats in shape heads the first section of a roundup and
   * stays in the body; the rest, and anything shaped like a site name or menu, is the site's
   * furniture.
   */
  private resolveHeader(): void {
    const bodyText = this.body.join('\n');
    // The first header line under the breadcrumb is where pages print the headline.
    const under = this.breadcrumbLine === null ? undefined : this.header.find((h) => h.i > this.breadcrumbLine!)?.i;
    const choice = chooseTitle([...this.header.map((h) => ({ text: h.line, line: h.i, underBreadcrumb: h.i === under })), ...this.labelledTitles], bodyText);
    const title = choice.title;
    if (title?.labelled) this.meta.title = title.text;
    // Committee headlines in the body, or a strip of three or more under the title (an e-paper's
    // guide lines: `阎良区政协组织委员视察…`, `麟游县政协就提案…进行督办`), are a roundup's items.
    const stripHeadlines = this.header.filter((h) => h.i !== title?.line && COMMITTEE_HEADLINE.test(h.line) && !PROSE.test(h.line)).length;
    const bodyHeadlines = this.body.filter((l) => COMMITTEE_HEADLINE.test(l) && !PROSE.test(l)).length + (stripHeadlines >= MIN_HEADLINE_STRIP ? stripHeadlines : 0);
    const keep: string[] = [];
    let afterTitle = title?.labelled ?? false;
    // A report's cover prints its committee's formal name over lines of its own (`中国人民政治协商会议` /
    // `江苏省第十届委员会学习委员会` / `工作报告`): one headline, not a title, an author and a subtitle.
    const nameGoesOn = title && !title.labelled ? this.splitNameLines(title.line) : [];
    let m: RegExpMatchArray | null;
    for (const h of this.header) {
      if (title && !title.labelled && h.i === title.line) {
        this.meta.title = [h.line, ...nameGoesOn.map((n) => n.line)].map((l) => l.trim()).join('');
        this.remove(h.i, 'title', 'title');
        afterTitle = true;
        continue;
      }
      if (nameGoesOn.includes(h)) {
        this.remove(h.i, 'title', 'title');
        continue;
      }
      const overlap = bodyOverlap(h.line, bodyText);
      // (The page's title bar, the headline with its column and site after a space or a dash, is furniture.)
      const head = title?.text.trim();
      const titleBar = !!head && h.line.trim().startsWith(head) && /^(?:\s|[-_—|｜])/.test(h.line.trim().slice(head.length));
      // (…and so is the headline printed again, over or under the date line.)
      const again = !!head && h.line.trim() === head;
      const furnitureShaped = furnitureShape(h.line) !== null || titleBar || again;
      if (afterTitle && bodyHeadlines >= 1 && COMMITTEE_HEADLINE.test(h.line)) keep.push(h.line);
      else if (afterTitle && this.meta.author === null && (AUTHOR.test(h.line.trim().replace(BYLINE_MARK, '')) || PERSON_BYLINE.test(h.line.trim()) || MEMBERS_BYLINE.test(h.line.trim()))) {
        // (An e-paper's box before the byline, `□ 政协嘉峪关市委员会`, is no part of the name; the line
        // as printed stays in the report.)
        this.meta.author = h.line.trim().replace(BYLINE_MARK, '');
        this.remove(h.i, 'author-line', 'author');
      } else if (afterTitle && this.meta.subtitle === null && !furnitureShaped) {
        this.meta.subtitle = h.line.replace(/^[—–-]{1,2}\s*/, '');
        this.remove(h.i, 'subtitle', 'subtitle');
      } else if (this.meta.kicker === null && !furnitureShaped && (afterTitle || overlap >= MIN_SUBTITLE_OVERLAP)) {
        this.meta.kicker = h.line;
        this.remove(h.i, 'series-line', 'kicker');
      } else if (!title && ADOPTION_NOTE.test(h.line.trim())) keep.push(h.line);
      else if ((m = h.line.match(SOURCE_DATE_LINE)) && this.meta.publisher === null) {
        this.meta.publisher = m[1];
        this.meta.date ??= `${m[2]}-${pad(m[3])}-${pad(m[4])}`;
        this.meta.dateNote ??= "from the source and date row under the headline";
        this.meta.dateKind ??= 'page';
        this.remove(h.i, 'publish-info', 'date,publisher');
      } else this.remove(h.i, 'site-furniture', null);
    }
    this.body.unshift(...keep);
    this.splitGluedTitle();
  }

  /**
   * The header lines that carry on a formal name cut after `中国人民政治协商会议` (or `政协`) at line `at`:
   * the next, a place's committee (`江苏省第十届委员会学习委员会`), and one more if it only names the
   * document (`工作报告`). None when the name is whole or the next line is not its rest.
   */
  private splitNameLines(at: number): Array<{ i: number; line: string }> {
    const k = this.header.findIndex((h) => h.i === at);
    if (k < 0 || !NAME_CUT.test(this.header[k].line.trim())) return [];
    const rest = this.header[k + 1];
    if (!rest || !NAME_REST.test(rest.line.trim())) return [];
    const kind = this.header[k + 2];
    return kind && DOCUMENT_KIND.test(kind.line.trim()) ? [rest, kind] : [rest];
  }

  /**
   * A headline and its subhead run together on one line by the page (`规范化建设提升“专”的水平湖北省
   * 政协加强制度化建设…`): where a committee's name starts a second sentence deep into a long title,
   * the title ends before it and the rest is the subtitle.
   */
  private splitGluedTitle(): void {
    // The site and its writers run on after the headline (`…助力麻阳发展更美好麻阳新闻网曹芹 李光 张祥雄`):
    // the publisher and the writers, not words of the headline.
    const signed = this.meta.title?.match(TITLE_SITE_WRITERS);
    if (signed) {
      this.meta.title = signed[1].trim();
      this.meta.publisher ??= signed[2];
      this.meta.author ??= signed[3].trim();
    }
    // …or its date and source (`…规划建设 2024-11-22 来源:解放日报`): the publisher, not words of the headline
    // (the line as printed stays in the report).
    const sourced = this.meta.title?.match(TITLE_DATE_SOURCE);
    if (sourced) {
      this.meta.title = sourced[1].trim();
      this.meta.publisher ??= sourced[2];
    }
    // …or a site's name after a dash that nothing in the story says (`…带队开展专题调研-yb体育官方`, the name a
    // spam copy put where the site's was): the page's title bar, not words of the headline (the line as
    // printed stays in the report).
    const barred = this.meta.title?.match(TITLE_DASH_SITE);
    if (barred && /\p{Script=Han}/u.test(barred[2]) && bodyOverlap(barred[2], this.body.join('\n')) === 0 && bodyOverlap(barred[1], this.body.join('\n')) >= MIN_SUBTITLE_OVERLAP) this.meta.title = barred[1].trim();
    // A repost's credit before the headline (`《江淮时报》报道:阜阳市政协…座谈会召开`) names the paper it
    // was first printed in: the series line, not words of the headline.
    const paperCredit = this.meta.title?.match(PAPER_CREDIT);
    if (paperCredit && this.meta.kicker === null) {
      this.meta.kicker = paperCredit[1];
      this.meta.title = paperCredit[2].trim();
    }
    // A shared document's file name (`政协开展民主监督工作情况汇报.docx` on a document site) is its title
    // with the file's extension, which is no word of it (the line as printed stays in the report).
    const file = this.meta.title?.match(FILE_NAME);
    if (file) this.meta.title = file[1].trim();
    const title = this.meta.title;
    // A column's short label set off by a bar before the headline (`吉林新观察 | 吉林省政协开年密集调研…`,
    // `聚焦两会|政协第十一届…会议胜利闭幕`) is the series line, however short the headline after it.
    // (Not a committee's or a place's name, `乌鲁木齐市政协丨…`, `辽阳市 | 市政协召开…`: the headline's own subject.)
    const label = title?.match(COLUMN_BAR);
    if (label && this.meta.kicker === null && /\p{Script=Han}{6}/u.test(label[2]) && !/^\p{Script=Han}{2,}[省市区县州旗盟](?:政协)?$/u.test(label[1])) {
      this.meta.kicker = label[1].trim();
      this.meta.title = label[2].trim();
      return;
    }
    // …and so is a site's short tag after a bar behind it (`…考察报告|安溪县茶叶`): the headline is before it.
    const tag = title?.match(TAG_BAR) ?? title?.match(TAGS_BAR);
    if (tag && /\p{Script=Han}{6}/u.test(tag[1])) {
      this.meta.title = tag[1].trim();
      return;
    }
    if (!title || this.meta.subtitle !== null || [...title].length <= MAX_GLUED_HEAD) return;
    const found = findCommittees(title).find((x) => x.placeText && x.start >= MIN_GLUED_HEAD);
    // A committee named in a book's title (`…|《苏州市虎丘区政协志》正式出版发行`) starts with the title's mark.
    const m = found && found.enclosure === 'book-title' && title[found.start - 1] === '《' ? { ...found, start: found.start - 1 } : found;
    // Nor where the words before govern the name (`…会员参加越秀区政协…座谈会`, `…走进县政协`).
    if (!m || GOVERNS_NEXT.test(title.slice(0, m.start))) return;
    // Nor a document's joint issuers: one heading, the issuers and what they decide.
    if (JOINT_ISSUER.test(title.slice(0, m.start)) && title.slice(m.end).includes('关于')) return;
    const before = title.slice(0, m.start).trim();
    // A series name set off by a bar (`政协奋进新征程·广州篇丨白云区政协：…`) is the series line;
    // the headline is what follows it.
    const series = before.match(SERIES_BAR);
    if (series && this.meta.kicker === null) {
      this.meta.kicker = (series[1] ?? series[2]).trim();
      this.meta.title = title.slice(m.start).trim();
      return;
    }
    // (With a series line already read above it, the headline stays whole: a label is no headline.)
    if (series) return;
    // (The dash between a headline and its subhead, `心系民生献良策——垫江县政协…`, belongs to neither.)
    this.meta.title = before.replace(/\s*[—–-]+$/, '') || before;
    this.meta.subtitle = title.slice(m.start).trim();
  }

  /** Recognise one furniture line anywhere in the article; record it and say whether it was. */
  private furniture(line: string, i: number): boolean {
    return this.labelledLine(line, i) || this.insertedLine(line, i) || this.breadcrumb(line, i) || this.creditLine(line, i) || (this.inHeader && this.headerLine(line, i));
  }

  /** A record's field value, the page's address, a related link, or a title the page labels (`原标题：…`). */
  private labelledLine(line: string, i: number): boolean {
    let m: RegExpMatchArray | null;
    // A record's field whose label stands alone on the line above (`内容出处:` over `《彭泽县志》`,
    // `知识类型:` over `析出资源`): the field's value, not a line of the page's own.
    if (i === this.fieldValueAt) {
      this.remove(i, 'document-fields', null);
      return true;
    }
    if (FIELD_LABEL_ALONE.test(line) && this.body.length === 0) {
      const next = this.lines.findIndex((l, k) => k > i && l.trim() !== '');
      if (next > 0 && this.lines[next].trim().length <= MAX_FIELD_VALUE && !PROSE.test(this.lines[next])) this.fieldValueAt = next;
    }
    if ((m = line.match(URL_LINE))) {
      this.meta.url ??= m[1];
      this.remove(i, 'url-line', 'url');
      return true;
    }
    if (this.related.has(i)) {
      this.remove(i, 'related-link', null);
      return true;
    }
    if ((m = line.replace(TABLE_BARS, '').match(TITLE_LINE))) {
      // (A column's label in brackets there, `原标题：【中央媒体看甘肃】`, names the column, not the story.)
      const column = m[1].trim().match(KICKER);
      if (column) {
        const kept = this.meta.kicker === null;
        if (kept) this.meta.kicker = column[1].trim();
        this.remove(i, 'title-line', kept ? 'kicker' : null);
        return true;
      }
      this.labelledTitles.push({ text: m[1].trim(), line: i, labelled: true });
      this.remove(i, 'title-line', 'title');
      return true;
    }
    if ((m = line.match(ORIGINAL_TITLE)) && m.index === 0) {
      this.labelledTitles.push({ text: m[1].trim(), line: i, labelled: true });
      this.remove(i, 'title-line', 'title');
      return true;
    }
    // …or the label alone, the headline on the next line (`原标题` over `政协委员围绕…积极建言献策:`).
    const next = this.lines[i + 1]?.trim() ?? '';
    if (TITLE_LABEL.test(line) && /\p{Script=Han}{6}/u.test(next) && !furnitureShape(next)) {
      this.labelledTitles.push({ text: next.replace(/[:：]$/, ''), line: i + 1, labelled: true });
      this.remove(i, 'title-line', null);
      return true;
    }
    return false;
  }

  /** Something pasted into the page or printed around the story: a repeated insert, the site's name, menus and notices, an attachment, a publishing line. */
  private insertedLine(line: string, i: number): boolean {
    // A short line printed again and again between the story's paragraphs (a spam copy's
    // `旧澳门官方网站` eight times over) is something pasted into the page, not a heading of its own.
    // (A line that names the committee is the story's headline printed again under each photo.)
    const insert = !this.inHeader && this.body.length > 0 && line.trim().length <= MAX_REPEATED_INSERT && !/[。！？!?]|政协|政協/.test(line);
    const times = this.printed.get(line.trim()) ?? 0;
    if (insert && times >= 3) {
      this.remove(i, 'repeated-insert', null);
      return true;
    }
    // A paragraph of prose (two sentences and more) is the story, whatever words it holds.
    const prose = (line.match(/。/g)?.length ?? 0) >= 2;
    // The site's name its greeting gave, printed again over the story (`欢迎访问甘肃尕海自然保护区` and then
    // `尕海自然保护区` over the headline): the site's, not a headline.
    if (this.inHeader && this.greetedSite && line.trim().length >= MIN_SITE_NAME && this.greetedSite.endsWith(line.trim())) {
      this.remove(i, 'site-name', null);
      return true;
    }
    for (const [pattern, rule] of PAGE_FURNITURE) {
      if (pattern.test(line) && !prose) {
        if (rule === 'greeting') this.greetedSite ??= line.trim().match(GREETED_SITE)?.[1] ?? null;
        this.remove(i, rule, null);
        return true;
      }
    }
    // (Twice is enough when it was first printed over the story: a content farm's question headline
    // pasted again between the paragraphs, `博州是哪个省的城市，博州属于哪个省`.)
    if (insert && times === 2 && this.overStory.has(line.trim())) {
      this.remove(i, 'repeated-insert', null);
      return true;
    }
    // A link to an attached file in the body (`2021年市政协七届五次会议提案目录.docx`, `附件：…通知.doc`): the
    // file, not the story's words. (Over the story, a shared document's file name is its title.)
    if (!this.inHeader && ATTACHMENT.test(line)) {
      this.remove(i, 'attachment', null);
      return true;
    }
    if (!this.inHeader && line.length <= 60 && /^(来源|稿件来源|信息来源|文章来源|内容出处|出处|作者|原文链接)\s*[:：|｜丨]/.test(line) && this.isPublishInfo(line)) {
      this.remove(i, 'publish-info', 'publisher');
      return true;
    }
    return false;
  }

  /** The page's breadcrumb, and a headline or the story run into it. */
  private breadcrumb(line: string, i: number): boolean {
    if (BREADCRUMB_HEAD.test(line) || (this.inHeader && BREADCRUMB_CHAIN.test(line))) {
      // A page flattened into one line runs on from its crumbs into its headline, source and story
      // (`首页>3月3日：…新闻发布会 本次政协大会将聚焦… 新华社…2021-03-03 15:28 大会新闻发言人郭卫民介绍，…。`):
      // the story, from the first part apart by a space that is prose, stays the story; the line
      // before it is the breadcrumb (both kept in full, as the report and the first paragraph).
      const story = line.match(CRUMBS_THEN_STORY);
      if (story) {
        const cut = line.length - story[1].length;
        const head = line.slice(0, cut).trimEnd();
        const crumbs = head.split(/\s*[>＞»›]+\s*/).filter(Boolean);
        const glued = crumbs.length > 1 ? crumbs[crumbs.length - 1].match(CRUMB_THEN_HEADLINE) ?? crumbs[crumbs.length - 1].match(/^()(\S{8,60})(?:\s|$)/) : null;
        if (glued && /\p{Script=Han}{6}/u.test(glued[2]) && !furnitureShape(glued[2])) this.labelledTitles.push({ text: glued[2].trim(), line: i, labelled: true });
        this.meta.breadcrumb = crumbs;
        this.breadcrumbLine ??= i;
        this.removed.push({ rule: 'breadcrumb', line: i + 1, text: this.lines[i].slice(0, this.lines[i].indexOf(story[1])), keptAs: 'breadcrumb' });
        this.inHeader = false;
        this.body.push(story[1]);
        return true;
      }
      const crumbs = line.split(/\s*[>＞»›]+\s*/).filter(Boolean);
      // A page may print its headline right after the last crumb, on the same line: it is a
      // title candidate, the line stays removed whole.
      const glued = crumbs.length > 1 ? crumbs[crumbs.length - 1].match(CRUMB_THEN_HEADLINE) : null;
      // (A timestamp or counter after the last crumb, `正文 | 2023-02-28 阅读量:`, is no headline.)
      if (glued && /\p{Script=Han}{6}/u.test(glued[2]) && !furnitureShape(glued[2])) {
        crumbs[crumbs.length - 1] = glued[1];
        this.labelledTitles.push({ text: glued[2].trim(), line: i, labelled: true });
      }
      this.meta.breadcrumb = crumbs;
      this.breadcrumbLine ??= i;
      this.remove(i, 'breadcrumb', 'breadcrumb');
      return true;
    }
    return false;
  }

  /** An editor's, contributor's or reporter's line, an end mark, keywords, the editor's note. */
  private creditLine(line: string, i: number): boolean {
    let m: RegExpMatchArray | null;
    if ((m = line.match(EDITOR))) {
      this.meta.editor = m[2].trim();
      this.remove(i, 'editor-line', 'editor');
      if (this.body.length > 0) {
        this.flushCredit();
        this.credit.tail = [];
      }
      return true;
    }
    // (Kept in the report, not as the author: the committee that sends a story in is often the
    // host of another's visit, `（长阳县政协 供稿）` under 郧西县政协's trip to 长阳, so it places nothing.)
    if (this.body.length > 0 && END_MARK.test(line)) {
      this.remove(i, 'end-mark', null);
      this.flushCredit();
      this.credit.tail = [];
      return true;
    }
    if (CONTRIBUTED.test(line) || CREDITED.test(line.trim()) || (this.body.length > 0 && SIGN_OFF.test(line))) {
      this.remove(i, 'contributor-line', null);
      if (this.body.length > 0) {
        this.flushCredit();
        this.credit.tail = [];
      }
      return true;
    }
    if ((m = line.match(KEYWORDS))) {
      this.meta.keywords = m[2].split(/[\s,，、;；]+/).filter(Boolean);
      this.remove(i, 'keyword-line', 'keywords');
      return true;
    }
    if ((m = line.match(LEAD_MARK))) {
      if (m[2].trim()) {
        this.lead = m[2].trim();
        this.inHeader = false;
      } else this.awaitingLead = true;
      this.remove(i, 'editor-note-label', 'lead');
      return true;
    }
    // A paper's reporter on a line of his own after a summary the page printed first (`燕赵都市报记者 蔡云雷`):
    // the byline, wherever it stands. (Without the paper's name, `记者 张三` in the body may be a caption's credit.)
    if (!this.inHeader && (m = line.trim().match(REPORTER)) && m[1] && m[1] !== '本报' && line.trim().length <= MAX_BODY_BYLINE) {
      // (A paper's photographer under the page's one sentence so far, `…委员热烈讨论、认真审查提案。` over `文汇报记者
      // 赵立荣摄`: that sentence is the photo's caption, not the story's start; where a story follows. A photo news item,
      // caption and credit alone, is its own story.)
      const caption = this.body.length === 1 && PHOTO_CREDIT.test(line.trim()) ? this.body[0].trim() : null;
      const above = caption !== null && /。$/.test(caption) && [...caption].length <= MAX_CAPTION ? previousNonEmpty(this.lines, i) : -1;
      if (above >= 0 && this.lines[above].trim() === caption && this.lines.slice(i + 1).some((l) => /。/.test(l))) {
        this.body.pop();
        this.remove(above, 'photo-caption', null);
      }
      this.meta.reporter ??= m[2].trim();
      this.meta.publisher ??= m[1];
      this.remove(i, 'byline', 'reporter');
      return true;
    }
    return false;
  }

  /** Over the story only: a kicker, a dateline or byline, a publishing line. */
  private headerLine(line: string, i: number): boolean {
    let m: RegExpMatchArray | null;
    if ((m = line.match(KICKER)) && !(this.sectionLabels >= 2 && this.isLabel(line))) {
      this.meta.kicker = m[1].trim();
      this.remove(i, 'kicker', 'kicker');
      return true;
    }
    if ((m = line.match(DATELINE)) && line.length <= 60) {
      const [, head, month, day, reporter] = m;
      const pm = head.match(PUBLISHER_END);
      this.meta.publisher = (pm ? pm[1] : head).trim() || null;
      this.meta.place = pm && pm[2].trim() ? pm[2].trim() : null;
      if (reporter) this.meta.reporter = reporter.trim();
      this.meta.dateNote = `dateline gives ${month}月${day}日 with no year; the year is left unknown rather than guessed`;
      this.remove(i, 'dateline', 'publisher,place,dateNote,reporter');
      return true;
    }
    if ((m = line.match(BENBAO))) {
      if (m[1]) this.meta.reporter = m[1].trim();
      this.remove(i, 'dateline', 'reporter');
      return true;
    }
    // A repost's own dateline on a line of its own (`参考消息网2026-02-04号报道`, `参考消息网2月4日报道`).
    if ((m = line.match(REPORT_DATELINE))) {
      this.meta.publisher ??= m[1];
      this.remove(i, 'dateline', 'publisher');
      return true;
    }
    // A timestamp alone on its line, to the minute (`2024-06-28 09:16`): when the page was published.
    if ((m = line.match(STAMP_ALONE))) {
      this.meta.date ??= `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
      this.meta.dateNote ??= "from the page's timestamp";
      this.meta.dateKind ??= 'page';
      this.remove(i, 'publish-info', 'date');
      return true;
    }
    // …or with the writers' names run on after it (`2018-02-22常永利`): the date and who wrote it, no headline.
    if ((m = line.match(DATE_THEN_WRITERS))) {
      this.meta.date ??= `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
      this.meta.dateNote ??= "from the page's publishing line";
      this.meta.dateKind ??= 'page';
      this.meta.author ??= m[4];
      this.remove(i, 'publish-info', 'date,author');
      return true;
    }
    // (…and those names alone on a line of their own after it, `何欢`: the byline again.)
    if (this.meta.author && line.trim() === this.meta.author && this.removed.some((r) => r.rule === 'publish-info' && r.text.trim().endsWith(line.trim()))) {
      this.remove(i, 'byline', 'author');
      return true;
    }
    // An account's name and its date under a reposted headline (`辽宁政协 2024-06-15`).
    if ((m = line.match(ACCOUNT_DATE))) {
      this.meta.publisher ??= m[1];
      this.meta.date ??= `${m[2]}-${pad(m[3])}-${pad(m[4])}`;
      this.meta.dateNote ??= "from the account line under the headline";
      this.meta.dateKind ??= 'page';
      this.remove(i, 'publish-info', 'date,publisher');
      return true;
    }
    if ((m = line.match(ACCOUNT_WHEN))) {
      this.meta.publisher ??= m[1];
      this.remove(i, 'publish-info', 'publisher');
      return true;
    }
    if ((m = line.match(REPORTER))) {
      this.meta.reporter = m[2].trim();
      if (m[1] && m[1] !== '本报') this.meta.publisher ??= m[1];
      this.remove(i, 'byline', 'reporter');
      return true;
    }
    if (this.isPublishInfo(line)) {
      this.remove(i, 'publish-info', 'date,publisher');
      return true;
    }
    return false;
  }

  private isPublishInfo(line: string): boolean {
    const fields = [...line.matchAll(PUBINFO_FIELD)];
    // A timestamp may open the line before its first field (`2023-07-14 18:02:20 来源：…`).
    const stamp = line.match(LEADING_TIMESTAMP);
    const opensAt = stamp && fields.length && fields[0].index === stamp[0].length ? stamp[0].length : 0;
    // …and so may the site's name (`中国人民政治协商会议湖南省委员会 时间：2022-07-22 来源：`).
    const siteFirst = fields.length > 0 && /\s$/.test(line.slice(0, fields[0].index)) && furnitureShape(line.slice(0, fields[0].index)) !== null ? fields[0].index! : 0;
    if (fields.length === 0 || fields[0].index! > Math.max(2, opensAt, siteFirst) || PROSE.test(line.replace(/\d[.:]\d/g, ''))) return false;
    if (opensAt && stamp) {
      this.meta.date = `${stamp[1]}-${pad(stamp[2])}-${pad(stamp[3])}`;
      this.meta.dateNote = "from the timestamp of the page's publishing line";
      this.meta.dateKind = 'page';
    }
    for (let k = 0; k < fields.length; k++) {
      const start = fields[k].index! + fields[k][0].length;
      const end = k + 1 < fields.length ? fields[k + 1].index! : line.length;
      const value = line.slice(start, end).trim();
      const key = fields[k][1];
      if (/时间|日期/.test(key)) {
        const d = value.match(ISO_LIKE);
        if (d) {
          this.meta.date = `${d[1]}-${pad(d[2])}-${pad(d[3])}`;
          this.meta.dateNote = `from the page's ${key} line`;
          this.meta.dateKind = 'page';
        }
      } else if (key === '来源' && value) {
        // `来源：四川政协报 2023年6月8日`: a date may trail the publisher's name.
        const d = value.match(ISO_LIKE);
        if (d && !this.meta.date) {
          this.meta.date = `${d[1]}-${pad(d[2])}-${pad(d[3])}`;
          this.meta.dateNote = 'from the page\'s 来源 line';
          this.meta.dateKind = 'page';
        }
        // (A source the page itself says it does not know, `来源：未知`, names no publisher.)
        const name = (d ? value.slice(0, d.index) : value).trim();
        this.meta.publisher = name && !UNKNOWN_SOURCE.test(name) ? name : null;
      }
      else if (key === '作者' && value) this.meta.reporter = value;
    }
    return true;
  }
}

/** The index of the nearest non-empty line before `i`, or -1. */
function previousNonEmpty(lines: string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim()) return j;
  return -1;
}

function nextNonEmpty(lines: string[], i: number): string | null {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim()) return lines[j].trim();
  return null;
}

/** How many short non-prose lines are directly followed by an enumerated point (一、…). */
function countHeadingsWithPoints(lines: string[]): number {
  const nonEmpty = lines.map((l) => l.trim()).filter(Boolean);
  let n = 0;
  for (let k = 0; k + 1 < nonEmpty.length; k++) {
    const l = nonEmpty[k];
    if (!PROSE.test(l) && l.length <= MAX_HEADER_LINE && !ENUMERATED.test(l) && ENUMERATED.test(nonEmpty[k + 1])) n++;
  }
  return n;
}
