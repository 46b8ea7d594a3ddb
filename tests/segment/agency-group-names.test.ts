// Agency headings (B2) that name a group of bodies by what they do, and names that hold "các tổ
// chức …" (LAYOUTS.md §7, §10): the whole name is the lead, not its first words up to a word that
// could be a duty verb elsewhere ("tổ chức", "cung cấp", "quản lý", "xây dựng").
// Invented plans in the shape of corpus:tnt/3a2db039af8c2d05, corpus:tnt/689f49d25e51cbaa,
// corpus:tnt/62f25a030c183151 and plans:lvn-208-QD-TTg-2014.txt.
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/pipeline.js';
import { agencySubject } from '../../src/segment/readers/agency-subject.js';
import { provincialHeading, deputySignature } from '../helpers/invented-plan.js';

const HEADER = `${provincialHeading({ place: 'Phú Yên', number: '88/KH-UBND', dated: 'ngày 12 tháng 5 năm 2026' })}
KẾ HOẠCH
THÚC ĐẨY THANH TOÁN KHÔNG DÙNG TIỀN MẶT NĂM 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Bảo đảm các nhiệm vụ được triển khai đồng bộ.

II. TỔ CHỨC THỰC HIỆN

1. Sở Tài chính
- Hướng dẫn các đơn vị lập dự toán kinh phí thực hiện Kế hoạch.

2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội
- Vận động hội viên mở tài khoản thanh toán điện tử.
- Giám sát việc chi trả trợ cấp tại cơ sở.

3. Đề nghị các tổ chức cung cấp dịch vụ thanh toán
- Mở rộng mạng lưới điểm giao dịch tại các xã vùng sâu.
- Miễn phí giao dịch cho người hưởng trợ cấp.

4. Các doanh nghiệp hoạt động trong lĩnh vực vận tải, xây dựng trên địa bàn Tỉnh
- Áp dụng hóa đơn điện tử trong mọi giao dịch.

5. Các cơ quan quản lý cấp trên (gồm cả cơ quan đại diện chủ sở hữu):
- Đôn đốc các đơn vị trực thuộc báo cáo kết quả hằng quý.

6. Các đơn vị thuộc Sở thực hiện các nhiệm vụ sau:
- Cập nhật dữ liệu người hưởng trợ cấp.

7. Các chủ đầu tư xây dựng và
kinh doanh hạ tầng cụm công nghiệp
- Bố trí mặt bằng lắp đặt điểm chấp nhận thanh toán.

8. Các cơ sở giáo dục đại học, cao đẳng
- Thu học phí không dùng tiền mặt.

${deputySignature('Lê Văn Minh')}`;

const tasks = () => parse(HEADER, { path: 'plan.txt', restore: 'never' }).tasks;
const leadsOf = (ordinal: string) =>
  tasks()
    .filter((t) => t.ordinal.startsWith(ordinal))
    .map((t) => t.lead.map((a) => a.name));

describe('agency headings that name a group of bodies', () => {
  it('keeps "các tổ chức …" in the name: "tổ chức" after "các" is a noun, not a duty', () => {
    expect(leadsOf('II.2')).toEqual([
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'các tổ chức chính trị - xã hội'],
    ]);
  });

  it('takes a plural name over its bullets whole, though words in it are duties elsewhere', () => {
    expect(leadsOf('II.3')).toEqual([['các tổ chức cung cấp dịch vụ thanh toán'], ['các tổ chức cung cấp dịch vụ thanh toán']]);
    expect(leadsOf('II.4')).toEqual([['Các doanh nghiệp hoạt động trong lĩnh vực vận tải, xây dựng trên địa bàn Tỉnh']]);
  });

  it('reads a colon inside brackets as part of the name, not as its end', () => {
    expect(agencySubject('Các cơ quan quản lý cấp trên (gồm các Sở: Xây dựng, Công Thương):')?.agency).toBe(
      'Các cơ quan quản lý cấp trên (gồm các Sở: Xây dựng, Công Thương)',
    );
    expect(leadsOf('II.5')).toEqual([['Các cơ quan quản lý cấp trên (gồm cả cơ quan đại diện chủ sở hữu)']]);
  });

  it('still ends the name at the duty a heading states of itself', () => {
    expect(leadsOf('II.6')).toEqual([['Các đơn vị thuộc Sở']]);
    expect(agencySubject('Các sở, ngành chủ trì, phối hợp với Sở Tài chính:')).toMatchObject({ agency: 'Các sở, ngành' });
    // A sentence, not a heading over bullets: its subject ends at its first duty.
    expect(agencySubject('Các tổ chức tín dụng cung cấp số liệu cho Sở Tài chính.')?.agency).toBe('Các tổ chức tín dụng');
  });

  // "Trách nhiệm của X:" names the bearer of the duties below, whatever X is called: corpus:tnt/4e39af96b6891368
  // ("Trách nhiệm của đối tượng thực hiện kiểm kê:"), tvpl-john Nghị định 167/2025/NĐ-CP ("Trách nhiệm của người khai hải quan:").
  it('reads the party named after "Trách nhiệm của" as the lead, though no agency word opens it', () => {
    expect(agencySubject('Trách nhiệm của đối tượng thực hiện kiểm kê:')).toMatchObject({
      agency: 'đối tượng thực hiện kiểm kê',
      rest: '',
    });
    expect(agencySubject('Trách nhiệm của người khai hải quan', true)?.agency).toBe('người khai hải quan');
    // Without the phrase, or as a sentence going on after its colon, such words name no agency.
    expect(agencySubject('Đối tượng thực hiện kiểm kê:')).toBeNull();
    expect(agencySubject('Trách nhiệm của người đứng đầu: kiểm tra việc thực hiện.')).toBeNull();
  });

  // "gửi" is a duty ("Các đơn vị gửi báo cáo …", plans:lvn-77-QD-TCHQ-2014.txt II.7; "Ủy ban nhân dân cấp tỉnh … gửi văn bản",
  // tvpl-john Nghị định 102/2024/NĐ-CP): the name ends before it.
  it('ends a name at "gửi", the duty of sending a report', () => {
    expect(agencySubject('Các sở, ngành gửi báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.')).toMatchObject({
      agency: 'Các sở, ngành',
      rest: 'gửi báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.',
    });
  });

  // corpus:tnt/ceb89a53c7b93f00 and tnt/ef57df9384270c6e (investors), tnt/ad5aff6c13929815 and
  // tnt/8b9a38d6a8f8c20f (schools and universities) assign duties to these bodies by what they are.
  it('reads investors and schools as the bodies a heading assigns to', () => {
    expect(leadsOf('II.7')).toEqual([['Các chủ đầu tư xây dựng và kinh doanh hạ tầng cụm công nghiệp']]);
    expect(leadsOf('II.8')).toEqual([['Các cơ sở giáo dục đại học, cao đẳng']]);
  });
});
