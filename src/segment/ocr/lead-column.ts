// Which agencies of a rebuilt row sit in the lead column (Cơ quan chủ trì) and
// which in the cooperating one (Cơ quan phối hợp). The OCR read the page line by
// line, so on one line the cells keep the table's order: where two agencies stand
// on the same line, each cell closed by a mark, the left one is the lead's:
//
//   quan c6 tham UBND céc huyén, thi | - S6 Noi vu; - Cac co quan    ← UBND … lead, Sở Nội vụ cooperating
//   ca nhan. | Bao cao két qua nganh: S0 Thong tin va| Thuong         ← "… ngành" lead, Sở TT&TT cooperating
//
// A named agency alone on its lines goes with the side whose agencies stand
// nearer; a collective one ("Các sở, ban, ngành") alone is cooperating, and
// "… liên quan" always is.
import type { FoundAgency } from './agencies.js';
import { ocrTokensAt } from './text.js';

/** Where each word of the side text stands: its line (index in the row) and column (characters from the line's start). */
export interface Spot {
  line: number;
  x: number;
  /** Does a cell mark ("|", "-", ";", ":", ".", or a wide gap) follow the word? */
  closes: boolean;
}

export function splitByColumn(agencies: FoundAgency[], spots: Spot[]): { lead: FoundAgency[]; cooperating: FoundAgency[] } | null {
  const votes = new Map<FoundAgency, number>();
  const vote = (a: FoundAgency, side: number) => votes.set(a, (votes.get(a) ?? 0) + side);
  const lines = new Set(agencies.flatMap((a) => a.words.map((w) => spots[w]?.line ?? -1)));
  for (const line of lines) {
    const here = agencies
      .map((a) => ({ a, words: a.words.filter((w) => spots[w]?.line === line).sort((p, q) => p - q) }))
      .filter((h) => h.words.length)
      .sort((p, q) => spots[p.words[0]!]!.x - spots[q.words[0]!]!.x);
    for (let i = 0; i + 1 < here.length; i++) {
      const left = here[i]!;
      // The left agency's cell must end before the right one's begins: "Y tế, Nông nghiệp …" is one cell's list.
      if (!spots[left.words.at(-1)!]!.closes) continue;
      vote(left.a, 1);
      vote(here[i + 1]!.a, -1);
    }
  }
  if (!votes.size) return null;
  const mean = (a: FoundAgency) => a.words.reduce((sum, w) => sum + (spots[w]?.x ?? 0), 0) / a.words.length;
  const leadSide = agencies.filter((a) => (votes.get(a) ?? 0) > 0);
  const coopSide = agencies.filter((a) => (votes.get(a) ?? 0) < 0);
  const average = (list: FoundAgency[]) => (list.length ? list.reduce((sum, a) => sum + mean(a), 0) / list.length : null);
  const leadX = average(leadSide);
  const coopX = average(coopSide);
  const lead: FoundAgency[] = [];
  const cooperating: FoundAgency[] = [];
  for (const agency of agencies) {
    const v = votes.get(agency) ?? 0;
    let isLead: boolean;
    if (/liên quan/u.test(agency.name)) isLead = false;
    else if (v !== 0) isLead = v > 0;
    // Columns do not line up from one OCR'd line to the next well enough to place a collective
    // name by where it stands alone: it is the cooperating column's, as it usually is.
    else if (agency.generic) isLead = false;
    else if (leadX !== null && coopX !== null) isLead = Math.abs(mean(agency) - leadX) < Math.abs(mean(agency) - coopX);
    else if (coopX !== null) isLead = mean(agency) < coopX - 3;
    else isLead = mean(agency) <= leadX! + 3;
    (isLead ? lead : cooperating).push(agency);
  }
  return lead.length ? { lead, cooperating } : null;
}

/**
 * Each word of a row's side text, numbered as findAgencies numbers the words of the parts'
 * side texts joined: its line, its column (the task text before it counted), and whether a
 * cell mark follows it.
 */
export function sideSpots(parts: Array<{ content: string; side: string }>): Spot[] {
  return parts.flatMap((part, line) =>
    ocrTokensAt(part.side).map((t) => ({ line, x: part.content.length + t.at, closes: /[|;:.\-–]|\s{2,}/u.test(t.gap) })),
  );
}
