// Agency cells spelled as the gazetteer's names spell them (src/segment/ocr/agency-spelling.ts),
// the lead column learnt from the rows' first lines (src/segment/ocr/lead-first.ts), and a page's
// header read again cell by cell (src/segment/ocr/ruled-header.ts).
import { describe, expect, it } from 'vitest';
import { isAgencyPair, isWholeName, respellAgencyWords } from '../../src/segment/ocr/agency-spelling.js';
import { leadFirstByBody, opensWithAgency } from '../../src/segment/ocr/lead-first.js';
import { cellByCellHeaderAt } from '../../src/segment/ocr/ruled-header.js';

describe('respellAgencyWords', () => {
  it("writes a name's words back as the name spells them, and says what each was", () => {
    expect(respellAgencyWords('Ủy ban nhân dân xã, phương')).toEqual({
      text: 'Ủy ban nhân dân xã, phường',
      changes: [{ from: 'phương', to: 'phường' }],
    });
    expect(respellAgencyWords('S6 N6ng nghiép và Môi trường').text).toBe('Sở Nông nghiệp và Môi trường');
    expect(respellAgencyWords('số Nội vụ').text).toBe('Sở Nội vụ');
  });

  it('tells a pair two names spell apart by the pair after it ("Sở Giáo" of Giáo dục, not "Sở Giao" of Giao thông)', () => {
    expect(respellAgencyWords('S6 Giáo dục và Đào tạo').text).toBe('Sở Giáo dục và Đào tạo');
    expect(respellAgencyWords('Sé Giao thông vận tải').text).toBe('Sở Giao thông vận tải');
    expect(respellAgencyWords('Sd Nông nghiệp và Môi trường').text).toBe('Sở Nông nghiệp và Môi trường');
    // Without a pair after it that says which, the pair stays as read.
    expect(respellAgencyWords('S6 Giao').text).toBe('S6 Giao');
  });

  it('sets apart the words of a name the OCR glued', () => {
    const read = respellAgencyWords('Ủybannhân dân xã, phường');
    expect(read.text).toBe('Ủy ban nhân dân xã, phường');
    expect(read.changes).toEqual([{ from: 'Ủybannhân', to: 'Ủy ban nhân' }]);
    expect(respellAgencyWords('cacs6,ngành').text).toBe('Các sở, ngành');
  });

  it('leaves alone what is spelled right, what no name prints, and a lone pair met by chance', () => {
    for (const text of [
      'Sở Tài chính',
      'Các cơ quan, đơn vị, địa phương',
      'Chi cục Hải quan khu vực V',
      'Cục Đăng ký và Dữ liệu thông tin',
    ])
      expect(respellAgencyWords(text)).toEqual({ text, changes: [] });
  });
});

describe('names as a closed vocabulary', () => {
  it('knows which words go together in a name, and a whole name', () => {
    expect(isAgencyPair('Sở', 'Xây')).toBe(true);
    expect(isAgencyPair('S6', 'Tai')).toBe(true);
    expect(isAgencyPair('chính,', 'Sở')).toBe(false);
    expect(isAgencyPair('Xây', 'Ban')).toBe(false);
    expect(isWholeName('Sở Xây dựng')).toBe(true);
    expect(isWholeName('So Tai chinh')).toBe(true);
    expect(isWholeName('Sở Khoa học và')).toBe(false);
  });
});

describe('leadFirstByBody', () => {
  const header = ['stt', 'content', 'lead', 'cooperating', 'deadline'] as const;
  it('puts the lead first where most numbered lines open with an agency, glued or not', () => {
    expect(opensWithAgency('Ủy bannhân | Tiếp tục tổ chức')).toBe(true);
    expect(opensWithAgency('CacS6,nganh_ |Phê duyệt')).toBe(true);
    expect(opensWithAgency('Ban hành quy chế phối hợp')).toBe(false);
    const body = ['1 |Ủy bannhân | Tiếp tục tổ chức', 'dân xã, | hiệu quả', '2 |CacS6,nganh_ |Phê duyệt', '3 Sở Tài chính Hướng dẫn'];
    expect(leadFirstByBody([...header], body)).toEqual(['stt', 'lead', 'content', 'cooperating', 'deadline']);
  });

  it('keeps the order where rows open with their task text', () => {
    const body = [
      '1 Xây dựng quy chế Sở Nội vụ',
      '2 Ban hành kế hoạch Sở Tư pháp',
      '3 Các cơ quan rà soát Sở Y tế',
      '4 Tổ chức tập huấn Sở Nội vụ',
    ];
    expect(leadFirstByBody([...header], body)).toEqual([...header]);
  });
});

describe('cellByCellHeaderAt', () => {
  it("finds a page's header printed again and read cell by cell, and where its body starts", () => {
    const lines = [
      'thuộc phạm vi quản lý. quan',
      '',
      'STT',
      '',
      'Nội dung thực hiện',
      '',
      'Cơ quan chủ trì',
      '',
      'Thời gian hoàn',
      'thành',
      '',
      'Cơ quan phối hợp',
      '',
      'Tổ chức tập huấn nghiệp vụ cho công',
    ];
    expect(cellByCellHeaderAt(lines, 2)).toBe(12);
    // Not within a row's text, nor at a line with no blank above it.
    expect(cellByCellHeaderAt(lines, 0)).toBeNull();
    expect(cellByCellHeaderAt(lines, 9)).toBeNull();
    expect(cellByCellHeaderAt(['Sở Nội vụ', '', 'Quý II/2025', '', '- Sở Tư pháp'], 2)).toBeNull();
  });
});
