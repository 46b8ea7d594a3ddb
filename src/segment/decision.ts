// The decision itself: legal bases ("Căn cứ …"), articles ("Điều n."), signer.
import { wholeNumber } from '../knowledge/numbers.js';
import type { Article, LegalBasis } from '../tree/types.js';
import type { Paragraph } from './paragraphs.js';
import { fold } from '../vietnamese/fold.js';

// "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"; OCR "~ Can cit Lugt …", "Can cir Nghi …"
const LEGAL_BASIS = /^(?:[~‘’',_]\s*)?can c[uiw][a-z]?\b/u;
// "Điều 1. Ban hành kèm theo …", "Điều 3: …"; OCR "Piéu 1.", "Picu 3."
const ARTICLE = /^[dp][il][ec]u\s+(\d+)\s*[.:]\s*/u;
// What closes the articles: the recipients list or the signature block.
const CLOSING = /^(noi nh[a-z]n\b|kt\.?\s*chu tich|tm\.?\s|chu tich\s*$|pho chu tich\s*$|\(da ky\))/u;
// A person's name: 2–5 capitalised syllables ("Trịnh Văn Chiến", "Đỗ Minh Tuấn"; OCR "D6 Minh Tuan").
const PERSON = /^(\p{Lu}[\p{Ll}\d]*)(\s+\p{Lu}\p{Ll}*){1,4}$/u;

export interface DecisionParts {
  legalBases: LegalBasis[];
  articles: Article[];
  signer: string | null;
}

export function readDecision(paras: Paragraph[]): DecisionParts {
  const legalBases: LegalBasis[] = [];
  const articles: Article[] = [];
  let signer: string | null = null;
  let open: Article | null = null;
  let closed = false;

  for (const para of paras) {
    const folded = fold(para.text);
    const position = { start: { line: para.startLine, column: 1 }, end: { line: para.endLine, column: 1 } };
    const article = folded.match(ARTICLE);
    if (article) {
      open = { type: 'article', number: wholeNumber(article[1]!), text: para.text.slice(article[0].length).trim(), position };
      articles.push(open);
      closed = false;
      continue;
    }
    if (CLOSING.test(folded)) {
      open = null;
      closed = true;
      continue;
    }
    if (LEGAL_BASIS.test(folded) && !articles.length) {
      legalBases.push({ type: 'legalBasis', text: para.text, position });
      continue;
    }
    if (articles.length && PERSON.test(para.text.trim())) {
      signer ??= para.text.trim();
      open = null;
      continue;
    }
    // An article's text may run over several paragraphs until the closing block.
    if (open && !closed && !/^[-–+]\s/u.test(para.text)) {
      open.text = `${open.text} ${para.text}`;
      open.position = { start: open.position!.start, end: { line: para.endLine, column: 1 } };
    }
  }
  return { legalBases, articles, signer };
}
