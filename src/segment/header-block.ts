// The issuing authority and the title as the first page prints them, for any document type:
//   BỘ TÀI CHÍNH ⏎ ---------- ⏎ Số: …                       → authority "Bộ Tài chính"
//   ỦY BAN NHÂN ⏎ DÂN ⏎ TỈNH BẮC NINH ⏎ ------- ⏎ CỘNG HÒA …  → "Ủy ban nhân dân tỉnh Bắc Ninh"
//   KẾ HOẠCH ⏎ NÂNG CAO NĂNG LỰC … ⏎ TRÊN ĐỊA BÀN TỈNH …      → title, its wrapped lines joined
//   QUYẾT ĐỊNH ⏎ BAN HÀNH KẾ HOẠCH … ⏎ ỦY BAN NHÂN DÂN TỈNH … → title up to the body that decides
import type { LayoutLine } from '../read/layout-line.js';
import { fold } from '../vietnamese/fold.js';
import { isAllCaps, sentenceCase, titleCase } from './casing.js';

// The type heading a title follows; the rest of its line may already be the title.
const TYPE_HEADING =
  /^(?:quyet dinh|ke hoach|nghi quyet|chi thi|thong tu|chuong trinh(?: hanh dong)?|de an|bao cao|thong bao|huong dan|quy che|quy dinh)\b/u;
// The body that decides, in capitals under a QĐ's title; the title stops there.
const DECIDING_BODY =
  /^(?:uy ban nhan dan|ubnd|bo truong|thu tuong|chu tich|hoi dong nhan dan|chinh phu|quoc hoi|giam doc|tong cuc truong|cuc truong|ban thuong vu|ban chap hanh|uy ban thuong vu)\b/u;
const RULE = /^-{3,}$|^[-_=]{3,}/u;
const MOTTO = /cong hoa xa hoi|doc lap - tu do/u;
const TOP_LINES = 40;
// A gazette's running header and page number above the first page's own top: "CÔNG BÁO/Số 242/Ngày …" ⏎ "49".
const RUNNING_HEADER = /^cong bao\b|^\d{1,4}$/u;
// Words that keep their capital inside a name.
const PROPER = /\b(chính phủ|quốc hội|nhà nước|việt nam|trung ương|mặt trận tổ quốc)\b/gu;
// After these heads the name's first word keeps its capital: "Bộ Tài chính", "Văn phòng Chính phủ".
const NAMED_HEAD = /^(Bộ|Sở|Cục|Tổng cục|Văn phòng|Ban|Vụ|Học viện|Viện|Kiểm toán) (\p{Ll})/u;

export interface HeaderBlock {
  authority: string | null;
  title: string | null;
}

export function readHeaderBlock(lines: LayoutLine[]): HeaderBlock {
  const top = lines
    .slice(0, TOP_LINES * 2)
    .filter((l) => l.text)
    .slice(0, TOP_LINES);
  return { authority: authorityOf(top), title: titleOf(top) };
}

/** The capitals at the top left, up to the rule under them or the national motto. */
function authorityOf(top: LayoutLine[]): string | null {
  const parts: string[] = [];
  let running = false;
  for (const line of top) {
    const folded = fold(line.text);
    const motto = folded.search(MOTTO);
    const rule = line.text.search(/-{3,}/u);
    const cut = [motto, rule].filter((at) => at >= 0);
    let text = (cut.length ? line.text.slice(0, Math.min(...cut)) : line.text).trim();
    if (!parts.length && RUNNING_HEADER.test(folded.trim())) {
      running = true;
      continue;
    }
    // Unwrapping may have joined the page number to the line below it: "49 CHÍNH PHỦ".
    if (running && !parts.length) text = text.replace(/^\d{1,4}\s+/u, '');
    if (TYPE_HEADING.test(folded)) break;
    if (text && isAllCaps(text) && !/^s[oố]\b/iu.test(text)) parts.push(text);
    if (cut.length || RULE.test(line.text) || !isAllCaps(line.text)) break;
  }
  return parts.length ? nameCase(parts.join(' ')) : null;
}

function titleOf(top: LayoutLine[]): string | null {
  const at = top.findIndex((l) => TYPE_HEADING.test(fold(l.text)) && isAllCaps(l.text));
  if (at < 0) return null;
  const heading = top[at]!.text;
  const parts = [heading.slice(fold(heading).match(TYPE_HEADING)![0].length).trim()].filter(Boolean);
  for (const line of top.slice(at + 1)) {
    const folded = fold(line.text);
    if (!isAllCaps(line.text) || RULE.test(line.text) || (parts.length && DECIDING_BODY.test(folded))) break;
    parts.push(line.text);
  }
  return parts.length ? titleCase(parts.join(' ')) : null;
}

function nameCase(text: string): string {
  const cased = sentenceCase(text.replace(/\s+/gu, ' '));
  return cased
    .replace(PROPER, (word) => word.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()))
    .replace(NAMED_HEAD, (_, head: string, c: string) => `${head} ${c.toUpperCase()}`);
}
