/**
 * Which of a page's top lines is the article's headline, and which are the page's furniture: the
 * site's name (`安庆政协`, `河南援疆网`, `彭泽热线`), a greeting (`您好，欢迎光临…门户网站！`), a
 * column or menu word (`其他`, `本站`, `首页头条—正文`, `五、对外交流`), a reading-time line
 * (`本篇文章305字，读完约1分钟`), or an office that published it (`北京市门头沟区人民政府办公室`).
 *
 * A headline is written about the story, so it shares words with it; furniture shares nothing with
 * the body, or only a place name. Each candidate is scored on that overlap and on the shapes of
 * furniture; a headline the page repeats (its <title> and its <h1>) or labels (`标题：…`) is surer.
 * Pure.
 */

export interface TitleCandidate {
  text: string;
  /** Line index in the page. */
  line: number;
  /** Given by a `标题：` line: the page says so. */
  labelled?: boolean;
  /** The first line under the page's breadcrumb, where pages print the headline. */
  underBreadcrumb?: boolean;
}

export interface TitleChoice {
  title: TitleCandidate | null;
  /** Every candidate's score and the reasons, for the report. */
  scores: Array<{ text: string; score: number; why: string[] }>;
}

/**
 * A series line: one that ends in a dash, or numbers a part of a series (`系列报道之二`, `系列报道（三）`,
 * `2026地方政协全会扫描（五）`), or gathers speeches of which the page is one
 * (`全国政协委员读书活动工作经验交流会发言摘登` over the speaker's own headline).
 */
const SERIES_LINE = /(?:——|—|－－)$|(?:发言|言论|观点)(?:摘登|摘编|选登)$|(?:系列(?:报道|访谈|评论)?|专题报道|扫描|巡礼|综述|观察|集锦|速递)[】\]]?(?:之[一二三四五六七八九十\d]+|[（(][一二三四五六七八九十\d]+[)）])$/;

/** A photo's caption of a scene, a noun phrase closed by a full stop (`自治区政协十一届五次会议提案现场。`). */
export const PHOTO_CAPTION = /^[^，,。！？]{4,30}(?:会场|现场|合影|合影留念|合照|留影|留影纪念|一角|全景|剪影)。$/;

/** An institutional author line under a title: a short name of a body, no punctuation. */
export const AUTHOR = /^[^，。：:\s]{4,40}(党组|委员会|政协|办公室|办公厅|研究室|研究会|课题组|调研组|理论学习中心组)$/;
/** A byline of a committee's members by name, under a proposal they wrote (`县政协委员 陈锦峰 徐英 梁文珍`). */
export const MEMBERS_BYLINE = /^[\u4e00-\u9fff]{0,12}?政协(?:常委|委员)[\s:：]+[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*$/;
/** A box or bullet an e-paper sets before a byline (`□ 政协嘉峪关市委员会`). */
export const BYLINE_MARK = /^[□■◇◆○●]\s*/;

/** Names (no verb of their own among them), then chairing, attending or speaking, one or more times (`许忠建讲话 韦朝晖出席 牛顺生主持`). */
const DECK_LINE = /^(?:(?:(?![率赴到在召举调视])[\u4e00-\u9fff·、]){2,16}?(?:主持|出席|参加|讲话|致辞)(?:会议)?(?:并讲话)?\s*)+$/;

/**
 * Two or more parts of such a deck, accompanying too (`慕新海出席 吴小可陪同`). One part that ends in
 * 陪同 may be a headline (`驻滁州省政协委员来宜考察张金锐陪同`).
 */
const DECK_PARTS = /^(?:(?![率赴到在召举调视])[\u4e00-\u9fff·、]){2,16}?(?:主持|出席|参加|陪同|讲话|致辞)(?:会议)?(?:并讲话)?(?:\s+(?:(?![率赴到在召举调视])[\u4e00-\u9fff·、]){2,16}?(?:主持|出席|参加|陪同|讲话|致辞)(?:会议)?(?:并讲话)?)+$/;

/** A page's own title with its column and site (and the site's owner) after bars: the headline is the part before them. */
const BARRED_PAGE_TITLE = /^(.{4,}?)[_｜|][^_｜|]{2,12}(?:[_｜|][^_｜|]{2,30}){1,2}$/;

/** A web directory's entry for a site, its categories after it (`政协黄石市委员会官网，教育，政府组织，地方政府网站。`). */
export const SITE_DIRECTORY_ENTRY = /^[^，。\s]{2,24}(?:官网|官方网站)[，,][^。]{0,40}。?$/;

/** A page's print and page buttons in brackets, the first cut off (`】 【打 印】`, `【 第1页 第2页 】`). */
export const PAGE_BUTTONS = /^\s*[】\]]?\s*(?:[【\[]\s*(?:打\s*印|关\s*闭|收\s*藏|返\s*回|顶\s*部|第\s*\d+\s*页(?:\s*第\s*\d+\s*页)*)\s*[】\]]?\s*)+$/;

/** A reporter's credit for a photo (`文汇报记者 赵立荣摄`, `…记者 杨颜铭 摄影报道`). */
export const PHOTO_CREDIT = /^[^，。！？]{0,20}?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*(?:摄影报道|摄影|摄)$/;

/** Shapes of furniture lines, with what each is. */
const FURNITURE_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^[\s\d:：\-/.年月日时分秒|｜]+(?:次)?$/, 'a timestamp (and a counter)'],
  // (…with an e-paper's zoom buttons after it: `2022年01月09日 星期日 放大 缩小 默认`.)
  [/^[\s\d\-/.年月日]+(?:星期|周)[一二三四五六日天](?:\s+放大\s*缩小(?:\s*默认)?)?$/, "a date with its weekday (the page's clock: 2025年11月23日 星期日)"],
  // (…or its owner's, `昆明市盘龙区人民政府 www.kmpl.gov.cn`.)
  [/^[^，。\s]{2,16}(?:网|网站|人民政府|政府|政协|委员会|办公室|办公厅)\s*[:：]?\s*(?:https?:\/\/)?www\.[\w.-]+\/?$/i, "a site's name with its address (昭通政协网：www.ztszx.gov.cn)"],
  // A committee's site's link to its members', proposals' or mail system, alone or after the site's name (`委员办公平台`,
  // `电子邮件系统`, `朝天政协 - 提案管理系统`).
  [/^(?:[\u4e00-\u9fff]{2,8}\s*[-—–|｜]\s*)?(?:委员(?:办公|履职|工作|服务)平台|(?:委员)?履职管理系统|提案(?:管理|办理|工作)?系统|(?:电子)?邮件系统|(?:协同)?办公系统)$/, "a link to the committee's members', proposals' or mail system"],
  [/^[^，“”：:\s]{2,10}(网|网站|门户|热线|客户端|频道|在线|之窗|之声|论坛|公众号|电视台|日报|晚报|报社|新媒体|融媒体?|归档|档案|数据库|资料库|图书馆|APP|App|app)$/, 'a site or paper name'],
  // (A page's lines wholly in round brackets are its photos' captions, `（视察武山大道及南滨河路风情线建设）`,
  // or notes: headlines stand bare.)
  [/^[（(][^（()）]{2,40}[)）]$/, "a line wholly in round brackets (a photo's caption)"],
  // (…its motto quoted in it, `“协商民主第一窗”联合网`; or a web directory's entry for it, its categories
  // after it: `政协黄石市委员会官网，教育，政府组织，地方政府网站`.)
  [/^“[^“”]{2,12}”[\u4e00-\u9fff]{0,4}(?:网|网站)$/, 'a site name with its motto quoted'],
  [SITE_DIRECTORY_ENTRY, "a web directory's entry for a site"],
  [/^[县市区州旗]{1,2}[（(][县市区州旗、]{1,5}[)）][县市区州旗]{0,2}政协$/, "a column of the lower committees' news (县（市）区政协)"],
  [/^(?:讲述人|口述|口述人|整理|撰稿|供稿|摄影|文|图|图\s*[/／]\s*文|文\s*[/／]\s*图)\s*[:：]/, "a story's credit (讲述人：…, 文：…, 图/文：…)"],
  // (…or its reporters' names in brackets, `（全媒体记者卜蕾马钰超）`, `(记者 毛龄欧 通讯员 李林禧)`, perhaps
  // after the outlet's name, `中国昌吉网(记者 高云哲)`, and its dateline, `人民政协网1月15日 （本报记者 路强）`.)
  [
    /^(?:[\u4e00-\u9fff]{2,12}(?:网|报|台|客户端|融媒体?中心|新闻中心)\s*(?:\d{1,2}月\d{1,2}日电?\s*)?)?[（(]\s*(?:本报|本台|全媒体|融媒体?)?(?:记者|通讯员|实习生)[^（()）]{1,30}[)）]$/,
    "a story's credit in brackets",
  ],
  [/^[\u4e00-\u9fff]{2,16}(?:融媒体中心|报社|电视台|新闻中心|记者站)\s+[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*$/, "a media centre's byline (麻江县融媒体中心 欧清兰 张安俊)"],
  // (…or a site's reporter credited for the photos, `四川新闻网-首屏新闻记者 杨颜铭 摄影报道`.)
  [PHOTO_CREDIT, "a reporter's photo credit (…记者 杨颜铭 摄影报道)"],
  // (An outlet's name at most before it: `市政协开通官方微博` is news.)
  [/^(?![^]*(?:开通|上线|推出|发布|政协))[^，“”：:\s]{0,8}(头条号|抖音号|视频号|微信号|微博|手机版|移动版|电脑版)$/, "a link to the outlet's other channels (头条号, 手机版, 台湾网移动版)"],
  // A site's menu of its categories (`博冠体育新闻分类`, `文章分类`): navigation.
  [/^[^，。“”：:\s]{0,8}(?:新闻|文章|资讯|栏目|信息|产品)分类(?:导航|列表)?$/, "a site's menu of its categories (…新闻分类)"],
  [/^[\u4e00-\u9fff]{2,10}政协(网|网站|报)?$/, "a committee's site or paper name"],
  // (…or a society's, the column or section it runs, `法治文化研究会` over a reprinted story: a name alone, nothing done.)
  [/^(?![^]*(?:政协|召开|举行|举办|成立|开展|开幕|闭幕|召集))[\u4e00-\u9fff]{2,10}(?:研究会|协会|学会|联合会|促进会|联谊会|研究院|研究所)$/, "a society's or institute's name alone"],
  // (…or its online platform's, `浙江政协履职服务综合平台`, `湖南政协云平台`.)
  [/^[\u4e00-\u9fff]{2,10}政协[\u4e00-\u9fff]{0,10}?(?:平台|门户|客户端|APP|App)$/, "a committee's online platform's name"],
  // (…or its account's link, `瓯海政协微信` beside `瓯海政协云APP`; not news of one opened, `区政协开通官方微信`.)
  [/^(?![^]*(?:开通|上线|推出|发布|启用|关注))[\u4e00-\u9fff]{2,10}政协[\u4e00-\u9fff]{0,4}?(?:微信|微博|公众号|视频号|抖音号?)$/, "a link to a committee's account"],
  // (…or a portal's name with its local branch, `浙江在线 -- 岱山支站`; or a prompt to open its app, `2步打开 大武汉APP`.)
  [/^[^，。！？\s]{2,12}\s*(?:--|——|—|－|\||｜)\s*[^，。！？\s]{2,10}(?:支站|分站|站点|频道)$/, "a portal's name with its local branch"],
  [/(?:打开|下载|安装)\s*[^，。！？]{0,12}?(?:APP|App|app|客户端)$/, "a prompt to open or download an app"],
  // (Or its place alone, cut before 委员会: `中国人民政治协商会议塔什库尔干塔吉克自治县`.)
  [/^(?:政协|中国人民政治协商会议)[\u4e00-\u9fff]{2,14}?(?:省|市|区|县|州|旗|盟|自治区|自治州|自治县|自治旗)$/, "a committee's formal name cut to its place (a site's name)"],
  // A listing's metadata row (`内容出处： | 《德化县志》 图书 |`, `| 所在地区： | 浙江-温州-瓯海区 | 发布日期： | …`).
  [/^[|｜]?\s*[\u4e00-\u9fff]{2,6}[:：]\s*[|｜]/, "a listing's metadata row"],
  [
    /^(?:政协|中国人民政治协商会议)[\u4e00-\u9fff]{2,14}委员会(?:办公室)?(?:\s+(?:政协|中国人民政治协商会议)[\u4e00-\u9fff]{2,14}委员会)*(?:\s*[|｜]\s*\d{4}-\d{1,2}-\d{1,2}|\s*[|｜]|\s+(?:(?:时间|日期|发布时间|来源)[:：]\s*[\d\-年月日:\s]*)+)?$/,
    "a committee's formal name alone (its site's name), or with a date or a bar or its page's empty publishing fields, or a row of them (links to the committees above)",
  ],
  // (The sessions' banner over a 两会 column: its congress's and committee's session names side by side.)
  [/^(?:[\u4e00-\u9fff]{0,12}?(?:人大|政协)(?:第?[一二三四五六七八九十]+届)?(?:[一二三四五六七八九十]+次)?(?:会议)?\s+)+[\u4e00-\u9fff]{0,12}?(?:人大|政协)第?[一二三四五六七八九十]+届(?:委员会)?第?[一二三四五六七八九十]+次(?:全体)?会议$/, "the sessions' banner of a 两会 column (…人大五次会议 …政协八届五次会议)"],
  // (…perhaps beside the page's clock or menu words: `今天是 | 支持IPv6网络`, `无障碍浏览 长者专区 网站支持IPv6`.)
  [/^网站支持IPv6$|^(?:IPv6|ipv6)|^.{0,24}支持\s*IPv6.{0,8}$/i, "a site's badge (网站支持IPv6)"],
  // (An image's file or alt name left as a line: `素材火翻译公司banner`, `澎湃Logo`.)
  [/^[^，。！？\s]{0,16}(?:banner|logo)\d*$/i, "an image's name (…banner, …logo)"],
  [/^(?:[\s•·\d.]*<\/?[a-zA-Z][^<>]*>)+\s*$/, "HTML tags a copy left in (<delect id=…></delect>)"],
  [/^[A-Za-z0-9]{2,8}[\u4e00-\u9fff]{2,10}网$/, "a scraper's tag on a site's name (R8c安康新闻网)"],
  [/^[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:网|网站)(?:\s*[-－—|｜_]\s*[\u4e00-\u9fffA-Za-z0-9]{2,20}(?:网|网站|平台))+$/, "site names joined by a dash (吉林生活网-432132资讯信息网)"],
  [/^[\u4e00-\u9fffA-Za-z0-9]{2,16}?(?:平台|官网|网站)(?:\s*[，,、]\s*[\u4e00-\u9fffA-Za-z0-9]{2,16}?(?:平台|官网|网站))+$/, "site names joined by a comma (葡京国际平台，葡京国际官网)"],
  // (A reporters' credit line, each name with its part after a slash: `滕州融媒记者邓长浩 张腾艺 颜志迎/视频 田璐/文字`.)
  [/^[^，。！？]{0,20}(?:记者|通讯员)[\u4e00-\u9fff·\s]{2,30}[/／](?:视频|文字|摄影|摄像|图片|图|文)(?:\s+[\u4e00-\u9fff·\s]{2,12}[/／](?:视频|文字|摄影|摄像|图片|图|文))*$/, "a reporters' credit line (…记者X/视频 Y/文字)"],
  // (A programme page's labels and credits, `节目主持：叶纯`, `节目简介`, `主持人：张三`.)
  // (…and its air time, `周六9:30-10:30`.)
  [/^节目(?:主持|简介|定位|介绍|推介|时间|类型)|^(?:主持人?|播音|制片人?|导演|摄像|剪辑|监制|策划)\s*[:：]\s*[\u4e00-\u9fff·]{2,4}$|^每?(?:周|星期)[一二三四五六日天]\s*\d{1,2}[:：]\d{2}\s*[-—~～至]\s*\d{1,2}[:：]\d{2}$/, "a programme page's label, credit or air time (节目主持：叶纯)"],
  // (A menu's label with its items in brackets, parted by slashes, `城市名片(城标/市花/美食/景区/人物)`.)
  [/^[\u4e00-\u9fff]{2,8}[（(](?:[\u4e00-\u9fff]{1,4}[/／]){2,}[\u4e00-\u9fff]{1,4}[)）]$/, "a menu's label with its items (城市名片(城标/市花/美食/景区/人物))"],
  // (A before-and-after photo's caption, `红福田村易地搬迁点周边整治前`.)
  [/^[^，。！？：:]{2,24}(?:整治|改造|治理|修缮|清理|提升|整改|施工)[前后]$/, "a before-and-after photo's caption (…整治前)"],
  // (A wiki's page name with its tabs after it, `黑龙江省政协检视原始码讨论检视历史`: the entry's tab bar.)
  [/(?:查看源代码|检视原始码|编辑|阅读)?讨论(?:查看历史|检视历史)$/, "a wiki's tab bar (…讨论检视历史)"],
  [/^[（(]?(?:资料)?图片(?:仅供参考|来源于网络|源自网络)[)）]?$/, "a picture's disclaimer (（资料图片仅供参考）)"],
  [/^[^，。：:\s]{2,30}(门户网站|官方网站|门户网|官网)$/, 'a portal site name'],
  [/^[^，。：:\s]{2,20}[（(][^）)]{0,30}(?:网站|网)[）)]$/, 'a site name with what the site is (广西政协报新闻中心（…新闻综合网站）)'],
  [/^投稿(?:热线|邮箱|信箱|须知)|(?:新闻线索|新闻热线|报料热线|联系电话)[:：]\s*[\d\-－]{7,}/, "a site's contact line"],
  [/^[^，“”：:\s]{2,12}\s?(数字报纸?|电子报|电子版|数字版)$/, "an e-paper's masthead"],
  // (…and its reader's labels: `电子报阅读机`, `当前报纸名称：闽东日报`, a weekday alone.)
  [/^(?:电子报|数字报|电子版|数字版)(?:阅读机|阅读器|平台|系统)$|^当前报纸(?:名称)?[:：]|^版面[:：]|^(?:第?\d{1,5}|[A-Za-z]\d{1,4})版\s*[:：]|^第?[A-Z]?\d{1,3}\s*[:：]\s*版面|^\d*\s*上一[版篇期]\s*\d*\s+\d*\s*下一[版篇期]\s*\d*$|^\d{2,3}\s*[:：]\s*\S{2,16}$|^星期[一二三四五六日天]$/, "an e-paper reader's label"],
  [/^《?[\u4e00-\u9fff]{2,10}(?:日报|晚报|报)》?\s*\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})$/, "a paper's masthead and date (《甘孜日报》 2013年11月27日, 广西日报2021-03-30)"],
  [/^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)\/?$/i, "a site's domain alone (tibet.cn)"],
  // (…or crediting what it serves: `chinamhl.com提供`.)
  [/^(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)\/?\s*(?:提供|出品|制作|版权所有)$/i, "a site's domain and its credit (chinamhl.com提供)"],
  // (A headline of a Chinese page has Chinese words: not a picture's markup a copy left, `![]() |`.)
  [/^[^\p{Script=Han}]*$/u, 'no Chinese word at all (a picture\'s markup, a bar)'],
  // A page's info row: its site's domain with the date (`www.zjol.com.cn  2006年02月27日 08:32:55  浙江在线新闻网站`).
  [/(?:^|\s)(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)(?=[\s/])[^]*\d{4}\s*[-/.年]\s*\d{1,2}|\d{4}\s*[-/.年]\s*\d{1,2}[^]*\s(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|org)(?:\s|$)/i, "a page's info row: its site's domain and the date"],
  // An e-paper's issue and page (`乌海日报/2024 年/1 月/11 日/第 001 版`, `《 人民政协报 》 （ 2023年11月23日   第 04 版）`).
  [/^《?\s*[\u4e00-\u9fff]{2,10}报\s*》?\s*[/／（(]\s*\d{4}\s*年\s*[/／]?\s*\d{1,2}\s*月\s*[/／]?\s*\d{1,2}\s*日\s*[/／]?\s*第\s*\d+\s*版/, "an e-paper's issue and page"],
  // A bulletin's issue number and imprint (`第9期(总第121期)`, `民进吕梁市委办公室编印 2011年3月25日`).
  // (…or a gazette's year and issue, `2022年第06期`; or the year, issues and the bulletin's name run
  // together, `2013第7期总第240期律师工作动态`.)
  [/^第[\d一二三四五六七八九十]+期\s*[（(]总第\d+期[)）]$|^\d{4}\s*年?\s*第\s*\d{1,3}\s*期\s*[（(]?总第\s*\d+\s*期[)）]?\s*[\u4e00-\u9fff]{0,12}$|(?:编印|印发|编)\s*\d{4}年\d{1,2}月\d{1,2}日$|^\d{4}\s*年\s*第\s*\d{1,3}\s*期$/, "a bulletin's issue number or imprint"],
  // A county paper's issue and page (`1886 期 / 第2版:2`).
  [/^\d{1,5}\s*期\s*[/／]\s*第\s*[A-Z]?\d{1,3}\s*版\s*(?:[:：]\s*\S{0,8})?$/, "an e-paper's issue and page"],
  // A periodical's name and issue (`江苏年鉴 2015年00期`, `《江淮文史》2019年第3期`): where the piece was printed.
  [/^《?[\u4e00-\u9fff]{2,12}(?:年鉴|杂志|月刊|半月刊|周刊|期刊|学报|文史)》?\s*\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期$/, "a periodical's name and issue"],
  // (…any name, as a magazine site prints it over each article, a space before the year and no 第: `乡音 2018年8期`,
  // `柴达木开发研究 2017年3期`; not a lecture series' numbered event, `政协讲堂2023年第5期`.)
  [/^[\u4e00-\u9fff·]{2,12}\s+\d{4}年\d{1,2}期$/, "a periodical's name and issue, as a magazine site prints it"],
  [/欢迎(光临|莅临|访问|来访|您)|您好/, 'a greeting'],
  [/^(?:重要|最新|紧急|网站|系统)?(?:通知|公告|通告|提示|快讯|滚动新闻|热点|推荐|头条)\s*[:：]?$/, "a notice board's label"],
  [/^(?:政府|政务)?信息公开(?:指南|目录|制度|年报|年度报告)?$|^政务公开$/, "a portal's column (政府信息公开, 政府信息公开指南)"],
  // (A WeChat copy's call to follow its account, behind an arrow: `⇧点蓝色字关注“华宁头条”`, `戳上面的关注我们哦!`.)
  [/^[^\p{Script=Han}\d]{0,3}(?:点击?|长按|戳)(?:上方|下方|顶部|[上下]面的?)?(?:蓝色?字|二维码)?(?:一键)?(?:的)?关注/u, 'a call to follow the account'],
  // (…or to star it so its posts arrive: `星标“济南政协”，及时接收每篇推送文章`.)
  [/^[^\p{Script=Han}\d]{0,3}(?:设为)?星标[^。！？]{0,16}?(?:接收|收到|不错过)[^。！？]{0,12}?(?:推送|文章|消息)/u, 'a call to star the account'],
  // (…or a day's date with its lunar date or weekday and nothing else: `2021年1月6日 农历十一月二十三 星期三`.)
  // (…an empty picture's mark before it too: `![]() 2015年1月16日（星期五）`.)
  [/^(?:!\[[^\]]*\]\([^)]*\)\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:农历\s*[\u4e00-\u9fff]{2,10}\s*)?(?:(?:星期|周)[一二三四五六日天]|[（(](?:星期|周)[一二三四五六日天][)）])?$/, "a day's date (with its lunar date and weekday)"],
  [/^(?:今天是|今日|当前日期)[^。！？]{0,30}(?:天气|星期)|^天气[:：]|^(?:今天是|当前日期)[:：]?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2})?\s*$/, 'a date and weather widget'],
  // (A copy's widgets: `字体大小：[小中大]`, a flip-book's `Page 56 - …年鉴`, one phrase repeated as keyword spam.)
  // (The switch's sizes may be cut off after its bracket: `字体大小：【`.)
  [/^字[体号](?:大小)?(?:[:：]?\s*[【\[]?[大中小](?:[】\]]?\s*[【\[]?[大中小]){2}[】\]]?|[:：]\s*[【\[])$/, 'a font-size switch'],
  // (…or its print and page buttons in brackets, the first cut off: `】 【打 印】`, `【 第1页 第2页 】`.)
  [PAGE_BUTTONS, 'print and page buttons'],
  // (…or its font and print buttons, cut short or not: `【字体： 】  【打印此文`.)
  [/^[【\[]\s*字[体号][:：][^】\]]{0,12}[】\]]\s*(?:[【\[]\s*(?:打印|关闭|收藏)[^】\]]{0,6}[】\]]?\s*)*$/, 'font and print buttons'],
  [/^Page\s*\d+\s*[-–—]/i, "a flip-book's page label"],
  // (…or its account box: `登录湛江云媒账号`, `注册/登录`.)
  // (…a forum's offer before it, `免费注册 登录`.)
  [/^(?:请|立即|免费)?(?:登录|登陆|注册)(?:\s*[/／|｜]?\s*(?:登录|登陆|注册))?(?:[\p{Script=Han}A-Za-z]{0,8}?(?:账号|帐号|账户))?$/u, 'a login box'],
  // (…or a forum's, over an attachment: `您需要 登录 才可以下载或查看，没有账号？注册`.)
  [/^您需要\s*(?:登录|登陆)\s*才可以/, 'a login box'],
  [/^(\S{2,12})(?:\s+\1){2,}$/, 'one phrase repeated (keyword spam)'],
  // (…or an app's advertisement a spam copy heads and pads the page with: `🕢8868体育APP下载平台🕣`.)
  [/^[^\p{Script=Han}\d]*\d+[A-Za-z\d]*\p{Script=Han}{0,4}(?:APP|App|app)\s*(?:下载|官网)\p{Script=Han}{0,4}[^\p{Script=Han}]*$/u, "an app's advertisement (spam)"],
  // (…or a betting site's name a spam copy heads the page with, `365体育比分`, `betway必威体育`.)
  [/^[A-Za-z\d]{2,12}(?![年月日届期])\p{Script=Han}{0,6}(?:体育|彩票|娱乐|比分|棋牌|电竞|博彩|真人)\p{Script=Han}{0,6}$/u, "a betting site's name (spam)"],
  // (…in characters alone, with its download or site after it: `万博体育下载`, `188比分直播`.)
  [/^[\p{Script=Han}\d]{0,6}(?:体育|彩票|娱乐|比分|棋牌|电竞|博彩|真人)(?:下载|官网|官方|APP|app|直播|入口|网址|网页版|投注)[\p{Script=Han}\d]{0,6}$/u, "a betting site's name (spam)"],
  // (…or its page title, its names joined by underscores: `365最快比分网_365bet娱乐场体育在线_365sport365`.)
  [/^(?=[^\s]*(?:比分|娱乐场|体育在线|彩票|棋牌|博彩|bet))[^\s_]{2,24}(?:_[^\s_]{2,24}){1,4}$/iu, "a betting site's page title (spam)"],
  // (…or its page title claiming to be the official site in China, or its app for both phones:
  // `伟德betvlctor最新版本下载（中国·官方）-Web Game Platform`, `…(中国)官方网站-IOS/安卓通用版`.)
  [/[（(]中国[)）]?[·・]?(?:官方|官网)|(?:iOS|IOS|ios)[/／]安卓|安卓[/／](?:iOS|IOS|ios)|Web Game Platform/u, "a betting site's page title (spam)"],
  // (…or a row of outlets' names, `惠州日报 东江时报 小惠同学`.)
  [/^(?=(?:.*?\p{Script=Han}{2,8}(?:日报|晚报|时报|网|电视台|客户端|频道)(?:\s|$)){2})\p{Script=Han}{2,8}(?:\s+\p{Script=Han}{2,8}){2,}$/u, "a row of outlets' names"],
  // (…or a site's poll, its question after a bullet: `•     您认为政协工作有哪些需要改进的地方?`.)
  [/^[•·▪►]?\s*(?:您认为|你认为|您对|您觉得)[^。！!]{2,40}[?？]$/, "a site's poll question"],
  // (…or a column's name for a session's coverage, `2019黔南两会专题报道`.)
  [/^\d{0,4}\p{Script=Han}{0,8}(?:两会|全会|会议)?专题(?:报道|专栏)$/u, "a column's name (…专题报道)"],
  // (…or a year's sessions and nothing more, a portal's column over each story: `2018河北两会`.)
  [/^\d{4}\s*年?\p{Script=Han}{0,6}两会$/u, "a column's name for a year's sessions (2018河北两会)"],
  // (…or two to six names of two or three characters and nothing else: the writers, `宋玉婷 张治东`.)
  [/^[\u4e00-\u9fff·]{2,3}(?:\s+[\u4e00-\u9fff·]{2,3}){1,5}$/, 'a row of names (the writers)'],
  // (…or names with their posts between, a byline: `袁鹰 本报记者 姜寒冬`.)
  [/^[\u4e00-\u9fff·]{2,4}(?:\s+(?:本报|特约|见习)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4})+$/, 'a byline (names and 记者)'],
  // (…or writers and an outlet with the time it was posted: `欧阳倩 通讯员 谢旺 刘倩 湖南日报·新湖南客户端 2019-12-27 23:05:18`.)
  [
    /^(?=(?:\S+\s+)*?(?:本报|特约|见习|全媒体|融媒体)?(?:记者|通讯员)[\u4e00-\u9fff·]{0,4}\s)(?:[^\s，。！？]{1,14}\s+){2,8}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
    'a byline with the time it was posted',
  ],
  // (…or the outlet first, its reporter and correspondents after: `山东商报·速豹新闻网 张洪燕 通讯员 翟军帅`.)
  [/^[\u4e00-\u9fff·]{2,20}(?:报|网|台|社|客户端)\s+[\u4e00-\u9fff·]{2,4}(?:\s+(?:本报|特约|见习)?(?:记者|通讯员)?\s*[\u4e00-\u9fff·]{2,4})*$/, 'a byline (an outlet and its writers)'],
  // (…or a TV listing's label for an episode's synopsis: `政协论坛剧情介绍`.)
  [/^[\u4e00-\u9fff《》“”]{2,20}(?:剧情介绍|剧情简介|节目简介|节目介绍|栏目简介|栏目介绍)$/, "a TV listing's synopsis label"],
  // (…or a government office's name alone, a document's issuer over its text: `东兴区中山乡政府`.)
  [/^[\u4e00-\u9fff]{2,14}?(?:乡|镇|街道|县|区|市|州|盟|旗|省)(?:人民)?政府(?:办公室|办公厅)?$/, "a government office's name alone"],
  // (…or a row of four or more short phrases and nothing else: tags or links, `共同富裕 智慧农业 数字农村 三农问题`.)
  [/^\p{Script=Han}{2,6}(?:\s+\p{Script=Han}{2,6}){3,}$/u, 'a row of tags or links'],
  // (…its links may be sites named in letters and numbers: `搜狐 ChinaRen 17173 焦点房地产 搜狗`.)
  [/^(?=.*(?:^|\s)[A-Za-z0-9]{2,12}(?:\s|$))[\p{Script=Han}A-Za-z0-9]{2,8}(?:\s+[\p{Script=Han}A-Za-z0-9]{2,8}){3,}$/u, 'a row of links, some in letters'],
  // (…or a file's name a document site cut short with dots, `…积分管理....doc`: no headline, though a
  // whole name is the document's title, its extension off.)
  [/(?:\.{3,}|…+)\s*\.?(?:docx?|pdf|pptx?|xlsx?|wps|txt)$/i, "a file's name cut short (…积分管理....doc)"],
  // (…a forum archiver's link back to the thread, before its title: `查看完整版本: 六盘水市政协赴盘州市…`.)
  [/(?:阅读|浏览|下载|查看)请点击[:：]?$|^点击(?:查看|阅读|下载|进入|上方)|^查看完整版本\s*[:：]|^[\[【［]+\s*更\s*多|^[\u4e00-\u9fff]{0,4}(?:全文|部分内容|在线)(?:阅读|下载)$/, 'a link label'],
  [/(?:范文|范例|(?<![新好])模板)$|[（(](?:全文|精选|共)\d+篇[)）]$|小编[^。]{0,20}分享|本文共\d+篇/, "a template site's title or blurb (…范文, （全文5篇）, 小编给大家分享的…)"],
  [/\s[-–—|_｜]\s*[^-–—|_｜\s]{1,12}(?:网|报|台|频道|在线|客户端|门户)\s*$/, "a page's own title with its site's name after a bar (… - 社会 - 法治天天报)"],
  // (…or a government's site, its owner's name after the bar: `基层动态 - 西秀区人民政府`.)
  [/\s[-–—|_｜]\s*[\u4e00-\u9fff]{2,14}?(?:人民政府|政府网)\s*$/, "a page's own title with its government site's name after a bar (基层动态 - 西秀区人民政府)"],
  [BARRED_PAGE_TITLE, "a page's own title with its column and site after bars (…_政协要闻_中国人民政治协商会议浙江省委员会)"],
  // (…its date too: `前一版 2023年07月27日`.)
  [/^(?:当前版|本期发布|本版|版面|[上下前后]一版|[上下前后]一期)\s*[:：]?\s*(?:第?\d{1,3}版)?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?$/, "an e-paper's page label"],
  // (…its section's letters before the number, and the name perhaps a page number too: `第CB-A05版: 晨报13版`.)
  [/^第\s*(?:[A-Z]{1,3}-)?[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版\s*[:：]?\s*(?:[\u4e00-\u9fff·]{0,10}|[\u4e00-\u9fff]{1,8}\d{1,3}版)$/, "an e-paper's page number and name (第013版：监利新闻, 第A02版：专版)"],
  [/^版次\s*[:：]\s*[A-Z]?\d{1,3}/, "an e-paper's edition line (版次：02 作者：…)"],
  // (…its page's picture, dated: `2023年1月13日《海南日报》A09版版面图`.)
  [/^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:《[^》]{2,12}》)?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*版\s*(?:版面图|版面|大样)$/, "an e-paper's page picture (2023年1月13日《海南日报》A09版版面图)"],
  // (…or its page's running head: the day, and the page's editor, designer and proofreader, `编辑/张青峰 … 版式/杜朝强 校对/宗茜`.)
  [/(?:编辑|责编|版式|美编|校对|组版)\s*[\/／][^\/／]{1,20}(?:编辑|责编|版式|美编|校对|组版)\s*[\/／]/, "an e-paper's running head, its page's staff (编辑/… 版式/… 校对/…)"],
  // (Or the name of a special issue it prints a page of: `2016两会特刊`, `会议专刊`.)
  [/^(?:\d{4}年?)?[\u4e00-\u9fff]{0,8}(?:特刊|专刊|增刊)$/, "an e-paper's special issue's name (2016两会特刊)"],
  // (…or a dated edition of a mobile or digital paper, all its page is: `2021年1月6日手机报`.)
  [/^(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:第\s*\d+\s*期\s*)?[\u4e00-\u9fff]{0,8}(?:手机报|电子报|数字报)(?:\s*第\s*\d+\s*期)?$/, "a mobile or digital paper's edition (2021年1月6日手机报)"],
  [/^[\u4e00-\u9fff]{0,10}(?:会场|现场|合影|合照|留影|一角|全景|剪影)$/, "a photo's caption"],
  [PHOTO_CAPTION, "a photo's caption"],
  // A person's place in the picture after their name (`陈安平委员（中）在为学生讲解…`, `张三（左二）调研`): a caption.
  [/^[\u4e00-\u9fff·]{2,10}[（(](?:中|左|右|(?:前排|后排|左|右)[一二三四五六七八九十]|(?:前排|后排)(?:中|[左右][一二三四五六七八九十]))[)）][^。！？!?]{0,60}$/, "a photo's caption, a person's place in it marked (…（中）)"],
  // A line the page marks with a triangle, as papers mark what is under a photo (`△会议现场`,
  // `△县委书记徐华明出席会议`, `▲考察慢行桥`): a caption, whatever it says, when it is no sentence.
  [/^[▲△]\s*[^。！？!?]{2,40}$/, "a photo's caption, marked with a triangle"],
  // (A meeting's scene, `政协吉林市第十四届委员会第一次会议现场`; a caption signed by its photographer,
  // `调研组在珲春林业局大荒沟林场实地考察 徐子茵 摄`, perhaps a paper's reporter: `开幕式现场 东南网记者卢金福摄`.)
  [/^[^，。！？\s]{4,40}(?:会议|大会|开幕式|闭幕式)(?:现场|会场|主会场)$/, "a photo's caption of a meeting's scene"],
  [/^[^。！？]{4,60}\s(?:[\u4e00-\u9fff]{0,8}?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·]{2,4}(?:\s[\u4e00-\u9fff·]{2,4})*\s*摄(?:影)?$/, "a photo's caption signed by its photographer (… 徐子茵 摄)"],
  [/[（(](?:图片来源|图片|图源|摄影)[:：][^）)]{1,20}[)）]$/, "a photo's caption with its source (…（图片来源：烟台市台办）)"],
  // (…or with its photographer in brackets: `唐善茂（左前三）向自治区政协委员介绍…（苏世峰/摄）`, `…（记者 王强 摄）`.)
  [/[（(][^（）()]{0,12}?[\u4e00-\u9fff·]{2,4}\s*[/／]?\s*摄(?:影)?[)）]$/, "a photo's caption with its photographer in brackets (…（苏世峰/摄）)"],
  // (…or with the outlet it is taken from and 图, "picture": `徐立全 中国政府网 图`, `大连 新华社图`.)
  [/^[^。！？，]{1,30}\s[\u4e00-\u9fff]{2,10}(?:网|社|报|台)\s*(?:供)?图$/, "a photo's caption credited to an outlet (… 中国政府网 图)"],
  // (…or with whoever supplied it: `书法家志愿者为群众书写对联 漳平市政协办供图`.)
  [/^[^。！？，]{4,40}\s[\u4e00-\u9fff]{2,12}供图$/, "a photo's caption with who supplied it (… 漳平市政协办供图)"],
  // (…or the credit for all of a story's photos: `本文图片均由政协头条记者游思静 摄`, `图片由县政协办公室提供`.)
  [/^(?:本文|文中|以上)?(?:图片|照片)(?:均|皆)?由[^。！？]{2,30}?(?:摄|拍摄|提供)$/, "the credit for a story's photos (本文图片均由…摄)"],
  [/^(?:人大代表|政协委员|委员们?|代表们?)在[\u4e00-\u9fff]{2,12}(?:视察|调研|考察|参观)$/, "a photo's caption of people at a place (政协委员在滨河七拱桥视察)"],
  [/^[\u4e00-\u9fff]{0,12}?(?:副主席|主席|秘书长|书记|主任)[\u4e00-\u9fff·]{2,4}(?:讲话|发言|致辞|作报告)$/, "a photo's caption of one person speaking"],
  // (A post and a name alone, `县政协主席黎滨江`, under a photo: never `…主席会议`, `…书记一行`, nor someone
  // meeting the official, `张庆伟在哈拜会全国政协副主席陈晓光`.)
  [/^(?![\u4e00-\u9fff、]*?(?:在|拜会|会见|会晤|看望|慰问|接见|走访|陪同))[\u4e00-\u9fff、]{1,16}?(?:副主席|主席|副书记|书记|县长|区长|市长|州长|旗长)(?![\u4e00-\u9fff]*[会议团组班届次行等])[\u4e00-\u9fff·]{2,3}$/, "a photo's caption of one person by post and name (县政协主席黎滨江)"],
  // (…or a member by post and name, `新疆维吾尔自治区政协委员王西华`, over an interview: never what members do,
  // `市政协委员视察`, `政协委员建言`, `出席…会议的政协委员报到`.)
  [/^(?![^]*[的在])[\u4e00-\u9fff]{0,14}?政协(?:常委|委员)(?![\u4e00-\u9fff]*(?:视察|调研|建言|履职|风采|发言|提案|议政|之家|工作|活动|报到|[说谈看讲会议团组班届次行等]))[\u4e00-\u9fff·]{2,3}$/, "a photo's caption or a profile's head: a member by post and name (…政协委员王西华)"],
  // (The time may follow the day's 日 with no space: `2019年11月16日14:25 来源：贵州日报`.)
  [/^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}(?:日\s*|\s+)\d{1,2}:\d{2}(?::\d{2})?\s*(?:[^\s，。]{2,16}\s+)?(?:来源|作者|编辑|发布)/, 'a timestamp with its source (and the outlet before it)'],
  // A writer's or photographer's credit after a bar or slash (`文 | 席会华 张雪`, `图/李明`).
  [/^(?:文|图|文\/图|图\/文|撰文|摄影|编辑|责编)\s*[|｜/／:：]\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*$/, "a writer's or photographer's credit"],
  // (…or with only the outlet or the writer after it, `2019-09-03 08:31:17 青海日报`, `2017-07-12 20:02甘建华`.)
  [/^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}(?:日\s*|\s+)\d{1,2}:\d{2}(?::\d{2})?\s*(?:[\u4e00-\u9fff]{2,10}(?:日报|晚报|报|网|电视台|台|客户端|新闻)|[\u4e00-\u9fff·]{2,4})$/, 'a timestamp with its outlet or writer'],
  // (…or a post's row of a few words each side of its date: who compiled it and its column, `网络整理 2017-05-27 最新信息`.)
  [/^[^\s，。！？]{2,8}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[^\s，。！？]{2,8})?$/, "a post's row of source and date (and column)"],
  // (…or a row of the site's owner, the time and the source, apart by bars: `舒兰市人民政府| 2025-09-19 09:28| 信息来源：舒兰融媒`.)
  [/\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}[^。！？]*?[|｜]\s*(?:信息|稿件|文章)?来源\s*[:：]/, "a row of owner, time and source"],
  // (…or a forum's stamp on a post or an attachment, `2019-10-11 09:30 上传`, `发表于 2019-10-11 09:30`.)
  [/^(?:(?:发表|发布|上传)于\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:上传|发表|发布|编辑|更新))?$/, "a forum's stamp on a post or an attachment"],
  // (…its poster's name first: `叙永政协 发表于 2020-9-9 16:45:31`.)
  [/^[^\s，。！？]{1,16}\s+(?:发表|发布|上传)于\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/, "a forum's stamp on a post with its poster"],
  // (…or its note of the post's last edit, `本帖最后由 无脚蛇 于 2023-6-25 06:06 编辑`.)
  [/^本帖最后由\s*\S{1,20}\s*于\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*编辑$/, "a forum's note of a post's last edit"],
  // A column's name with its pinyin beside it (`政协公告 Zhengxie Gonggao`), a magazine's running head.
  [/^[\u4e00-\u9fff]{2,8}\s+[A-Z][a-z]+(?:\s+[A-Za-z][a-z]+){0,4}$/, "a column's name with its pinyin"],
  [/^(?:来源|作者|编辑|发布)\s*[:：]\s*[^\s，。]{2,20}\s+\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/, 'a source with its timestamp after it'],
  // (…or the date first, the editor and source after it: `2021/09/25   编辑：哈密市融媒体中心   来源：哈密日报   （点击： ）`.)
  [/^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:编辑|来源|作者|责编|发布者?)\s*[:：]/, 'a date with the editor or source after it'],
  [/字[体号][:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小|(?:发布|更新)(?:日期|时间)[:：]\s*\d{4}|^(?:发布|更新)[:：]\s*\d{4}[-年/.]\d{1,2}/, 'a font-size switch or a dated byline'],
  // (…or in brackets, `（图为天水分会场）`.)
  [/^[（(]?(?:上|下|左|右)?图为/, "a photo's caption (图为…)"],
  // (A dateline and its reporter alone on a line, `本网山西讯：李惠建`: the byline, never the headline.)
  [/^本(?:网|报|台|刊)[\u4e00-\u9fff]{0,6}讯\s*[:：]?\s*(?:记者|通讯员)?\s*[\u4e00-\u9fff·]{2,4}$/, 'a dateline and its reporter alone'],
  // (…or an outlet's dateline word alone, the story's first words on the next line: `德州新闻网讯`.)
  [/^[\u4e00-\u9fff]{2,10}(?:网|报|台|电视台)讯$/, "an outlet's dateline alone"],
  [/^[^。！？]{2,40}[（(](?:前排|后排)?(?:左|右)[一二三四五六七八九十\d]{1,2}[)）][^。！？]{0,30}$/, "a photo's caption naming where someone stands (赵永亮（左一）为大家介绍情况)"],
  // (A sidebar box's label with its more-link, `背景介绍 更多`, is navigation too.)
  [/首页|正文$|(?:当前|现在)(?:所在)?的?位置|您的位置|搜\s*索[：:]?$|^搜\s*索(?:\s+[\u4e00-\u9fff]{2,6})+$|^本站$|^其他$|^更多$|^[\u4e00-\u9fff]{2,10}\s+更多\s*[>»＞+]*$|^返回|^导航|导航[：:]?$|翻页$|站群$|网站地图/, 'navigation'],
  [/^[（(](?:资料|档案|示意)(?:图片|照片|图)[^）)]{0,8}[)）]$/, "a picture's label ((资料图片))"],
  [/^[\u4e00-\u9fff]{2,8}[：:]\s*[A-Za-z0-9][A-Za-z0-9\-_.@]*$/, 'a labelled code or account (刊号, 公众号)'],
  // (…or a paper's registration number with its publisher after it: `国内统一刊号：CN52-0017 黔东南日报社出版`.)
  [/统一刊号|\bCN\s?\d{2}-\d{4}\b/, "a paper's registration number (国内统一刊号：CN52-0017)"],
  [/^[\u4e00-\u9fff]{2,8}(?:[：:]|\s+)[\d\s\-－—、,，/()（）]{7,}$/, 'a labelled phone number (新闻热线：…, 新闻热线 0571-…)'],
  [/^[（(](?:上接|下转|接上|转下|续)第?[\d一二三四五六七八九十A-Z]{1,3}版[)）]$/, "an e-paper's jump line ((上接第一版))"],
  [/^(本篇文章|全文)?\d+字|读完约|阅读(时间|需要)|阅读(次数|量)|浏览(?:次数|量)|点击(量|数)/, 'a reading-time or counter line'],
  [/^(?:本文|本篇|此文)?(?:转自|转载自|转载于|转载来源)\s*[:：]/, "a repost's credit (本文转自：人民网-广西频道)"],
  // (…or a blog engine's post row: its author's handle and how long ago, `admin1年前 （2024-09-29）济宁产业信息45`.)
  [/^[A-Za-z][\w.-]{1,19}\s*\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)前/, "a post's row of author and age (admin1年前 …)"],
  // (…a handle in characters too, with its category and views after it: `文史通2年前历史故事问答332`; not a
  // headline looking back, `回首30年前的那场会议`.)
  [/^[\u4e00-\u9fff]{2,8}\d{1,3}(?:秒|分钟|小时|天|周|个月|月|年)前[\u4e00-\u9fff]{0,12}\d+$/, "a post's row of author, age, category and views"],
  [/^[\u4e00-\u9fff]{2,16}?(?:副主席|主席|秘书长|副秘书长|主任|书记)\s+[\u4e00-\u9fff·]{2,4}$/, "a speaker's byline under a report's title"],
  [/^[□■●◎○◆◇]\s*[\u4e00-\u9fff·]{2,4}(?:[\s、，]+[\u4e00-\u9fff·]{2,4})*$/, "a byline of names after a mark (◎刘剑钊 张明)"],
  // (…or a writer's post and name after the mark, `■ 邢台市政协委员 王建华`: who writes the essay below.)
  [/^[□■●◎○◆◇]\s*[\u4e00-\u9fff]{2,16}?(?:委员|常委|副主席|主席|秘书长|主任|书记)\s+[\u4e00-\u9fff·]{2,4}$/, "a writer's post and name after a mark (■ 邢台市政协委员 王建华)"],
  // (A two-character name may be spaced to the width of three, `■淮安融媒记者 陈 帅`, and the credit
  // letter-spaced, `通 讯 员 王成虎`; a magazine's `文` may stand before it, `文 本刊记者 崔晓晖`.)
  // (Not a headline about reporters' or correspondents' meetings, `市政协召开通讯员座谈会`.)
  [/^(?!.*(?:召开|举办|举行|开展|表彰|培训|座谈|见面))[□■◇◆○●]?\s*(?:(?:[\u4e00-\u9fff·]{2,4}|文|图)\s+)?[\u4e00-\u9fff/／]{0,20}\s*(?:记\s?者|通\s?讯\s?员|实\s?习\s?生|特约记者)\s*(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?:[\s、，]+[\u4e00-\u9fff·]{2,4})*$/, "a reporter's byline (四川在线记者 陈婷, 川观新闻 记者 陈婷 田珊, □青岛日报/观海新闻记者 蔺君妍, 杨海燕 四川在线记者 祖明远)"],
  [/^[一二三四五六七八九十]+[、．.]\s*\S{2,8}$/, 'a numbered column heading'],
  [/^[一二三四五六七八九十]+届[一二三四五六七八九十]+次(?:会议|全会)?(?:专题|专栏|特刊)$/, "a session's special-topic column (十四届三次专题)"],
  [/^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]$/, "a date alone in brackets (a speech's or report's date under its title)"],
  // (…or the occasion under it, led by a dash: `——2026年1月6日在政协北京市海淀区第十一届委员会第五次会议上`.)
  [/^[—－-]{1,2}\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^，。；]{2,50}?(?:会议|大会|全会)上(?:的(?:工作)?(?:报告|讲话|发言))?$/, "a speech's or report's occasion (——…在…会议上)"],
  [/^[【\[][\u4e00-\u9fff·]{1,8}[:：]?$/, "a speaker's tag in a meeting's script, its bracket left open (【主持人)"],
  [/^[^，“”：:\s]{2,16}(人民政府|政府办公室|办公室|办公厅|宣传部|管理局|融媒体中心)$/, 'the name of an office'],
  // (A special committee's name alone, a column of its news: `教科卫体委员会`; not one formed, `…成立文史委员会`. Or
  // named short after its committee, the author's line over a report: `市政协经济委`.)
  [/^(?![^]*(?:成立|召开|举行|组建|设立|调整|换届))(?:[\u4e00-\u9fff]{2,8}委员会|[\u4e00-\u9fff]{0,8}政协[\u4e00-\u9fff]{1,8}委)$/, "a special committee's name (a column, a report's author)"],
  // (…its maker's too: `制作单位：玉溪网新媒体发展有限公司`.)
  [/版权|ICP|Copyright|技术支持|网络支持[:：]|(?:主办|承办|制作|维护)单位(?=\s*[:：]|\s|$)|举报中心|网络举报|举报电话/i, 'a footer line'],
  // (…and the owner's credit with no label, `长城新媒体集团  主办`: a body's name, then 主办 alone.)
  [/^[\u4e00-\u9fffA-Za-z·]{2,24}?(?:集团|报社|传媒|网|中心|政府|办公室|办公厅|宣传部|局)\s*主办$/, "a site's owner credit (…集团 主办)"],
  // (…or a screen reader's hint, `正文内容区域请使用tab按钮切换浏览`, or an app's prompt to pin the site, `使用指南添加到桌面`.)
  [/请使用\s*tab\s*(?:键|按钮)|添加到(?:手机)?桌面/i, "a screen reader's hint or a prompt to pin the site"],
  // (…or a share widget's prompt, `微博扫一扫 关注微博号`, `用微信扫描二维码`.)
  [/扫一扫|关注(?:微博|微信|公众)号|^(?:用|打开)?(?:微信|手机)?扫(?:描)?(?:二维码|码)/, "a share widget's prompt"],
  // A content farm's question about a place, over a story it copied (`博州是哪个省的城市，博州属于哪个省`).
  [/(?:是|属于|在)哪(?:个|一个)?(?:省|市|县|地方|城市)/, "a content farm's question (…属于哪个省)"],
  [/[>＞»›]/, 'a breadcrumb'],
  // A news site's name and the channel the page sits in (`四川新闻网-首屏新闻`, `东方网—要闻`).
  [/^[\u4e00-\u9fff]{2,10}(?:网|在线|客户端)\s*[-—－_|｜]\s*[\u4e00-\u9fff]{0,6}(?:新闻|频道|要闻|资讯|动态|首页|专题|栏目|快讯)$/, "a news site's name and its channel"],
  [/^[-·•▪]\s+\S/, 'an item of a list of links (related news)'],
  [/^(?:[\u4e00-\u9fff]{1,6}\s+){5,}[\u4e00-\u9fff]{1,6}$/, 'a menu (six or more short words apart)'],
  [/^(?:《[^》]{2,16}》\s*){3,}$/, "a row of a press group's papers (《西藏日报》 《西藏商报》 …)"],
  [/^[^|｜，。]{2,16}(?:网|网站|门户)\s*[|｜](?:\s*[^|｜，。]{2,16}(?:网|网站|门户)\s*[|｜]?)+$/, 'a row of links to other sites'],
  [/^(?:[\u4e00-\u9fff]{2,6}\s*[|｜/]\s*)+[\u4e00-\u9fff]{2,6}$/, 'a row of menu links (or slogan words apart by slashes)'],
  // (Words apart by spaces and bars alike: `要闻   城市远洋  |  老外在广西   直观中国  |  视频  |  原创 …`.)
  [/^(?:[\u4e00-\u9fff]{2,6}(?:\s*[|｜]\s*|\s{2,})){5,}[\u4e00-\u9fff]{2,6}\s*[|｜]?$/, 'a row of menu links'],
  [/^[\u4e00-\u9fff]{0,4}(?:动态|要闻|活动|资讯|快讯|视点|专题|专栏|新闻|讲话|信息)\s*[|｜]?$/, 'a column name (with the bar after it)'],
  // (…a bracketed scope inside it too: `国内（区外）政协动态`.)
  [/^[\u4e00-\u9fff]{0,4}[（(][\u4e00-\u9fff]{1,4}[)）][\u4e00-\u9fff]{0,4}(?:动态|要闻|资讯|快讯|视点|专题|专栏|新闻)$/, 'a column name with its scope in brackets'],
  // A sidebar's list of the committee's leaders (`主 席孙 伟`, `副主席 尔肯江•吐拉洪 张柏青 …`, `秘书长涂远超`).
  [/^(?:副\s*)?(?:主\s*席|秘\s*书\s*长)\s*(?:[\u4e00-\u9fff]\s[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff·•]{2,8})(?:\s+[\u4e00-\u9fff·•]{2,8})*$/, "a list of the committee's leaders"],
  // A sidebar's row of column names (`委员风采 委员建言`, `机关党建 机关群团 书香政协`, `主席会议 常委会会议 全体会议`).
  [/^(?:[\u4e00-\u9fff]{2,5}(?:风采|建言|党建|群团|动态|要闻|之声|视窗|专栏|会议|政协)\s+)+[\u4e00-\u9fff]{2,5}(?:风采|建言|党建|群团|动态|要闻|之声|视窗|专栏|会议|政协)$/, "a row of a sidebar's column names"],
];

const bigrams = (s: string): Set<string> => {
  const clean = s.replace(/[^\p{L}\p{N}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
};

/** Share of the candidate's character pairs that the body also has. */
export function bodyOverlap(candidate: string, body: string): number {
  const c = bigrams(candidate);
  if (c.size === 0) return 0;
  const b = bigrams(body);
  let shared = 0;
  for (const g of c) if (b.has(g)) shared++;
  return shared / c.size;
}

/** Below this many characters a line is a label, never a headline. */
const MIN_WORDS_HEADLINE = 4;
/**
 * A column's name letter-spaced, a space after every character (`年 度 视 察`, `要　闻`): papers set
 * their column heads so; a headline is set solid.
 */
export const LETTER_SPACED = /^\p{Script=Han}(?:[\s\u3000]+\p{Script=Han}){1,7}$/u;
/** Fewest characters of a headline another line may extend with furniture. */
const MIN_HEADLINE = 6;

/**
 * Four or five characters and nothing else, naming no committee (`历史文化`, `委员风采`): a column's
 * or a tag page's label; a headline this short names who acts (`政协开新局` is rare, `县政协全会` not).
 */
const SHORT_LABEL = /^(?![^]*政协)\p{Script=Han}{4,5}$/u;
/** A search box's label (`搜索文档`, `搜索`). */
const SEARCH_LABEL = /^搜\s*索(?:文档|全文|本站|站内)?[：:]?$/;
/** Longest label that a longer headline line may repeat inside it (`人民政协事业` in `…人民政协事业发展新局面`). */
const MAX_LABEL_INSIDE = 8;
/** Most lines between a column's label and the headline under it (a blank line or a date line between). */
const MAX_COLUMN_GAP = 3;
/** Share of the label's overlap with the story the headline under it must have at least. */
const COLUMN_OVERLAP_SHARE = 0.8;

/** Below this share of pairs shared with the body, a line says nothing about the story. */
const MIN_OVERLAP = 0.1;

/** A bar or box a page's header draws before its site name (`┃政协信阳市委员会`): an ornament, not part of the line. */
const LEADING_ORNAMENT = /^[┃│|▎▍▌┆┇]+\s*/;
/** Whether a line has one of the shapes of furniture (site name, greeting, menu word …). */
export const furnitureShape = (text: string): string | null => {
  const line = text.trim().replace(LEADING_ORNAMENT, '');
  return FURNITURE_SHAPES.find(([shape]) => shape.test(line))?.[1] ?? null;
};

export function scoreTitle(candidate: TitleCandidate, body: string, repeated: boolean, first = false): { score: number; why: string[] } {
  const text = candidate.text.trim();
  const why: string[] = [];
  let score = 0;
  const overlap = bodyOverlap(text, body);
  score += overlap * 4;
  why.push(`shares ${(overlap * 100).toFixed(0)} % of its pairs with the body`);
  if (overlap < MIN_OVERLAP) {
    score -= 2;
    why.push('shares almost nothing with the body');
  }
  if (first) {
    score += 2;
    why.push('the first line of the page that is not furniture');
  }
  for (const [shape, what] of FURNITURE_SHAPES) {
    if (shape.test(text)) {
      score -= 4;
      why.push(`looks like ${what}`);
    }
  }
  // A deck of who chaired and attended (`王建林主持`, `郭承录主持并讲话`, `胡文容张义珍廉毅敏唐良智出席`) is
  // a subtitle under the headline, never the headline.
  if (DECK_LINE.test(text)) {
    score -= 6;
    why.push('a deck of who chaired and attended');
  }
  // A body's name alone, perhaps after a byline's box (`□ 政协嘉峪关市委员会`), signs the piece: a
  // byline, never the headline.
  if (BYLINE_MARK.test(text) && AUTHOR.test(text.replace(BYLINE_MARK, ''))) {
    score -= 6;
    why.push("a byline: a body's name after a box");
  }
  // A line that ends in a dash leads into the next (`在习近平新时代中国特色社会主义思想指引下——`), and a
  // numbered part of a series (`…试点开展“院坝协商”系列报道之二`) names the series: series lines.
  if (SERIES_LINE.test(text)) {
    score -= 4;
    why.push('a series line (ends in a dash, or numbers a part of a series)');
  }
  // A line that opens with a dash (`——都安瑶族自治县政协以高质量履职助力高质量发展纪实`) goes on from the
  // headline above it: a subhead.
  if (SUBHEAD_DASH.test(text)) {
    score -= 4;
    why.push('a subhead (opens with a dash)');
  }
  const length = [...text].length;
  // (A word or two, `提案`, `两会`, is a column's label however much the story repeats it.)
  if (length < MIN_WORDS_HEADLINE) {
    score -= 6;
    why.push('a column label, too short for any headline');
  } else if (LETTER_SPACED.test(text)) {
    score -= 6;
    why.push('a column label, letter-spaced');
  } else if (length < 6 && SHORT_LABEL.test(text)) {
    score -= 6;
    why.push("a column's or tag's label: a few words, no committee, nothing done");
  } else if (length < 6) {
    score -= 2;
    why.push('too short for a headline');
  } else if (length <= 40) score += 1;
  if (candidate.labelled) {
    score += 6;
    why.push('labelled 标题');
  }
  if (candidate.underBreadcrumb && overlap >= MIN_OVERLAP && /\p{Script=Han}{4}/u.test(text)) {
    score += 2;
    why.push('the first line under the breadcrumb');
  }
  if (repeated) {
    score += 2;
    why.push('the page repeats it');
  }
  return { score, why };
}

/** An organisation's or outlet's name alone (`安徽农垦集团`, `某某日报`): a site's owner over its pages. */
const OWNER_NAME = /^\p{Script=Han}{2,10}(?:集团|公司|网|网站|日报|晚报|报社|电视台|政府|委员会|协会|商会|学会)$/u;

/** A line's opening dash: it goes on from the line above. */
const SUBHEAD_DASH = /^\s*(?:——|—|－－)/;

/** Fewest space-separated parts of a line read as a strip of headlines. */
const MIN_STRIP_PARTS = 3;
/** A site's name after a dash or bar behind a headline (`——中新网`, `_新华网`): the site, however often its dateline names it. */
const SITE_TAIL = /^\s*(?:——|—|-|_|\||｜)\s*[\u4e00-\u9fffA-Za-z]{2,12}?(?:网|报|台|客户端|新闻)\s*$/;

/** A reporter's or source's credit opening what follows a headline (`记者郝勇…`, `来源：…`). */
const BYLINE_TAIL = /^(?:本报|全媒体|融媒体|特约|见习)?(?:记者|通讯员|来源|作者|编辑|文\/|图\/)/;

/** Crumbs, each a few words and a separator, before a headline (`党内要闻 - 省委要闻 - `, `首页 > 新闻 > `). */
const CRUMB_TRAIL = /^(?:[\u4e00-\u9fff]{2,8}\s*(?:-|－|>>|>|＞|»|›|\/)\s*){1,4}$/;
/** A post's row of its source and date, perhaps a column after (`江淮时报 2011-05-17 10:40 大字`). */
const SOURCE_DATE_ROW = /^[^\s，。！？]{2,8}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+[^\s，。！？]{2,8})?$/;
/** A breadcrumb after its label, and its first crumb (group 1): the site's name. */
const BREADCRUMB_FIRST = /(?:位置|导航)\s*[:：]\s*([^>＞»›|｜]{2,40}?)\s*(?:>>|>|＞|»|›)/;

/** A name of a few words and no punctuation: an outlet's, as its staff's credits name it. */
const OUTLET_NAME = /^\p{Script=Han}{2,12}$/u;

/** The best candidate, if any scores above zero (furniture never does). */
export function chooseTitle(candidates: readonly TitleCandidate[], body: string): TitleChoice {
  const count = new Map<string, number>();
  for (const c of candidates) count.set(c.text.trim(), (count.get(c.text.trim()) ?? 0) + 1);
  // The headline part of the page's own barred title repeats the headline it names.
  for (const c of candidates) {
    const head = c.text.trim().match(BARRED_PAGE_TITLE)?.[1].trim();
    if (head) count.set(head, (count.get(head) ?? 0) + 1);
  }
  const repeatedInBody = (t: string) => body.split('\n').some((l) => l.trim() === t);
  // A line of several sentences that has the candidate as one of its later ones is the same furniture again
  // (a site's slogan `看家乡事，品故乡情。` inside its description at the foot of the page), not the
  // story retelling its headline: what the candidate shares with the body is read without it.
  const bodyLines = body.split('\n');
  const quotes = (line: string, t: string) => {
    const at = line.indexOf(t);
    // (After an earlier sentence of the line: a lead that opens by restating the headline is the story.)
    return at > 0 && /[。！？!?]\s*$/.test(line.slice(0, at)) && /^[。！？!?]/.test(line.slice(at + t.length));
  };
  // (Nor a short line of the page that is a piece of the candidate, the spam site's name printed again
  // between its stories, `百姓彩票官方` under `百姓彩票官方-百姓彩票漏洞`: furniture sharing with itself.)
  const pieceOf = (l: string, t: string) => {
    const s = l.trim();
    return s.length >= 2 && s.length < t.length && !/[。！？，,]/.test(s) && t.includes(s);
  };
  const bodyWithout = (t: string) =>
    t.length >= 4 && bodyLines.some((l) => quotes(l, t) || pieceOf(l, t)) ? bodyLines.filter((l) => !quotes(l, t) && !pieceOf(l, t)).join('\n') : body;
  // The page's own title bar: another line's headline with its column, site, editor and number after
  // a space (`省政协召开常委会议 省内新闻-吉林新闻地图 李超 2809975` over `省政协召开常委会议`), or its
  // site after a dash or bar (`…海外华侨代表列席——中新网`).
  const headlines = new Set(candidates.map((c) => c.text.trim()).filter((t) => [...t].length >= MIN_HEADLINE));
  // (Not a headline and its subhead on one line, printed apart too: `厚植“生态绿” 共护“幸福水” 天峨县政协助推…`.)
  const extendsHeadline = (text: string) =>
    [...headlines].some((h) => {
      const tail = text.slice(h.length);
      return h !== text && text.startsWith(h) && !headlines.has(tail.trim()) && (SITE_TAIL.test(tail) || (/^\s/.test(tail) && bodyOverlap(tail, body) < MIN_OVERLAP * 3));
    });
  // (…or with its reporter's credit run on, the punctuation dropped: `让草原增绿牧业增效牧民增收记者郝勇省政协` over
  // `让草原增绿、牧业增效、牧民增收`, a portal's title slot filled from the headline and the byline.)
  const unpunctuated = (t: string) => t.replace(/[\s、，,·：:！!？?“”"‘’'《》]/g, '');
  const runsIntoByline = (text: string) =>
    [...headlines].some((h) => {
      const [whole, head] = [unpunctuated(text), unpunctuated(h)];
      return head.length >= MIN_HEADLINE && whole !== head && whole.startsWith(head) && BYLINE_TAIL.test(whole.slice(head.length));
    });
  // An e-paper's strip of its page's headlines (`重庆政协报统战政协 新征程上新样子 璧山:打造农贸市场新模板 永川:…`),
  // one of them printed again on a line of its own: the page's contents, not the story's headline.
  const headlineStrip = (text: string) => {
    const parts = text.split(/\s+/).filter(Boolean);
    // (Items of a roundup's strip name their places before a colon, `璧山：…`, `永川：…`; a headline and its
    // subhead printed on one line do not.)
    return parts.length >= MIN_STRIP_PARTS && parts.filter((p) => /^[\u4e00-\u9fff]{2,6}[：:]/.test(p)).length >= 2 && parts.some((p) => p !== text && headlines.has(p));
  };
  // A breadcrumb trail ending in another line's headline (`党内要闻 - 省委要闻 - 转载:大会发言 | …` over
  // `转载:大会发言 | …`): the page's trail to its headline, the headline printed on its own below.
  const trailToHeadline = (text: string) =>
    [...headlines].some((h) => h !== text && text.endsWith(h) && CRUMB_TRAIL.test(text.slice(0, text.length - h.length)));
  const lineTexts = new Set(candidates.map((c) => c.text.trim()));
  const joinsLines = (text: string) => {
    const parts = text.match(/^(.+?)\s*[（(]([^（()）]+)[)）]$/);
    return !!parts && lineTexts.has(parts[1].trim()) && lineTexts.has(parts[2].trim());
  };
  const overSearch = (c: TitleCandidate) => candidates.some((d) => d.line === c.line + 1 && SEARCH_LABEL.test(d.text.trim()));
  // The line right over the post's row of source and date (`安庆市政协献计安居工程` over `江淮时报 2011-05-17 10:40 大字`),
  // where a news page prints its headline, whatever slogan the site prints above it.
  const overDateRow = (c: TitleCandidate) => {
    const next = candidates.filter((d) => !d.labelled && d.line > c.line).sort((a, b) => a.line - b.line)[0];
    return !!next && next.line - c.line <= MAX_COLUMN_GAP && SOURCE_DATE_ROW.test(next.text.trim()) && furnitureShape(c.text) === null;
  };
  const labelInside = (text: string) =>
    /^\p{Script=Han}+$/u.test(text) &&
    [...text].length <= MAX_LABEL_INSIDE &&
    [...headlines].some((h) => h.length >= text.length + 4 && h.indexOf(text) > 0 && furnitureShape(h) === null);
  // (Not a headline's subtitle after a dash, `聚贤汇智谱华章` over `——秀屿区政协实干争先…`; nor a bulletin
  // named after its committee over its first item, `太湖政协工作周报`.)
  const columnOver = (c: TitleCandidate) => {
    const text = c.text.trim();
    if (!/^\p{Script=Han}+$/u.test(text) || [...text].length > MAX_LABEL_INSIDE || text.includes('政协')) return false;
    return candidates.some((d) => d.line > c.line && d.line - c.line <= MAX_COLUMN_GAP && [...d.text.trim()].length >= 2 * [...text].length && [...d.text.trim()].length >= MIN_HEADLINE && !/^[—–-]/.test(d.text.trim()) && furnitureShape(d.text) === null && bodyOverlap(d.text.trim(), body) >= COLUMN_OVERLAP_SHARE * bodyOverlap(text, body));
  };
  // A line printed twice in a row is a photo's alt text and caption (`东城区政协与黄浦区政协座谈交流`
  // over itself), not a headline the page repeats.
  // (On the very next line: the same headline over and under a date line is the page's headline printed twice.)
  // (Nor the pair the page opens with: its <title> over its <h1>, `吐鲁番市政协二届三次会议开幕` twice
  // before the subhead and the story.)
  // (…nor one under only the site's owner's name, `安徽农垦集团` over the pair: the page opens with the pair all the same.
  // A banner's words over it, `热烈祝贺`, make it a photo's.)
  const opensPage = (k: number) => candidates.slice(0, k - 1).every((d) => columnOver(d) && OWNER_NAME.test(d.text.trim()));
  const twice = new Set(
    candidates.filter((c, k) => k > 1 && candidates[k - 1].text.trim() === c.text.trim() && c.line - candidates[k - 1].line === 1 && !opensPage(k)).map((c) => c.text.trim()),
  );
  const first = candidates.find((c) => !c.labelled && furnitureShape(c.text) === null && !twice.has(c.text.trim()) && !LETTER_SPACED.test(c.text.trim()));
  // The site's name, as its breadcrumb's first crumb names it (`您当前的位置 : X >> 新闻 >> 时政`).
  const siteNames = new Set(candidates.flatMap((c) => c.text.match(BREADCRUMB_FIRST)?.[1].trim() ?? []));
  const scores = candidates.map((c) => {
    const text = c.text.trim();
    if (siteNames.has(text.replace(/\s*[|｜]+$/, ''))) return { c, score: -10, why: ["the site's name, its breadcrumb's first crumb"] };
    // The outlet whose people sign the story (`广州日报新花城` over `文/广州日报新花城记者：…`, `广州日报新花城编辑：…`): its name.
    if (OUTLET_NAME.test(text) && new RegExp(`${text}(?:记者|编辑|通讯员|摄影|出品)`).test(body)) return { c, score: -10, why: ['the outlet whose people sign the story'] };
    const scored = scoreTitle(c, bodyWithout(text), !twice.has(text) && ((count.get(text) ?? 0) > 1 || repeatedInBody(text)), c === first);
    if (extendsHeadline(text)) return { c, score: scored.score - 4, why: [...scored.why, "another line's headline with the page's furniture after it"] };
    if (runsIntoByline(text)) return { c, score: scored.score - 4, why: [...scored.why, "another line's headline with its reporter's credit run on"] };
    if (trailToHeadline(text)) return { c, score: scored.score - 4, why: [...scored.why, "a breadcrumb trail to another line's headline"] };
    if (headlineStrip(text)) return { c, score: scored.score - 4, why: [...scored.why, "a strip of the page's headlines, one of them another line's"] };
    // Two other lines of the page joined, the second in brackets (`武清区图书馆(机构用户)` under
    // `武清区图书馆` and `机构用户`): a login widget's name, made of furniture.
    if (joinsLines(text)) return { c, score: scored.score - 4, why: [...scored.why, 'two other lines of the page joined, the second in brackets'] };
    // The line over a search box's label (`人民政协履职` over `搜索文档`): the tag page's tag or the site's name.
    if (overSearch(c)) return { c, score: scored.score - 4, why: [...scored.why, "a tag or site name over a search box's label"] };
    // A few words another line's headline says in its middle (`人民政协事业` over `不断开创新时代人民政协事业发展新局面`):
    // a tag page's or column's label, the headline saying more.
    if (labelInside(text)) return { c, score: scored.score - 4, why: [...scored.why, "a label another line's headline says in its middle"] };
    // A few words over a headline twice as long that tells the story as well (`建议提案办理` over
    // `兴安盟文化旅游体育局对盟政协…提案的答复`): the column the page files it under.
    if (columnOver(c)) return { c, score: scored.score - 4, why: [...scored.why, 'a column label over a longer headline'] };
    if (overDateRow(c) && !twice.has(text)) return { c, score: scored.score + 2, why: [...scored.why, "the line over the post's source and date"] };
    return twice.has(text) ? { c, score: scored.score - 2, why: [...scored.why, 'printed twice in a row, as a photo caption is'] } : { c, ...scored };
  });
  let best: (typeof scores)[number] | null = null;
  // A furniture-shaped line is never the headline, however much it shares with the story (a flip-book's
  // `Page 56 - …年鉴`), unless it is the line the page prints under its breadcrumb (`- 广西政协开展…`) and
  // no body's name alone (a scraper's title slot, `中国人民政治协商会议山东省委员会`).
  // (Nor a deck of two or more parts, who attended and who accompanied, however much of the story it
  // names: `慕新海出席 吴小可陪同` printed where the headline was lost. One part may be a headline that
  // ends so, `驻滁州省政协委员来宜考察张金锐陪同`.)
  const allowed = (c: TitleCandidate) => !DECK_PARTS.test(c.text.trim()) && (!furnitureShape(c.text) || (c.underBreadcrumb && !AUTHOR.test(c.text.trim())));
  for (const s of scores) if (s.score > 0 && allowed(s.c) && (!best || s.score > best.score)) best = s;
  return { title: best?.c ?? null, scores: scores.map((s) => ({ text: s.c.text, score: Math.round(s.score * 100) / 100, why: s.why })) };
}
