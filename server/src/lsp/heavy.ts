/**
 * What the language server needs only on demand — the Word export and import (docx, xmldom, fflate), the preview's
 * pagination and the templates — in one module that is loaded on first use (`await import('./heavy.js')`). esbuild
 * builds it into its own file, server/dist/server-heavy.js (esbuild.mjs), so that the server's start neither reads nor
 * compiles it (issue 14: spawn → first diagnostics).
 */
export { exportDocx } from '../docx/export';
export { importDocx } from '../docx/import';
export { DocxError, MAX_DOCX_BYTES } from '../docx/package';
export { layoutDocument } from '../core/layout/paginate';
export { TEMPLATES, templateSnippet } from '../core/templates/index';
