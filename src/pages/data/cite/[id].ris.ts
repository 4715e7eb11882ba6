import { risFile } from '../../../lib/reference-files';
import { referenceFilePaths, referenceFileRoute } from '../../../lib/reference-routes';

/** `/data/cite/<id>.ris`: the case's references for EndNote, Zotero, NoteExpress. */
export const getStaticPaths = referenceFilePaths;
export const GET = referenceFileRoute(risFile, 'application/x-research-info-systems');
