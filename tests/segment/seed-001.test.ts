// Seed 001 (Markdown, tables as tab-separated rows with HTML cells): no shared
// gold, so its appendix row counts and a sample of rows read by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { hasShared, seedPath, sharedMissingNote } from '../helpers/shared.js';

if (!hasShared) console.warn(sharedMissingNote('seed 001 tests'));

describe.skipIf(!hasShared)('seed 001 (Markdown)', () => {
  const doc = hasShared ? parse(readFileSync(seedPath('001')), { path: seedPath('001') }) : null!;
  const task = (id: string) => doc.tasks.find((t) => t.id === id)!;

  it('holds 5, 7, 7, 5, 5, 3 and 4 rows in Phụ lục 01–07', () => {
    const counts: Record<string, number> = {};
    for (const t of doc.tasks) counts[t.appendix] = (counts[t.appendix] ?? 0) + 1;
    expect(counts).toEqual({ '01': 5, '02': 7, '03': 7, '04': 5, '05': 5, '06': 3, '07': 4 });
  });

  it('leaves the blank number and date null, never invented', () => {
    expect(doc.decision.number).toBeNull();
    expect(doc.decision.date).toBeNull();
    expect(doc.decision.signer).toBe('Đỗ Minh Tuấn');
    expect(doc.decision.articles.map((a) => a.number)).toEqual([1, 2, 3]);
  });

  it('reads targets 1.1–1.6', () => {
    expect(doc.targets.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
    expect(doc.targets[4]!.text).toMatch(/^Có thêm 01 đơn vị sự nghiệp công lập/u);
  });

  it('reads a row with plain cells (01/2)', () => {
    const t = task('PL-01/2');
    expect(t.content).toMatch(/^Xây dựng chính sách khuyến khích chuyển đổi số/u);
    expect(t.products).toEqual(['Nghị quyết của HĐND tỉnh']);
    expect(t.lead.map((a) => a.name)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(t.cooperating.map((a) => a.name)).toEqual(['Các sở, ban, ngành cấp tỉnh', 'UBND cấp huyện']);
    expect(t.deadline?.text).toBe('Quý III/2023');
  });

  it('reads HTML list cells item by item (02/2)', () => {
    const t = task('PL-02/2');
    expect(t.lead.map((a) => a.name)).toEqual([
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Các sở, ban ngành cấp tỉnh',
      'UBND cấp huyện',
      'UBND cấp xã',
    ]);
    expect(t.deadline?.text).toBe('- Tổ chức thực hiện: thường xuyên; - Báo cáo kết quả thực hiện: định kỳ hàng quý');
  });

  it('reads the appendix 07 layout (Nhiệm vụ cụ thể | Sản phẩm | Cơ quan thực hiện …)', () => {
    const t = task('PL-07/1');
    expect(t.content).toMatch(/^Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch CCHC năm 2023/u);
    expect(t.products).toContain('Báo cáo kết quả thực hiện');
    expect(t.lead.length).toBeGreaterThan(0);
  });
});
