// The fields a reader checks by eye, projected from a parsed document: what the
// fixtures' expected files hold (stable while typed fields grow richer).
import type { CchcDocument } from '../../src/schema/document.js';

export function project(doc: CchcDocument) {
  return {
    decision: {
      number: doc.decision.number,
      date: doc.decision.date,
      place: doc.decision.place,
      authority: doc.decision.authority,
      title: doc.decision.title,
      signer: doc.decision.signer,
      legalBases: doc.decision.legalBases.length,
      articles: doc.decision.articles.map((a) => a.number),
    },
    targets: doc.targets.map((t) => ({ id: t.id, text: t.text })),
    tasks: doc.tasks.map((t) => ({
      id: t.id,
      content: t.content,
      products: t.products,
      lead: t.lead.map((a) => a.name),
      cooperating: t.cooperating.map((a) => a.name),
      deadline: t.deadline?.text ?? null,
    })),
  };
}
