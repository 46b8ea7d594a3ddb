// HTML escaping. Every piece of document text goes through one of these before
// it reaches the page: the input is untrusted (it may hold `<ul>`, `&`, quotes).
import { fold } from '../vietnamese/fold.js';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&#39;' };

/** Escape for element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Escape for a quoted attribute value. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** A tag with escaped attributes; `content` is trusted HTML (already escaped). */
export function element(tag: string, attributes: Record<string, string | number | null | undefined | false>, content = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
  return `<${tag}${attrs}>${content}</${tag}>`;
}

/** Value for an HTML id / fragment: letters, digits, "-" only. */
export function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
