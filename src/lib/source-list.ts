import { pageUrl } from './paginate';

/** The source list (/sources/, /sources/page/2/ …): newest first, a hundred a page. */
export const SOURCES_PER_PAGE = 100;
export const sourcesPageUrl = (page: number) => (page <= 1 ? '/sources/' : pageUrl('/sources/page/', page));
