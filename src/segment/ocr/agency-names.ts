// A small vocabulary of agencies that provincial reform plans assign tasks to,
// spelled as printed. OCR'd table cells are matched against it word by word
// (src/extract/agencies holds the full gazetteer once it lands; this list is
// what the table rebuilder needs to tell an agency cell from other text).
// `generic` names ("Các cơ quan liên quan") are cooperating far more often than lead.
export interface AgencyName {
  name: string;
  generic?: boolean;
}

export const AGENCY_NAMES: AgencyName[] = [
  { name: 'Sở Tư pháp' },
  { name: 'Sở Nội vụ' },
  { name: 'Sở Tài chính' },
  { name: 'Sở Kế hoạch và Đầu tư' },
  { name: 'Sở Xây dựng' },
  { name: 'Sở Tài nguyên và Môi trường' },
  { name: 'Sở Thông tin và Truyền thông' },
  { name: 'Sở Khoa học và Công nghệ' },
  { name: 'Sở Giáo dục và Đào tạo' },
  { name: 'Sở Văn hóa, Thể thao và Du lịch' },
  { name: 'Sở Nông nghiệp và Phát triển nông thôn' },
  { name: 'Sở Lao động - Thương binh và Xã hội' },
  { name: 'Sở Giao thông vận tải' },
  { name: 'Sở Công Thương' },
  { name: 'Sở Y tế' },
  { name: 'Văn phòng UBND tỉnh' },
  { name: 'Thanh tra tỉnh' },
  { name: 'Công an tỉnh' },
  { name: 'Ban Dân tộc' },
  { name: 'Ban Thi đua - Khen thưởng (Sở Nội vụ)' },
  { name: 'Chi cục Văn thư - Lưu trữ (Sở Nội vụ)' },
  { name: 'Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp' },
  { name: 'Trung tâm Phục vụ hành chính công tỉnh' },
  { name: 'Đài Phát thanh và Truyền hình Thanh Hóa' },
  { name: 'Viện Nông nghiệp Thanh Hóa' },
  { name: 'Phòng Hành chính – Tổ chức' },
  { name: 'Phòng Kiểm soát thủ tục hành chính' },
  { name: 'Cổng Thông tin điện tử tỉnh' },
  { name: 'UBND các huyện, thị xã, thành phố' },
  { name: 'UBND cấp huyện', generic: true },
  { name: 'UBND cấp xã', generic: true },
  { name: 'UBND các cấp', generic: true },
  { name: 'Các sở, ban, ngành cấp tỉnh', generic: true },
  { name: 'Các sở, ban, ngành', generic: true },
  { name: 'Các cơ quan liên quan', generic: true },
  { name: 'Các đơn vị liên quan', generic: true },
  { name: 'Các phòng, đơn vị', generic: true },
  { name: 'Các trường đại học trên địa bàn tỉnh', generic: true },
  { name: 'Các tổ chức, cá nhân có liên quan', generic: true },
];
