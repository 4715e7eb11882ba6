import { bibtexFile } from '../../../lib/reference-files';
import { referenceFilePaths, referenceFileRoute } from '../../../lib/reference-routes';

/** `/data/cite/<id>.bib`: the case's references for BibTeX and biblatex users. */
export const getStaticPaths = referenceFilePaths;
export const GET = referenceFileRoute(bibtexFile, 'application/x-bibtex');
