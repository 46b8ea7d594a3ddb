// Cut a lead/cooperating cell into agency names, one a name, as printed.
//
//   Sở Nội vụ; các Sở, ban, ngành cấp tỉnh và UBND cấp huyện, cấp xã có liên quan.
//     → Sở Nội vụ | các Sở, ban, ngành cấp tỉnh | UBND cấp huyện, cấp xã có liên quan
//   Sở Tài chính; các Sở: Giáo dục và ĐT; Y tế; Văn hóa, TT và DL và các cơ quan liên quan.
//     → Sở Tài chính | Sở Giáo dục và ĐT | Sở Y tế | Sở Văn hóa, TT và DL | các cơ quan liên quan
//   - Sở Nội vụ: theo dõi, kiểm tra, giám sát, tổng hợp.   → Sở Nội vụ   (what follows is its role)
//   - Cơ quan thẩm định: Sở Nội vụ, Văn phòng UBND tỉnh.   → Sở Nội vụ | Văn phòng UBND tỉnh   (a label)
import { lookupAgency, sharedHead, startsWithHead } from '../../knowledge/agencies/index.js';
import { protectedSpans } from './protect.js';

// Bullets: "- Sở Tư pháp. - UBND cấp huyện." (a dash at the start or after "." or ";").
const BULLET = /(?:^|[.;])\s*[-+•–]\s+(?=\p{L})/u;
// Sub-item letters: "a) Cơ quan chủ trì: …".
const ITEM_LETTER = /^[a-zđ]\)\s*/u;
// Places a list may be cut, if an agency name follows: ", "  " và "  ". " (a new sentence).
const CUT = /,\s*|\s+và\s+|\.\s+/gu;

const clean = (name: string) => name.replace(/^[-–+•\s]+|[\s.;,:]+$/gu, '').trim();

export function splitAgencyNames(items: string[]): string[] {
  return items.flatMap(splitItem).map(clean).filter(Boolean);
}

function splitItem(item: string): string[] {
  const text = item.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return text.split(BULLET).flatMap(splitBullet);
}

function splitBullet(bullet: string): string[] {
  const names: string[] = [];
  let head: string | null = null; // a shared head in force ("Sở")
  let describing = false; // after "Sở Nội vụ: theo dõi, …" the rest of the bullet is its role
  for (const raw of bullet.replace(ITEM_LETTER, '').split(/\s*;\s*/u)) {
    let piece = clean(raw);
    if (!piece) continue;
    const colon = piece.indexOf(':');
    if (colon > 0) {
      const label = piece.slice(0, colon).trim();
      const rest = piece.slice(colon + 1).trim();
      const shared = sharedHead(label);
      if (shared) {
        if (shared.before) names.push(...cutList(shared.before));
        head = shared.head;
        describing = false;
        piece = `${head} ${rest}`;
      } else if (lookupAgency(label) || (startsWithHead(label) && !startsWithHead(rest))) {
        // "Sở Nội vụ: theo dõi, kiểm tra" — an agency, then its role.
        head = null;
        describing = true;
        piece = label;
      } else {
        // "Cơ quan thẩm định: Sở Nội vụ, …" / "Hội thi tuyên truyền CCHC: UBND cấp huyện" — a label.
        head = null;
        describing = false;
        piece = rest;
      }
    } else if (!startsWithHead(piece)) {
      if (head) piece = `${head} ${piece}`;
      else if (describing) continue;
    } else {
      head = null;
      describing = false;
    }
    names.push(...cutList(piece));
  }
  return names;
}

// The bodies concerned, named as a kind and closing the list: "cơ quan, địa phương liên quan",
// "cơ quan, tổ chức và doanh nghiệp liên quan" — one entry, though no head word opens it. After a
// collective's own words ("các bộ, ngành, cơ quan liên quan") they go on that collective.
// A collective ("các cơ sở nghiên cứu, tổ chức hỗ trợ kỹ thuật và đơn vị có liên quan") keeps them too.
const ENDS_COLLECTIVE = /(?:^|\s)(?:bộ|ngành|sở|ban|địa phương|cơ quan|đơn vị)$/iu;
const COLLECTIVE = /^các\s/iu;
const RELATED_BODIES =
  /^(?:các\s+)?(?:cơ quan|đơn vị|tổ chức)(?:(?:,\s*|\s+và\s+|\s+)(?:các\s+)?(?:cơ quan|đơn vị|tổ chức|địa phương|doanh nghiệp))*\s+(?:khác\s+)?(?:có\s+)?liên quan$/iu;

/** Cut "A, B và C" before every agency name that is not inside a protected span. */
function cutList(text: string): string[] {
  const cuts = [...text.matchAll(CUT)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const heads = cuts.filter(([, to]) => startsWithHead(text.slice(to)));
  // The closing bodies begin at the first place their words do, and the commas inside them are
  // theirs; `closed`: the name before them, from the last agency name opened.
  const closed = (from: number) => text.slice(heads.findLast(([, to]) => to <= from)?.[1] ?? 0, from);
  const whole = RELATED_BODIES.test(text);
  const closing = whole
    ? undefined
    : cuts.find(
        ([from, to]) => RELATED_BODIES.test(text.slice(to)) && !ENDS_COLLECTIVE.test(closed(from)) && !COLLECTIVE.test(closed(from)),
      );
  const end = whole ? 0 : (closing?.[0] ?? text.length);
  const candidates = [...heads.filter(([from]) => from < end), ...(closing ? [closing] : [])];
  if (candidates.length === 0) return [text];
  const spans = protectedSpans(text); // only when there is something to cut: it is the costly part
  const names: string[] = [];
  let start = 0;
  for (const [from, to] of candidates) {
    if (spans.some(([s, e]) => s <= from && to <= e)) continue;
    names.push(text.slice(start, from));
    start = to;
  }
  names.push(text.slice(start));
  return names;
}
