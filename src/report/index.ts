// report: render parsed plans as self-contained HTML pages for people to read
// and to check (`cchc report`, `cchc batch … --report`).
export { renderReport } from './report.js';
export { inputTextOf } from './input-text.js';
export { writeArchivePages, type ArchivePagesResult } from './archive-pages.js';
export { renderArchiveIndex, summarizeDocument, type ArchiveEntry, type DocumentSummary } from './archive-index.js';
export { escapeHtml, escapeAttribute } from './escape.js';
