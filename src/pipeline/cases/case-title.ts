/**
 * A case's title: the section's own headline or label, the article's headline for an article
 * about one committee, and only when there is none, one made from the case's first sentence: its
 * opening time (`4月24日，`) taken off, cut at a clause boundary, with a bare committee name
 * (`市政协`) replaced by the committee the case was attributed to (`常州市政协召开…`). Pure.
 */
export type TitleOrigin = 'heading' | 'article' | 'text';

/** Longest made title; longer first sentences are cut at the last comma before it. */
const MAX_MADE_TITLE = 40;
const OPENING_TIME = /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[至—\-~～]\s*\d{1,2}\s*日)?(?:上午|下午|晚上|晚|早上)?[，,]?\s*|^(?:近日|日前|近期|连日来|昨天|今天|当天)[，,]\s*/;
const RELATIVE = /^(省|市|区|县|州|旗|盟|自治区|自治州|自治县)政协/;

export function caseTitle(
  section: { title: string | null; layout: string },
  articleTitle: string | null,
  body: readonly string[],
  committee: string,
): { title: string; from: TitleOrigin } {
  if (section.title) return { title: section.title, from: section.layout === 'single' ? 'article' : 'heading' };
  if (section.layout === 'single' && articleTitle) return { title: articleTitle, from: 'article' };
  const first = (body.find((p) => /\p{Script=Han}{4}/u.test(p)) ?? body[0] ?? '').trim();
  let sentence = first.split(/[。！？；]/)[0].replace(OPENING_TIME, '').trim();
  if (RELATIVE.test(sentence) && committee && !committee.includes('所辖')) sentence = sentence.replace(RELATIVE, committee);
  if (sentence.length > MAX_MADE_TITLE) {
    const cut = sentence.slice(0, MAX_MADE_TITLE).lastIndexOf('，');
    sentence = cut >= 8 ? sentence.slice(0, cut) : `${sentence.slice(0, MAX_MADE_TITLE - 1)}…`;
  }
  return { title: sentence || committee || '（无题）', from: 'text' };
}
