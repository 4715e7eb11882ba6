import { handoutDocxBlob } from './docx';

/**
 * Entry of /vendor/handout-docx.js: a classic script (it loads from file:// too) that gives the
 * pack page one function. Bundled with the docx library by src/integrations/casebook.ts.
 */
declare global {
  interface Window {
    casebookHandoutDocx?: typeof handoutDocxBlob;
  }
}
window.casebookHandoutDocx = handoutDocxBlob;
