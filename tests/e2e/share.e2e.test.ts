import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SummaryV1 } from '@core/export';
import { importDemoAndClassify } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';

describe('the consent screen for the researcher summary', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await openApp();
    await importDemoAndClassify(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  const openShare = async () => {
    // Through another page, so that the consent screen starts afresh.
    await app.page.goto(app.server.origin + '/#/overview');
    await app.page.goto(app.server.origin + '/#/share');
    await app.page.getByTestId('summary-tables').waitFor();
  };

  it('shows the summary of the demo as tables and as the raw file, without archive text', async () => {
    await openShare();
    expect(await app.page.locator('[data-section]').count()).toBeGreaterThan(3);
    await app.page.getByTestId('show-raw').click();
    const raw = (await app.page.getByTestId('raw-summary').textContent()) ?? '';
    const summary = JSON.parse(raw) as SummaryV1;
    expect(summary.format).toBe('loupe-summary');
    expect(summary.tables.some((table) => table.section === 'exposure')).toBe(true);
    // Names of the demo's people and accounts never appear in what would leave.
    for (const name of ['Camille', 'Lefèvre', 'Marc Durand', 'patriot.voice', 'http'])
      expect(raw).not.toContain(name);
    await app.screenshot('share-raw-en');
  });

  it('writes nothing on cancel', async () => {
    await openShare();
    let downloads = 0;
    const count = () => downloads++;
    app.page.on('download', count);
    await app.page.getByTestId('exclude-section-exposure').check();
    await app.page.getByTestId('cancel-share').click();
    await app.page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await app.page.waitForTimeout(500);
    app.page.off('download', count);
    expect(downloads).toBe(0);
  });

  it('writes the file without what the participant excluded, and records the exclusion', async () => {
    await openShare();
    await app.page.getByTestId('exclude-section-exposure').check();
    await app.page.getByTestId('exclude-label-hate').check();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('save-json').click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as SummaryV1;
    expect(saved.tables.some((table) => table.section === 'exposure')).toBe(false);
    expect(
      saved.tables.every((table) => !table.columns.includes('hate') && !table.rows.includes('hate')),
    ).toBe(true);
    expect(saved.exclusions.sections).toContain('exposure');
    expect(saved.exclusions.labels).toContain('hate');
    await app.screenshot('share-excluded-en');
  });
});
