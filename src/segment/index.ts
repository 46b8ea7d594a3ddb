// segment: layout lines → the document tree (see src/tree/types.ts).
import type { VFile } from 'vfile';
import type { Root } from '../tree/types.js';
import type { LayoutLine } from './layout.js';
import { readHeader } from './header.js';

export function segment(lines: LayoutLine[], file: VFile): Root {
  const header = readHeader(lines, file);
  return { type: 'root', children: [header] };
}

export type { LayoutLine } from './layout.js';
export { textLayout } from './text-layout.js';
export { markdownLayout } from './markdown-layout.js';
