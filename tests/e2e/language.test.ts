import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, NOT_FOUND_PATH, openPage, openSite, pageTypes, readDist, type Site } from './support';

// Every word a reader sees is Chinese: no English notes, ids, scores or file paths in the visible
// text of any page. Code-like data is exempt: <code> and <pre> (a curation entry to paste) and what
// a page marks data-code-like (the downloads' format names).
const LATIN_RUN = /[A-Za-z]{4,}/g;
/** A file of the project (`sources/001_x.txt`, `curation/corpus.yaml`), as opposed to a page's address. */
const FILE_PATH = /(?:^|[^/\w])(?:sources|curation|src)\/\S+|\b\S+\.(?:txt|yaml|ts)\b/;
/** Addresses are ids, not words: a citation's `https://…` or `/cases/x/` is code-like data. */
const ADDRESS = /https?:\/\/\S+|(?<![\w/])\/[a-z0-9._~%-]+(?:\/[a-z0-9._~%-]+)*\/?/gi;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The text a reader gets from the HTML: tags, scripts, styles and exempt elements removed. */
function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<([a-z]+)\b[^>]*data-code-like[^>]*>[\s\S]*?<\/\1>/g, ' ')
    // Term tokens for the search index: a hidden block no reader sees (src/lib/search/site-terms.ts).
    .replace(/<div\b[^>]*data-casebook-terms[^>]*>[\s\S]*?<\/div>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ')
    .replace(ADDRESS, ' ');
}

describe('the visible text is Chinese', () => {
  it('on every page of the build: no Latin word of four letters or more, no file path', () => {
    const offenders: string[] = [];
    for (const rel of htmlFiles()) {
      const text = visibleText(readDist(rel));
      const latin = [...new Set(text.match(LATIN_RUN) ?? [])];
      if (latin.length) offenders.push(`${rel}: ${latin.slice(0, 5).join(', ')}`);
      const path = FILE_PATH.exec(text);
      if (path) offenders.push(`${rel}: file path near «${text.slice(Math.max(0, path.index - 20), path.index + 30).trim()}»`);
    }
    expect(offenders).toEqual([]);
  });

  it('as the browser renders each page type, in both themes', async () => {
    const offenders: string[] = [];
    for (const [name, path] of [...Object.entries(pageTypes()), ['not-found', NOT_FOUND_PATH]]) {
      for (const scheme of ['light', 'dark'] as const) {
        const { page } = await openPage(site, path, 375, scheme);
        let text = await page.evaluate(() => {
          for (const el of document.querySelectorAll('code, pre, [data-code-like]')) el.remove();
          return document.body.innerText;
        });
        text = text.replace(ADDRESS, ' ');
        const latin = [...new Set(text.match(LATIN_RUN) ?? [])];
        if (latin.length) offenders.push(`${name} (${scheme}): ${latin.slice(0, 5).join(', ')}`);
        await page.close();
      }
    }
    expect(offenders).toEqual([]);
  });
});
