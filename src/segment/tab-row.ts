// A table row written as tab-separated cells on one line; a cell may hold HTML
// (<ul><li>, <p>, <b>) which is read with rehype-parse so list items stay apart.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { splitDashItems } from '../read/cell-items.js';

const htmlParser = unified().use(rehypeParse, { fragment: true });

export function splitTabRow(line: string): string[][] {
  return line.split('\t').map((cell) => cellItems(cell));
}

/**
 * Beyond these a cell's HTML is read as text, its tags dropped: rehype's tree is as deep as the
 * nesting (its stack overflows at a few thousand) and the reading of it costs more than linear.
 */
const MAX_HTML_DEPTH = 64;
const MAX_HTML_CELL = 256 * 1024;
const TAG = /<(?<close>\/?)(?<name>[a-zA-Z][\w-]*)[^<>]*?(?<self>\/?)>/gu;
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr', 'area', 'base', 'source']);

/** Why a cell's HTML is read as plain text, or null when it is read as HTML. */
export function cellOverLimit(cell: string): string | null {
  if (!/[<&]/u.test(cell)) return null;
  if (cell.length > MAX_HTML_CELL) return `a table cell of ${cell.length} characters (at most ${MAX_HTML_CELL} are read as HTML)`;
  let depth = 0;
  let deepest = 0;
  for (const tag of cell.matchAll(TAG)) {
    const { close, name, self } = tag.groups!;
    if (self || VOID_TAGS.has(name!.toLowerCase())) continue;
    if (close) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest > MAX_HTML_DEPTH ? `HTML nested ${deepest} deep in a table cell (at most ${MAX_HTML_DEPTH} are read as HTML)` : null;
}

/** The first limit any cell of a tab-separated row passes. */
export const tabRowOverLimit = (line: string): string | undefined =>
  line
    .split('\t')
    .map(cellOverLimit)
    .find((r) => r !== null) ?? undefined;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** A cell past the limits: its text without tags, the common entities read. */
const tagsDropped = (html: string) =>
  html.replace(/<[^<>]*>/gu, ' ').replace(/&(amp|lt|gt|quot|apos|nbsp);/gu, (_, name: string) => ENTITIES[name]!);

/** The items of one cell: list items and paragraphs apart, "- " bullets split. */
export function cellItems(cell: string): string[] {
  const trimmed = cell.trim();
  if (!trimmed) return [];
  if (!/[<&]/.test(trimmed)) return splitDashItems(trimmed);
  if (SIMPLE_HTML.test(trimmed)) return simpleCellItems(trimmed);
  if (cellOverLimit(trimmed)) return splitDashItems(clean(tagsDropped(trimmed)));
  const tree = htmlParser.parse(trimmed) as HastRoot;
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) blocks.push(...splitDashItems(clean(inline)));
    inline = '';
  };
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element' && isBlock(node)) {
        flush();
        if (node.children.some((c) => c.type === 'element' && isBlock(c))) walk(node.children as RootContent[]);
        else {
          const text = clean(toText(node, { whitespace: 'normal' }));
          if (text) blocks.push(...splitDashItems(text));
        }
      } else if (node.type === 'element' && node.tagName === 'br') {
        flush();
      } else if (node.type === 'element') {
        inline += toText(node, { whitespace: 'normal' });
      } else if (node.type === 'text') {
        inline += node.value;
      }
    }
  };
  walk(tree.children);
  flush();
  return blocks;
}

// Most exported cells use only these tags and no entities; they are split
// without building a tree.
// Anything else — entities, tables, unknown or odd tags — goes through rehype-parse.
const SIMPLE_HTML = /^(?:[^<&]|<\/?(?:ul|ol|li|p|b|strong|i|em|span)(?:\s[^<>]*)?>|<br\s*\/?>)*$/iu;
const SIMPLE_BLOCK_TAG = /<\/?(?:ul|ol|li|p)(?:\s[^<>]*)?>|<br\s*\/?>/giu;
const SIMPLE_INLINE_TAG = /<\/?(?:b|strong|i|em|span)(?:\s[^<>]*)?>/giu;

function simpleCellItems(html: string): string[] {
  return html.replace(SIMPLE_INLINE_TAG, '').split(SIMPLE_BLOCK_TAG).map(clean).filter(Boolean).flatMap(splitDashItems);
}

const BLOCK = new Set(['p', 'li', 'ul', 'ol', 'div', 'table', 'tr', 'td', 'th']);
const isBlock = (node: Element) => BLOCK.has(node.tagName);
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
