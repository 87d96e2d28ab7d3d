import type { Page } from 'playwright-core';
import type { ReportModel } from '@core/report';

/**
 * Reads Loupe's database from inside the page, without creating it when it does not exist yet. Kept as a
 * string so that no test-side transform (helpers such as esbuild's `__name`) leaks into the page.
 */
const INSPECT_DB = `async (request) => {
  const open = indexedDB.open('loupe');
  open.onupgradeneeded = () => open.transaction && open.transaction.abort();
  const db = await new Promise((resolve) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(null);
  });
  if (!db) return null;
  try {
    const result = {};
    for (const store of request.count || []) {
      result[store] = db.objectStoreNames.contains(store)
        ? await new Promise((resolve, reject) => {
            const r = db.transaction(store).objectStore(store).count();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          })
        : 0;
    }
    for (const store of request.all || []) {
      result[store] = db.objectStoreNames.contains(store)
        ? await new Promise((resolve, reject) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          })
        : [];
    }
    return result;
  } finally {
    db.close();
  }
}`;

interface RunRow {
  readonly type: string;
  readonly status: string;
}

export async function inspectDb(
  page: Page,
  request: { count?: string[]; all?: string[] },
): Promise<Record<string, unknown> | null> {
  return page.evaluate(`(${INSPECT_DB})(${JSON.stringify(request)})`);
}

/** Counts the rows of an object store of Loupe's database, read in the page. */
export async function countRows(page: Page, store: string): Promise<number> {
  const result = await inspectDb(page, { count: [store] });
  return Number(result?.[store] ?? 0);
}

/** The report the app cached (the settings row `reportCache`) and its data version; null when there is none. */
export async function cachedReport(
  page: Page,
): Promise<{ readonly version: string; readonly report: ReportModel } | null> {
  const settings = (await inspectDb(page, { all: ['settings'] }))?.settings as
    { key: string; value: { version: string; report: ReportModel } }[] | undefined;
  return settings?.find((row) => row.key === 'reportCache')?.value ?? null;
}

export async function runsOf(page: Page): Promise<RunRow[]> {
  const result = await inspectDb(page, { all: ['runs'] });
  return (result?.runs as RunRow[] | undefined) ?? [];
}

/** True when every import and the classification run are done. */
export async function classificationDone(page: Page): Promise<boolean> {
  const runs = await runsOf(page);
  const imports = runs.filter((run) => run.type === 'import');
  const classification = runs.filter((run) => run.type === 'classification');
  return (
    imports.length > 0 &&
    imports.every((run) => run.status === 'done' || run.status === 'failed') &&
    classification.length > 0 &&
    classification.every((run) => run.status === 'done')
  );
}

export async function waitFor(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export function waitForClassificationDone(page: Page, timeoutMs = 150_000): Promise<void> {
  return waitFor(() => classificationDone(page), timeoutMs, 'classification to finish');
}

/** Clicks "Try the demo" and waits until the demo is imported and every text is classified. */
export async function importDemoAndClassify(page: Page, timeoutMs = 150_000): Promise<void> {
  await page.goto(new URL('/#/import', page.url()).href);
  await page.getByTestId('try-demo').click();
  await waitForClassificationDone(page, timeoutMs);
}
