// ALL-CAPS headings to the sentence case the documents use in running text:
// "ỦY BAN NHÂN DÂN TỈNH THANH HÓA" → "Ủy ban nhân dân tỉnh Thanh Hóa".
/** After these words comes a place name, which keeps its capitals. */
const PLACE_HEAD = /^(tỉnh|thành phố|huyện|thị xã|xã|phường)$/u;
const ACRONYM = /^(UBND|HĐND|CCHC|QĐ|NQ|CP|TTg|PAR|SIPAS|INDEX)$/u;

export function isAllCaps(text: string): boolean {
  return capsOf(text).allCaps;
}

/** How many letters a text has and whether none is lower case: what isAllCaps asks, kept per part so a growing text is not read again. */
export interface Caps {
  letters: number;
  upper: boolean;
  allCaps: boolean;
}

export function capsOf(text: string, before: Caps = { letters: 0, upper: true, allCaps: false }): Caps {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const count = before.letters + letters.length;
  const upper = before.upper && letters === letters.toUpperCase();
  return { letters: count, upper, allCaps: count > 2 && upper };
}

export function sentenceCase(text: string): string {
  if (!isAllCaps(text)) return text;
  const words = text.split(/\s+/u).filter(Boolean);
  let placeFrom = Infinity;
  const out = words.map((word, i) => {
    if (ACRONYM.test(word)) return word;
    const lower = word.toLocaleLowerCase('vi');
    if (i === 0 || i > placeFrom) return capitalize(lower);
    if (PLACE_HEAD.test(lower) && i + 1 < words.length) placeFrom = i;
    return lower;
  });
  // "Ủy ban nhân dân" is a name and keeps its capital wherever it stands.
  return out.join(' ').replace(/ủy ban nhân dân/u, 'Ủy ban nhân dân');
}

/** A decision's title: sentence case, "Kế hoạch" capitalised as the documents write it. */
export function titleCase(text: string): string {
  return sentenceCase(text).replace(/^(Ban hành) kế hoạch/u, '$1 Kế hoạch');
}

const capitalize = (s: string) => (s ? s[0]!.toLocaleUpperCase('vi') + s.slice(1) : s);
