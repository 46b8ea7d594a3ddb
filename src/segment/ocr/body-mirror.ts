// The plan's body lists the same tasks as the appendices, in cleaner text:
// "Phụ lục số 01: … Cải cách thể chế" mirrors section "2.1. Cải cách thể chế"
// and its bullets a), b) … A rebuilt row whose task text matches a bullet
// closely takes the bullet's wording.
import type { Section, TaskItem } from '../../tree/types.js';
import { coverage as share, ocrTokens } from './text.js';

/** The task bullets of the body section whose title the appendix title names. */
export function mirroredBullets(appendixTitle: string, sections: Section[]): TaskItem[] {
  const title = ocrTokens(appendixTitle);
  let best: { items: TaskItem[]; score: number } | null = null;
  const visit = (section: Section) => {
    const items = section.children.filter((c): c is TaskItem => c.type === 'taskItem');
    if (items.length) {
      const words = ocrTokens(section.title);
      const score = share(words, title);
      if (score >= 0.6 && (!best || score > best.score || (score === best.score && items.length > best.items.length)))
        best = { items, score };
    }
    for (const child of section.children) if (child.type === 'section') visit(child);
  };
  sections.forEach(visit);
  return (best as { items: TaskItem[] } | null)?.items ?? [];
}

/** Both ways, how much of two texts' words the other holds (harmonic mean). */
export function likeness(a: string, b: string): number {
  return tokensLikeness(ocrTokens(a), ocrTokens(b));
}

function tokensLikeness(x: string[], y: string[]): number {
  const p = share(x, y);
  const q = share(y, x);
  return p + q ? (2 * p * q) / (p + q) : 0;
}

/** A bullet's words, read once: every row of an appendix is held against the same bullets. */
const bulletTokens = new WeakMap<TaskItem, string[]>();
function tokensOf(bullet: TaskItem): string[] {
  let tokens = bulletTokens.get(bullet);
  if (!tokens) bulletTokens.set(bullet, (tokens = ocrTokens(bullet.text)));
  return tokens;
}

/** The bullet a row's text is, when one matches it closely enough. */
export function matchingBullet(content: string, bullets: TaskItem[], min = 0.7): { bullet: TaskItem; score: number } | null {
  let best: { bullet: TaskItem; score: number } | null = null;
  const words = ocrTokens(content);
  for (const bullet of bullets) {
    const score = tokensLikeness(words, tokensOf(bullet));
    if (score >= min && (!best || score > best.score)) best = { bullet, score };
  }
  return best;
}
