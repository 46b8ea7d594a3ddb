// Moved to the read stage (src/read/docx.ts); kept for importers not yet moved.
export { docxToMarkdown, DocxError, looksLikeDocx, type DocxText } from '../read/docx.js';
