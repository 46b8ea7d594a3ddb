// Agencies: split a lead/cooperating cell into one entry an agency (./split.ts),
// then look each up in the gazetteer (./gazetteer.ts). `name` keeps the printed
// form; `canonical`, `id` and `level` come from the gazetteer and are null when
// the agency is not in it (the caller reports those; `level` is then what the
// name itself says, "UBND huyện Nga Sơn" → huyen, else null). An agency printed twice
// in one cell ("Sở Nội vụ … Sở Nội vụ tổng hợp, báo cáo") is kept once.
import type { Agency } from '../../schema/document.js';
import { levelFromName } from '../../knowledge/agencies/index.js';
import { lookupAgency } from '../../knowledge/agencies/index.js';
import { splitAgencyNames } from './split.js';

export { GAZETTEER, lookupAgency, type GazetteerEntry } from '../../knowledge/agencies/index.js';
export { splitAgencyNames } from './split.js';

export function splitAgencies(items: string[]): Agency[] {
  const seen = new Set<string>();
  const agencies: Agency[] = [];
  for (const name of splitAgencyNames(items)) {
    const entry = lookupAgency(name);
    const key = entry?.id ?? `?${name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    agencies.push({ name, canonical: entry?.name ?? null, id: entry?.id ?? null, level: entry ? entry.level : levelFromName(name) });
  }
  return agencies;
}
