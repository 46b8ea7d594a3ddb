// Which documents are plans at all (issue 15). A plan, or a decision or resolution that issues or
// approves one, yields tasks; a law, decree, circular or any other legal normative text does not:
// its "Điều 40. Trách nhiệm của Bộ X" articles state duties, they assign no tasks.
//   plan       its own type code is KH ("141/KH-UBND", "14-KH/TU"); a plan's title stands in it
//              ("KẾ HOẠCH" / "CHƯƠNG TRÌNH" / "ĐỀ ÁN" in capitals, found by segment); or its title
//              or first article issues or approves one ("Ban hành kèm theo Quyết định này Kế hoạch …")
//   normative  the type heading says so (LUẬT, NGHỊ ĐỊNH, THÔNG TƯ …) or the type code does
//              (NĐ-CP, TT-…, VBHN-…, a law's QH15): never a plan;
//              a number that carries its year ("12/2024/QĐ-TTg", "55/2025/NQ-HĐND", the mark of a
//              legal normative text) or an article "Phạm vi điều chỉnh": normative unless it issues a plan
//   other      any other administrative text (a decision, directive, notice): read as before
import type { Genre } from '../tree/types.js';
import type { LayoutLine } from '../read/layout-line.js';
import { fold } from '../vietnamese/fold.js';
import { isAllCaps } from './casing.js';

export interface GenreEvidence {
  lines: LayoutLine[];
  /** The document's number as the header read it ("12/2024/QĐ-TTg"). */
  number: string | null;
  /** The header's title ("Ban hành Kế hoạch …"). */
  title: string | null;
  /** The line of the plan title segment found in capitals, if any. */
  planTitleLine: number | null;
}

// "141/KH-UBND", "14-KH/TU", "07/KH-BCĐ".
const PLAN_CODE = /(?:^|\/)KH-|^\d+[a-z]?-KH\//iu;
// A legal normative text's own type code: a decree, a circular (joint or not), a consolidated text, a law.
const NORMATIVE_CODE = /\/(?:N[ĐÐD]|TT|TTLT|VBHN)-|\/QH\d{0,2}$/u;
// A number that carries its year: "12/2024/QĐ-TTg", "27/2023/QH15".
const YEAR_IN_NUMBER = /^\d+[a-z]?\/(?:19|20)\d\d\//iu;
// The document's type heading: the first of these in capitals at the top, alone or before its title
// ("LUẬT NHÀ Ở"). Only the first counts: a plan's wrapped title may well start "LUẬT ĐẤT ĐAI …".
const TYPE_HEADING =
  /^(?:quyet dinh|ke hoach|nghi quyet|chi thi|chuong trinh|de an|bao cao|thong bao|cong dien|huong dan|quy che|quy dinh|luat|bo luat|phap lenh|hien phap|nghi dinh|thong tu|van ban hop nhat)(?:\s|$)/u;
// The type headings of legal normative texts.
const NORMATIVE_HEADING = /^(?:luat|bo luat|phap lenh|hien phap|nghi dinh|thong tu|van ban hop nhat)(?:\s|$)/u;
// "Điều 1. Phạm vi điều chỉnh" — the first article every legal normative text opens with.
const SCOPE_ARTICLE = /^dieu\s+[\d.a-z]+\s*[.:]?\s*pham vi dieu chinh\b/u;
// A title or first article that issues or approves a plan: "Ban hành Kế hoạch …", "Phê duyệt Đề án …",
// "Ban hành kèm theo Quyết định này Chương trình hành động …".
const ISSUES_PLAN = /\b(?:ban hanh|phe duyet)\b(?: kem theo (?:quyet dinh|nghi quyet) nay)?\s+(?:ke hoach|chuong trinh|de an)\b/u;
const FIRST_ARTICLE = /^dieu\s+1\s*[.:]/u;
const TOP_LINES = 40;

export function documentGenre(evidence: GenreEvidence): Genre {
  const { lines, number, title, planTitleLine } = evidence;
  const top = lines.filter((l) => l.text.trim()).slice(0, TOP_LINES);
  const heading = top.find((l) => isAllCaps(l.text) && TYPE_HEADING.test(fold(l.text.trim())));
  if (heading && NORMATIVE_HEADING.test(fold(heading.text.trim())))
    return { kind: 'normative', cue: `type heading ${heading.text.trim().split(/\s+/u).slice(0, 3).join(' ')}`, line: heading.line };
  if (number && NORMATIVE_CODE.test(number)) return { kind: 'normative', cue: `type code of ${number}`, line: null };

  if (number && PLAN_CODE.test(number)) return { kind: 'plan', cue: `type code of ${number}`, line: null };
  if (planTitleLine !== null) return { kind: 'plan', cue: 'a plan title in capitals', line: planTitleLine };
  if (title && ISSUES_PLAN.test(fold(title))) return { kind: 'plan', cue: 'its title issues a plan', line: null };
  const first = lines.find((l) => FIRST_ARTICLE.test(fold(l.text.trim())));
  if (first && ISSUES_PLAN.test(fold(first.text))) return { kind: 'plan', cue: 'its first article issues a plan', line: first.line };

  if (number && YEAR_IN_NUMBER.test(number)) return { kind: 'normative', cue: `the year in its number ${number}`, line: null };
  const scope = lines.find((l) => SCOPE_ARTICLE.test(fold(l.text.trim())));
  if (scope) return { kind: 'normative', cue: 'an article "Phạm vi điều chỉnh"', line: scope.line };
  return { kind: 'other', cue: 'no cue of a plan or of a legal normative text', line: null };
}
