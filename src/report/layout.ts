// The page shell: one HTML file, everything inline, no external resource.
// The Content-Security-Policy meta keeps it that way even if a document's text
// were to slip an URL through: nothing may be fetched.
import { escapeHtml } from './escape.js';
import { STYLES } from './styles.js';

export interface PageParts {
  title: string;
  /** Links of the top bar: [fragment, label]. */
  nav: Array<[string, string]>;
  /** Trusted HTML of the main content. */
  body: string;
  /** Trusted script source, inlined at the end of the body. */
  script?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

export function page(parts: PageParts): string {
  const nav = parts.nav.map(([href, label]) => `<a href="${href}">${escapeHtml(label)}</a>`).join('');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="cchc">
<title>${escapeHtml(parts.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<nav class="top"><span class="brand">cchc</span>${nav}</nav>
<main>
${parts.body}
</main>
${parts.script ? `<script>${parts.script}</script>` : ''}
</body>
</html>
`;
}
