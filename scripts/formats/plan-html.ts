// A plan written as the project's Markdown (fixtures/clean-plan.md, seed 001) → an A4 HTML page as a
// provincial portal would print it: paragraphs, bold headings, ruled tables whose cells keep their
// paragraphs and bullets. Only for making our own PDF fixtures through a browser.
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeMd = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');

function inline(text: string): string {
  return esc(unescapeMd(text.trim()))
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/(^|[^*])\*([^*]+)\*(?!\*)/g, '$1<i>$2</i>');
}

/** A cell: its HTML as written (ul/li, p, b), or plain text with "- " bullets run together. */
function cell(source: string): string {
  const trimmed = source.trim();
  if (/<(ul|li|p|b)\b/i.test(trimmed)) return trimmed.replace(/style="[^"]*"/g, '');
  return esc(unescapeMd(trimmed));
}

export function planHtml(markdown: string, title = 'plan'): string {
  const body: string[] = [];
  let table: string[] | null = null;
  const closeTable = () => {
    if (table) body.push(`<table>${table.join('')}</table>`);
    table = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    if ((raw.match(/\t/g)?.length ?? 0) >= 2) {
      table ??= [];
      table.push(`<tr>${raw.split('\t').map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`);
      continue;
    }
    closeTable();
    const line = raw.trim();
    if (!line) continue;
    for (const part of line.split('****')) {
      const heading = /^#{1,6}\s+(.*)$/.exec(part);
      const text = heading ? `**${heading[1]}**` : /^\*\*[^*]+$/.test(part) ? `${part}**` : /^[^*]+\*\*$/.test(part) ? `**${part}` : part;
      body.push(`<p>${inline(text)}</p>`);
    }
  }
  closeTable();
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: A4; margin: 20mm 20mm 20mm 30mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.35; }
p { margin: 0 0 6pt; text-align: justify; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 6pt 0 10pt; }
td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
td p { margin: 0; } td ul { margin: 0; padding-left: 0; list-style: none; }
tr { page-break-inside: avoid; }
</style></head><body>${body.join('\n')}</body></html>`;
}
