/**
 * Segmentation: split an article's clean paragraphs into the article's lead and its case sections.
 *
 * The layouts come from how committee news is written, not from particular files:
 * - `label`: a line that is only a committee name (`西城区政协：`, `【海淀区政协】`), then a headline;
 * - `committee-heading`: one line `石家庄市政协 改革创新求真务实 …`: the committee, a space, a headline;
 * - `headline-points`: a roundup of untitled committees: each section opens with a short headline
 *   line followed by enumerated points (一、二、三、);
 * - `single`: an article about one committee; its subheads are its own structure.
 *
 * Guarantee: every paragraph index lies in exactly one of `lead` or a section (see `coverage`).
 */
export type Layout = 'label' | 'committee-heading' | 'headline-points' | 'single';

export interface Section {
  layout: Layout;
  /** Inclusive paragraph range, heading lines included. */
  from: number;
  to: number;
  /** First body paragraph (after the label and headline lines). */
  bodyFrom: number;
  /** Committee named by the section's label or heading, as written. */
  label: string | null;
  title: string | null;
  /** The source cut the section off: its last paragraph ends without closing punctuation. */
  incomplete: boolean;
}

export interface Segmentation {
  lead: [number, number] | null;
  sections: Section[];
}

const PROSE = /[，。！？；,.!?;]/;
const ENUMERATED = /^[一二三四五六七八九十]+[、．.]/;
const TERMINAL = /[。！？!?…”’」』）)\]】]$|\.{3}$/;
// Bullets and list numbers that may stand before a committee label (◆, 【, 一、, （二）, 3.).
const DECOR_OPEN = '(?:[◆■●▲★☆◇□○◎]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]+[）)]|\\d{1,2}[、．.])?\\s*[【\\[［]?\\s*';
const DECOR_CLOSE = '\\s*[】\\]］]?';
// A committee name: `西城区政协`, `北京市西城区政协`, `政协平阳县委员会`, `中共政协金昌市委员会党组`.
const COMMITTEE = '(?:中共)?(?:[\\u4e00-\\u9fff]{2,16}?政协|政协[\\u4e00-\\u9fff]{2,16}?委员会)(?:党组)?';
const LABEL_LINE = new RegExp(`^${DECOR_OPEN}(${COMMITTEE})${DECOR_CLOSE}[:：]?$`);
const COMMITTEE_HEADING = new RegExp(`^${DECOR_OPEN}(${COMMITTEE})${DECOR_CLOSE}[\\s:：]+(\\S.{1,60})$`);
// A roundup may label sections with the place alone (`西城区：打造…`); only a known place counts.
const PLACE_LABEL = new RegExp(`^${DECOR_OPEN}([\\u4e00-\\u9fff]{2,12}?(?:省|市|区|县|旗|州|盟))${DECOR_CLOSE}[:：]\\s*(\\S.{1,60})?$`);
// Words that make a "committee" collective rather than one body (各市政协, 全省政协).
const COLLECTIVE = /^(各|全省|全市|全区|全县|全国各|各级|市县|省市县|两级)/;
// A specific committee named in a title makes the article a single-committee piece.
const SPECIFIC_COMMITTEE =
  /(?<![各级])(?:[\u4e00-\u9fff]{2,8}(?:省|市|区|县|旗|州|盟)政协|政协[\u4e00-\u9fff]{2,12}委员会)/;

const MAX_HEADLINE = 60;
const isHeadlineShaped = (line: string) =>
  line.length <= MAX_HEADLINE && !PROSE.test(line) && !ENUMERATED.test(line);

function committeeOf(m: RegExpMatchArray | null): string | null {
  if (!m) return null;
  const name = m[1];
  return COLLECTIVE.test(name) ? null : name;
}

interface Start {
  at: number;
  layout: Layout;
  label: string | null;
  title: string | null;
  headingLines: number;
}

/** Find section starts of the labelled layouts (a committee named on its own line or heading). */
function labelledStarts(paragraphs: string[], isPlace: (name: string) => boolean): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const line = paragraphs[i];
    if (line.length > MAX_HEADLINE + 20 || PROSE.test(line)) continue;
    const label = committeeOf(line.match(LABEL_LINE));
    if (label) {
      const next = paragraphs[i + 1];
      const hasHeadline = next !== undefined && isHeadlineShaped(next) && !LABEL_LINE.test(next);
      starts.push({ at: i, layout: 'label', label, title: hasHeadline ? next : null, headingLines: hasHeadline ? 2 : 1 });
      continue;
    }
    const heading = line.match(COMMITTEE_HEADING);
    const headingCommittee = committeeOf(heading);
    if (heading && headingCommittee) {
      starts.push({ at: i, layout: 'committee-heading', label: headingCommittee, title: heading[2].trim(), headingLines: 1 });
      continue;
    }
    const place = line.match(PLACE_LABEL);
    if (place && !COLLECTIVE.test(place[1]) && isPlace(place[1])) {
      const next = paragraphs[i + 1];
      const sameLine = place[2]?.trim();
      const hasHeadline = !sameLine && next !== undefined && isHeadlineShaped(next);
      starts.push({
        at: i,
        layout: 'label',
        label: `${place[1]}政协`,
        title: sameLine || (hasHeadline ? next : null),
        headingLines: hasHeadline ? 2 : 1,
      });
    }
  }
  return starts;
}

/** Section starts of untitled-committee roundups: a headline line directly before 一、 points. */
function headlineStarts(paragraphs: string[]): Start[] {
  const starts: Start[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    if (isHeadlineShaped(paragraphs[i]) && /^一[、．.]/.test(paragraphs[i + 1])) {
      starts.push({ at: i, layout: 'headline-points', label: null, title: paragraphs[i], headingLines: 1 });
    }
  }
  return starts;
}

export function segmentArticle(
  paragraphs: string[],
  articleTitle: string | null,
  /** Whether a name is a real place (the gazetteer); place-only labels need it. */
  isPlace: (name: string) => boolean = () => false,
): Segmentation {
  if (paragraphs.length === 0) return { lead: null, sections: [] };
  let starts = labelledStarts(paragraphs, isPlace);
  if (starts.length === 0) {
    const headlines = headlineStarts(paragraphs);
    const aboutOneCommittee = articleTitle !== null && SPECIFIC_COMMITTEE.test(articleTitle);
    if (headlines.length >= 2 && !aboutOneCommittee) starts = headlines;
  }
  if (starts.length === 0) {
    return {
      lead: null,
      sections: [
        {
          layout: 'single',
          from: 0,
          to: paragraphs.length - 1,
          bodyFrom: 0,
          label: null,
          title: articleTitle,
          incomplete: !TERMINAL.test(paragraphs[paragraphs.length - 1]),
        },
      ],
    };
  }
  const sections: Section[] = starts.map((s, k) => {
    const to = k + 1 < starts.length ? starts[k + 1].at - 1 : paragraphs.length - 1;
    const bodyFrom = Math.min(s.at + s.headingLines, to);
    return {
      layout: s.layout,
      from: s.at,
      to,
      bodyFrom,
      label: s.label,
      title: s.title,
      incomplete: to >= s.at + s.headingLines ? !TERMINAL.test(paragraphs[to]) : true,
    };
  });
  return { lead: starts[0].at > 0 ? [0, starts[0].at - 1] : null, sections };
}

/** Which part each paragraph fell into: 'lead', a section index, or null if none (a bug). */
export function coverage(seg: Segmentation, paragraphCount: number): Array<'lead' | number | null> {
  const owner: Array<'lead' | number | null> = new Array(paragraphCount).fill(null);
  const claim = (i: number, who: 'lead' | number) => {
    if (owner[i] !== null) throw new Error(`paragraph ${i} claimed twice (${owner[i]} and ${who})`);
    owner[i] = who;
  };
  if (seg.lead) for (let i = seg.lead[0]; i <= seg.lead[1]; i++) claim(i, 'lead');
  seg.sections.forEach((s, k) => {
    for (let i = s.from; i <= s.to; i++) claim(i, k);
  });
  return owner;
}
