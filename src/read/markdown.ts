// Writing the Markdown that read/docx.ts and read/layout/write.ts give the pipeline.

/** Keep "1." and "- " at a line's start as text, not Markdown list markers. */
export const escapeLineStart = (text: string) => text.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+*#>])(\s)/, '\\$1$2');

/** Text inside a table cell, which the Markdown layout reads as HTML. */
export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
