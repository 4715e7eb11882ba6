/**
 * Chinese names for the pipeline's repair kinds and furniture rules, for the repair report. A kind
 * missing here is shown by its id: the pipeline may add kinds before this table learns them.
 */
export const REPAIR_LABELS: Record<string, string> = {
  decode: '识别编码',
  'strip-pinyin': '去除拼音注音',
  'repair-mojibake': '修复乱码',
  'mark-lost': '标记缺失字符',
  'fix-punctuation': '清理多余标点',
  'full-width-punctuation': '半角标点改全角',
  'rejoin-lines': '接续断行',
  'to-simplified': '繁体转简体',
};

export const REMOVED_RULE_LABELS: Record<string, string> = {
  breadcrumb: '面包屑导航',
  kicker: '栏目名',
  dateline: '电头',
  byline: '记者署名',
  'publish-info': '发布信息',
  'editor-line': '编辑署名',
  'editor-note': '编者按',
  keywords: '关键词',
  author: '作者署名',
};

export const repairLabel = (kind: string) => REPAIR_LABELS[kind] ?? kind;
export const removedRuleLabel = (rule: string) => REMOVED_RULE_LABELS[rule] ?? rule;
