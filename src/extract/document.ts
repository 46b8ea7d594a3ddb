// extract: the tree → the document's typed fields.
import type { VFile } from 'vfile';
import type {
  Appendix,
  Article,
  Cell,
  CellRole,
  Header,
  LegalBasis,
  Paragraph,
  Position,
  Root,
  Row,
  Section,
  Target as TargetNode,
  TaskItem,
  TaskList,
} from '../tree/types.js';
import type { Agency, CchcDocument, Deadline, SourceSpan, Target, Task } from '../schema/document.js';
import { splitAgencies } from './agencies/index.js';
import { parseDeadline } from './deadline/index.js';
import { extractMetrics } from './metrics.js';
import { extractCitations, type TextSpan } from './citations.js';
import { splitProducts } from './products.js';

export type Extracted = Pick<CchcDocument, 'decision' | 'targets' | 'tasks' | 'citations'>;

export function extractDocument(tree: Root, file: VFile): Extracted {
  const header = tree.children.find((n): n is Header => n.type === 'header');
  const legalBases = tree.children.filter((n): n is LegalBasis => n.type === 'legalBasis');
  const articles = tree.children.filter((n): n is Article => n.type === 'article');
  const sections = tree.children.filter((n): n is Section => n.type === 'section');
  const appendices = tree.children.filter((n): n is Appendix => n.type === 'appendix');
  const year = planYear(header, sections);

  const targets: Target[] = sections.flatMap(collectTargets).map((t) => ({
    id: t.id,
    text: t.text,
    metrics: extractMetrics(t.text),
    source: span(t),
  }));
  const taskLists = tree.children.filter((n): n is TaskList => n.type === 'taskList');
  const rowTasks: Task[] = appendices.flatMap((appendix) => appendix.children.map((row) => toTask(appendix, row, year, file)));
  // LAYOUTS.md §9: task tables first; else what the body's layout readers read; else the
  // lettered bullets of the plan's task sections.
  const listTasks = () => taskLists.flatMap((list) => list.children.map((row) => toTask(BODY, row, year, file)));
  // A legal normative text (segment/genre.ts) is no plan: whatever its tables and sections hold, no tasks.
  const tasks =
    header?.genre?.kind === 'normative'
      ? []
      : rowTasks.length
        ? rowTasks
        : taskLists.length
          ? listTasks()
          : sections.flatMap((s) => bodyTasks(s, [], false));
  const spans: TextSpan[] = [
    ...[...legalBases, ...articles].map((n) => ({ text: n.text, ...span(n) })),
    ...targets.map((t) => ({ text: t.text, ...t.source })),
    ...tasks.map((t) => ({ text: t.content, ...t.source })),
    ...[...tree.children.filter((n): n is Paragraph => n.type === 'paragraph'), ...sections.flatMap(collectProse)].map((n) => ({
      text: n.text,
      ...span(n),
    })),
  ];

  return {
    decision: {
      number: header?.number ?? null,
      date: header?.date ?? null,
      place: header?.place ?? null,
      authority: header?.authority ?? null,
      title: header?.title ?? null,
      signer: header?.signer ?? null,
      legalBases: legalBases.map((b) => ({ text: b.text, source: span(b) })),
      articles: articles.map((a) => ({ number: a.number, text: a.text, source: span(a) })),
      source: header?.position ? span(header) : null,
    },
    targets,
    tasks,
    // The decision citing itself ("Ban hành kèm theo Quyết định số …") is not a citation.
    citations: extractCitations(spans).filter((c) => !header?.number || c.number !== header.number),
  };
}

/** The prose of the plan body (paragraphs and task bullets), where documents are cited too. */
function collectProse(section: Section): Array<Paragraph | TaskItem> {
  return section.children.flatMap((child) =>
    child.type === 'paragraph' || child.type === 'taskItem' ? [child] : child.type === 'section' ? collectProse(child) : [],
  );
}

/**
 * Task bullets under an area of reform, as tasks: appendix "" (the body), ordinal
 * the section path and the bullet ("II.2.a"). Agencies and deadlines stay in the text.
 */
function bodyTasks(section: Section, path: string[], inTasks: boolean): Task[] {
  const here = [...path, section.label];
  const tasks = inTasks || section.kind === 'tasks';
  return section.children.flatMap((child): Task[] => {
    if (child.type === 'section') return bodyTasks(child, here, tasks);
    if (child.type !== 'taskItem' || !tasks) return [];
    const ordinal = [...here, child.label].join('.');
    return [
      {
        id: taskId('', ordinal),
        appendix: '',
        ordinal,
        content: child.text,
        target: null,
        products: [],
        lead: [],
        cooperating: [],
        deadline: null,
        confidence: 1,
        reader: 'task-bullets',
        source: span(child),
      },
    ];
  });
}

function collectTargets(section: Section): TargetNode[] {
  return section.children.flatMap((child) => (child.type === 'target' ? [child] : child.type === 'section' ? collectTargets(child) : []));
}

/**
 * A task's id, as the schema describes it: "PL-<appendix>/<ordinal>" for a row of an appendix,
 * "KH/<ordinal>" for a task of the plan body (appendix ""), whichever reader found it.
 */
function taskId(appendix: string, ordinal: string): string {
  return appendix ? `PL-${appendix}/${ordinal}` : `KH/${ordinal}`;
}

/** Where body tasks stand: no appendix. */
const BODY = { label: '' } as const;

function toTask(appendix: Pick<Appendix, 'label' | 'reader'>, row: Row, year: number | null, file: VFile): Task {
  const cell = (role: CellRole): Cell | undefined => row.children.find((c) => c.role === role);
  const deadlineText = cell('deadline')?.text ?? '';
  return {
    id: taskId(appendix.label, row.ordinal),
    appendix: appendix.label,
    ordinal: row.ordinal,
    content: cell('content')?.text ?? '',
    target: cell('target')?.text ?? null,
    products: splitProducts(cell('products')?.items ?? []),
    lead: reportUnknown(splitAgencies(cell('lead')?.items ?? []), cell('lead')?.position ?? row.position, file),
    cooperating: reportUnknown(splitAgencies(cell('cooperating')?.items ?? []), cell('cooperating')?.position ?? row.position, file),
    deadline: deadlineText ? reportUnread(parseDeadline(deadlineText, { year }), cell('deadline')?.position ?? row.position, file) : null,
    confidence: row.confidence,
    reader: row.reader ?? appendix.reader ?? 'table',
    source: span(row),
  };
}

/** An agency the gazetteer does not know keeps its printed name; say so where it was printed. */
function reportUnknown(agencies: Agency[], place: Position | undefined, file: VFile): Agency[] {
  for (const agency of agencies) {
    if (agency.id !== null) continue;
    file.message(`agency not in the gazetteer: "${agency.name}"`, { place, ruleId: 'agency-unknown', source: 'extract' });
  }
  return agencies;
}

/** A deadline nothing could be read from keeps its text; say so where it was printed. */
function reportUnread(deadline: Deadline, place: Position | undefined, file: VFile): Deadline {
  if (deadline.kind === 'unknown')
    file.message(`deadline not understood: "${deadline.text}"`, { place, ruleId: 'deadline-unknown', source: 'extract' });
  return deadline;
}

/** The plan's year: from the title ("năm 2023"), else the decision date. */
function planYear(header: Header | undefined, _sections: Section[]): number | null {
  const fromTitle = header?.title?.match(/năm (\d{4})/u)?.[1];
  if (fromTitle) return Number(fromTitle);
  const fromDate = header?.date?.slice(0, 4);
  return fromDate ? Number(fromDate) : null;
}

export function span(node: { position?: { start: { line: number }; end: { line: number } } }): SourceSpan {
  const start = node.position?.start.line ?? 1;
  const end = node.position?.end.line ?? start;
  return { startLine: start, endLine: Math.max(start, end) };
}
