// VNI-Windows: Vietnamese typed in Windows-1252 bytes shown through VNI fonts.
// Most accented letters are TWO bytes — the base ASCII letter, then a mark
// byte (a + ù = á, a + â = â, a + á = ấ) — so they are decoded as pairs, never
// one byte at a time. A few letters are single bytes (ô = ơ, ö = ư, ñ = đ, the
// accented i's, î = ỵ). Table facts: the VNI-Windows layout.
import { cp1252Char, iconv } from '../iconv.js';

// Tones in VNI order: none, sắc, huyền, hỏi, ngã, nặng.
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

// Upper-case VNI spellings of each base letter with its six tones.
//   "AÂ" = Â, "AÁ" = Ấ … ; lower case is the same with lower-case bytes.
const UPPER: Array<[string, string[]]> = [
  ['A', ['A', 'AÙ', 'AØ', 'AÛ', 'AÕ', 'AÏ']],
  ['Â', ['AÂ', 'AÁ', 'AÀ', 'AÅ', 'AÃ', 'AÄ']],
  ['Ă', ['AÊ', 'AÉ', 'AÈ', 'AÚ', 'AÜ', 'AË']],
  ['E', ['E', 'EÙ', 'EØ', 'EÛ', 'EÕ', 'EÏ']],
  ['Ê', ['EÂ', 'EÁ', 'EÀ', 'EÅ', 'EÃ', 'EÄ']],
  ['O', ['O', 'OÙ', 'OØ', 'OÛ', 'OÕ', 'OÏ']],
  ['Ô', ['OÂ', 'OÁ', 'OÀ', 'OÅ', 'OÃ', 'OÄ']],
  ['Ơ', ['Ô', 'ÔÙ', 'ÔØ', 'ÔÛ', 'ÔÕ', 'ÔÏ']],
  ['U', ['U', 'UÙ', 'UØ', 'UÛ', 'UÕ', 'UÏ']],
  ['Ư', ['Ö', 'ÖÙ', 'ÖØ', 'ÖÛ', 'ÖÕ', 'ÖÏ']],
  ['I', ['I', 'Í', 'Ì', 'Æ', 'Ó', 'Ò']],
  ['Y', ['Y', 'YÙ', 'YØ', 'YÛ', 'YÕ', 'Î']],
];

interface VniTables {
  /** VNI spelling → Unicode letter, and back. */
  toUnicode: Map<string, string>;
  toVni: Map<string, string>;
  /** Every spelling, longest first, so "aù" wins over "a". */
  spelling: RegExp;
}

let built: VniTables | undefined;

/**
 * The tables, built on first use (a sort and an escape per spelling): most input is UTF-8, and a
 * document that is not VNI never builds them.
 */
function tables(): VniTables {
  if (built) return built;
  const toUnicode = new Map<string, string>([
    ['Ñ', 'Đ'],
    ['ñ', 'đ'],
  ]);
  const toVni = new Map<string, string>([
    ['Đ', 'Ñ'],
    ['đ', 'ñ'],
  ]);
  for (const [base, spellings] of UPPER) {
    spellings.forEach((upper, tone) => {
      const letter = (base + TONES[tone]).normalize('NFC');
      const lower = upper.toLowerCase();
      if (upper.length === 1 && upper === base) return; // plain ASCII letter
      toUnicode.set(upper, letter);
      toUnicode.set(lower, letter.toLowerCase());
      // Mixed case ("Aù"): the base letter decides.
      if (upper.length === 2) toUnicode.set(upper.charAt(0) + lower.charAt(1), letter);
      toVni.set(letter, upper);
      toVni.set(letter.toLowerCase(), lower);
    });
  }
  const spelling = new RegExp(
    [...toUnicode.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  return (built = { toUnicode, toVni, spelling });
}

export function decodeVni(bytes: Uint8Array): string {
  const { toUnicode, spelling } = tables();
  const chars = iconv().decode(Buffer.from(bytes), 'windows-1252');
  return chars.replace(spelling, (found) => toUnicode.get(found)!).normalize('NFC');
}

export function encodeVni(text: string): Buffer {
  const { toVni } = tables();
  const spelled = [...text.normalize('NFC')].map((c) => toVni.get(c) ?? c).join('');
  return iconv().encode(spelled, 'windows-1252');
}

/** Share of the high bytes that are the mark of a base + mark pair (in real VNI text, nearly all of them). */
export function vniPairShare(bytes: Uint8Array): number {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (i > 0 && tables().toUnicode.has(String.fromCharCode(bytes[i - 1]!) + cp1252Char(b))) paired++;
  }
  return high ? paired / high : 0;
}
