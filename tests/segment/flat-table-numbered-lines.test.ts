// Numbers with sub-levels inside a flat task table (LAYOUTS.md §4): a sub-group's label printed
// alone ("III.1" ⏎ "Nhóm …", shape of corpus:tnt/2edf5927c71bc4c1) or with its title ends the row
// before it and is no cell of it; a row whose number and first words share a line ("2.3 Thực hiện …",
// as a gazette PDF's text prints it, plans:p8-105-NQ-CP-2026.txt) is a row of its own. Invented tables.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { deputySignature, provincialHeading } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Kon Tum', number: '318/KH-UBND', dated: 'ngày 02 tháng 12 năm 2025' })}
KẾ HOẠCH
PHÁT TRIỂN CHÍNH QUYỀN SỐ

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.

${deputySignature('Lê Văn Hòa')}`;

const tasksOf = (text: string) => parse(text, { path: 'plan.txt', restore: 'never' }).tasks;
const deadline = (task: { deadline: { text: string } | null }) => task.deadline?.text ?? null;

describe('numbers with sub-levels in a flat table', () => {
  it('ends a row at a sub-group label and keeps the label and its title out of the row', () => {
    const tasks = tasksOf(`${HEADER}
PHỤ LỤC
TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
III
Phát triển các nền tảng số
III.1
Nhóm nền tảng phục vụ người dân
1
Triển khai ứng dụng phản ánh kiến nghị của người dân trên địa bàn tỉnh
Sở Khoa học và Công nghệ
Các sở, ngành
Năm 2026
III.2
Nhóm nền tảng phục vụ chỉ đạo, điều hành
2
Xây dựng hệ thống thông tin báo cáo của tỉnh kết nối với hệ thống quốc gia
Văn phòng UBND tỉnh
Các sở, ngành
Năm 2026-2027
`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['III.1', 'III.2']);
    expect(tasks.map(deadline)).toEqual(['Năm 2026', 'Năm 2026-2027']);
  });

  it('reads a row whose number shares its line with the task text', () => {
    const tasks = tasksOf(`${HEADER}
PHỤ LỤC
TT
Nội dung công việc
Cơ quan
chủ trì
Cơ quan
phối hợp
Thời hạn
hoàn thành
2
Sắp xếp các đơn vị sự nghiệp công lập
Sở Nội vụ
Các sở, ngành
Quý II/2026
2.1 Theo dõi, tổng hợp việc sắp xếp đơn
vị sự nghiệp công lập của các sở, ngành
Sở Nội vụ
Các sở, ngành
Quý III/2026
2.2 Rà soát chức năng, nhiệm vụ của các
trung tâm sự nghiệp công lập cấp tỉnh
Sở Tài chính
Sở Nội vụ
Quý IV/2026
`);
    expect(tasks.map((t) => t.ordinal)).toEqual(['2', '2.1', '2.2']);
    expect(tasks.map((t) => t.lead.map((a) => a.name))).toEqual([['Sở Nội vụ'], ['Sở Nội vụ'], ['Sở Tài chính']]);
    expect(tasks.map(deadline)).toEqual(['Quý II/2026', 'Quý III/2026', 'Quý IV/2026']);
  });
});
