// One PDF page's text layer → boxes: each text item a run placed on the page (top-down), bold
// and italic from its font's name, and the page's ruling lines (table borders) from its drawing
// commands, each path's bounding box carried through the transformation matrix in force.
import type { PDFPageProxy } from 'unpdf/pdfjs';
import type { PageBoxes, Rule, Run } from '../layout/geometry.js';

type Matrix = [number, number, number, number, number, number];

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export interface TextLayerPage extends PageBoxes {
  /** Characters of text on the page. */
  chars: number;
}

export async function pageBoxes(page: PDFPageProxy, OPS: Record<string, number>): Promise<TextLayerPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const blank = { page: page.pageNumber, width: viewport.width, height: viewport.height, runs: [], rules: [], unit: 1, chars: 0 };
  // A page without text (a scan) is left there: its drawing commands would decode its image for nothing.
  if (!(content.items as TextItem[]).some((item) => 'str' in item && item.str.trim())) return blank;
  // The drawing commands load the fonts whose names tell bold from regular, and hold the table borders.
  const ops = await page.getOperatorList();
  const fonts = new Map<string, string>();
  const fontName = (id: string) => {
    if (!fonts.has(id)) {
      let name = '';
      try {
        name = String((page.commonObjs.get(id) as { name?: string } | undefined)?.name ?? '');
      } catch {
        // A font PDF.js could not load: its runs count as regular.
      }
      fonts.set(id, name);
    }
    return fonts.get(id)!;
  };
  const runs: Run[] = [];
  let chars = 0;
  for (const item of content.items as TextItem[]) {
    if (!('str' in item) || !item.str.trim()) continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
    const name = fontName(item.fontName);
    chars += item.str.trim().length;
    runs.push({
      text: item.str,
      x0: x,
      x1: x + item.width * viewport.scale,
      y0: y - size * 0.8,
      y1: y + size * 0.2,
      size,
      bold: /bold|black|heavy|semibold|demi/i.test(name),
      italic: /italic|oblique/i.test(name),
    });
  }
  const rules = drawing(ops, OPS, (px, py) => viewport.convertToViewportPoint(px, py) as [number, number]);
  return { ...blank, runs, rules, chars };
}

/** Thin filled or stroked shapes (table borders), from the operator list. */
function drawing(
  ops: { fnArray: number[]; argsArray: unknown[] },
  OPS: Record<string, number>,
  toPage: (x: number, y: number) => [number, number],
): Rule[] {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const rules: Rule[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS.constructPath) {
      const box = pathBox(args);
      if (!box) continue;
      const corners = [
        [box[0], box[1]],
        [box[2], box[1]],
        [box[0], box[3]],
        [box[2], box[3]],
      ].map(([x, y]) => {
        const [ux, uy] = apply(ctm, x!, y!);
        return toPage(ux, uy);
      });
      const xs = corners.map((p) => p[0]);
      const ys = corners.map((p) => p[1]);
      const rule = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
      const thin = Math.min(rule.x1 - rule.x0, rule.y1 - rule.y0) <= 3;
      if (thin && Math.max(rule.x1 - rule.x0, rule.y1 - rule.y0) >= 6) rules.push(rule);
    }
  }
  return rules;
}

/** The path's bounding box [minX, minY, maxX, maxY] as PDF.js gives it with constructPath. */
function pathBox(args: unknown[]): number[] | null {
  const last = args[args.length - 1] as ArrayLike<number> | null | undefined;
  if (!last || typeof last !== 'object' || last.length !== 4) return null;
  const box = Array.from(last);
  return box.every(Number.isFinite) ? box : null;
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
