import type { StorageBenchResult } from '../../renderer/src/bench/protocol';
import type { Page } from 'playwright-core';
import { cachedReport, runsOf, waitFor } from '../harness/app-actions';
import { openBenchPage } from './chromium';
import type { Benchmark, BenchRow } from './types';

const ITEMS = 100_000;

/**
 * Installed in every page: records, in ms since the page's navigation started, when each watched element first
 * enters the DOM and goes from it, and the end of the frame that shows the change (a task queued from the next
 * animation frame runs after its paint). Playwright's own waiting polls at growing intervals and reported
 * elements up to a quarter of a second late.
 */
const RECORD_RENDERS = `window.loupeRenders = {};
(() => {
  const afterPaint = (record, key) => requestAnimationFrame(() => setTimeout(() => { record[key] = performance.now(); }));
  new MutationObserver(() => {
    for (const id of ['headline-authored', 'item-row', 'report-updating']) {
      const present = document.querySelector('[data-testid="' + id + '"]') !== null;
      const record = window.loupeRenders[id];
      if (present && !record) afterPaint((window.loupeRenders[id] = {}), 'shown');
      else if (!present && record && !record.goneAt) { record.goneAt = performance.now(); afterPaint(record, 'gone'); }
    }
  }).observe(document, { subtree: true, childList: true });
})();`;

/** When the page at `hash`, opened anew, first showed the element (or last stopped showing it, with `gone`). */
async function renderTime(page: Page, testId: string, moment: 'shown' | 'gone' = 'shown'): Promise<number> {
  const handle = await page.waitForFunction(
    ([id, key]) =>
      (window as unknown as { loupeRenders?: Record<string, Record<string, number>> }).loupeRenders?.[id!]?.[
        key!
      ],
    [testId, moment],
    { timeout: 120_000 },
  );
  return Math.round((await handle.jsonValue()) as number);
}

/**
 * Waits until the app has cached the report of data that no longer changes: no classification running
 * (the app starts one at first opening), and the cache unchanged for a few seconds.
 */
async function waitForSettledCache(page: Page): Promise<void> {
  let last: string | null = null;
  let since = Date.now();
  await waitFor(
    async () => {
      const version = (await cachedReport(page))?.version ?? null;
      const running = (await runsOf(page)).some((run) => run.status === 'running');
      if (version !== last || running) [last, since] = [version, Date.now()];
      return version !== null && Date.now() - since > 5_000;
    },
    300_000,
    'the cached report',
  );
}

/**
 * In Chromium's real IndexedDB: bulk-writing 100,000 items and their scores with the app's storage
 * functions, loading them and computing the report, then the time until the Overview and the Items page
 * first show data in a freshly opened app.
 */
export const storageBenchmark: Benchmark = {
  name: 'storage',
  summary: `${ITEMS.toLocaleString('en')} items in Chromium IndexedDB: writes, report, first render`,
  async run(): Promise<BenchRow[]> {
    const app = await openBenchPage();
    try {
      const result = (await app.page.evaluate(
        (count) => window.loupeBench!.storage(count),
        ITEMS,
      )) as StorageBenchResult;
      await app.context.addInitScript(RECORD_RENDERS);
      const firstRender = async (hash: string, testId: string) => {
        await app.page.goto('about:blank');
        await app.page.goto(`${app.server.origin}/${hash}`);
        return renderTime(app.page, testId);
      };
      const overviewMs = await firstRender('#/overview', 'headline-authored');
      const itemsMs = await firstRender('#/items', 'item-row');
      // Once the app has computed the report it caches it: the next opening is the everyday case.
      await app.page.goto(`${app.server.origin}/#/items`);
      await app.page.locator('[data-testid="items-count"][data-count]').waitFor({ timeout: 120_000 });
      await waitForSettledCache(app.page);
      const overviewCachedMs = await firstRender('#/overview', 'headline-authored');
      // A review changes the data behind the cached report: the app shows it, marked as updating, then the
      // recomputed one.
      await app.page.goto(`${app.server.origin}/bench.html`);
      await app.page.waitForFunction(() => window.loupeBench !== undefined);
      await app.page.evaluate(() => window.loupeBench!.reviewOneItem());
      const changedMs = await firstRender('#/overview', 'headline-authored');
      const stale = (await renderTime(app.page, 'report-updating')) <= changedMs;
      const changedCurrentMs = await renderTime(app.page, 'report-updating', 'gone');
      const row = (metric: string, value: number, note?: string): BenchRow => ({
        bench: 'storage',
        case: '100k items, Chromium',
        metric,
        value,
        unit: 'ms',
        ...(note ? { note } : {}),
      });
      return [
        row('bulk write items (chunks of 2,000)', result.bulkWriteMs),
        row('bulk write scores', result.scoreWriteMs),
        row('load every item and score (Items page)', result.loadInputsMs),
        row("load the report's copy of items and scores", result.loadFactsMs),
        row('compute report model', result.buildReportMs),
        row('first render: Overview, first opening (no report cached yet)', overviewMs),
        row('first render: Overview, reopened (cached report)', overviewCachedMs),
        row(
          'first render: Overview, reopened after a change (last report, marked updating)',
          changedMs,
          stale ? undefined : 'the last report was not shown as updating',
        ),
        row('Overview, reopened after a change: current report shown', changedCurrentMs),
        row('first render: Items (newest first, before the rest loads)', itemsMs),
      ];
    } finally {
      await app.close();
    }
  },
};
