// Target metrics as the seeds phrase them (Thanh Hóa 2022/2023 targets, the SIPAS appendix).
import { describe, expect, it } from 'vitest';
import { extractMetrics } from '../../src/extract/metrics.js';

describe('extractMetrics', () => {
  it.each<[string, Array<Partial<{ value: number; unit: string; comparator: string; subject: string | null; outOf: number | null }>>]>([
    [
      'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước đạt tối thiểu 92%.',
      [
        {
          value: 92,
          unit: '%',
          comparator: '>=',
          subject: 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
          outOf: null,
        },
      ],
    ],
    [
      'Tập trung giải quyết thủ tục hành chính, bảo đảm duy trì tỷ lệ giải quyết đúng hạn từ 98% trở lên',
      [{ value: 98, unit: '%', comparator: '>=' }],
    ],
    [
      '100% hồ sơ thủ tục hành chính đủ điều kiện được giải quyết trực tuyến toàn trình.',
      [{ value: 100, unit: '%', comparator: '=', subject: 'hồ sơ thủ tục hành chính đủ điều kiện' }],
    ],
    [
      'Có thêm 02 đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên.',
      [{ value: 2, unit: 'đơn vị', comparator: '=', subject: 'thêm đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên' }],
    ],
    ['Luôn duy trì và phấn đấu đạt tối đa 0.5 điểm.', [{ value: 0.5, unit: 'điểm', comparator: '=', outOf: 0.5 }]],
    ['Phấn đấu đạt điểm tối đa 1,5 điểm.', [{ value: 1.5, unit: 'điểm', comparator: '=', outOf: 1.5 }]],
    [
      'Chỉ số hài lòng đạt 4.2 điểm trên tổng 5 điểm.',
      [{ value: 4.2, unit: 'điểm', comparator: '=', outOf: 5, subject: 'Chỉ số hài lòng' }],
    ],
    ['Tỷ lệ người dân hài lòng trên 60%.', [{ value: 60, comparator: '>', subject: 'Tỷ lệ người dân hài lòng' }]],
    ['Tỷ lệ hồ sơ trễ hạn không quá 2%.', [{ value: 2, comparator: '<=' }]],
    ['Tối thiểu 90% hồ sơ được luân chuyển trong nội bộ.', [{ value: 90, comparator: '>=', subject: 'hồ sơ' }]],
    [
      '97% cơ sở dữ liệu chuyên ngành được hoàn thành; 100% hồ sơ công việc được xử lý trên môi trường mạng.',
      [
        { value: 97, subject: 'cơ sở dữ liệu chuyên ngành' },
        { value: 100, subject: 'hồ sơ công việc' },
      ],
    ],
  ])('%s', (text, expected) => {
    const metrics = extractMetrics(text);
    expect(metrics).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(metrics[i]).toMatchObject(e));
  });

  it('reads no metric from dates, document numbers or plain counts', () => {
    expect(extractMetrics('Theo Nghị định số 107/2020/NĐ-CP ngày 17/9/2020, năm 2023, tại 36 UBND cấp xã miền núi.')).toEqual([]);
    expect(extractMetrics('Hoàn thành việc sắp xếp tổ chức bộ máy cơ quan chuyên môn cấp tỉnh, cấp huyện.')).toEqual([]);
  });
});

describe('extractMetrics: subjects in longer targets (Thanh Hóa 2011–2015 style)', () => {
  it('takes the clause before when the words after say when, not what', () => {
    const [m] = extractMetrics('bảo đảm sự hài lòng của cá nhân đối với dịch vụ giáo dục, y tế đạt mức trên 60% vào năm 2015.');
    expect(m).toMatchObject({ value: 60, comparator: '>', subject: 'bảo đảm sự hài lòng của cá nhân đối với dịch vụ giáo dục, y tế' });
  });

  it('keeps a noun phrase with commas and stops at the next number', () => {
    const metrics = extractMetrics(
      'Vào năm 2015, trên 60% cá nhân, tổ chức hài lòng đối với cơ quan hành chính; trên 80% công chức cấp xã ở vùng đồng bằng và trên 60% ở vùng miền núi đạt chuẩn.',
    );
    expect(metrics.map((m) => [m.comparator, m.value, m.subject])).toEqual([
      ['>', 60, 'cá nhân, tổ chức hài lòng đối với cơ quan hành chính'],
      ['>', 80, 'công chức cấp xã ở vùng đồng bằng'],
      ['>', 60, 'ở vùng miền núi'],
    ]);
  });
});
