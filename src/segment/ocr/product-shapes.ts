// The shapes a product cell takes ("Sản phẩm/Kết quả"), found in OCR'd text and
// written back as printed. A shape is a key phrase read close together
// ("Báo cáo, trình") and, further on, a word that tells which one it is
// ("HĐND", "Thường vụ"): the columns beside are read on the same lines, so
// their words fall between.
import { fold } from '../../vietnamese/fold.js';
import { ocrTokens, sameWord } from './text.js';

interface Variant {
  /** Any of these words (or two-word phrases), within REACH of the key. */
  tells: string[];
  name: string;
}

interface Shape {
  key: string[];
  variants: Variant[];
  /** Written when no variant tells; null: the key alone is no product. */
  otherwise: string | null;
}

const words = (s: string) => s.split(' ');
const SHAPES: Shape[] = [
  // "- Báo cáo, trình Ban Thường vụ Tỉnh ủy;", "- Báo cáo, trình HĐND tỉnh."
  {
    key: words('bao cao trinh'),
    variants: [
      { tells: ['thuong vu', 'tinh uy', 'tinh ty', 'btv'], name: 'Báo cáo, trình Ban Thường vụ Tỉnh ủy' },
      { tells: words('hdnd hhnd'), name: 'Báo cáo, trình HĐND tỉnh' },
    ],
    otherwise: null,
  },
  // "Báo cáo kết quả thực hiện"
  { key: words('bao cao ket qua'), variants: [], otherwise: 'Báo cáo kết quả thực hiện' },
  // "Quyết định của UBND tỉnh", "… của Chủ tịch UBND tỉnh", "… của cơ quan có thẩm quyền"
  {
    key: words('quyet dinh cua'),
    variants: [
      { tells: words('chu'), name: 'Quyết định của Chủ tịch UBND tỉnh' },
      // "quan c¢6  tham | … quyén.": the "có" garbled, "quyền" a line below.
      { tells: ['co tham', 'tham quyen', 'quan co', 'tham'], name: 'Quyết định của cơ quan có thẩm quyền' },
      { tells: words('ubnd'), name: 'Quyết định của UBND tỉnh' },
    ],
    otherwise: null,
  },
  // "Quyết định phê duyệt Đề án"
  { key: words('quyet dinh phe'), variants: [], otherwise: 'Quyết định phê duyệt Đề án' },
  // "Nghị quyết của HĐND tỉnh"
  { key: words('nghi quyet'), variants: [{ tells: words('hdnd'), name: 'Nghị quyết của HĐND tỉnh' }], otherwise: null },
  // "Kế hoạch của UBND tỉnh"
  { key: words('ke hoach cua ubnd'), variants: [], otherwise: 'Kế hoạch của UBND tỉnh' },
  // "Đề án trình Chủ tịch UBND tỉnh"
  { key: words('de an trinh'), variants: [], otherwise: 'Đề án trình Chủ tịch UBND tỉnh' },
  // "Các văn bản đôn đốc, triển khai"
  { key: words('van ban don'), variants: [], otherwise: 'Các văn bản đôn đốc, triển khai' },
  // "Phương án"
  { key: words('phuong an'), variants: [], otherwise: 'Phương án' },
];

/** How far past the key the word that tells the variant may stand. */
const REACH = 25;

// Products printed as a list item of a single phrase: "- Đề án;", "- Dé an;", "- Hợp đồng."
// Inside running text ("Xây dựng Đề án nâng cao …") the same words are no product, so the item's
// dash and its closing mark are part of the shape.
const ITEMS: Array<{ pattern: RegExp; name: string }> = [
  { pattern: /(?:^|[|\s])[-–]\s*d[eé&]\s+[a4]n\s*[;.|]/u, name: 'Đề án' },
  { pattern: /(?:^|[|\s])[-–]\s*h[o0]p\s+d[o0]ng\s*[;.|]/u, name: 'Hợp đồng' },
];

/** Products named in the text, each once, in reading order. */
export function findProducts(text: string): string[] {
  const folded = fold(text);
  const items = ITEMS.flatMap((item) => {
    const m = folded.match(item.pattern);
    return m ? [{ at: m.index!, name: item.name }] : [];
  });
  return [...items.sort((a, b) => a.at - b.at).map((i) => i.name), ...findShapes(text)].filter((name, i, all) => all.indexOf(name) === i);
}

/** Each variant's telling words, split once: [first, second or null]. */
const TELLS = new Map<Variant, Array<[string, string | null]>>(
  SHAPES.flatMap((shape) =>
    shape.variants.map((variant): [Variant, Array<[string, string | null]>] => [variant, variant.tells.map(splitTell)]),
  ),
);
function splitTell(tell: string): [string, string | null] {
  const [first, second] = tell.split(' ');
  return [first!, second || null];
}

function findShapes(text: string): string[] {
  const tokens = ocrTokens(text);
  const used = new Uint8Array(tokens.length);
  const found: Array<{ at: number; name: string }> = [];
  for (const shape of SHAPES) {
    for (let start = 0; start < tokens.length; start++) {
      const key = matchKey(shape.key, tokens, start, used);
      if (!key) continue;
      for (const i of key) used[i] = 1;
      // The telling word may stand before the key's last word ("Quyết định / UBND tỉnh. / của", cell lines shuffled).
      const end = key[1]! + 1;
      let name = shape.otherwise;
      let best = Infinity;
      for (const variant of shape.variants) {
        const at = firstTelling(TELLS.get(variant)!, tokens, end, used);
        if (at >= 0 && at < best) {
          best = at;
          name = variant.name;
        }
      }
      if (best < Infinity) used[best] = 1;
      if (name && !found.some((f) => f.name === name)) found.push({ at: start, name });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/** The first token from `end` (within REACH, not used) where one of the variant's telling words stands; -1 if none. */
function firstTelling(tells: Array<[string, string | null]>, tokens: string[], end: number, used: Uint8Array): number {
  const stop = Math.min(tokens.length, end + REACH);
  for (let i = end; i < stop; i++) {
    if (used[i] === 1) continue;
    for (const [first, second] of tells)
      if (like(first, tokens[i]!) && (second === null || (i + 1 < tokens.length && like(second, tokens[i + 1]!)))) return i;
  }
  return -1;
}

/** The key's words one after another (one stray word allowed between; the last may come a few words on). */
function matchKey(key: string[], tokens: string[], start: number, used: Uint8Array): number[] | null {
  // The first word stands at the start: most starts end here, before any list is made.
  if (used[start] === 1 || !like(key[0]!, tokens[start]!)) return null;
  const hits: number[] = [start];
  let at = start + 1;
  for (let k = 1; k < key.length; k++) {
    const word = key[k]!;
    const limit = k === key.length - 1 && key.length > 2 ? at + 4 : at + 2;
    let hit = -1;
    for (let i = at; i < Math.min(tokens.length, limit); i++) {
      if (used[i] === 0 && like(word, tokens[i]!)) {
        hit = i;
        break;
      }
    }
    if (hit < 0) return null;
    hits.push(hit);
    at = hit + 1;
  }
  return hits;
}

/** The word as the OCR may print it: one slip, or a short word's middle letter ("bdo", "céo" for "báo", "cáo"). */
function like(word: string, token: string): boolean {
  if (sameWord(word, token)) return true;
  return word.length === 3 && token.length === 3 && word[0] === token[0] && word[2] === token[2];
}
