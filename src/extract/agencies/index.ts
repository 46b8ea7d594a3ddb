// Agencies: split a lead/cooperating cell into one entry an agency, then look each
// up in the gazetteer. (Interface; the gazetteer-backed splitter replaces the body.)
import type { Agency } from '../../schema/document.js';

export function splitAgencies(items: string[]): Agency[] {
  return items
    .flatMap((item) => item.split(/\s*;\s*/))
    .map((name) => name.replace(/^[-–•+\s]+|[.;,:\s]+$/gu, '').trim())
    .filter(Boolean)
    .map((name) => ({ name, canonical: null, id: null, level: null }));
}
