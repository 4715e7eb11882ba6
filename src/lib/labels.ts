/**
 * Chinese names for the pipeline's repair kinds, furniture rules and metadata fields, for the
 * repair report on source pages. A kind missing here is shown in general words, never by its id:
 * the pipeline may add kinds before this table learns them (tests/e2e check no id shows).
 */
export const REPAIR_LABELS: Record<string, string> = {
  markup: '删去网页标记',
  'pinyin-reading': '去除夹在字后的拼音注音',
  mojibake: '修复乱码',
  'lost-character': '标出丢失的字',
  'lost-indent': '删去丢失成问号的段首缩进',
  'question-mark': '问号改为全角',
  'stray-punctuation': '删去多余标点',
  'full-width': '半角标点改为全角',
  'split-line': '拆开连排在一行的条目',
  'rejoin-line': '接上断开的句子',
  'to-simplified': '繁体转为简体',
};

export const REMOVED_RULE_LABELS: Record<string, string> = {
  title: '标题',
  'title-line': '标题行',
  subtitle: '副标题',
  'series-line': '栏目或系列名',
  kicker: '栏目名',
  'author-line': '作者署名',
  breadcrumb: '面包屑导航',
  dateline: '电头',
  'dateline-prefix': '电头',
  byline: '记者署名',
  'photo-caption': '图片说明',
  'publish-info': '发布信息',
  'editor-line': '编辑署名',
  'contributor-line': '供稿署名',
  'editor-note-label': '编者按标记',
  'footer-after-credit': '文末署名之后的页脚',
  'related-link': '截短的相关文章标题',
  'keyword-line': '关键词',
  'url-line': '原文网址',
  'site-furniture': '网站名称、栏目等页面元素',
  navigation: '导航链接',
  'image-placeholder': '图片占位',
  'document-site': '文档分享网站的说明文字',
  attachment: '附件文件名',
  footer: '页脚',
  counter: '阅读计数',
  'reading-time': '阅读时长提示',
  greeting: '网站欢迎语',
  'document-fields': '公文页面的文号、发文机关等字段',
  'unrelated-line': '与正文无关的垃圾文字',
  'repeated-insert': '正文段落间反复插入的同一行文字',
};

const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  subtitle: '副标题',
  kicker: '栏目',
  author: '作者',
  reporter: '记者',
  editor: '编辑',
  publisher: '发布者',
  place: '地点',
  date: '日期',
  dateNote: '日期',
  breadcrumb: '页面位置',
  keywords: '关键词',
  lead: '编者按',
  url: '原文网址',
};

export const repairLabel = (kind: string) => REPAIR_LABELS[kind] ?? '其他修复';
export const removedRuleLabel = (rule: string) => REMOVED_RULE_LABELS[rule] ?? '其他页面元素';
/** `publisher,place,reporter` -> `发布者、地点、记者`: which metadata a removed line went to. */
export const keptAsLabel = (keptAs: string) => [...new Set(keptAs.split(',').map((f) => FIELD_LABELS[f] ?? '元数据'))].join('、');
