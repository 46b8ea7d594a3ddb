// Cooperating agencies named in a task's own words (LAYOUTS.md §7, §10):
//   "Chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ xây dựng …" → Sở Tài chính, Sở Nội vụ
//   "Phối hợp với các cơ quan liên quan tổ chức …"            → các cơ quan liên quan
//   "… chủ trì, phối hợp với Y"                                → Y
import { startsWithHead } from '../../knowledge/agencies/index.js';

const WITH = /(?:^|chủ trì,?\s*|chủ động\s+)phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+/iu;
// Where the list of cooperating agencies ends: the duty's verb, or the clause's end.
const LIST_END =
  /\s(?:trong việc|trong|để|tổ chức|triển khai|xây dựng|thực hiện|tham mưu|hướng dẫn|rà soát|nghiên cứu|kiểm tra|theo dõi|đánh giá|tuyên truyền|báo cáo|đề xuất|hoàn thiện|ban hành|trình|lập|tổng hợp|giải quyết|thẩm định|chỉ đạo|quản lý|cập nhật|đôn đốc|xử lý|bố trí|cung cấp)\s|[:;.(]|$/u;

export function cooperatingIn(text: string): string[] {
  const match = text.match(WITH);
  if (!match || match.index === undefined || match.index > 40) return [];
  const rest = text.slice(match.index + match[0].length);
  const end = rest.search(LIST_END);
  const list = (end < 0 ? rest : rest.slice(0, end)).replace(/[\s,]+$/u, '');
  return startsWithHead(list) ? [list] : [];
}

// The cue where a clause starts ("…; phối hợp với …", "Chủ trì, phối hợp …", "… tích cực phối hợp với …"),
// then what it names: an agency head, or the words plans name partners by.
const CLAUSE_CUE =
  /(?:^|[.;:]\s+|chủ trì,?\s+|chủ động\s+|tích cực\s+)(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|cùng với)\s+(?<partner>\p{L}+(?:\s+\p{L}+)?)/giu;
const PARTNER = /^(?:các|với|chính quyền|lực lượng|cơ quan|đơn vị|chủ đầu tư|sở|ban|ngành|ubnd|ủy ban)(?!\p{L})/iu;

/**
 * The text names a partner after a cooperation cue at a clause's start, whether or not `cooperatingIn`
 * took it (that keeps only a cue near the text's start followed by an agency head): a cooperating list
 * the sentence holds. "Phối hợp hướng dẫn …" (a verb after the cue) names none.
 */
export function namesCooperation(text: string): boolean {
  for (const match of text.matchAll(CLAUSE_CUE)) {
    const partner = match.groups!.partner!;
    if (startsWithHead(partner) || PARTNER.test(partner)) return true;
  }
  return false;
}
