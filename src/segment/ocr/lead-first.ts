// Which column a ruled table prints first after its row number, learnt from its body when the
// header's OCR lost the words that name it ("Đơn vị chủ tổn Whigin wu", "ad quản out Nhiệm vụ"):
// a row's first line opens every cell, so where most numbered lines open with an agency's name
// ("1 |Ủy bannhân | Tiếp tục tổ chức …", "2 |CacS6,nganh_ |Phê duyệt …") the lead column comes
// before the task text. Task texts open with a verb ("Phối hợp", "Ban hành"), not with a body.
import type { Column } from './ruled-header.js';
import { rowNumberOf } from './row-starts.js';
import { ocrTokens } from './text.js';

/** A body's name as its first folded words read, glued or apart ("uy ban", "uybannhan", "cacso"). */
const SINGLE_HEAD = new Set(['so', 'cuc', 'ubnd', 'vien']);
const JOINED_HEAD =
  /^(?:uyban|chicuc|trungtam|congan|cacso|caccoquan|cacdonvi|cacdoanh|mattran|vanphong|bochihuy|bochqs|banchihuy|banquanly|nganhang|hoidong)/u;
/** Numbered lines needed, and the share of them opening with a body's name. */
const MIN_LINES = 3;
const MIN_SHARE = 0.6;

export function opensWithAgency(text: string): boolean {
  const tokens = ocrTokens(text);
  if (!tokens.length) return false;
  return SINGLE_HEAD.has(tokens[0]!) || JOINED_HEAD.test(tokens.slice(0, 3).join('')) || ministry(text, tokens);
}

/** "Bộ Xây dựng", "B6 Y tế": a ministry's name, its next word a capital ("Bố trí nhân lực …" is a task). */
const ministry = (text: string, tokens: string[]) =>
  tokens[0] === 'bo' && /^[^\p{L}]*\p{L}\S*\s+[^\p{L}]*\p{Lu}/u.test(text.replace(/^[\s|[\]{}]+/u, ''));

/** The columns with the lead put first (after the number) when the body says so; else as they were. */
export function leadFirstByBody(columns: Column[], body: string[]): Column[] {
  const content = columns.indexOf('content');
  const lead = columns.indexOf('lead');
  if (content < 0 || lead < 0 || lead < content) return columns;
  const firsts = body.flatMap((text) => {
    const n = rowNumberOf(text);
    return n && n.value !== null ? [n.rest] : [];
  });
  if (firsts.length < MIN_LINES || firsts.filter(opensWithAgency).length / firsts.length < MIN_SHARE) return columns;
  const rest: Column[] = columns.filter((c) => c !== 'lead');
  rest.splice(rest.indexOf('content'), 0, 'lead');
  return rest;
}
