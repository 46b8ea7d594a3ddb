// Words an agency name starts with, at every level of the state: ministries and central bodies
// (Bộ, Tổng cục, Vụ, Văn phòng Chính phủ …), provinces and their departments, districts, communes,
// special zones, mass organisations and public companies. A list is cut before them and nowhere
// else, which keeps names that hold commas or "và" whole ("Sở Văn hóa, Thể thao và Du lịch").
// Every stage that asks "does an agency name start here?" asks this file.

import { fold } from '../../vietnamese/fold.js';

// Sở Y tế  |  UBND cấp huyện  |  Văn phòng UBND tỉnh  |  Đài PTTH Thanh Hóa  |  Ban Thi đua - Khen thưởng
// — but a task's verb or object is no agency: "Ban hành …", "Báo cáo …", "Hội nghị …", "Hội thảo …",
// nor a condition: "Trường hợp …". The holder of an office stands for it: "Chủ tịch …", "Giám đốc …",
// "Thống đốc Ngân hàng Nhà nước Việt Nam" (the State Bank's governor, ordered as a minister is),
// "Tổng Thanh tra Chính phủ", "Tổng Thư ký Quốc hội". National bodies by their names or call signs:
// "Thông tấn xã Việt Nam" (TTXVN), "Liên minh Hợp tác xã Việt Nam", VTV, VOV; "Tổng Cục …" as printed.
const CAPITAL_HEAD =
  /^(?:Sở|Bộ|UBND|Ủy ban|Uỷ ban|Văn phòng|VP|Ban(?! hành)|Công an|Trung tâm|Đài|Báo(?! cáo)|Cục|Chi cục|Tổng [Cc]ục|Vụ|Phòng|Cổng|Kho bạc|Thanh tra|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Tỉnh đoàn|Thành đoàn|Đoàn|Hội(?! nghị| thảo)|Liên đoàn|Liên hiệp|Hiệp hội|Mặt trận|MTTQ|Viện|Học viện|Đại học|Trường(?! hợp)|Bảo hiểm|BHXH|Ngân hàng|Kiểm toán|Tòa án|Toà án|Viện kiểm sát|Chính phủ|Thủ tướng|Phó Thủ tướng|Quốc hội|HĐND|Hội đồng|Chủ tịch|Giám đốc|Đảng ủy|Đảng uỷ|Đảng đoàn|Bộ Chỉ huy|BCHQS|Bộ CHQS|Bộ đội|Tập đoàn|Tổng công ty|Công ty|Doanh nghiệp|Cơ quan|Đơn vị|Trưởng [Bb]an|Phó [Tt]rưởng [Bb]an|Thủ trưởng|Thống đốc|Tổng [Tt]hanh tra|Tổng [Tt]hư ký|Thông tấn xã|TTXVN|VTV|VOV|Liên minh|Chánh [Vv]ăn phòng|Tổ công tác|Tổ giúp việc|Thường trực|SNV|STP|STC)(?![\p{L}\p{N}])/u;

// các Sở, ban, ngành  |  các sở ban ngành  |  các cơ quan liên quan  |  Các đơn vị sự nghiệp công lập
// Bodies a plan assigns duties to by what they are: Các chủ đầu tư …  |  Các cơ sở giáo dục / đào tạo …
const PLURAL_HEAD =
  /^các\s+(?:sở|bộ|ban|ngành|ubnd|ủy ban|uỷ ban|phòng|cục|vụ|tổng cục|trung tâm|đơn vị|cơ quan|tổ chức|địa phương|huyện|xã|phường|tỉnh|thành phố|hội|đoàn thể|doanh nghiệp|tập đoàn|ngân hàng|trường|viện|bộ phận|chủ đầu tư|cơ sở giáo dục|cơ sở đào tạo)(?![\p{L}])/iu;

// sở Tài chính (printed in lower case)
const LOWER_HEAD = /^(?:sở|bộ)\s+\p{Lu}/u;

export function startsWithHead(text: string): boolean {
  return CAPITAL_HEAD.test(text) || PLURAL_HEAD.test(text) || LOWER_HEAD.test(text);
}

// Shared heads: "các Sở: Giáo dục và Đào tạo; Y tế" → Sở Giáo dục và Đào tạo, Sở Y tế.
// Also with a name before it: "Sở Nội vụ và các Sở: …".
const SHARED_HEAD = /^(?:(.*?)(?:\s*,|\s+và))?\s*các\s+(sở|bộ|ban|phòng)$/iu;

/** For "…và các Sở" before a colon: what precedes (if anything) and the shared head as printed ("Sở"). */
export function sharedHead(label: string): { before: string; head: string } | null {
  const match = SHARED_HEAD.exec(label.trim());
  if (!match) return null;
  const head = match[2]!;
  return { before: (match[1] ?? '').trim(), head: head[0]!.toUpperCase() + head.slice(1) };
}

// Heads written in two words, folded: a reader that cuts a line into cells keeps them in one cell
// ("Tổng | Cục", "Ủy | ban", "Trung | tâm").
const TWO_WORD_HEADS = new Set([
  'tong cuc',
  'chi cuc',
  'van phong',
  'trung tam',
  'uy ban',
  'cong an',
  'lien hiep',
  'hoi dong',
  'mat tran',
  'tap doan',
  'cong ty',
  'ngan hang',
  'kho bac',
  'bao hiem',
  'hoc vien',
]);

/** Whether `first` (capitalised, after a bullet if any) and `second` are a body's head written in two words. */
export function isTwoWordHead(first: string, second: string): boolean {
  return /^[-–+•\s]*\p{Lu}/u.test(first) && TWO_WORD_HEADS.has(fold(`${first.replace(/^[-–+•\s]+/u, '')} ${second}`).toLowerCase());
}
