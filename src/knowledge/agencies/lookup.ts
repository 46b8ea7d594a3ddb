// Gazetteer lookup: printed name → entry, tolerant of how names are printed.
import { GAZETTEER, type GazetteerEntry } from './gazetteer.js';
import { agencyKey, bareKey } from './normalize.js';
import { lazy } from '../../lazy.js';

interface Index {
  byKey: Map<string, GazetteerEntry>;
  /** null: two entries share it. */
  byBareKey: Map<string, GazetteerEntry | null>;
  /** Keys by their first word, longest first, so that a prefix match takes the fullest name. */
  keysByFirstWord: Map<string, string[]>;
}

const firstWord = (key: string) => key.split(/[ ,]/u, 1)[0]!;

const index = lazy((): Index => {
  const byKey = new Map<string, GazetteerEntry>();
  const byBareKey = new Map<string, GazetteerEntry | null>();
  for (const entry of GAZETTEER) {
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = agencyKey(alias);
      const known = byKey.get(key);
      if (known && known !== entry) throw new Error(`gazetteer: "${alias}" names both ${known.id} and ${entry.id}`);
      byKey.set(key, entry);
      const bare = bareKey(key);
      byBareKey.set(bare, byBareKey.has(bare) && byBareKey.get(bare) !== entry ? null : entry);
    }
  }
  const keysByFirstWord = new Map<string, string[]>();
  for (const key of [...byKey.keys()].sort((a, b) => b.length - a.length)) {
    const word = firstWord(key);
    const keys = keysByFirstWord.get(word);
    if (keys) keys.push(key);
    else keysByFirstWord.set(word, [key]);
  }
  return { byKey, byBareKey, keysByFirstWord };
});

/** All alias spellings (for finding names inside a cell). */
export function aliasSpellings(): string[] {
  return GAZETTEER.flatMap((e) => [e.name, ...e.aliases]);
}

// Words after a name that narrow it without naming another agency:
// "UBND cấp huyện liên quan", "các Sở, ban, ngành cấp tỉnh có đơn vị sự nghiệp công lập",
// "Sở Nội vụ tỉnh Thanh Hóa", "Sở Nội vụ tổng hợp, báo cáo".
const NARROWING = /^ (?!và |cấp |ubnd|sở |ban |văn phòng )\p{Ll}/u;

export function lookupAgency(name: string): GazetteerEntry | null {
  const key = agencyKey(name);
  if (!key) return null;
  const { byKey, byBareKey, keysByFirstWord } = index();
  const exact = byKey.get(key) ?? byKey.get(key.replace(/^các /u, '')) ?? byKey.get(`các ${key}`);
  if (exact) return exact;
  const bare = byBareKey.get(bareKey(key));
  if (bare) return bare;
  for (const alias of keysByFirstWord.get(firstWord(key)) ?? []) {
    if (key.startsWith(alias) && NARROWING.test(key.slice(alias.length))) return byKey.get(alias)!;
  }
  return null;
}
