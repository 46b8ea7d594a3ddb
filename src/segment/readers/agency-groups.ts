// A flattened task table whose agency column comes before the task text and is merged over the
// agency's rows (LAYOUTS.md §4, "agency columns before the content … grouped under an agency
// group row"): the row number and the agency are printed once, as a group, and the rows under
// it print only their task text, cooperating agencies and deadline:
//   1 ⏎ Bộ Thông tin và ⏎ Truyền thông       ← the group: its number and its agency (the lead)
//   <task text, wrapped> ⏎ (1) Bộ Tư pháp ⏎ (2) Văn phòng Chính phủ ⏎ Quý IV/2023   ← a task
//   <task text> ⏎ Văn phòng Chính phủ ⏎ Quý IV/2023                                  ← a task
// A PDF's text prints a merged cell beside the row it is centred on, so the group may come after
// its first tasks: the tasks above the first group are that group's. Seen in lvn-228 (LibreOffice
// text of a Word table: row 7's agency over three task texts) and p8-175 (text of a Gazette PDF:
// sixteen agencies over thirty-one tasks).
import { startsWithHead } from '../../knowledge/agencies/index.js';
import { isDeadlineCell } from '../../knowledge/deadlines/index.js';
import type { LayoutLine } from '../layout.js';

// "(1) Bộ Tư pháp": a numbered item of the cooperating agencies' cell.
const NUMBERED_ITEM = /^\(\d{1,2}\)\s*/u;
// Words a wrapped cell line may end with, the cell going on below.
const DANGLING = /(?:[,\-–(/&]|(?:^|\s)(?:và|các|của|về|cho|với|tại|trong|theo|để|những|hoặc|từ|đến|trên|là|được|có|do|cơ|sở|ban|bộ|ngày|tháng|năm|quý|trước|số|đoạn|Bộ|Sở|Ban))$/u;
// "VTV, VOV": agencies by their acronyms alone.
const ACRONYMS = /^\p{Lu}{2,6}(?:,\s*\p{Lu}{2,6})*$/u;
/** An agency's name in the narrow agency column: its lines are short. */
const AGENCY_LINE = 18;

export interface GroupTask {
  content: string;
  cooperating: string[];
  deadline: string | null;
  lines: LayoutLine[];
}

/** The group's agency (its first lines after the number) and where its task lines start. */
export function groupAgency(lines: LayoutLine[]): { agencies: string[]; rest: LayoutLine[] } | null {
  const text = lines.filter((l) => l.text);
  const first = text[0];
  if (!first || !(startsWithHead(first.text) || ACRONYMS.test(first.text)) || first.text.length > AGENCY_LINE + 12) return null;
  let k = 1;
  while (k < text.length && continuesName(text[k - 1]!.text, text[k]!.text)) k++;
  const agency = text.slice(0, k).map((l) => l.text).join(' ');
  // "VTV, VOV": two agencies (a name with commas in it, "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh", is split by extract).
  return { agencies: ACRONYMS.test(agency) ? agency.split(/,\s*/u) : [agency], rest: text.slice(k) };
}

const continuesName = (previous: string, line: string) =>
  !isDeadlineCell(line) && (/^\p{Ll}/u.test(line) || DANGLING.test(previous) || (line.length <= AGENCY_LINE && previous.length <= AGENCY_LINE + 4));

/**
 * A group's task lines cut into tasks: the task text runs until a cooperating agency or a
 * deadline opens a cell; a task ends with its deadline cell (wrapped cells joined).
 */
export function groupTasks(lines: LayoutLine[]): GroupTask[] {
  const tasks: GroupTask[] = [];
  const width = Math.max(0, ...lines.map((l) => l.text.length));
  let task: { content: string[]; cooperating: string[]; deadline: string[]; lines: LayoutLine[] } | null = null;
  let cell: 'content' | 'cooperating' | 'deadline' = 'content';
  // The last line as printed: a full one (as wide as the column allows) goes on below.
  let last = '';
  const close = () => {
    if (task?.content.length) {
      tasks.push({ content: task.content.join(' '), cooperating: task.cooperating, deadline: task.deadline.join(' ') || null, lines: task.lines });
    }
    task = null;
  };
  for (const line of lines) {
    const text = line.text;
    if (!text) continue;
    const item = NUMBERED_ITEM.test(text);
    const deadline = isDeadlineCell(text);
    const goesOn = !item && (/^[\p{Ll},;.]/u.test(text) || DANGLING.test(last) || (cell === 'content' && last.length >= width - 12));
    last = text;
    if (task && goesOn) {
      const items = task[cell];
      items[items.length - 1] = `${items.at(-1)} ${text}`;
      task.lines.push(line);
      continue;
    }
    if (task && cell !== 'deadline' && deadline) {
      cell = 'deadline';
      task.deadline.push(text);
      task.lines.push(line);
      continue;
    }
    if (task && cell !== 'deadline' && (item || startsWithHead(text))) {
      cell = 'cooperating';
      task.cooperating.push(text.replace(NUMBERED_ITEM, ''));
      task.lines.push(line);
      continue;
    }
    close();
    task = { content: [text], cooperating: [], deadline: [], lines: [line] };
    cell = 'content';
  }
  close();
  return tasks;
}
