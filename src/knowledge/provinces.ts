// Vietnam's provinces and centrally-run cities: the 63 before the 2025 mergers (every one of the
// 34 after them keeps the name of one of these; Thừa Thiên Huế became the city of Huế).
// Facts written for this project from the administrative map; used to tell a province-level
// "thành phố Hà Nội" from a district-level "thành phố Thanh Hóa", and where a place is.
import { fold } from '../vietnamese/fold.js';

export const PROVINCES = [
  'An Giang',
  'Bà Rịa - Vũng Tàu',
  'Bạc Liêu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Dương',
  'Bình Định',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
] as const;

/** Cities run by the centre: "thành phố <X>" is a province-level body for these alone. */
export const CENTRAL_CITIES = ['Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế'] as const;

const CENTRAL = new RegExp(`(?<![\\p{L}])thanh pho (?:${CENTRAL_CITIES.map(fold).join('|')})(?![\\p{L}])`, 'u');

/** The name says it is a centrally-run city's body ("UBND thành phố Hà Nội", "Sở Y tế Thành phố Hồ Chí Minh"). */
export const namesCentralCity = (name: string) => CENTRAL.test(fold(name));
