// The review page opened in real headless Chromium, checked the way a reader
// would check it: the counts, a filter, the sort, a restored word's original on
// hover, a diagnostic's link; and a screenshot to look at (tmp/report/).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import type { CchcDocument } from '../../src/schema/document.js';
import { repoRoot } from '../helpers/shared.js';
import { chromiumMissingNote, hasChromium, openBrowser, type Browser } from './browser.js';
import { planFixture } from './plan-fixture.js';

if (!hasChromium) console.warn(chromiumMissingNote);

// Browser globals used inside page.evaluate (the project's tsconfig has no DOM lib).
declare const getComputedStyle: (element: unknown, pseudo: string) => { content: string };
declare const location: { hash: string };
declare const window: { scrollTo: (x: number, y: number) => void };

export const screenshotDir = join(repoRoot, 'tmp', 'report');
const pagesDir = mkdtempSync(join(tmpdir(), 'cchc-report-'));

/** Write the page and open it from file://, recording any network request and script error. */
async function openReport(browser: Browser, name: string, html: string) {
  const path = join(pagesDir, `${name}.html`);
  writeFileSync(path, html);
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) requests.push(r.url()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path).href);
  return { page, requests, errors };
}

const shownCount = async (page: Page) => Number(await page.locator('#shown-count').textContent());
const visibleRows = (page: Page) => page.locator('#tasks-table tbody tr:visible');
const agencyNames = (list: CchcDocument['tasks'][number]['lead']) => list.map((a) => a.canonical ?? a.name);

describe.skipIf(!hasChromium)('the review page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
    mkdirSync(screenshotDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the fixture plan: counts, filters, sort, originals on hover, linked diagnostics', async () => {
    const { doc, input } = planFixture();
    const { page, requests, errors } = await openReport(browser, 'fixture', renderReport(doc, input));

    // The task count shown matches the JSON, and every row is there.
    expect(Number(await page.locator('[data-count="tasks"]').textContent())).toBe(doc.tasks.length);
    expect(await shownCount(page)).toBe(doc.tasks.length);
    expect(await visibleRows(page).count()).toBe(doc.tasks.length);

    // Filtering by an agency narrows the table to the tasks that name it.
    const agency = 'Sở Tư pháp';
    const involved = doc.tasks.filter((t) => agencyNames([...t.lead, ...t.cooperating]).includes(agency));
    await page.selectOption('#filter-agency', agency);
    expect(await shownCount(page)).toBe(involved.length);
    expect(await visibleRows(page).count()).toBe(involved.length);
    expect(involved.length).toBeLessThan(doc.tasks.length);
    await page.check('#filter-lead-only');
    const leading = doc.tasks.filter((t) => agencyNames(t.lead).includes(agency));
    expect(await visibleRows(page).count()).toBe(leading.length);
    expect(leading.length).toBeLessThan(involved.length);

    // Appendix and deadline kind filters combine.
    await page.click('#filter-reset');
    expect(await visibleRows(page).count()).toBe(doc.tasks.length);
    await page.selectOption('#filter-appendix', '03');
    await page.selectOption('#filter-kind', 'recurring');
    const recurringIn03 = doc.tasks.filter((t) => t.appendix === '03' && t.deadline?.kind === 'recurring');
    expect(await visibleRows(page).allTextContents()).toHaveLength(recurringIn03.length);
    expect(await visibleRows(page).first().getAttribute('data-task-id')).toBe(recurringIn03[0]!.id);
    await page.click('#filter-reset');

    // Sorting by due date: dated rows in order, undated ones last.
    await page.click('#sort-due');
    const dues = await visibleRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-due') ?? ''));
    const dated = dues.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(dues.slice(dated.length).every((d) => d === '')).toBe(true);
    const expectedFirst = doc.tasks.map((t) => t.deadline?.end ?? t.deadline?.start).filter(Boolean).sort()[0];
    expect(dues[0]).toBe(expectedFirst);

    // Hovering a restored word shows its original.
    const word = page.locator('mark.restored[data-original="PINH"]');
    await expect.poll(() => word.textContent()).toBe('ĐỊNH');
    const tooltip = () => word.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await tooltip()).toBe('none');
    await word.scrollIntoViewIfNeeded();
    await word.hover();
    expect(await tooltip()).toContain('PINH');
    await page.screenshot({ path: join(screenshotDir, 'fixture-hover.png') });
    const review = doc.restoration.changes.filter((c) => c.confidence < 0.6).length;
    expect(await page.locator('.text-view mark.restored.review').count()).toBe(review);
    expect(await page.locator('.text-view mark.restored').count()).toBe(doc.restoration.changes.length);

    // A diagnostic's link leads to its line in the text.
    const first = doc.diagnostics.find((d) => d.line)!;
    await page.locator(`#diagnostics a[href="#L${first.line}"]`).first().click();
    expect(await page.evaluate(() => location.hash)).toBe(`#L${first.line}`);
    await expect.poll(() => page.locator(`#L${first.line}`).isVisible()).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, 'fixture-top.png') });
    await page.screenshot({ path: join(screenshotDir, 'fixture-full.png'), fullPage: true });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
