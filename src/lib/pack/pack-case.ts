import type { Case, PackCase } from '../../schemas';
import type { Casebook } from '../casebook';
import { caseCitationTitle, caseReferences, citableUrl } from '../citation';
import { caseDateLabel, sourceTitle } from '../display';
import { figureLabel, levelLabel } from '../format';
import { comparableFigure } from '../mechanism-table';
import { placeLabel } from '../regions';
import { caseUrl } from '../urls';
import { caseReferenceRecords } from '../reference-files';

/**
 * A case as the course pack and the side-by-side view need it (see src/schemas/pack.ts): names
 * instead of ids, labels instead of codes, the figure that ranks each mechanism chosen here with
 * the same rule as the mechanism tables (ranksMechanism), and both references.
 */
export function toPackCase(c: Case, book: Pick<Casebook, 'sourceById' | 'functionById' | 'mechanismById'>, site: URL | undefined, accessed: string): PackCase {
  const source = book.sourceById.get(c.sourceId);
  const path = caseUrl(c.id);
  // The original article first when there is one, then the casebook page.
  const refs = caseReferences({ case: c, source, url: citableUrl(path, site), accessed });
  const mechanisms = [...new Map(c.mechanisms.map((m) => [m.id, m])).values()].flatMap((m) => {
    const entry = book.mechanismById.get(m.id);
    if (!entry) return [];
    const comparable = comparableFigure(c, entry);
    const others = c.figures.filter((f) => f !== comparable && (f.mechanism === m.id || m.quote.includes(f.quote)));
    return [
      {
        id: m.id,
        name: entry.name,
        verb: entry.verb,
        comparable: comparable ? { label: figureLabel(comparable), value: comparable.value } : null,
        figures: others.map(figureLabel),
        quote: m.quote,
      },
    ];
  });
  return {
    id: c.id,
    path,
    title: c.title,
    fullTitle: caseCitationTitle(c),
    committee: c.committee,
    committeeNamed: c.committeeNamed,
    place: placeLabel(c),
    regionCode: c.region.code,
    level: levelLabel(c.level),
    date: caseDateLabel(c),
    isoDate: c.date,
    functions: c.functions.flatMap((f) => {
      const entry = book.functionById.get(f.id);
      return entry ? [{ id: f.id, name: entry.name }] : [];
    }),
    mechanisms,
    figures: c.figures.map(figureLabel),
    summary: c.summary,
    paragraphs: c.body,
    incomplete: c.incomplete,
    source: {
      title: source ? sourceTitle(source) : '来源文章不详',
      publisher: source?.publisher ?? null,
      date: source?.date ?? null,
      url: source?.url ?? null,
    },
    references: { article: source ? refs[0] : null, casebook: refs[refs.length - 1] },
    records: caseReferenceRecords(c, source, citableUrl(path, site), accessed),
  };
}

/**
 * The classic script that hands an article's cases to the pack page (one file per article, not
 * per case: a tenth of the files for a national casebook): works from a server and from file://.
 */
export function packDataScript(cases: readonly PackCase[]): string {
  const byId = Object.fromEntries(cases.map((c) => [c.id, c]));
  // JSON inside a script: `</script` and U+2028/2029 must not end or break it.
  const json = JSON.stringify(byId).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `Object.assign(self.casebookCases=self.casebookCases||{},${json});\n`;
}
