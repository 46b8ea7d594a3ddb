// Markdown → layout lines, through remark-parse: the mdast gives each line its
// plain text (emphasis markers gone) and tells which lines are headings or wholly
// bold/italic. Lines holding tab-separated cells are table rows, read from the
// raw source (remark would take "1.\t…" for a list item); GFM pipe tables
// ("| TT | Nội dung | … |") are rows too, read through remark-gfm.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root as MdastRoot, TableCell } from 'mdast';
import type { LayoutLine } from './layout.js';
import { cellItems, splitTabRow } from './tab-row.js';

const markdownParser = unified().use(remarkParse);
// remark-gfm costs two to three times the parse; only pipe tables need it here.
const gfmParser = unified().use(remarkParse).use(remarkGfm);
const PIPE_TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/mu;

interface Piece { text: string; emphasis: boolean }

export function markdownLayout(text: string): LayoutLine[] {
  const raw = text.split(/\r?\n/);
  const pieces = new Map<number, Piece[]>();
  const add = (line: number, piece: Piece) => {
    const list = pieces.get(line) ?? [];
    list.push(piece);
    pieces.set(line, list);
  };
  const tableRows = new Map<number, string[][]>();
  // A pipe-table cell as written (markup and <br> inside it read by cellItems).
  const cellSource = (cell: TableCell) => {
    const at = cell.position;
    if (!at) return '';
    return stripInline(raw[at.start.line - 1]!.slice(at.start.column - 1, at.end.column - 1).replace(/^\|?\s*|\s*\|?$/gu, ''));
  };
  const walk = (node: Nodes, emphasis: boolean) => {
    if (node.type === 'tableRow' && node.position) {
      tableRows.set(node.position.start.line, node.children.map((cell) => cellItems(cellSource(cell))));
      return;
    }
    const strong = emphasis || node.type === 'strong' || node.type === 'emphasis' || node.type === 'heading';
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') && node.position) {
      const value = node.type === 'html' ? '' : node.value;
      value.split('\n').forEach((part, i) => add(node.position!.start.line + i, { text: part, emphasis: strong }));
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, strong);
  };
  // Table rows are read from the raw lines below; blanking them keeps remark's
  // work (and its line numbers) to the prose.
  const prose = raw.map((line) => ((line.match(/\t/g)?.length ?? 0) >= 2 ? '' : line)).join('\n');
  const parser = PIPE_TABLE_DELIMITER.test(prose) ? gfmParser : markdownParser;
  walk(parser.parse(prose) as MdastRoot, false);

  const lines: LayoutLine[] = [];
  raw.forEach((source, index) => {
    const line = index + 1;
    const pipeRow = tableRows.get(line);
    if (pipeRow) {
      lines.push({ line, text: pipeRow.map((items) => items.join(' ')).join(' ').trim(), tabLed: false, emphasis: false, cells: pipeRow });
      return;
    }
    const tabs = source.match(/\t/g)?.length ?? 0;
    if (tabs >= 2) {
      lines.push({ line, text: stripInline(source.replace(/<[^>]+>/g, ' ')).trim(), tabLed: false, emphasis: false, cells: splitTabRow(stripInline(source)) });
      return;
    }
    const parts = pieces.get(line) ?? [];
    const joined = parts.map((p) => p.text).join('');
    const emphasis = parts.length > 0 && parts.filter((p) => p.text.trim()).every((p) => p.emphasis);
    // "**II. …****1. …**": two headings glued together stay two lines.
    for (const piece of joined.split('****')) {
      lines.push({ line, text: piece.replace(/\s+$/u, '').trim(), tabLed: source.startsWith('\t'), emphasis });
    }
  });
  return lines;
}

const stripInline = (s: string) => s.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
