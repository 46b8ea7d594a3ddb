// A plan written as the project's Markdown (fixtures/clean-plan.md, seed 001) → an A4 HTML page as a
// provincial portal would print it: paragraphs, bold headings, ruled tables whose cells keep their
// paragraphs and bullets. Only for making our own PDF fixtures through a browser.
// Options print the same plan as other offices do: rows the page may break (with the header row
// repeated on each page and page numbers in the margin), tables without borders (Word's hidden
// borders), columns in another order, a smaller page, and the decision's header and signature as
// two columns (an unruled two-column table, as Word documents lay them out). No options: the page
// the committed fixture was printed from.
export interface PrintOptions {
  /** Let a page break fall inside a table row (CSS break-inside: auto). */
  rowsBreak?: boolean;
  /** The first row of each table in <thead>: the browser prints it again at the top of each page. */
  repeatHeader?: boolean;
  /** The page number at the bottom of each page. */
  pageNumbers?: boolean;
  /** Tables drawn without borders. */
  borderless?: boolean;
  /** Each table row's cells in this order (indexes into the Markdown row). */
  columnOrder?: number[];
  /** CSS page size, A4 when absent. */
  pageSize?: string;
  /** Font size of the tables in points, 9.5 when absent. */
  tableFontSize?: number;
  /** The lines before the first bold title, and the signature after "Nơi nhận:", as two columns. */
  twoColumnHeader?: boolean;
}
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

export function planHtml(markdown: string, title = 'plan', options: PrintOptions = {}): string {
  const body: string[] = [];
  let table: string[] | null = null;
  const closeTable = () => {
    if (table)
      body.push(
        options.repeatHeader
          ? `<table><thead>${table[0]}</thead><tbody>${table.slice(1).join('')}</tbody></table>`
          : `<table>${table.join('')}</table>`,
      );
    table = null;
  };
  const order = (cells: string[]) => (options.columnOrder ? options.columnOrder.map((i) => cells[i] ?? '') : cells);
  const lines = markdown.split(/\r?\n/);
  const paragraphs = (ls: string[]) => ls.flatMap(paragraphHtml).join('');
  const twoColumns = (left: string[], right: string[]) =>
    body.push(`<table class="layout"><tr><td>${paragraphs(left)}</td><td>${paragraphs(right)}</td></tr></table>`);
  let i = 0;
  // The lines above the first title (within the first 12): authority and number on the left,
  // motto, place and date on the right.
  const titleLine = lines.slice(0, 12).findIndex((l) => /^\s*(?:\*\*)?(?:QUYẾT ĐỊNH|KẾ HOẠCH)/u.test(l));
  if (options.twoColumnHeader && titleLine > 0) {
    const head = lines.slice(0, titleLine).filter((l) => l.trim());
    const right = (l: string) => /ngày \d|CỘNG HÒA|Độc lập/u.test(l);
    twoColumns(
      head.filter((l) => !right(l)),
      head.filter(right),
    );
    i = titleLine;
  }
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    if ((raw.match(/\t/g)?.length ?? 0) >= 2) {
      table ??= [];
      table.push(
        `<tr>${order(raw.split('\t'))
          .map((c) => `<td>${cell(c)}</td>`)
          .join('')}</tr>`,
      );
      continue;
    }
    closeTable();
    const line = raw.trim();
    if (!line) continue;
    if (options.twoColumnHeader && /^(?:\*\*)?Nơi nhận/u.test(line)) {
      // Recipients on the left, the signer's title and name on the right.
      const left = [line];
      const right: string[] = [];
      for (i++; i < lines.length && right.length < 2; i++) {
        const next = lines[i]!.trim();
        if (!next) continue;
        if (/^[-+]\s/u.test(next)) left.push(next);
        else right.push(next);
      }
      i--;
      twoColumns(left, right);
      continue;
    }
    body.push(...paragraphHtml(line));
  }
  closeTable();
  const page = options.pageSize ?? 'A4';
  const numbers = options.pageNumbers
    ? " @bottom-center { content: counter(page); font-family: 'DejaVu Serif', serif; font-size: 10pt; }"
    : '';
  const border = options.borderless ? 'none' : '0.75pt solid #000';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page { size: ${page}; margin: 20mm 20mm 20mm 30mm;${numbers} }
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.35; }
p { margin: 0 0 6pt; text-align: justify; }
table { border-collapse: collapse; width: 100%; font-size: ${options.tableFontSize ?? 9.5}pt; margin: 6pt 0 10pt; }
td { border: ${border}; padding: 3pt 4pt; vertical-align: top; text-align: left; }
td p { margin: 0; } td ul { margin: 0; padding-left: 0; list-style: none; }
tr { page-break-inside: ${options.rowsBreak ? 'auto' : 'avoid'}; }${options.twoColumnHeader ? '\ntable.layout { font-size: 11pt; } table.layout td { border: none; width: 50%; text-align: center; }' : ''}
</style></head><body>${body.join('\n')}</body></html>`;
}

/** A Markdown line → its paragraphs (a line may hold several bold runs written back to back). */
function paragraphHtml(line: string): string[] {
  return line.split('****').map((part) => {
    const heading = /^#{1,6}\s+(.*)$/.exec(part);
    const text = heading ? `**${heading[1]}**` : /^\*\*[^*]+$/.test(part) ? `${part}**` : /^[^*]+\*\*$/.test(part) ? `**${part}` : part;
    return `<p>${inline(text)}</p>`;
  });
}

/**
 * The plan printed as other offices print it, for the bench and the fixtures (the same plan, the
 * same tasks): rows the page breaks, in two page sizes and column orders, and tables without borders.
 */
export const MADE_PRINTS: Record<string, PrintOptions> = {
  'rows broken, header repeated, A5': { rowsBreak: true, repeatHeader: true, pageNumbers: true, pageSize: 'A5' },
  'rows broken, columns reordered, 150×190 mm': {
    rowsBreak: true,
    pageNumbers: true,
    pageSize: '150mm 190mm',
    tableFontSize: 11,
    columnOrder: [0, 1, 5, 3, 4, 2],
  },
  'borderless, two-column header': { borderless: true, twoColumnHeader: true, pageNumbers: true },
  'borderless, rows broken, A5': { borderless: true, rowsBreak: true, pageNumbers: true, pageSize: 'A5' },
};

/** The committed fixture (fixtures/pdf/) of each made print of fixtures/clean-plan.md. */
export const MADE_FIXTURES: Record<keyof typeof MADE_PRINTS, string> = {
  'rows broken, header repeated, A5': 'made-rows-a5.pdf',
  'rows broken, columns reordered, 150×190 mm': 'made-rows-reordered.pdf',
  'borderless, two-column header': 'made-borderless.pdf',
  'borderless, rows broken, A5': 'made-borderless-rows-a5.pdf',
};
