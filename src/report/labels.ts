// The words the page uses for the schema's codes. The page speaks Vietnamese,
// like the documents it shows.
import type { DeadlineKind } from '../schema/document.js';

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  date: 'Ngày cụ thể',
  month: 'Tháng',
  quarter: 'Quý',
  year: 'Năm',
  range: 'Khoảng thời gian',
  before: 'Trước một mốc',
  recurring: 'Định kỳ',
  ongoing: 'Thường xuyên',
  conditional: 'Khi có điều kiện',
  unknown: 'Chưa xác định',
};

export const NO_DEADLINE_LABEL = 'Không ghi thời hạn';
export const NO_LEAD_LABEL = '(chưa rõ cơ quan chủ trì)';

export const SEVERITY_LABELS = { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' } as const;

/** Below this confidence a restored word is marked for review. */
export const REVIEW_CONFIDENCE = 0.6;

/** "2023-09-30" → "30/9/2023", the way the documents write dates. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso;
}

/** 0.62 → "62%". */
export function formatShare(value: number): string {
  return `${Math.round(value * 100)}%`;
}
