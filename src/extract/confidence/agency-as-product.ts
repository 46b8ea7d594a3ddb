// A product cell that holds agency names ("Các sở, ngành", "UBND xã, phường, đặc khu", "Sở Tư pháp"):
// the columns of the row were given the wrong roles, most often the cooperating column read as the
// products one, so the row's agencies (lead and cooperating) and its products are all in doubt. A
// product is a thing made (a report, a decision, a database), never a body; a name the gazetteer knows,
// or a plural head ("các cơ quan, tổ chức …"), is a body. Portals ("Cổng Thông tin điện tử") are both
// a body and a thing built, and are not counted.
import { lookupAgency, startsWithHead } from '../../knowledge/agencies/index.js';

// A list joiner or bullet left before the name: "Và các cơ quan …", "- Sở Tài chính".
const LEADING_JOINER = /^(?:[-–+•]\s*|và\s+|cùng\s+)/iu;
// Plural heads a plan names bodies by: "các sở, ngành", "các cơ quan, tổ chức, doanh nghiệp liên quan".
const PLURAL_BODIES = /^các\s+(?:sở|bộ|ban|ngành|cơ quan|đơn vị|địa phương|tổ chức|doanh nghiệp|tập đoàn|ubnd|ủy ban)(?![\p{L}])/iu;
// Things built that the gazetteer also names as bodies.
const BUILT_THINGS = /^(?:Cổng|Trung tâm dữ liệu|Hệ thống)(?![\p{L}])/iu;

/** The product reads as an agency's name, not as a thing made. */
export function readsAsAgency(product: string): boolean {
  const text = product.trim().replace(LEADING_JOINER, '');
  if (!text || BUILT_THINGS.test(text)) return false;
  if (PLURAL_BODIES.test(text)) return true;
  return startsWithHead(text) && lookupAgency(text) !== null;
}

/** Share of the task's products that read as agency names (0 when it has none). */
export function agencyProductShare(products: readonly string[]): number {
  return products.length ? products.filter(readsAsAgency).length / products.length : 0;
}
