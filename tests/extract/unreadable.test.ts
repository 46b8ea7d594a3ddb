// Unreadable OCR stays in the text but out of the fields a task is read into.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';

// A made-up plan as English OCR prints it: marks lost, specks in one task's line.
const plan = `UY BAN NHAN DAN
TINH BINH MINH
So: 45/KH-UBND
KE HOACH
Cai cach hanh chinh nam 2024

I. MUC DICH, YEU CAU
Nang cao chat luong phuc vu nguoi dan va doanh nghiep.

II. NHIEM VU
1. Ra soat, don gian hoa thu tuc hanh chinh trong linh vuc dat dai.
2. Duy tri ty le ho so giai quyet dung han O e YA a4 A tren 98%.
3. Nang cap Cong dich vu cong truc tuyen cua tinh.
`;

describe('unreadable OCR in fields', () => {
  it('drops a run of specks from the task that holds it, with a diagnostic at its place', () => {
    const doc = parse(plan, { restore: 'always' });
    expect(doc.restoration.unreadable).toEqual([{ line: 12, column: 44, text: 'O e YA a4 A' }]);
    const task = doc.tasks.find((t) => t.content.includes('giải quyết'));
    expect(task?.content).toBe('Duy trì tỷ lệ hồ sơ giải quyết đúng hạn trên 98%.');
    expect(doc.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'restore:ocr-unreadable', line: 12, column: 44 }));
    // The other tasks are read as before.
    expect(doc.tasks.map((t) => t.content)).toContain('Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực đất đai.');
  });
});
