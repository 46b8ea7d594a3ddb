// The agencies an OCR'd table cell may name, taken from the project's gazetteer
// (src/extract/agencies/gazetteer.ts, the one source of agency facts): each
// entry's name and those aliases that are spelled out (an OCR'd "SKHĐT" or
// "Sở TT&TT" cannot be matched word by word), with "Ủy ban nhân dân" also as
// the "UBND" the tables print. Collective names (`group`) are `generic`: they
// are cooperating far more often than lead.
import { GAZETTEER, type GazetteerEntry } from '../../knowledge/agencies/index.js';
import { lazy } from '../../lazy.js';

export interface AgencyName {
  /** The form matched and written back ("Văn phòng UBND tỉnh"). */
  name: string;
  /** The gazetteer entry it names: two forms of one entry are one agency. */
  id: string;
  generic?: boolean;
}

// Bodies that product cells name as the one a result goes to ("Báo cáo, trình Ban Thường vụ
// Tỉnh ủy", "Quyết định của UBND tỉnh", "trình HĐND tỉnh"): read as agencies, every such
// product would add a lead or a cooperating agency the row does not have.
const ADDRESSEES = new Set(['ubnd-tinh', 'chu-tich-ubnd-tinh', 'hdnd-tinh', 'tinh-uy', 'ban-thuong-vu-tinh-uy']);
// A provincial plan's table assigns its tasks to provincial and local bodies; a ministry ("Bộ Nội
// vụ") is named only in the documents a cell cites, and its words, read fuzzily, would take a
// department's ("S6 Noi vu" without its "Sở" is as near "Bộ Nội vụ").
const inTables = (entry: GazetteerEntry) => entry.level !== 'trung-uong' && !ADDRESSEES.has(entry.id);

// What the OCR'd tables print that the gazetteer does not spell this way (OCR-only knowledge):
// - seed 000 (2022) prints the two bodies then under Sở Nội vụ with it in brackets; without
//   these forms the bracket would read as a second agency, Sở Nội vụ.
// - seed 000 shortens "Phát triển nông thôn" in a department's name, and that short form is
//   what the OCR read whole ("S6 Nong nghiép va PTNT").
// - seed 004 (an office's own plan) names its divisions; the gazetteer has no entry for them.
const OCR_FORMS: AgencyName[] = [
  { name: 'Ban Thi đua - Khen thưởng (Sở Nội vụ)', id: 'ban-thi-dua-khen-thuong' },
  { name: 'Chi cục Văn thư - Lưu trữ (Sở Nội vụ)', id: 'chi-cuc-van-thu-luu-tru' },
  { name: 'Sở Nông nghiệp và PTNT', id: 'so-nong-nghiep-phat-trien-nong-thon' },
  { name: 'Phòng Hành chính – Tổ chức', id: 'ocr:phong-hanh-chinh-to-chuc' },
];

/** "Sở TT&TT", "Đài PT-TH", "TTg": a word with two capitals (other than UBND, HĐND) is an abbreviation. */
const ABBREVIATED = /(?:^|[\s,(-])(?!UBND\b|HĐND\b)[\p{L}]*\p{Lu}[\p{L}]*\p{Lu}|&/u;

function spelledOut(entry: GazetteerEntry): string[] {
  const printed = (form: string) => form.replace(/Ủy ban nhân dân/gu, 'UBND').replace(/Hội đồng nhân dân/gu, 'HĐND');
  const name = words(printed(entry.name).replace(/\([^)]*\)/gu, ' '));
  // The matcher already forgives a word missing or extra, so an alias that only drops or adds
  // words ("Cơ quan liên quan", "Các cơ quan có liên quan") would compete with the name on the
  // OCR's noise, not on what the cell says; those are left out. A collective name without its
  // tail ("Các sở, ban, ngành" for "… cấp tỉnh") stays: that is how the tables print it.
  const aliases = entry.aliases.filter((alias) => {
    const own = words(printed(alias));
    const head = !!entry.group && own.every((word, i) => word === name[i]);
    return head || !(isSubsequence(own, name) || isSubsequence(name, own));
  });
  // A bracket in the gazetteer's name says where the body sits ("(Văn phòng UBND tỉnh)"); the
  // tables print the name without it.
  const forms = [entry.name.replace(/\s*\([^)]*\)/gu, ''), ...aliases].filter((form) => !ABBREVIATED.test(form));
  return [...new Set(forms.flatMap((form) => [printed(form), form]))];
}

const words = (form: string) =>
  form
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
function isSubsequence(short: string[], long: string[]): boolean {
  let at = 0;
  for (const word of long) if (word === short[at]) at++;
  return at === short.length;
}

/** Every name an OCR'd table cell may print, the gazetteer's then the OCR-only forms. */
export const agencyNames = lazy((): AgencyName[] => [
  ...GAZETTEER.filter(inTables).flatMap((entry) =>
    spelledOut(entry).map((name) => ({ name, id: entry.id, ...(entry.group ? { generic: true } : {}) })),
  ),
  ...OCR_FORMS,
]);
