// Count the syllables of signers' names by their place in the name (surname, middle, given) and
// write model/names.json, which the restorer weighs a signer's name with (restore/names.ts): in a
// name "Truong Chi Trung" is Trương Chí Trung, where running text would make it "Trưởng Chi Trùng".
// The names are those cchc itself finds (restore never) under the signature blocks of the corpus's
// official documents, and those the text introduces as a person ("ông", "bà", "đồng chí" and a
// capitalised name), each distinct name counted once, so that a name signed on many documents
// weighs as one. Every document the gold names (dev and held out alike) is left out, so that no
// figure measured on the gold learns its answer here. Only counts are written, no text.
//   npx tsx scripts/build-names.ts        (`--check`: say whether the rebuild has the committed bytes)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from '../src/pipeline.js';
import { contentId } from '../src/restore/model-ids.js';
import { namesPath, NAMES_VERSION, type NamesFile } from '../src/restore/names.js';
import { packageModelDir } from '../src/restore/model-path.js';
import { corpusDocuments, isOfficial } from './bench/shared-texts.js';

const goldDir = resolve(import.meta.dirname, '../gold');
/** A person the text introduces: "ông Nguyễn Văn A", "bà …", "đồng chí …" (2–4 capitalised syllables). */
const INTRODUCED = /(?:^|[\s(,;])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3})(?![\p{L}])/gu;

function goldSources(): Set<string> {
  return new Set(
    readdirSync(goldDir)
      .filter((f) => f.endsWith('.tasks.json'))
      .map((f) => (JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { source: string }).source),
  );
}

export function buildNames(): NamesFile {
  const gold = goldSources();
  const counts = { surname: new Map<string, number>(), middle: new Map<string, number>(), given: new Map<string, number>() };
  const distinct = new Set<string>();
  const introduced = new Set<string>();
  for (const doc of corpusDocuments(/^tvpl-/u)) {
    if (gold.has(`corpus:${doc.id}`)) continue;
    for (const m of doc.text.matchAll(INTRODUCED)) introduced.add(m[1]!);
    if (!isOfficial(doc.text)) continue;
    try {
      const signer = parse(doc.text, { path: 'corpus.txt', restore: 'never' }).decision.signer;
      if (signer) distinct.add(signer);
    } catch {
      continue;
    }
  }
  // A name the text introduces counts when it opens with a signer's surname ("Phó Bí thư" does not).
  const surnames = new Set([...distinct].map((n) => n.split(/\s+/u)[0]!));
  for (const name of introduced) if (surnames.has(name.split(/\s+/u)[0]!)) distinct.add(name);
  let names = 0;
  for (const name of distinct) {
    const syllables = name.normalize('NFC').toLowerCase().split(/\s+/u);
    if (syllables.length < 2 || syllables.length > 5) continue;
    names++;
    syllables.forEach((s, i) => {
      const place = i === 0 ? counts.surname : i === syllables.length - 1 ? counts.given : counts.middle;
      place.set(s, (place.get(s) ?? 0) + 1);
    });
  }
  // Sorted, so the same names give the same bytes.
  const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  const body = { names, surname: sorted(counts.surname), middle: sorted(counts.middle), given: sorted(counts.given) };
  return { version: NAMES_VERSION, id: contentId([JSON.stringify(body)]), ...body };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = buildNames();
  const text = `${JSON.stringify(file, null, 1)}\n`;
  const path = namesPath(packageModelDir());
  if (process.argv.includes('--check')) {
    const same = readFileSync(path, 'utf8') === text;
    console.log(same ? `${path}: rebuilt to the same bytes` : `${path}: the rebuild differs`);
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(path, text);
    console.log(
      `wrote ${path}: ${file.names} names; ${Object.keys(file.surname).length} surnames, ${Object.keys(file.middle).length} middle and ${Object.keys(file.given).length} given syllables`,
    );
  }
}
