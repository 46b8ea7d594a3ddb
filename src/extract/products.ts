// Products/results of a task: one entry a product, bullets and trailing dots gone.
export function splitProducts(items: string[]): string[] {
  return items.map((item) => item.replace(/^[-–•+\s]+|[.;,\s]+$/gu, '').trim()).filter(Boolean);
}
