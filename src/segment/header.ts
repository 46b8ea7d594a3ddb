// The decision's header: number, place and date, issuing authority, title, signer.
import type { VFile } from 'vfile';
import type { Header } from '../tree/types.js';
import type { LayoutLine } from './layout.js';

export function readHeader(lines: LayoutLine[], _file: VFile): Header {
  return { type: 'header', number: null, date: null, place: null, authority: null, title: null, signer: null };
}
