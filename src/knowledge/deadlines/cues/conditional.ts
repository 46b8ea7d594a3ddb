// Deadlines that wait on an event: the event is kept as the condition, in full.
import { anyOf, AS_SET_BY, WHEN } from '../words.js';

// Khi có văn bản chỉ đạo của Trung ương  |  Ngay sau khi các bộ, ngành ban hành văn bản hướng dẫn
// Theo hướng dẫn của Văn phòng Chính phủ  |  Theo thời hạn quy định của Văn bản quy phạm pháp luật
const LEADING = new RegExp(`^(?:ngay\\s+)?(?:${anyOf(WHEN)}|theo\\s+(?:${anyOf(AS_SET_BY)}))(?![\\p{L}])`, 'iu');

// 07 tháng kể từ ngày VP Chính phủ hướng dẫn phiên bản mới  |  30 ngày sau khi có quyết định
const RELATIVE = /^0?\d{1,3}\s+(?:ngày|tháng|năm)\s+(?:kể\s+từ|sau\s+khi|sau)(?![\p{L}])/iu;

// Trước ngày Luật này có hiệu lực  |  trước khi ban hành Kế hoạch  (an event, not a date)
const BEFORE_EVENT = /^(?:trước|sau)\s+(?:khi|ngày\s+(?!\d))/iu;

export function isConditional(text: string): boolean {
  return LEADING.test(text) || RELATIVE.test(text) || BEFORE_EVENT.test(text);
}
