// The review page gives the parser's diagnostics in Vietnamese: every rule the
// pipeline emits has a rendering, and each rendering reads the real message —
// produced here by the real pipeline on inputs that trigger it — keeping the
// names, texts and numbers it quotes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { decode, encodeLegacy } from '../../src/decode/index.js';
import { RENDERED_RULES, vietnameseMessage } from '../../src/report/diagnostic-text.js';
import { renderReport } from '../../src/report/index.js';
import { escapeAttribute, escapeHtml } from '../../src/report/escape.js';
import { fixturePath, repoRoot } from '../helpers/shared.js';

const fixture = (name: string) => readFileSync(fixturePath(name));
const decisionText = fixture('encodings/decision.txt').toString('utf8');
const planText = fixture('clean-plan.txt').toString('utf8');

/** Diagnostics the real code emits, by rule, each from an input that triggers it. */
function realDiagnostics(): Map<string, { ruleId: string; message: string }> {
  const found = new Map<string, { ruleId: string; message: string }>();
  const add = (list: Array<{ ruleId: string; message: string }>) => {
    for (const d of list) if (!found.has(d.ruleId.split(':').pop()!)) found.set(d.ruleId.split(':').pop()!, d);
  };
  const fromDecode = (bytes: Uint8Array, encoding?: string) =>
    add(decode(bytes, { encoding }).messages.map((m) => ({ ruleId: m.ruleId, message: m.reason })));
  for (const name of ['ocr/decision.txt', 'ocr/interleaved-table.txt', 'ocr/par-table.txt'])
    add(parse(fixture(name), { path: name }).diagnostics);
  // An unknown agency and a deadline no parser reads, in an otherwise clean plan; an appendix with no table.
  const odd = planText
    .replace('Sở Tư pháp chịu trách nhiệm chủ trì', 'Ban Điều phối Dự án Đồng bằng chịu trách nhiệm chủ trì')
    .replace('Trước tháng 12 năm 2013', 'tùy tình hình');
  add(
    parse(
      odd + '\nGhi chú: đạt 123456789012345678901% số hồ sơ.\nPhụ lục số IX. CÁC NỘI DUNG KHÁC\nCác nội dung khác do Sở Nội vụ tổng hợp.\n',
      { path: 'odd.txt' },
    ).diagnostics,
  );
  // A plan whose agency's tasks are introduced by a sentence ending in a colon.
  add(
    parse(
      'KẾ HOẠCH\nCải cách hành chính năm 2024\n\nI. MỤC ĐÍCH\nNâng cao chất lượng phục vụ.\n\nII. NHIỆM VỤ\n\n1. Sở Nội vụ\nCăn cứ Kế hoạch này, thực hiện các nhiệm vụ sau:\na) Rà soát thủ tục hành chính của tỉnh.\nb) Báo cáo kết quả thực hiện.\n',
      { path: 'lead-in.txt' },
    ).diagnostics,
  );
  add(parse(`${planText}\n${'- '.repeat(40)}Rà soát thủ tục.\n`, { path: 'nested.md', input: 'markdown' }).diagnostics);
  // A made-up decree: a legal normative text, whose duties are no tasks.
  add(
    parse(
      'CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/2024/NĐ-CP\nHà Nội, ngày 5 tháng 3 năm 2024\n\nNGHỊ ĐỊNH\nQuy định về kiểm soát thủ tục hành chính\n\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định về kiểm soát thủ tục hành chính.\n\nĐiều 2. Trách nhiệm của Bộ Nội vụ\n1. Hướng dẫn, kiểm tra việc thực hiện Nghị định này.\n2. Tổng hợp, báo cáo Chính phủ hằng năm.\n',
      { path: 'decree.txt' },
    ).diagnostics,
  );
  // A made-up OCR'd ruled table whose lead the restorer misspelled ("xã, phương").
  add(
    parse(
      'PHỤ LỤC 01\nCÁC NHIỆM VỤ TRỌNG TÂM\n\nSTT Nội dung thực hiện Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành\n1 Xây dựng quy chế phối hợp trong công tác |Ủy ban nhân dân |- Sở Tư pháp Quý II/2025\nkiểm tra cải cách hành chính trên địa bàn xã, phương\ntỉnh và báo cáo kết quả thực hiện.\n2 Rà soát, đơn giản hóa thủ tục hành chính |Sở Nội vụ |Các cơ quan liên Tháng 6/2025\nthuộc phạm vi quản lý của các cơ quan. quan\n',
      { path: 'ruled-scan.txt', restore: 'never' },
    ).diagnostics,
  );
  // A made-up OCR'd ruled table whose header's last words the OCR read below it, above row 1.
  add(
    parse(
      'PHỤ LỤC 02\nCÁC NHIỆM VỤ TRỌNG TÂM\n\nTT Nhiệm vụ | Sản phẩm/Kết | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn\nỖ ¬ BA ành\nquả thực hiện| thực hiện\n1 |Xây dựng cơ sở dữ liệu cán bộ, |Báo cáo |Sở Nội vụ |Các sở, ban, Quý III/2025\ncông chức của tỉnh. ngành\n2 |Rà soát quy trình nội bộ giải quyết |Quy trình |Sở Tư pháp |Các cơ quan Năm 2025\nthủ tục hành chính. liên quan\n3 |Tổ chức đối thoại với doanh nghiệp |Báo cáo |Sở Tài chính |Hiệp hội Năm 2026\nvề thủ tục hành chính. doanh nghiệp\n',
      { path: 'left-above.txt', restore: 'never' },
    ).diagnostics,
  );
  // A made-up OCR'd decision with a line of specks.
  add(
    parse(
      'QUYET DINH\nVe viec ban hanh Ke hoach cai cach hanh chinh nam 2024\nO e YA a4 A\nDieu 1. Ban hanh kem theo Quyet dinh nay Ke hoach cai cach hanh chinh.\n',
      { path: 'specks.txt' },
    ).diagnostics,
  );
  fromDecode(fixture('encodings/decision.tcvn3-as-cp1252.txt'));
  fromDecode(Buffer.concat([Buffer.from(decisionText.trimEnd() + '\nGhi chú: '), Buffer.from('ư').subarray(0, 1)]));
  const lines = decisionText.split('\n');
  fromDecode(Buffer.concat([Buffer.from(lines.slice(0, 20).join('\n') + '\n'), encodeLegacy(lines.slice(20).join('\n'), 'tcvn3')]));
  fromDecode(Buffer.from('Hello world, this is plain text with a caf\xe9.\n', 'latin1'));
  fromDecode(
    Buffer.concat([Buffer.from('Quyết định số 12/QĐ-UBND '), Buffer.from([0xc3, 0x28]), Buffer.from(' về việc ban hành\n')]),
    'utf-8',
  );
  return found;
}

/** Every rule named in the source (ruleId: '…' and ruleId unions). */
function rulesInSource(): Set<string> {
  const rules = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !path.includes('/report/')) {
        const source = readFileSync(path, 'utf8');
        for (const m of source.matchAll(/ruleId: '([a-z-]+)'/g)) rules.add(m[1]!);
        for (const m of source.matchAll(/ruleId: ((?:'[a-z-]+'\s*\|\s*)+'[a-z-]+')/g))
          for (const r of m[1]!.matchAll(/'([a-z-]+)'/g)) rules.add(r[1]!);
      }
    }
  };
  walk(join(repoRoot, 'src'));
  return rules;
}

const ENGLISH = /\b(the|not|row|could|with|was|were|from|as|found|cell|taken|file|line|lines|read|dropped|encoding|repaired)\b/;

describe('diagnostics in Vietnamese on the review page', () => {
  const real = realDiagnostics();

  it('has a rendering for every rule the source emits', () => {
    const rules = rulesInSource();
    expect(rules.size).toBeGreaterThanOrEqual(12);
    expect([...rules].filter((r) => !RENDERED_RULES.includes(r))).toEqual([]);
  });

  it('reads every real message: Vietnamese, no English left, quoted names and numbers kept', () => {
    expect([...real.keys()].sort()).toEqual([...RENDERED_RULES].sort());
    for (const [rule, d] of real) {
      const vietnamese = vietnameseMessage(d);
      expect(vietnamese, `${rule}: ${d.message}`).toBeDefined();
      expect(vietnamese!.replace(/"[^"]*"/g, ''), `${rule}: ${vietnamese}`).not.toMatch(ENGLISH);
      for (const quoted of d.message.match(/"[^"]*"/g) ?? []) expect(vietnamese, rule).toContain(quoted);
      for (const number of d.message.replace(/"[^"]*"/g, '').match(/\d+/g) ?? []) expect(vietnamese, rule).toContain(number);
    }
  });

  it('examples read as a reviewer would say them', () => {
    expect(vietnameseMessage({ ruleId: 'extract:agency-unknown', message: 'agency not in the gazetteer: "Ban Điều phối"' })).toBe(
      'Cơ quan chưa có trong danh mục: "Ban Điều phối"',
    );
    expect(
      vietnameseMessage({
        ruleId: 'cchc-segment:ocr-cell-unread',
        message: "Phụ lục 01, row 9: products, deadline not recovered from the OCR'd table",
      }),
    ).toBe('Phụ lục 01, hàng 9: không khôi phục được sản phẩm, thời hạn từ bảng đã OCR');
    expect(
      vietnameseMessage({ ruleId: 'restore:uncertain-restoration', message: 'restored "ét" as "ốt" with low confidence (0.111)' }),
    ).toBe('Khôi phục "ét" thành "ốt" với độ tin cậy thấp (0,111)');
    expect(
      vietnameseMessage({
        ruleId: 'cchc-segment:ocr-lead-uncertain',
        message: 'Phụ lục 02, row 5: lead "Xq Tvv gbh" unreadable: left out',
      }),
    ).toBe('Phụ lục 02, hàng 5: không đọc được cơ quan chủ trì "Xq Tvv gbh", để trống');
    expect(
      vietnameseMessage({
        ruleId: 'cchc-segment:ocr-lead-uncertain',
        message: 'Phụ lục 01, row 6: lead "Sở Nội vụ, Sở" goes on past its first lines, which were read as the cooperating cell\'s',
      }),
    ).toBe('Phụ lục 01, hàng 6: cơ quan chủ trì "Sở Nội vụ, Sở" kéo dài sang các dòng đã bị đọc vào ô cơ quan phối hợp, cần kiểm tra');
    expect(
      vietnameseMessage({
        ruleId: 'cchc-segment:ocr-lead-uncertain',
        message: 'Phụ lục 01, row 2: lead "Trung tâm" opens with no body\'s name: it may be another cell\'s words',
      }),
    ).toBe('Phụ lục 01, hàng 2: cơ quan chủ trì "Trung tâm" không mở đầu bằng tên cơ quan nào: có thể là chữ của ô khác, cần kiểm tra');
    // A wording the page does not know stays as the parser wrote it.
    expect(vietnameseMessage({ ruleId: 'extract:agency-unknown', message: 'something else' })).toBeUndefined();
    expect(vietnameseMessage({ ruleId: 'other:new-rule', message: 'x' })).toBeUndefined();
  });

  it('the page shows the Vietnamese message, with the original on hover', () => {
    const doc = parse(fixture('ocr/par-table.txt'), { path: 'par-table.txt' });
    const html = renderReport(doc, fixture('ocr/par-table.txt').toString('utf8'));
    const agency = doc.diagnostics.find((d) => d.ruleId.endsWith('agency-unknown'))!;
    expect(html).toContain(`title="${escapeAttribute(agency.message)}">${escapeHtml(vietnameseMessage(agency)!)}</span>`);
  });
});
