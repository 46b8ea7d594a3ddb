// iconv-lite, loaded on first use: most inputs are UTF-8 and never need it, so a
// UTF-8 input never loads it. Also Windows-1252's fixed table, which
// the mis-decoding repair and the VNI reader need without decoding anything.
import { createRequire } from 'node:module';

type IconvLite = typeof import('iconv-lite');
let lib: IconvLite | undefined;

export function iconv(): IconvLite {
  lib ??= createRequire(import.meta.url)('iconv-lite') as IconvLite;
  return lib;
}

/** Windows-1252 bytes 0x80–0x9F as characters (U+FFFD for the five it leaves undefined); 0xA0–0xFF are Latin-1. */
export const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

/** Windows-1252's character for a byte ≥ 0x80. */
export function cp1252Char(byte: number): string {
  return byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
}
