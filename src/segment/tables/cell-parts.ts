// Cells that hold several labelled parts:
//   "a) Thời hạn hoàn thành: Trước tháng 6 năm 2013. b) Kết quả: Quyết định …"  → deadline + products
//   "a) Cơ quan chủ trì: Sở TT&TT. b) Cơ quan thực hiện: Sở TT&TT; các Sở …"    → lead + cooperating
//   "Cơ quan thực hiện: Sở Nội vụ; Văn phòng UBND tỉnh"                          → lead
import { fold } from '../../vietnamese/fold.js';

// "a) Thời gian thực hiện:", "a) Thời hạn hoàn thành:", "Thời gian thực hiên:" (typo in the source)
const DEADLINE_LABEL = /^(?:[a-z]\)?\s*)?thoi (?:gian|han)[^:]{0,25}:\s*/u;
// "b) Kết quả:", "b Kết quả:"
const RESULT_LABEL = /^(?:[a-z]\)?\s*)?ket qua[^:]{0,20}:\s*/u;
// "a) Cơ quan chủ trì:"
const LEAD_LABEL = /^(?:[a-z]\)?\s*)?(?:co quan|don vi) chu tri\s*:\s*/u;
// "b) Cơ quan thực hiện:", "Cơ quan thực hiện tự đánh giá:"
const DOER_LABEL = /^(?:[a-z]\)?\s*)?(?:co quan|don vi) (?:thuc hien|phoi hop)[^:]{0,20}:\s*/u;

export interface DeadlineAndResults {
  deadline: string[];
  products: string[];
}

/** Split a mixed "thời hạn, kết quả" cell; a cell without labels is all deadline. */
export function splitDeadlineCell(items: string[]): DeadlineAndResults {
  const out: DeadlineAndResults = { deadline: [], products: [] };
  let target: string[] | null = null;
  for (const item of items) {
    const folded = fold(item);
    const deadline = folded.match(DEADLINE_LABEL);
    const result = folded.match(RESULT_LABEL);
    if (deadline) {
      target = out.deadline;
      push(target, item.slice(deadline[0].length));
    } else if (result) {
      target = out.products;
      push(target, item.slice(result[0].length));
    } else {
      push(target ?? out.deadline, item);
    }
  }
  out.deadline = out.deadline.map((s) => s.replace(/[.;]+$/u, '').trim()).filter(Boolean);
  out.products = out.products
    .flatMap((s) => s.split(/;\s*(?=\p{L})/u))
    .map((s) => s.replace(/^[-–•+]\s*/u, '').trim())
    .filter(Boolean);
  return out;
}

export interface LeadAndOthers {
  lead: string[];
  cooperating: string[];
}

/** Split an agency cell that names the lead and the others with labels. */
export function splitAgencyCell(items: string[]): LeadAndOthers {
  const out: LeadAndOthers = { lead: [], cooperating: [] };
  const labelled = items.some((item) => LEAD_LABEL.test(fold(item)));
  let target = out.lead;
  for (const item of items) {
    const folded = fold(item);
    const lead = folded.match(LEAD_LABEL);
    const doer = folded.match(DOER_LABEL);
    if (lead) {
      target = out.lead;
      push(target, item.slice(lead[0].length));
    } else if (doer) {
      // With a "chủ trì" label beside it, "thực hiện" names the others; alone, it is the lead.
      target = labelled ? out.cooperating : out.lead;
      push(target, item.slice(doer[0].length));
    } else {
      push(target, item);
    }
  }
  return out;
}

function push(list: string[], text: string) {
  const trimmed = text.trim();
  if (trimmed) list.push(trimmed);
}
