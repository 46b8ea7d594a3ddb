// A decision publishing administrative procedures (TTHC) prints them as a table whose rows name a
// procedure and the body that handles it ("Tên thủ tục hành chính" ⏎ "Lĩnh vực" ⏎ "Cơ quan thực
// hiện"): a catalogue, not a task table (shapes of corpus:tnt/1b479d81b4a8f42e, 5e4a9784909432f8,
// 1a9051122afe8e2b, 9aeb199f5e0aa225, e7792cccbca70a64, gold/INDEX.md). A plan reviewing
// procedures names who leads each review: its table is a task table still. Invented tables.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { provincialHeading } from '../helpers/invented-plan.js';

const tasksOf = (text: string) => parse(text, { path: 'decision.txt', restore: 'never' }).tasks;
const names = (agencies: Array<{ name: string }>) => agencies.map((a) => a.name);

const DECISION = `${provincialHeading({ place: 'Phú Yên', number: '1432/QĐ-UBND', dated: 'ngày 12 tháng 11 năm 2025' })}
QUYẾT ĐỊNH
CÔNG BỐ THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC VĂN THƯ, LƯU TRỮ
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
Căn cứ Luật Tổ chức chính
quyền địa phương ngày 16/6/2025;
QUYẾT ĐỊNH:
Điều 1.
Công bố kèm theo Quyết định này 03 thủ tục hành chính nội bộ.
Điều 2.
Quyết định này có hiệu lực thi hành kể từ ngày ký.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Hữu Phước
PHỤ LỤC
THỦ TỤC HÀNH CHÍNH NỘI BỘ TRONG LĨNH VỰC VĂN THƯ, LƯU TRỮ
PHẦN I.
DANH MỤC THỦ TỤC HÀNH CHÍNH
`;

describe('a catalogue of administrative procedures', () => {
  it('yields no task where the rows name procedures and their handling body', () => {
    const tasks = tasksOf(`${DECISION}STT
Tên thủ tục hành chính
Lĩnh vực
Cơ quan thực hiện
1
Thủ tục thẩm định danh mục
tài liệu hết giá trị cần hủy
Văn thư, lưu trữ
Sở Nội vụ
2
Thủ tục cho phép sử dụng tài liệu
lưu trữ thuộc danh mục hạn chế sử dụng
Văn thư, lưu trữ
Sở Nội vụ
PHẦN II.
NỘI DUNG CỤ THỂ CỦA TỪNG THỦ TỤC HÀNH CHÍNH
`);
    expect(tasks).toEqual([]);
  });

  it('yields no task where the catalogue prints codes, time limits and fees beside the handling body', () => {
    const tasks = tasksOf(`${DECISION}Stt
Mã TTHC
Tên TTHC
Thời hạn giải quyết
Cơ quan thực hiện
Phí, lệ phí
1
2.001234
Cấp bản sao tài liệu lưu trữ
05 ngày làm việc
Sở Nội vụ
Không
`);
    expect(tasks).toEqual([]);
  });

  it('still reads a plan reviewing procedures, each review with its lead', () => {
    const tasks = tasksOf(`${DECISION}STT
Tên thủ tục hành chính
Cơ quan chủ trì rà soát
Cơ quan phối hợp
Thời gian hoàn thành
1
Thủ tục thẩm định danh mục
tài liệu hết giá trị cần hủy
Sở Nội vụ
Văn phòng UBND tỉnh
Quý I/2026
2
Thủ tục cho phép sử dụng tài liệu
lưu trữ thuộc danh mục hạn chế sử dụng
Sở Nội vụ
Sở Tư pháp
Quý II/2026
`);
    expect(tasks.map((t) => names(t.lead))).toEqual([['Sở Nội vụ'], ['Sở Nội vụ']]);
    expect(names(tasks[1]!.cooperating)).toEqual(['Sở Tư pháp']);
  });
});
