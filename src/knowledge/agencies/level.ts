// The tier an agency the gazetteer does not know belongs to, when its name says so.
import type { AgencyLevel } from '../../schema/document.js';
import { namesCentralCity } from '../provinces.js';

// UBND huyện Nga Sơn  |  Ủy ban nhân dân thị xã Bỉm Sơn  |  Phòng Nội vụ huyện Như Xuân  |  Sở Ngoại vụ  |  Bộ Quốc phòng
const BY_NAME: Array<[RegExp, AgencyLevel]> = [
  [/(?<![\p{L}])(?<!thị\s)(?:xã|phường|thị trấn|đặc khu)\s+\p{Lu}/u, 'xa'],
  [/(?<![\p{L}])(?:huyện|quận|thị xã|thành phố)\s+\p{Lu}/u, 'huyen'],
  [/(?<![\p{L}])cấp\s+xã(?![\p{L}])/u, 'xa'],
  [/(?<![\p{L}])cấp\s+huyện(?![\p{L}])/u, 'huyen'],
  [/^(?:Sở|sở)\s+\p{Lu}|(?<![\p{L}])(?:cấp\s+)?tỉnh(?![\p{L}])/u, 'tinh'],
  [/^(?:Bộ|bộ|Tổng cục|Vụ|Cục)\s+\p{Lu}|(?<![\p{L}])(?:Trung ương|trung ương|Chính phủ|Nhà nước|Việt Nam)(?![\p{L}])/u, 'trung-uong'],
];

export function levelFromName(name: string): AgencyLevel | null {
  // "thành phố Hà Nội" is a province; "thành phố Thanh Hóa" a district of one.
  if (namesCentralCity(name))
    return /(?<![\p{L}])(?<!thị\s)(?:xã|phường|đặc khu)\s+\p{Lu}|quận|huyện/u.test(name) ? levelOfPart(name) : 'tinh';
  return levelOfPart(name);
}

const levelOfPart = (name: string) => BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? null;
