import { getCollection } from 'astro:content';
import { indexCasebook, type Casebook } from './casebook';

/**
 * The one place pages read content collections. Loaded once per build and shared by every page
 * (getStaticPaths and page bodies alike), so ten thousand case pages do not re-read and re-index
 * ten thousand times.
 */
let loading: Promise<Casebook> | undefined;

export function loadCasebook(): Promise<Casebook> {
  loading ??= (async () => {
    const [cases, sources, regions, functions, mechanisms] = await Promise.all([
      getCollection('cases'),
      getCollection('sources'),
      getCollection('regions'),
      getCollection('functions'),
      getCollection('mechanisms'),
    ]);
    return indexCasebook({
      cases: cases.map((e) => e.data),
      sources: sources.map((e) => e.data),
      regions: regions.map((e) => e.data),
      functions: functions.map((e) => e.data),
      mechanisms: mechanisms.map((e) => e.data),
    });
  })();
  return loading;
}
