// Layout-preserving rewrites of a plan's text, as real archives print the same structure
// (LAYOUTS.md §0): other line ends, spaces and list markers, other wrapping, headings in or out of
// capitals, blank lines, page numbers left in the text, Arabic section numbers. Each kind is one
// rewrite alone and deterministic (the same text gives the same copy). The task texts, agencies and
// deadlines keep their words, so gold scored by text (../shared/tools/score.mjs) still holds.
// Bench input only (npm run bench layouts with CCHC_LAYOUTS_PERTURB=<kind>|all), never product code.

type Rewrite = (text: string) => string;

const lines = (text: string) => text.split('\n');
const eachLine = (text: string, f: (line: string, index: number, all: string[]) => string) => lines(text).map(f).join('\n');

// List markers at a line's start, with what follows them.
const NUMBERED = /^(\s*)(\d{1,2}(?:\.\d{1,2}){0,3})\.(?=\s|$)/u; // "1.", "2.1." (not "2.1" alone: a table's ordinal)
const LETTERED = /^(\s*)([a-zđ])\)(?=\s|$)/u; // "a)"
const DASHED = /^(\s*)-(?=\s+\S)/u; // "- text" (not a "-----" rule)
const ROMAN = /^(\s*)([IVX]{1,5})\.(?=\s|$)/u; // "II.", "II. NỘI DUNG"
const MARKER_THEN_SPACE = /^(\s*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.|[a-zđ]\)|[-+]))\s+(?=\S)/u;

/** Every `every`-th space between words (counted over the text) becomes `by`; a marker's space too. */
function respace(by: string, every: number): Rewrite {
  return (text) => {
    let n = 0;
    return eachLine(text, (line) =>
      line.replace(MARKER_THEN_SPACE, `$1${by}`).replace(/(?<=\S) (?=\S)/gu, (space) => (++n % every === 0 ? by : space)),
    );
  };
}

/** A list marker printed in another style, the rest of the line kept. */
function remark(pattern: RegExp, to: (marker: string) => string): Rewrite {
  return (text) => eachLine(text, (line) => line.replace(pattern, (_, indent: string, marker: string) => `${indent}${to(marker)}`));
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
function romanValue(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = ROMAN_VALUES[roman[i]!]!,
      next = ROMAN_VALUES[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const APPENDIX = /^\s*PH[ỤU] L[ỤU]C\b/iu;
const isCaps = (s: string) => /\p{Lu}/u.test(s) && s === s.toLocaleUpperCase('vi');
const opensItem = (s: string) => /^\s*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.?(?:\s|$)|[a-zđ][.)/]|[-–+•*]\s|Điều\s+\d)/u.test(s);

/** Roman section headings before the first appendix: in capitals ↔ in sentence case, with their wrapped capital lines. */
const headingCase: Rewrite = (text) => {
  const all = lines(text);
  const end = all.findIndex((l) => APPENDIX.test(l));
  let inHeading = false;
  return all
    .map((line, i) => {
      if (end >= 0 && i >= end) return line;
      const m = line.match(/^(\s*[IVX]{1,5}\.\s+)(.+)$/u);
      if (m) {
        inHeading = isCaps(m[2]!);
        if (!inHeading) return m[1]! + m[2]!.toLocaleUpperCase('vi');
        const body = m[2]!.toLocaleLowerCase('vi');
        return m[1]! + body.charAt(0).toLocaleUpperCase('vi') + body.slice(1);
      }
      if (inHeading && line.trim() && isCaps(line) && !opensItem(line)) return line.toLocaleLowerCase('vi');
      inHeading = false;
      return line;
    })
    .join('\n');
};

/** Numbered headings ("1. Sở Nội vụ:", "2.1. Cải cách thể chế"; short, no sentence, with their wrapped lines) in capitals. */
const subheadingsUpper: Rewrite = (text) => {
  const all = lines(text);
  for (let i = 0; i < all.length; i++) {
    const m = all[i]!.match(/^(\s*\d{1,2}(?:\.\d{1,2}){0,3}\.\s+)(.+)$/u);
    if (!m) continue;
    // The heading's wrapped lines: up to a blank line or the next marker.
    let end = i + 1;
    while (end < all.length && all[end]!.trim() && !opensItem(all[end]!) && end - i < 3) end++;
    const heading = [m[2]!, ...all.slice(i + 1, end)].join(' ').trim();
    if (/[.;]$/u.test(heading) || heading.split(/\s+/u).length > 12) continue;
    all[i] = m[1]! + m[2]!.toLocaleUpperCase('vi');
    for (let k = i + 1; k < end; k++) all[k] = all[k]!.toLocaleUpperCase('vi');
    i = end - 1;
  }
  return all.join('\n');
};

/** A paragraph's wrapped lines joined into one long line: a line going on in lower case after one with no sentence end. */
const unwrapLines: Rewrite = (text) => {
  const out: string[] = [];
  for (const line of lines(text)) {
    const previous = out.at(-1);
    if (previous?.trim() && /^\s*\p{Ll}/u.test(line) && !opensItem(line) && !/[.;:!?]\s*$/u.test(previous) && !previous.includes('|'))
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
};

/** Paragraphs unwrapped (below), then broken at spaces at 60 to 80 columns (varying per paragraph), as web exports do. */
const rewrap: Rewrite = (text) =>
  eachLine(unwrapLines(text), (line, index) => {
    const width = 60 + ((index * 7) % 21);
    if (line.length <= width || line.includes('|') || line.includes('\t')) return line;
    const out: string[] = [];
    let rest = line;
    while (rest.length > width) {
      const cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
    return out.join('\n');
  });

/** A page number left in the text every 40 lines, wherever the page broke (mid-paragraph, mid-table). */
function pageNumbers(label: (page: number) => string): Rewrite {
  return (text) => {
    const out: string[] = [];
    let page = 1;
    lines(text).forEach((line, i) => {
      out.push(line);
      if (i % 40 === 39) out.push('', label(++page), '');
    });
    return out.join('\n');
  };
}

/** Roman section numbers before the first appendix printed in Arabic ("II. NỘI DUNG" → "2. NỘI DUNG"). */
const arabicSections: Rewrite = (text) => {
  const all = lines(text);
  const end = all.findIndex((l) => APPENDIX.test(l));
  return all
    .map((line, i) => (end >= 0 && i >= end ? line : line.replace(ROMAN, (_, indent: string, r: string) => `${indent}${romanValue(r)}.`)))
    .join('\n');
};

export const PERTURBATIONS: Record<string, Rewrite> = {
  crlf: (text) => text.replace(/\r?\n/gu, '\r\n'),
  nbsp: respace('\u00a0', 4),
  'double-spaces': respace('  ', 3),
  tabs: (text) => eachLine(text, (line) => line.replace(MARKER_THEN_SPACE, '$1\t')),
  indent: (text) => eachLine(text, (line) => (opensItem(line) ? `    ${line}` : line)),
  'num-paren': remark(NUMBERED, (m) => `${m})`),
  'num-slash': remark(NUMBERED, (m) => `${m}/`),
  'letter-slash': remark(LETTERED, (m) => `${m}/`),
  'letter-dot': remark(LETTERED, (m) => `${m}.`),
  'dash-plus': (text) =>
    eachLine(text, (line) => line.replace(/^(\s*)([-+])(?=\s+\S)/u, (_, i: string, m: string) => `${i}${m === '-' ? '+' : '-'}`)),
  'dash-bullet': remark(DASHED, () => '•'),
  'dash-endash': remark(DASHED, () => '–'),
  'dash-star': remark(DASHED, () => '*'),
  rewrap,
  unwrap: unwrapLines,
  'heading-case': headingCase,
  'subheadings-upper': subheadingsUpper,
  'blank-extra': (text) => eachLine(text, (line) => (line.trim() ? `${line}\n` : line)),
  'blank-none': (text) =>
    lines(text)
      .filter((l) => l.trim())
      .join('\n'),
  'page-trang': pageNumbers((page) => `Trang ${page}`),
  'page-number': pageNumbers((page) => String(page)),
  'arabic-sections': arabicSections,
};

/** The kinds named by CCHC_LAYOUTS_PERTURB ("all", or kinds separated by commas). */
export function perturbationKinds(setting: string): string[] {
  if (setting === 'all') return Object.keys(PERTURBATIONS);
  const kinds = setting.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !PERTURBATIONS[k]);
  if (unknown.length) throw new Error(`unknown perturbation ${unknown.join(', ')}; known: ${Object.keys(PERTURBATIONS).join(', ')}`);
  return kinds;
}
