import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, inspectDb, waitFor, waitForClassificationDone } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';
import { largeInstagramExportFile } from '../harness/untrusted/large-export';

/** Enough texts that classification takes several steps of the loop, so a reload lands in the middle. */
const MESSAGES = 1_500;

interface ScoreRow {
  readonly itemId: string;
  readonly modelId: string;
}

describe('closing the page during classification', () => {
  let app: AppSession;
  let zipPath: string;
  beforeAll(async () => {
    zipPath = await largeInstagramExportFile(MESSAGES);
    app = await openApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('resumes after a reload and scores every item exactly once', async () => {
    await app.page.getByTestId('file-input').setInputFiles(zipPath);
    // Reload as soon as some, but not all, texts are scored.
    await waitFor(
      async () => {
        const scores = await countRows(app.page, 'scores');
        return scores > 0 && scores < (await countRows(app.page, 'items'));
      },
      120_000,
      'classification to start',
    );
    const before = await countRows(app.page, 'scores');
    await app.page.reload();
    await waitForClassificationDone(app.page);
    const dump = (await inspectDb(app.page, { count: ['items'], all: ['scores'] }))!;
    const scores = dump.scores as ScoreRow[];
    const ids = scores.map((score) => score.itemId);
    expect(before).toBeLessThan(Number(dump.items));
    expect(scores.length).toBe(Number(dump.items));
    expect(new Set(ids).size).toBe(ids.length);
    expect(app.pageErrors).toEqual([]);
  });
});
