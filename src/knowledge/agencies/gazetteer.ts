// The agencies Vietnamese provincial reform plans name: facts written for this
// project (official names, their usual abbreviations and spellings), each with
// a stable id and its level. `group` marks collective names ("Các sở, ban,
// ngành cấp tỉnh") that stand for many agencies at once.
//
// Aliases are matched case-insensitively, with either tone style (hoà/hòa),
// any spacing around "," "-" "&", and "Ủy ban nhân dân" = "UBND",
// "Hội đồng nhân dân" = "HĐND" (see ./normalize.ts); list only real variants.
import type { AgencyLevel } from '../../schema/document.js';

export interface GazetteerEntry {
  id: string;
  name: string;
  level: AgencyLevel | null;
  aliases: string[];
  group?: boolean;
}

const so = (id: string, name: string, ...aliases: string[]): GazetteerEntry => ({ id: `so-${id}`, name: `Sở ${name}`, level: 'tinh', aliases });
const bo = (id: string, name: string, ...aliases: string[]): GazetteerEntry => ({ id: `bo-${id}`, name: `Bộ ${name}`, level: 'trung-uong', aliases });

export const GAZETTEER: GazetteerEntry[] = [
  // Provincial departments (sở)
  so('noi-vu', 'Nội vụ', 'SNV', 'Sở NV'),
  so('tu-phap', 'Tư pháp', 'STP'),
  so('tai-chinh', 'Tài chính', 'STC'),
  so('ke-hoach-dau-tu', 'Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'Sở KHĐT', 'Sở KH và ĐT', 'SKHĐT'),
  so('thong-tin-truyen-thong', 'Thông tin và Truyền thông', 'Sở TT&TT', 'Sở TTTT', 'Sở TT và TT', 'STTTT'),
  so('khoa-hoc-cong-nghe', 'Khoa học và Công nghệ', 'Sở KH&CN', 'Sở KHCN', 'Sở KH và CN', 'SKHCN'),
  so('giao-duc-dao-tao', 'Giáo dục và Đào tạo', 'Sở GD&ĐT', 'Sở GDĐT', 'Sở Giáo dục và ĐT', 'Sở GD và ĐT'),
  so('y-te', 'Y tế', 'SYT'),
  so('van-hoa-the-thao-du-lich', 'Văn hóa, Thể thao và Du lịch', 'Sở VH,TT&DL', 'Sở VHTT&DL', 'Sở VHTTDL', 'Sở Văn hóa, TT và DL', 'Sở VH, TT và DL'),
  so('lao-dong-thuong-binh-xa-hoi', 'Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH', 'Sở LĐTB&XH', 'Sở LĐTBXH', 'Sở Lao động, Thương binh và Xã hội', 'Sở Lao động - TB&XH', 'Sở Lao động - TBXH'),
  so('tai-nguyen-moi-truong', 'Tài nguyên và Môi trường', 'Sở TN&MT', 'Sở TNMT', 'Sở TN và MT'),
  so('nong-nghiep-phat-trien-nong-thon', 'Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT', 'Sở NNPTNT', 'Sở Nông nghiệp và PTNT', 'Sở NN và PTNT'),
  so('xay-dung', 'Xây dựng'),
  so('giao-thong-van-tai', 'Giao thông vận tải', 'Sở GTVT'),
  so('cong-thuong', 'Công Thương'),
  so('ngoai-vu', 'Ngoại vụ'),
  so('du-lich', 'Du lịch'),
  // Departments as merged in 2025
  so('nong-nghiep-moi-truong', 'Nông nghiệp và Môi trường', 'Sở NN&MT', 'Sở NNMT'),
  so('dan-toc-ton-giao', 'Dân tộc và Tôn giáo'),
  so('van-hoa-the-thao', 'Văn hóa và Thể thao'),

  // Other provincial bodies
  { id: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh', level: 'tinh', aliases: ['UBND tỉnh'] },
  { id: 'chu-tich-ubnd-tinh', name: 'Chủ tịch Ủy ban nhân dân tỉnh', level: 'tinh', aliases: ['Chủ tịch UBND tỉnh'] },
  { id: 'hdnd-tinh', name: 'Hội đồng nhân dân tỉnh', level: 'tinh', aliases: ['HĐND tỉnh'] },
  { id: 'tinh-uy', name: 'Tỉnh ủy', level: 'tinh', aliases: [] },
  { id: 'ban-thuong-vu-tinh-uy', name: 'Ban Thường vụ Tỉnh ủy', level: 'tinh', aliases: ['BTV Tỉnh ủy', 'Thường trực Tỉnh ủy', 'TTr Tỉnh ủy'] },
  { id: 'van-phong-ubnd-tinh', name: 'Văn phòng Ủy ban nhân dân tỉnh', level: 'tinh', aliases: ['Văn phòng UBND tỉnh', 'VP UBND tỉnh', 'VPUBND tỉnh'] },
  { id: 'van-phong-doan-dbqh-hdnd-tinh', name: 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh', level: 'tinh', aliases: ['Văn phòng Đoàn ĐBQH và HĐND tỉnh'] },
  { id: 'thanh-tra-tinh', name: 'Thanh tra tỉnh', level: 'tinh', aliases: [] },
  { id: 'ban-thi-dua-khen-thuong', name: 'Ban Thi đua - Khen thưởng tỉnh', level: 'tinh', aliases: ['Ban Thi đua - Khen thưởng', 'Ban TĐKT', 'Ban Thi đua, Khen thưởng'] },
  { id: 'cong-an-tinh', name: 'Công an tỉnh', level: 'tinh', aliases: [] },
  { id: 'bo-chi-huy-quan-su-tinh', name: 'Bộ Chỉ huy Quân sự tỉnh', level: 'tinh', aliases: ['BCHQS tỉnh', 'Bộ CHQS tỉnh'] },
  { id: 'trung-tam-phuc-vu-hanh-chinh-cong', name: 'Trung tâm Phục vụ hành chính công tỉnh', level: 'tinh', aliases: ['Trung tâm Phục vụ hành chính công', 'Trung tâm PVHCC', 'TTPVHCC'] },
  { id: 'dai-phat-thanh-truyen-hinh', name: 'Đài Phát thanh và Truyền hình tỉnh', level: 'tinh', aliases: ['Đài Phát thanh và Truyền hình', 'Đài PTTH', 'Đài PT-TH', 'Đài PTTH tỉnh', 'Đài Phát thanh và Truyền hình Thanh Hóa', 'Đài PTTH Thanh Hóa', 'Đài Phát thanh và Truyền hình Hải Dương', 'Đài PTTH Hải Dương'] },
  { id: 'bao-thanh-hoa', name: 'Báo Thanh Hóa', level: 'tinh', aliases: [] },
  { id: 'bao-hai-duong', name: 'Báo Hải Dương', level: 'tinh', aliases: [] },
  { id: 'cong-thong-tin-dien-tu-tinh', name: 'Cổng Thông tin điện tử tỉnh', level: 'tinh', aliases: ['Cổng TTĐT tỉnh'] },
  { id: 'chi-cuc-van-thu-luu-tru', name: 'Chi cục Văn thư - Lưu trữ', level: 'tinh', aliases: ['Chi cục Văn thư Lưu trữ', 'Chi cục Văn thư - Lưu trữ tỉnh'] },
  { id: 'kho-bac-nha-nuoc-tinh', name: 'Kho bạc Nhà nước tỉnh', level: 'tinh', aliases: ['KBNN tỉnh'] },
  { id: 'cuc-thue-tinh', name: 'Cục Thuế tỉnh', level: 'tinh', aliases: [] },
  { id: 'bao-hiem-xa-hoi-tinh', name: 'Bảo hiểm xã hội tỉnh', level: 'tinh', aliases: ['BHXH tỉnh'] },
  { id: 'ban-dan-toc-tinh', name: 'Ban Dân tộc tỉnh', level: 'tinh', aliases: ['Ban Dân tộc'] },
  { id: 'ban-quan-ly-cac-khu-cong-nghiep', name: 'Ban Quản lý các khu công nghiệp tỉnh', level: 'tinh', aliases: ['Ban Quản lý các khu công nghiệp', 'Ban Quản lý các KCN'] },
  { id: 'truong-chinh-tri-tinh', name: 'Trường Chính trị tỉnh', level: 'tinh', aliases: [] },
  { id: 'uy-ban-mttq-tinh', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', level: 'tinh', aliases: ['Ủy ban MTTQ Việt Nam tỉnh', 'Ủy ban MTTQ tỉnh', 'UBMTTQ tỉnh'] },
  { id: 'lien-doan-lao-dong-tinh', name: 'Liên đoàn Lao động tỉnh', level: 'tinh', aliases: [] },
  { id: 'tinh-doan', name: 'Tỉnh đoàn', level: 'tinh', aliases: ['Tỉnh Đoàn'] },
  { id: 'buu-dien-tinh', name: 'Bưu điện tỉnh', level: 'tinh', aliases: [] },
  { id: 'cuc-thong-ke-tinh', name: 'Cục Thống kê tỉnh', level: 'tinh', aliases: [] },
  { id: 'vien-nong-nghiep-thanh-hoa', name: 'Viện Nông nghiệp Thanh Hóa', level: 'tinh', aliases: [] },
  { id: 'ban-quan-ly-kkt-nghi-son', name: 'Ban Quản lý Khu kinh tế Nghi Sơn và các Khu công nghiệp', level: 'tinh', aliases: ['Ban Quản lý KKT Nghi Sơn và các KCN', 'BQL KKT Nghi Sơn và các KCN'] },

  // Collective names
  { id: 'cac-so-ban-nganh', name: 'Các sở, ban, ngành cấp tỉnh', level: 'tinh', group: true, aliases: [
    'Các sở, ban, ngành', 'Các sở, ban ngành cấp tỉnh', 'Các sở, ban ngành', 'Các sở ban, ngành cấp tỉnh', 'Các sở ban, ngành',
    'Các sở ban ngành', 'Các sở ban ngành cấp tỉnh', 'Các sở, ngành cấp tỉnh', 'Các sở, ngành', 'Các sở, ban, ngành, đơn vị cấp tỉnh',
    'Các sở, ban, ngành, đơn vị', 'Các cơ quan chuyên môn thuộc UBND tỉnh', 'Các sở, ban, ngành tỉnh', 'Sở, ban, ngành cấp tỉnh'] },
  { id: 'ubnd-cap-huyen', name: 'Ủy ban nhân dân cấp huyện', level: 'huyen', group: true, aliases: [
    'UBND cấp huyện', 'UBND các huyện, thị xã, thành phố', 'UBND huyện, thị xã, thành phố', 'UBND các huyện, thành phố, thị xã',
    'UBND các huyện, thị xã, thành phố trực thuộc tỉnh', 'UBND các huyện, thành phố'] },
  { id: 'ubnd-cap-xa', name: 'Ủy ban nhân dân cấp xã', level: 'xa', group: true, aliases: [
    'UBND cấp xã', 'UBND các xã, phường, thị trấn', 'UBND xã, phường, thị trấn'] },
  // Printed as one entry in the plans; it spans two levels, the higher is given.
  { id: 'ubnd-cap-huyen-cap-xa', name: 'Ủy ban nhân dân cấp huyện, cấp xã', level: 'huyen', group: true, aliases: [
    'UBND cấp huyện, cấp xã', 'UBND cấp huyện, xã', 'UBND cấp huyện và cấp xã'] },
  { id: 'ubnd-cac-cap', name: 'Ủy ban nhân dân các cấp', level: null, group: true, aliases: ['UBND các cấp'] },
  { id: 'van-phong-hdnd-ubnd-cap-huyen', name: 'Văn phòng HĐND và UBND cấp huyện', level: 'huyen', group: true, aliases: [] },
  { id: 'dai-truyen-thanh-cap-huyen', name: 'Đài truyền thanh các huyện, thị xã, thành phố', level: 'huyen', group: true, aliases: ['Đài truyền thanh cấp huyện', 'Trung tâm Văn hóa - Thông tin - Thể thao và Du lịch cấp huyện'] },
  { id: 'cac-don-vi-su-nghiep-cong-lap', name: 'Các đơn vị sự nghiệp công lập', level: null, group: true, aliases: ['Đơn vị sự nghiệp công lập'] },
  { id: 'cac-don-vi-su-nghiep-y-te', name: 'Các đơn vị sự nghiệp y tế', level: null, group: true, aliases: [] },
  { id: 'cac-don-vi-su-nghiep-giao-duc', name: 'Các đơn vị sự nghiệp giáo dục', level: null, group: true, aliases: [] },
  { id: 'cac-co-quan-lien-quan', name: 'Các cơ quan liên quan', level: null, group: true, aliases: [
    'Cơ quan liên quan', 'Các cơ quan có liên quan', 'Các cơ quan, đơn vị liên quan', 'Các cơ quan, đơn vị có liên quan',
    'Các đơn vị liên quan', 'Các đơn vị có liên quan', 'Đơn vị liên quan', 'Các cơ quan, đơn vị, địa phương liên quan'] },
  // The issuing body's own divisions, in plans a single body writes for itself.
  { id: 'cac-phong-don-vi', name: 'Các phòng, đơn vị', level: null, group: true, aliases: ['Các phòng, ban, đơn vị', 'Các phòng, đơn vị trực thuộc', 'Các phòng chuyên môn'] },
  // Control of administrative procedures sits in the provincial People's Committee office.
  { id: 'van-phong-ubnd-tinh-phong-kiem-soat-tthc', name: 'Phòng Kiểm soát thủ tục hành chính (Văn phòng UBND tỉnh)', level: 'tinh', aliases: ['Phòng Kiểm soát thủ tục hành chính', 'Phòng Kiểm soát TTHC'] },
  { id: 'to-chuc-ca-nhan-lien-quan', name: 'Các tổ chức, cá nhân có liên quan', level: null, group: true, aliases: ['Các tổ chức, cá nhân liên quan', 'Tổ chức, cá nhân có liên quan'] },
  { id: 'cac-truong-dai-hoc', name: 'Các trường đại học', level: null, group: true, aliases: ['Các trường đại học, cao đẳng', 'Các trường đại học trên địa bàn tỉnh'] },
  { id: 'cac-bo-nganh-trung-uong', name: 'Các bộ, ngành Trung ương', level: 'trung-uong', group: true, aliases: ['Các bộ, ngành', 'Các bộ, ngành trung ương'] },

  // Central bodies
  { id: 'chinh-phu', name: 'Chính phủ', level: 'trung-uong', aliases: [] },
  { id: 'thu-tuong-chinh-phu', name: 'Thủ tướng Chính phủ', level: 'trung-uong', aliases: ['TTg', 'Thủ tướng'] },
  { id: 'van-phong-chinh-phu', name: 'Văn phòng Chính phủ', level: 'trung-uong', aliases: ['VPCP', 'VP Chính phủ'] },
  { id: 'quoc-hoi', name: 'Quốc hội', level: 'trung-uong', aliases: [] },
  bo('noi-vu', 'Nội vụ', 'BNV'),
  bo('tu-phap', 'Tư pháp', 'BTP'),
  bo('tai-chinh', 'Tài chính', 'BTC'),
  bo('ke-hoach-dau-tu', 'Kế hoạch và Đầu tư', 'Bộ KH&ĐT', 'Bộ KHĐT'),
  bo('thong-tin-truyen-thong', 'Thông tin và Truyền thông', 'Bộ TT&TT', 'Bộ TTTT'),
  bo('khoa-hoc-cong-nghe', 'Khoa học và Công nghệ', 'Bộ KH&CN', 'Bộ KHCN'),
  bo('giao-duc-dao-tao', 'Giáo dục và Đào tạo', 'Bộ GD&ĐT', 'Bộ GDĐT'),
  bo('y-te', 'Y tế'),
  bo('cong-an', 'Công an'),
  bo('lao-dong-thuong-binh-xa-hoi', 'Lao động - Thương binh và Xã hội', 'Bộ LĐ-TB&XH', 'Bộ LĐTBXH'),
  bo('tai-nguyen-moi-truong', 'Tài nguyên và Môi trường', 'Bộ TN&MT'),
  bo('van-hoa-the-thao-du-lich', 'Văn hóa, Thể thao và Du lịch', 'Bộ VHTTDL'),
  bo('nong-nghiep-phat-trien-nong-thon', 'Nông nghiệp và Phát triển nông thôn', 'Bộ NN&PTNT'),
  bo('xay-dung', 'Xây dựng'),
  bo('giao-thong-van-tai', 'Giao thông vận tải', 'Bộ GTVT'),
  bo('cong-thuong', 'Công Thương'),
  bo('nong-nghiep-moi-truong', 'Nông nghiệp và Môi trường'),
  bo('dan-toc-ton-giao', 'Dân tộc và Tôn giáo'),
  bo('ngoai-giao', 'Ngoại giao', 'BNG'),
  bo('quoc-phong', 'Quốc phòng', 'BQP'),
  { id: 'ngan-hang-nha-nuoc', name: 'Ngân hàng Nhà nước Việt Nam', level: 'trung-uong', aliases: ['Ngân hàng Nhà nước', 'NHNN'] },
  { id: 'thanh-tra-chinh-phu', name: 'Thanh tra Chính phủ', level: 'trung-uong', aliases: ['TTCP'] },
  { id: 'kiem-toan-nha-nuoc', name: 'Kiểm toán Nhà nước', level: 'trung-uong', aliases: ['KTNN'] },
  { id: 'uy-ban-dan-toc', name: 'Ủy ban Dân tộc', level: 'trung-uong', aliases: [] },
  { id: 'dai-truyen-hinh-viet-nam', name: 'Đài Truyền hình Việt Nam', level: 'trung-uong', aliases: ['VTV'] },
  { id: 'dai-tieng-noi-viet-nam', name: 'Đài Tiếng nói Việt Nam', level: 'trung-uong', aliases: ['VOV'] },
  { id: 'thong-tan-xa-viet-nam', name: 'Thông tấn xã Việt Nam', level: 'trung-uong', aliases: ['TTXVN'] },
  { id: 'bao-hiem-xa-hoi-viet-nam', name: 'Bảo hiểm xã hội Việt Nam', level: 'trung-uong', aliases: ['BHXH Việt Nam'] },
  { id: 'toa-an-nhan-dan-toi-cao', name: 'Tòa án nhân dân tối cao', level: 'trung-uong', aliases: ['TANDTC'] },
  { id: 'vien-kiem-sat-nhan-dan-toi-cao', name: 'Viện kiểm sát nhân dân tối cao', level: 'trung-uong', aliases: ['VKSNDTC'] },
  { id: 'uy-ban-trung-uong-mttq', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', level: 'trung-uong', aliases: ['Ủy ban Trung ương MTTQ Việt Nam'] },
];
