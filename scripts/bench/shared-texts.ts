// The development texts by id, read from ../shared (or $CCHC_SHARED): corpus documents by their
// JSONL id ("corpus:tnt/09daab284f92e2dd"), real plans by file name ("plans:lvn-07-QD-BTC-2014.txt").
// Nothing here is copied into the project: gold files name their text, and this reads it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const sharedDir = process.env.CCHC_SHARED ?? resolve(import.meta.dirname, '../../../shared');

export interface CorpusDocument {
  id: string;
  title: string;
  text: string;
}

let corpus: Map<string, CorpusDocument> | null = null;

/** Every corpus document (the JSONL files whose names match `only`, all by default). */
/** The ids `gold/INDEX.md` marks holdout ("corpus:tnt/0a97…", "plans:lvn-123-….txt"): measured, never tuned on. */
export function heldOutGoldIds(): Set<string> {
  const index = readFileSync(resolve(import.meta.dirname, '../../gold/INDEX.md'), 'utf8');
  return new Set([...index.matchAll(/^\|\s*(\S+)\s*\|\s*holdout\s*\|/gmu)].map((m) => m[1]!));
}

export function corpusDocuments(only: RegExp = /./u): CorpusDocument[] {
  const dir = join(sharedDir, 'corpus');
  if (!existsSync(dir)) return [];
  const out: CorpusDocument[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl') && only.test(f))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line) out.push(JSON.parse(line) as CorpusDocument);
    }
  }
  return out;
}

/** The text a gold file names, or null when ../shared does not hold it. */
export function sourceText(source: string): string | null {
  const [kind, id] = [source.slice(0, source.indexOf(':')), source.slice(source.indexOf(':') + 1)];
  if (kind === 'plans') {
    const path = join(sharedDir, 'plans', id);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  }
  if (kind === 'corpus') {
    // The two crawled sources hold every plan-like corpus document; the laws are not read.
    corpus ??= new Map(corpusDocuments(/^tvpl-/u).map((d) => [d.id, d]));
    return corpus.get(id)?.text ?? null;
  }
  return null;
}

/** An official document: the national motto stands in its first lines. */
export function isOfficial(text: string): boolean {
  const top = text.slice(0, 1500).replace(/\s+/gu, ' ');
  return /CỘNG HÒA XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA|Độc lập - Tự do - Hạnh phúc/iu.test(top);
}

/** A plan, or a decision issuing one (programme, scheme): by its number, heading or first sentence. */
export function isPlanLike(doc: CorpusDocument): boolean {
  const head = doc.text.slice(0, 4000).replace(/\s+/gu, ' ');
  if (/Công văn/u.test(doc.title)) return false;
  return (
    /KH-|-KH\//u.test(doc.title) ||
    /Số:? ?\S*\/KH/u.test(head) ||
    (/\bKẾ HOẠCH\b/u.test(head.slice(0, 2500)) && /(ban hành|phê duyệt)[^.]{0,40}(Kế hoạch|Chương trình|Đề án)/iu.test(head)) ||
    /^\s*KẾ HOẠCH\s*$/mu.test(doc.text.slice(0, 3000))
  );
}

/**
 * The document's type for the census, by what it prints: the type code of its number (as the
 * parser read it) or the corpus title ("Luật Nhà ở 2023", "Nghị định 08/2015/NĐ-CP"). Not the
 * parser's own decision (src/segment/genre.ts): the census checks that one against this.
 */
export function documentType(doc: CorpusDocument, number: string | null): string {
  const code = number ?? '';
  const named = `${code} ${doc.title}`;
  if (/KH-|-KH\//u.test(named)) return 'KH';
  if (/VBHN/u.test(named)) return 'VBHN';
  if (/\/N[ĐÐD]-/u.test(named) || /^Nghị định/u.test(doc.title)) return 'NĐ';
  if (/\/TT(?:LT)?-/u.test(named) || /^Thông tư/u.test(doc.title)) return 'TT';
  if (/\/QH\d*$/u.test(code) || /^(?:Bộ )?[Ll]u[ậa]t\b|^Bo luat/u.test(doc.title)) return 'Luật';
  if (/QĐ|^Quyết định/u.test(named)) return 'QĐ';
  if (/NQ|^Nghị quyết/u.test(named)) return 'NQ';
  if (/\/CT-/u.test(code)) return 'CT';
  if (/\/TB-/u.test(code)) return 'TB';
  if (/\/CĐ-/u.test(code)) return 'CĐ';
  if (/Công văn/u.test(doc.title) || /^\d+\/[\p{Lu}Đ]+-[\p{Lu}Đ]+$/u.test(code)) return 'CV';
  return doc.id.startsWith('phapdien/') ? 'pháp điển' : 'other';
}
