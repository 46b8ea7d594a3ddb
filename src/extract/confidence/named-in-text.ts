// A field the reader left empty that the task's own text names: the sentence opens on its agency as
// the subject ("Bộ Y tế, Bộ Tài chính rà soát …"), names partners after a cooperation cue wherever it
// stands ("… chủ động, phối hợp Bộ Nội vụ tham mưu …", "… chủ trì cùng Bộ Xây dựng …"), or holds a
// deadline phrase bound to the duty ("… hoàn thành trong năm 2025.", "… vào ngày 19 tháng 12 năm 2025",
// "Thường xuyên kiểm tra …"). Read from the text alone, with the gazetteer and the agency head words.
import { lookupAgency, startsWithHead } from '../../knowledge/agencies/index.js';

// Words that hand a duty to the subject after them: "Giao Công an tỉnh …", "Yêu cầu các bộ, ngành …".
const ASSIGNING = /^(?:Giao(?:\s+đồng chí)?|Yêu cầu|Đề nghị)\s+/u;
// Bodies named by their kind or place rather than a head word: "Thành phố Hà Nội", "tỉnh Lâm Đồng", "Liên minh Hợp tác xã".
const PLACE_OR_BODY = /^(?:Thành phố|Tỉnh|Liên minh|Tổng Liên đoàn|Trung ương)\s+\p{Lu}/u;

/** The text opens (past "Giao", "Yêu cầu") on an agency: a head word, a place or body name, or a name the gazetteer knows. */
export function opensOnAgency(text: string): boolean {
  const rest = text.trim().replace(ASSIGNING, '');
  if (!/^\p{Lu}/u.test(rest)) return false;
  if (startsWithHead(rest) || PLACE_OR_BODY.test(rest)) return true;
  const words = rest.split(/\s+/u);
  for (let k = Math.min(6, words.length - 1); k >= 2; k--) if (lookupAgency(words.slice(0, k).join(' ')) !== null) return true;
  return false;
}

// A cooperation cue anywhere in the text, then what it names.
const COOPERATION = /(?<![\p{L}])(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với)?|cùng với|chủ trì cùng)\s+(?<partner>[\p{L}]+(?:\s+[\p{L}]+)?)/giu;
// Words plans name partners by beside the head words: "các lực lượng", "chính quyền địa phương", "chủ đầu tư".
const PARTNER = /^(?:các|chính quyền|lực lượng|cơ quan|đơn vị|chủ đầu|ngành|địa phương|ubnd|ủy ban|nhà mạng|doanh nghiệp)(?![\p{L}])/iu;
// After the cue, a verb rather than a partner: "phối hợp thực hiện", "phối hợp triển khai".
const NOT_PARTNER = /^(?:thực hiện|triển khai|tổ chức|hướng dẫn|kiểm tra|giải quyết|xử lý|chặt chẽ|tốt|với)(?![\p{L}])/iu;

/** The text names a partner after a cooperation cue, wherever the cue stands. */
export function namesPartner(text: string): boolean {
  for (const m of text.matchAll(COOPERATION)) {
    const partner = m.groups!.partner!;
    if (NOT_PARTNER.test(partner)) continue;
    if (startsWithHead(partner) || PARTNER.test(partner) || /^\p{Lu}/u.test(partner)) return true;
  }
  return false;
}

// A deadline bound to the duty: a bound word, then a date or a period with its number.
const BOUND_DEADLINE =
  /(?<![\p{L}])(?:hoàn thành|xong|trước ngày|vào ngày|trước|trong|chậm nhất|muộn nhất)\s+(?:(?:ngày|trong|trước|vào|thời hạn)\s+)?(?:tháng\s+\d{1,2}|quý\s+[IV]+|năm\s+(?:19|20)\d\d|\d{1,2}(?:\/\d{1,2}(?:\/\d{4})?|\s+tháng\s+\d{1,2})|(?:\d{1,3})\s+ngày)/iu;
// An opening word of recurrence or of an ongoing duty: "Thường xuyên kiểm tra …", "Định kỳ báo cáo …".
const OPENS_ON_TIME = /^(?:Thường xuyên|Định kỳ|Hằng (?:năm|quý|tháng|tuần|ngày)|Hàng (?:năm|quý|tháng|tuần|ngày))(?![\p{L}])/u;

/** The text binds its duty to a deadline ("hoàn thành trong năm 2025", "vào ngày 19 tháng 12 năm 2025"), or opens on a recurrence. */
export function bindsDeadline(text: string): boolean {
  return BOUND_DEADLINE.test(text) || OPENS_ON_TIME.test(text.trim());
}
