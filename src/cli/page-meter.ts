// `cchc parse` on a scan: which page OCR is at, on one line of the terminal that is rewritten in
// place and wiped when the file is done, so that what stays on the screen is what stays in a log.
// Off a terminal nothing is written: standard error then carries diagnostics alone.
import { forTerminal } from './io.js';

export interface PageMeter {
  /** Told each page of `file`'s OCR. */
  onPage(file: string): (done: number, total: number, cached: boolean) => void;
  /** The file is done (or failed): the line is wiped. */
  clear(): void;
}

/** Carriage return, then erase to the end of the line (ANSI). */
const REWRITE = '\r\x1b[K';

export function pageMeter(write: (text: string) => void, onTerminal: boolean): PageMeter {
  let shown = false;
  return {
    onPage: (file) => (done, total, cached) => {
      if (!onTerminal) return;
      write(`${REWRITE}${forTerminal(file)}: OCR page ${done}/${total}${cached ? ' (from the OCR cache)' : ''}`);
      shown = true;
    },
    clear() {
      if (shown) write(REWRITE);
      shown = false;
    },
  };
}
