import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '@core/report';
import { cachedReport, countRows, importDemoAndClassify, inspectDb, waitFor } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';
import { runLoupe } from '../harness/cli';

const DIRECTIONS = ['authored', 'received', 'seen'] as const;
const PARENTS = ['divisive', 'misleading'] as const;

/** The same demo, audited by the command line. */
function auditDemo(): ReportModel {
  const dir = mkdtempSync(join(tmpdir(), 'loupe-demo-'));
  expect(runLoupe(['demo', '--out', join(dir, 'demo')]).status).toBe(0);
  // What "Try the demo" imports: the JSON exports.
  const zips = ['instagram-json', 'facebook-json'].flatMap((folder) =>
    readdirSync(join(dir, 'demo', folder))
      .filter((name) => name.endsWith('.zip'))
      .map((name) => join(dir, 'demo', folder, name)),
  );
  const audit = runLoupe(['audit', ...zips, '--out', join(dir, 'audit')], { timeoutMs: 180_000 });
  expect(audit.status, audit.stderr).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'audit', 'report.json'), 'utf8')) as ReportModel;
}

/** Deletes every review straight from IndexedDB, as if another version of the app had (no Dexie in the page). */
const CLEAR_REVIEWS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('loupe');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('reviews', 'readwrite');
    tx.objectStore('reviews').clear();
    tx.oncomplete = () => { open.result.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
})`;

/** Makes the cached report look like one an earlier version of the app cached, with 5 more divisive texts. */
const AGE_CACHED_REPORT = `new Promise((resolve, reject) => {
  const open = indexedDB.open('loupe');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('settings', 'readwrite');
    const store = tx.objectStore('settings');
    const get = store.get('reportCache');
    get.onsuccess = () => {
      const row = get.result;
      row.value.report.meta.appVersion = '0.0.1-previous';
      row.value.report.headline.authored.flagged.divisive += 5;
      row.value.request = row.value.request.replace(/"appVersion":"[^"]*"/, '"appVersion":"0.0.1-previous"');
      store.put(row);
    };
    tx.oncomplete = () => { open.result.close(); resolve(true); };
    tx.onerror = () => reject(tx.error);
  };
})`;

/** Records each distinct state of the Overview's headline (divisive texts, updating note) as it paints. */
const RECORD_HEADLINE_PAINTS = `window.headlinePaints = [];
new MutationObserver(() => {
  const cells = ['authored', 'received', 'seen'].map((d) =>
    document.querySelector('[data-testid="headline-' + d + '-divisive"]'));
  if (cells.some((cell) => !cell)) return;
  const divisive = cells.reduce((sum, cell) => sum + Number(cell.getAttribute('data-count')), 0);
  const updating = document.querySelector('[data-testid="report-updating"]') !== null;
  const last = window.headlinePaints.at(-1);
  if (!last || last.divisive !== divisive || last.updating !== updating) {
    window.headlinePaints.push({ divisive, updating });
  }
}).observe(document, { subtree: true, childList: true, attributes: true });`;

/**
 * Once the cached report counts `cachedDivisive` texts, runs `change` with the app closed (on another page of
 * the same origin), reopens the Overview and waits until it shows `currentDivisive` and no longer says it is
 * updating. Returns the headline's first painted state.
 */
async function reopenAfter(
  app: AppSession,
  change: string,
  cachedDivisive: number,
  currentDivisive: number,
): Promise<unknown> {
  await waitFor(
    async () => (await cachedReport(app.page))?.report.headline.all.flagged.divisive === cachedDivisive,
    15_000,
    'the report to be cached',
  );
  await app.page.goto(app.server.origin + '/bench.html');
  await app.page.evaluate(change);
  await app.page.goto(app.server.origin + '/#/overview');
  await app.page.waitForFunction(
    (expected) => {
      const paints = (window as unknown as { headlinePaints?: { divisive: number; updating: boolean }[] })
        .headlinePaints;
      const last = paints?.at(-1);
      return last?.divisive === expected && !last.updating;
    },
    currentDivisive,
    { timeout: 30_000 },
  );
  return ((await app.page.evaluate('window.headlinePaints')) as unknown[])[0];
}

const countOf = async (app: AppSession, testId: string) =>
  Number(await app.page.getByTestId(testId).first().getAttribute('data-count'));

describe('the demo, imported and classified in Chromium', () => {
  let app: AppSession;
  let audited: ReportModel;

  beforeAll(async () => {
    audited = auditDemo();
    app = await openApp();
    await importDemoAndClassify(app.page);
    await app.context.addInitScript(RECORD_HEADLINE_PAINTS);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('scores every imported text exactly once', async () => {
    const items = await countRows(app.page, 'items');
    expect(items).toBeGreaterThan(100);
    expect(await countRows(app.page, 'scores')).toBe(items);
    await app.page.getByTestId('archive-row').first().waitFor();
    expect(await app.page.getByTestId('archive-row').count()).toBe(audited.meta.archives.length);
  });

  it('scores each text as `loupe classify` does, within rounding', async () => {
    const dump = (await inspectDb(app.page, { all: ['items', 'scores'] }))!;
    const items = dump.items as { id: string; text: string }[];
    const stored = new Map(
      (dump.scores as { itemId: string; scores: Record<string, number> | null; language: string }[]).map(
        (score) => [score.itemId, score],
      ),
    );
    const input = items.map((item) => JSON.stringify({ id: item.id, text: item.text })).join('\n');
    const cli = runLoupe(['classify'], { input, timeoutMs: 180_000 });
    expect(cli.status, cli.stderr).toBe(0);
    const lines = cli.stdout
      .trim()
      .split('\n')
      .map(
        (line) => JSON.parse(line) as { id: string; language: string; scores: Record<string, number> | null },
      );
    expect(lines).toHaveLength(items.length);
    let largest = 0;
    for (const line of lines) {
      const app = stored.get(line.id)!;
      expect(app.language).toBe(line.language);
      expect(app.scores === null).toBe(line.scores === null);
      for (const [label, value] of Object.entries(line.scores ?? {})) {
        largest = Math.max(largest, Math.abs(value - app.scores![label]!));
      }
    }
    // WASM in Chromium and onnxruntime-node run the same int8 graph, but quantise activations with their own
    // kernels: measured differences stay below 0.005.
    expect(largest).toBeLessThan(0.01);
  });

  it('shows on the Overview the numbers the audit command computes', async () => {
    await app.page.goto(app.server.origin + '/#/overview');
    await app.page.getByTestId('headline-authored').waitFor();
    for (const direction of DIRECTIONS) {
      expect(await countOf(app, `headline-${direction}-items`)).toBe(audited.headline[direction].items);
      for (const label of PARENTS) {
        expect(await countOf(app, `headline-${direction}-${label}`), `${direction} ${label}`).toBe(
          audited.headline[direction].flagged[label],
        );
      }
    }
    expect(await countOf(app, 'low-credibility-items')).toBe(audited.links.itemsByBucket.low);
    await app.screenshot('overview-en');
  });

  it('a review changes the Overview and the Items filter', async () => {
    await app.page.goto(app.server.origin + '/#/items?label=divisive');
    await app.page.locator('[data-testid="items-count"][data-count]').waitFor();
    const before = await countOf(app, 'items-count');
    expect(before).toBeGreaterThan(0);
    const overviewBefore = audited.headline.all.flagged.divisive;
    await app.page.getByTestId('item-row').first().click();
    await app.page.getByTestId('review-not_divisive').click();
    await app.page.waitForFunction(
      (expected) =>
        document.querySelector('[data-testid="items-count"]')?.getAttribute('data-count') === expected,
      String(before - 1),
      { timeout: 15_000 },
    );
    await app.page.goto(app.server.origin + '/#/overview');
    await app.page.waitForFunction(
      (expected) =>
        ['authored', 'received', 'seen']
          .map((d) =>
            Number(
              document.querySelector(`[data-testid="headline-${d}-divisive"]`)?.getAttribute('data-count'),
            ),
          )
          .reduce((a, b) => a + b, 0) === expected,
      overviewBefore - 1,
      { timeout: 15_000 },
    );
  });

  it('after a change made while the app was closed, shows the last report marked as updating, then the current one', async () => {
    // The previous test's review (one divisive text fewer) is in the cached report; it is undone behind the
    // app's back.
    const reviewed = audited.headline.all.flagged.divisive - 1;
    const firstPaint = await reopenAfter(app, CLEAR_REVIEWS, reviewed, audited.headline.all.flagged.divisive);
    expect(firstPaint).toEqual({ divisive: reviewed, updating: true });
  });

  it('after an update of the app, shows the report the previous version cached, marked as updating, then the current one', async () => {
    const current = audited.headline.all.flagged.divisive;
    const firstPaint = await reopenAfter(app, AGE_CACHED_REPORT, current, current);
    expect(firstPaint).toEqual({ divisive: current + 5, updating: true });
    await waitFor(
      async () => (await cachedReport(app.page))?.report.meta.appVersion !== '0.0.1-previous',
      15_000,
      "this version's report to be cached",
    );
  });

  it('made no request outside the app and ran isolated with several WASM threads', async () => {
    await app.page.goto(app.server.origin + '/#/settings');
    await app.page.waitForFunction(() =>
      /\d+ threads?/.test(document.querySelector('[data-testid="isolation-status"]')?.textContent ?? ''),
    );
    const status = await app.page.getByTestId('isolation-status').textContent();
    expect(status).toMatch(/Cross-origin isolated/);
    const threads = Number(/(\d+) threads?/.exec(status ?? '')?.[1]);
    expect(threads).toBeGreaterThan(1);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
