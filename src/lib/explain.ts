import type { AttributionBasis, Case, ConfidenceReason } from '../schemas';

/**
 * What the pipeline decided, said in Chinese for readers. The pipeline records its decisions as
 * codes (attribution basis, confidence reasons); every sentence a reader sees is made here from
 * them, never from the pipeline's English notes.
 */
export const BASIS_LABELS: Record<AttributionBasis, string> = {
  heading: '小标题中点明的委员会',
  'article-title': '文章标题或署名中的委员会',
  text: '正文中点明的委员会',
  national: '全国政协',
  'page-home': '原文只写“市政协”“区政协”等，依所在网站、来源或电头确定地区',
  'place-named': '原文未写全委员会名称，依文中提到的地名确定',
  siblings: '原文未点明委员会，依同篇报道其他部分所在地区推断',
  'article-places': '原文未点明委员会，依文章标题、电头中的地名推断',
  curated: '人工核定',
  ambiguous: '地名有多处同名地区，原文不足以确定',
  unknown: '原文没有可确定地区的信息',
};

export const REASON_LABELS: Record<ConfidenceReason, string> = {
  'region-unknown': '地区未能确定到委员会所在一级',
  'committee-unnamed': '原文未点明是哪一个委员会',
  'committee-relative': '原文只写“市政协”“区政协”等简称',
  homonym: '地名有同名地区，依上下文选定',
  'boundary-inferred': '案例起止依报道内容划分，原文无小标题',
  'short-form': '委员会以地名简称出现',
  'title-made': '原文无标题，标题取自正文首句',
  incomplete: '原文不完整',
};

export const CONFIDENCE_LABELS: Record<Case['confidence']['level'], string> = {
  high: '可信度高',
  medium: '可信度中等',
  low: '待人工核定',
};

/** One sentence on how a case was placed, with the text it rests on. */
export function explainAttribution(c: Pick<Case, 'attribution'>): string {
  const a = c.attribution;
  const span = a.span && a.basis !== 'curated' ? `（依据：“${a.span}”）` : '';
  return `${BASIS_LABELS[a.basis]}${span}`;
}
