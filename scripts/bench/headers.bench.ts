// A hand check of headers (issue 15): 30 official corpus documents drawn with a fixed seed (the
// held-out gold documents left out), each with what cchc found (number, date, signer) beside the
// lines of the text that print them, for a person to mark right or wrong. The marks are kept,
// without any text, in gold/HEADER-CHECK.md; this prints the evidence again on any machine with
// ../shared.
// `npm run bench headers` — HEADER_SAMPLE=n draws n documents, HEADER_SEED=s another sample.
import { parse } from '../../src/pipeline.js';
import { seededRandom } from '../seeded-random.js';
import { corpusDocuments, heldOutGoldIds, isOfficial } from './shared-texts.js';

const SAMPLE = Number(process.env.HEADER_SAMPLE ?? 30);
const SEED = Number(process.env.HEADER_SEED ?? 15);
/** Lines of the text shown as evidence: where a number, a dated place line or a signature sits. */
const NUMBER_LINE = /(?:^|\s)Số\s*:?/u;
const DATE_LINE = /ngày\s*\d{0,2}\s*tháng|ngày\s*$/u;
const ROLE_LINE =
  /^(?:(?:TM|KT|TL|Q)\.\s*)?(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|CỤC TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TỔNG GIÁM ĐỐC|CHỦ NHIỆM)\b|^(?:TM|KT|TL|Q)\.|\(Đã ký\)/u;
/** Lines shown after each line that opens the evidence. */
const AFTER = 3;

/** Held-out corpus documents, by their corpus id. */
function heldOut(): Set<string> {
  return new Set([...heldOutGoldIds()].filter((id) => id.startsWith('corpus:')).map((id) => id.slice('corpus:'.length)));
}

/** `count` documents of `docs`, drawn without replacement by a seeded shuffle. */
function draw<T>(docs: T[], count: number, seed: number): T[] {
  const random = seededRandom(seed);
  const pool = [...docs];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, count);
}

export async function run(): Promise<void> {
  const held = heldOut();
  const docs = corpusDocuments(/^tvpl-/u).filter((d) => isOfficial(d.text) && !held.has(d.id));
  if (!docs.length) {
    console.log('../shared/corpus is absent: no headers to check');
    return;
  }
  const sample = draw(
    docs.sort((a, b) => a.id.localeCompare(b.id)),
    SAMPLE,
    SEED,
  );
  sample.forEach((doc, i) => {
    const d = parse(doc.text, { path: 'corpus.txt', restore: 'never' }).decision;
    const lines = doc.text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const around = (index: number, tag: string) => lines.slice(index, index + AFTER).map((l) => `  [${tag}] ${l.slice(0, 110)}`);
    const firstIn = (re: RegExp, from: number, to: number) => lines.slice(from, to).findIndex((l) => re.test(l));
    const numberAt = firstIn(NUMBER_LINE, 0, 40);
    const dateAt = firstIn(DATE_LINE, 0, 40);
    const roles = lines.map((l, at) => (ROLE_LINE.test(l) && at > 10 ? at : -1)).filter((at) => at >= 0);
    const evidence = [
      ...(numberAt >= 0 ? around(numberAt, 'number') : ['  [number] (no "Số" line in the top)']),
      ...(dateAt >= 0 ? around(dateAt, 'date') : ['  [date] (no dated line in the top)']),
      ...(roles.length ? roles.slice(0, 2).flatMap((at) => around(at, 'signer')) : ['  [signer] (no signing role printed)']),
    ];
    console.log(`\n${i + 1}. ${doc.id} — ${doc.title.slice(0, 100)}`);
    console.log(`  cchc: number ${d.number ?? '—'} | date ${d.date ?? '—'} | signer ${d.signer ?? '—'}`);
    console.log(evidence.join('\n'));
  });
}
