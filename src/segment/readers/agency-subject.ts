// Who a heading or a sentence names as its agency (LAYOUTS.md §7, §10):
//   "1. Sở Nội vụ:"                               → Sở Nội vụ
//   "2.1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ:" → Sở Tài chính, cooperating Sở Nội vụ
//   "3. Đề nghị Ủy ban MTTQ tỉnh: …"               → Ủy ban MTTQ tỉnh (asked, not ordered)
//   "Giao Sở Tư pháp theo dõi, đôn đốc …"          → Sở Tư pháp
//   "Bộ Nội vụ chủ trì, phối hợp với các bộ … xây dựng …" → Bộ Nội vụ, cooperating các bộ …
import { startsWithHead } from '../../knowledge/agencies/index.js';
import { isAllCaps, sentenceCase } from '../casing.js';

// What may stand before the agency: a request, an assignment, "the responsibility of".
// "Căn cứ Kế hoạch này, các Sở, ban, ngành …", "Đồng thời, giao …": a clause before the subject.
// "Về <the matter raised>: giao Bộ X …", "Về dự án …: Bộ Y khẩn trương …": a conclusions notice
// answers each request of a province by the matter, then whom it assigns.
const PREFIX =
  /^(?<topic>Về\s[^:]{3,400}:\s*)?(?:Căn cứ [^,;:]{3,80},\s*|Đồng thời,\s*)?(?:(?<request>Đề nghị)\s+|Giao\s+(?:cho\s+)?|(?<bearer>Trách nhiệm của)\s+|Đối với\s+)?/iu;
// Where the agency's name ends in a sentence: the first verb of its duty. After "các"/"những" the
// word is a noun of the name ("các tổ chức chính trị - xã hội"), not a verb.
const DUTY =
  /(?<!(?:^|\s)(?:các|Các|những|Những))\s(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm|là cơ quan|làm đầu mối|cùng với|cùng|tổ chức|thực hiện|triển khai|tham mưu|hướng dẫn|xây dựng|rà soát|chỉ đạo|theo dõi|căn cứ|bố trí|đảm bảo|bảo đảm|nghiên cứu|cung cấp|chủ động|quán triệt|tăng cường|kiểm tra|tiếp tục|định kỳ|giám sát|đôn đốc|tuyên truyền|phổ biến|hỗ trợ|trình|ban hành|lập|nâng cao|đẩy mạnh|tập trung|được|phụ trách|quản lý|thường xuyên|khẩn trương|sớm|tích cực|nắm|duy trì|tiếp nhận|hoàn thành|ưu tiên|dự toán|cân đối|gửi|theo chức năng|phát huy|đẩy nhanh|quyết liệt|làm việc|xem xét|trực tiếp|trước ngày)(?=[\s,:;]|$)/u;
// Several agencies may share one duty: "Học viện …, Học viện … và Ban … thuộc Bộ Nội vụ chủ trì …".
const MAX_NAME_WORDS = 32;
// A head word alone names no one ("Đơn vị: triệu đồng" is a table's unit).
const GENERIC = /^(?:đơn vị|cơ quan|bộ phận)(?:\s+tính)?$/iu;

export interface AgencySubject {
  agency: string;
  /** What follows the agency: the text after its colon, or the rest of the sentence from its duty. */
  rest: string;
  /** The heading ended with a colon: what comes below it are its tasks. */
  colon: boolean;
  /** "Đề nghị …": the organisation is asked, not ordered. */
  request: boolean;
  /** "Về <matter>: " before the agency: what the task answers, not the task's own words ('' when none). */
  topic?: string;
}

/** `heading`: the text heads bullets of its own, so a name without its colon may still be all of it. */
export function agencySubject(printed: string, heading = false): AgencySubject | null {
  // A heading in capitals ("1. SỞ NỘI VỤ:") names its agency as running text would ("Sở nội vụ").
  const text = isAllCaps(printed) ? sentenceCase(printed) : printed;
  const prefix = text.match(PREFIX);
  const body = prefix ? text.slice(prefix[0].length) : text;
  const colon = colonOutsideBrackets(body);
  if (!startsWithHead(body)) return prefix?.groups?.bearer ? namedBearer(body, colon, heading) : null;
  const whole = describedGroup(body, colon, heading);
  const topic = prefix?.groups?.topic ?? '';
  if (whole) return { agency: whole, rest: '', colon: true, request: Boolean(prefix?.groups?.request), topic };
  const duty = body.search(DUTY);
  // "Sở X chủ trì, phối hợp với Y:" — a heading that also says who cooperates: the name ends at the duty.
  const end = duty > 0 && (colon < 0 || duty < colon) ? duty : colon;
  if (end <= 0) {
    // A heading that is only a name ("1. Sở Nội vụ").
    return words(body) <= MAX_NAME_WORDS && !/[.;]$/u.test(body)
      ? { agency: tidy(body), rest: '', colon: false, request: Boolean(prefix?.groups?.request), topic }
      : null;
  }
  const agency = tidy(body.slice(0, end));
  if (!agency || words(agency) > MAX_NAME_WORDS || GENERIC.test(agency)) return null;
  return {
    agency,
    rest: body
      .slice(end)
      .replace(/^\s*:\s*/u, '')
      .trim(),
    colon: colon >= 0 && colon <= end + 1 ? true : colon >= 0 && /:\s*$/u.test(body),
    request: Boolean(prefix?.groups?.request),
    topic,
  };
}

// "Các cơ quan quản lý cấp trên (gồm …):", "Các tổ chức cung cấp dịch vụ chi trả:" — a group of
// bodies named by what they do: a heading that is only a plural name before its colon (or with no
// colon, over bullets of its own). A duty of the heading's own ("Các đơn vị thuộc Bộ thực hiện các
// nhiệm vụ sau:", chủ trì, phối hợp …) leaves the name to end at its duty word.
const DESCRIBED_GROUP = /^(?:Các|các|Những|những)\s/u;
const HEADING_DUTY = /(?:^|\s)(?:chủ trì|phối hợp|thực hiện|triển khai|nhiệm vụ|trách nhiệm|như sau|sau)(?=[\s,;]|$)/u;

function describedGroup(body: string, colon: number, heading: boolean): string | null {
  if (colon < 0 ? !heading || /[.;]$/u.test(body) : body.slice(colon + 1).trim()) return null;
  const name = tidy(colon < 0 ? body : body.slice(0, colon));
  const outside = name.replace(/\([^)]*\)/gu, '');
  if (!DESCRIBED_GROUP.test(outside) || HEADING_DUTY.test(outside) || words(outside) > MAX_NAME_WORDS) return null;
  return name;
}

// "Trách nhiệm của đối tượng thực hiện kiểm kê:", "Trách nhiệm của người khai hải quan:": the words
// after "Trách nhiệm của" name who bears the duties below, whatever that party is called.
const MAX_BEARER_WORDS = 16;

function namedBearer(body: string, colon: number, heading: boolean): AgencySubject | null {
  if (colon < 0 ? !heading || /[.;]$/u.test(body) : body.slice(colon + 1).trim()) return null;
  const name = tidy(colon < 0 ? body : body.slice(0, colon));
  if (!name || words(name) > MAX_BEARER_WORDS) return null;
  return { agency: name, rest: '', colon: true, request: false };
}

/** The first colon not inside brackets ("(gồm các sở: …)" names members, not the heading's end). */
function colonOutsideBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) return i;
  }
  return -1;
}

const words = (text: string) => text.split(/\s+/u).length;
const tidy = (name: string) =>
  name
    .replace(/[\s,:;.\-–]+$/u, '')
    .replace(/\s+-\s+(?:cơ quan|đơn vị)\s.*$/iu, '')
    .trim();
