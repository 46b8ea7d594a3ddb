// The tier an agency the gazetteer does not know belongs to, when its name says so.
import type { AgencyLevel } from '../../schema/document.js';

// UBND huyện Nga Sơn  |  Ủy ban nhân dân thị xã Bỉm Sơn  |  Phòng Nội vụ huyện Như Xuân  |  Sở Ngoại vụ  |  Bộ Quốc phòng
const BY_NAME: Array<[RegExp, AgencyLevel]> = [
  [/(?<![\p{L}])(?<!thị\s)(?:xã|phường|thị trấn)\s+\p{Lu}/u, 'xa'],
  [/(?<![\p{L}])(?:huyện|quận|thị xã|thành phố)\s+\p{Lu}/u, 'huyen'],
  [/(?<![\p{L}])cấp\s+xã(?![\p{L}])/u, 'xa'],
  [/(?<![\p{L}])cấp\s+huyện(?![\p{L}])/u, 'huyen'],
  [/^(?:Sở|sở)\s+\p{Lu}|(?<![\p{L}])(?:cấp\s+)?tỉnh(?![\p{L}])/u, 'tinh'],
  [/^(?:Bộ|bộ)\s+\p{Lu}|(?<![\p{L}])(?:Trung ương|trung ương|Chính phủ)(?![\p{L}])/u, 'trung-uong'],
];

export function levelFromName(name: string): AgencyLevel | null {
  return BY_NAME.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}
