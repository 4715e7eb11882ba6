import type { Case, ReferenceRecord, Source } from '../schemas';
import { CASEBOOK_NAME, caseCitationTitle } from './citation';

export type { ReferenceRecord };

/**
 * A case's references for reference managers (EndNote, Zotero, NoteExpress, JabRef): RIS and
 * BibTeX files with the same two records as the GB/T 7714 block on the case page, the original
 * article first, then the casebook page. Fields a source lacks are left out, never made up. The
 * records travel with the case's pack data; the case page makes the files in the browser
 * (src/lib/pack/cite-download.ts), so a national casebook does not carry two files per case.
 */
export function caseReferenceRecords(c: Case, source: Source | undefined, caseAddress: string, accessed: string): ReferenceRecord[] {
  const article: ReferenceRecord[] = source
    ? [
        {
          key: `${c.id}-article`,
          title: source.title ? (source.subtitle ? `${source.title}：${source.subtitle}` : source.title) : '（原文无标题）',
          author: source.publisher ?? source.author ?? '佚名',
          date: source.date,
          url: source.url,
          accessed,
        },
      ]
    : [];
  return [...article, { key: c.id, title: `${caseCitationTitle(c)}（案例）`, author: CASEBOOK_NAME, date: null, url: caseAddress, accessed }];
}

/** Reference managers open a URL field; a site path (no SITE_URL at build time) goes in a note. */
const isAbsolute = (url: string) => /^https?:\/\//i.test(url);

/** RIS (one line per tag, `ER` closing each record), UTF-8. */
export function risFile(records: readonly ReferenceRecord[]): string {
  const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');
  return records
    .map((r) => {
      const lines = [['TY', 'ELEC'], ['TI', r.title], ['AU', r.author], ['PB', r.author]];
      if (r.date) lines.push(['PY', r.date.slice(0, 4)], ['DA', `${r.date.replace(/-/g, '/')}${r.date.length === 10 ? '' : '/'}`]);
      if (r.url && isAbsolute(r.url)) lines.push(['UR', r.url]);
      else if (r.url) lines.push(['N1', `案例库页面：${r.url}`]);
      lines.push(['Y2', r.accessed.replace(/-/g, '/')], ['LA', 'zh-CN'], ['ID', r.key], ['ER', '']);
      return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`.trimEnd()).join('\r\n');
    })
    .join('\r\n\r\n') + '\r\n';
}

/** BibTeX (biblatex `@online`), the authors braced as corporate names so they are not split. */
export function bibtexFile(records: readonly ReferenceRecord[]): string {
  const esc = (s: string) => s.replace(/[\\{}]/g, '').replace(/([%&$#_^~])/g, '\\$1').replace(/\s*[\r\n]+\s*/g, ' ');
  return records
    .map((r) => {
      const fields: Array<[string, string]> = [['title', `{${esc(r.title)}}`], ['author', `{{${esc(r.author)}}}`]];
      if (r.date) fields.push(['date', `{${r.date}}`]);
      if (r.url && isAbsolute(r.url)) fields.push(['url', `{${r.url.replace(/[{}\\]/g, '')}}`]);
      else if (r.url) fields.push(['note', `{案例库页面：${esc(r.url)}}`]);
      fields.push(['urldate', `{${r.accessed}}`], ['langid', '{chinese}']);
      return `@online{${r.key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
    })
    .join('\n\n') + '\n';
}
