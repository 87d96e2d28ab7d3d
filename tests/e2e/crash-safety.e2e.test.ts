import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectDb, runsOf, waitFor, waitForClassificationDone } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';
import { seededRandom } from '../harness/kill-runs';
import { largeInstagramExportFile } from '../harness/untrusted/large-export';

const STRESS = process.env.LOUPE_STRESS === '1';
const RELOADS = STRESS ? 50 : 5;
const MESSAGES = STRESS ? 8000 : 3000;

interface ArchiveRow {
  readonly id: string;
  readonly status: string;
  readonly counts: { items: number; exposures: number };
}
interface Row {
  readonly id?: string;
  readonly archiveId: string;
  readonly itemId?: string;
  readonly modelId?: string;
}

let app: AppSession;
let zipPath: string;

beforeAll(async () => {
  zipPath = await largeInstagramExportFile(MESSAGES);
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const importDone = async () =>
  (await runsOf(app.page)).some((run) => run.type === 'import' && run.status === 'done');

/**
 * An import cut by a reload cannot go on by itself (the files are gone): the archive is marked interrupted,
 * and giving the same files again completes it.
 */
async function finishImport(): Promise<void> {
  if (await importDone()) return;
  await app.page.goto(`${app.server.origin}/#/import`);
  await expect.poll(() => app.page.getByTestId('archive-row').first().textContent()).toMatch(/interrupted/i);
  await importFiles();
  await waitFor(importDone, 120_000, 'the import to finish');
}

/** Polls quickly until a run of that type is running; false when none starts in time (it may be done). */
async function runningSoon(type: 'import' | 'classification', timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const runs = await runsOf(app.page);
    if (runs.some((run) => run.type === type && run.status === 'running')) return true;
    if (type === 'classification' && runs.some((run) => run.type === type && run.status === 'done'))
      return false;
    await app.page.waitForTimeout(25);
  }
  return false;
}

async function importFiles(): Promise<void> {
  await app.page.goto(`${app.server.origin}/#/import`);
  await app.page.getByTestId('file-input').setInputFiles(zipPath);
}

describe('reloading the app at random moments during import and classification', () => {
  it(
    'leaves a consistent database; importing the same files again completes it; classification resumes',
    async () => {
      const random = seededRandom(0x5eed);
      let interruptedImports = 0;
      let interruptedClassifications = 0;
      // The first half of the reloads land while the import writes, the rest while the model classifies.
      for (let i = 0; i < RELOADS; i++) {
        const duringImport = i < RELOADS / 2 && !(await importDone());
        if (duringImport) await importFiles();
        else await finishImport();
        const phase = duringImport ? 'import' : 'classification';
        const started = await runningSoon(phase, 20_000);
        await app.page.waitForTimeout(Math.round(random() * (duringImport ? 400 : 3000)));
        const runs = await runsOf(app.page);
        if (started && runs.some((run) => run.type === phase && run.status === 'running')) {
          if (duringImport) interruptedImports += 1;
          else interruptedClassifications += 1;
        }
        await app.page.reload();
        await app.page.getByRole('heading', { level: 1 }).first().waitFor();
      }

      await finishImport();
      await waitForClassificationDone(app.page, STRESS ? 600_000 : 170_000).catch(async (error: unknown) => {
        const state = await inspectDb(app.page, { count: ['items', 'scores', 'pending'], all: ['runs'] });
        throw new Error(`${String(error)}; database: ${JSON.stringify(state)}`);
      });

      const db = (await inspectDb(app.page, {
        count: ['pending'],
        all: ['archives', 'items', 'exposures', 'scores', 'runs'],
      }))!;
      const archives = db.archives as ArchiveRow[];
      const items = db.items as Row[];
      const exposures = db.exposures as Row[];
      const scores = db.scores as Row[];
      const runs = db.runs as { type: string; status: string }[];
      const archiveIds = new Set(archives.map((archive) => archive.id));
      const itemIds = new Set(items.map((item) => item.id));

      expect(archives).toHaveLength(1);
      expect(archives[0]!.status).toBe('complete');
      expect(items.length).toBeGreaterThan(MESSAGES);
      expect(
        items.filter((item) => !archiveIds.has(item.archiveId)),
        'items without their archive',
      ).toEqual([]);
      expect(
        exposures.filter((row) => !archiveIds.has(row.archiveId)),
        'exposures without archive',
      ).toEqual([]);
      expect(itemIds.size, 'duplicate items').toBe(items.length);
      expect(archives[0]!.counts).toEqual({ items: items.length, exposures: exposures.length });
      expect(
        scores.filter((score) => !itemIds.has(score.itemId!)),
        'orphan scores',
      ).toEqual([]);
      const scored = scores.map((score) => `${score.itemId}|${score.modelId}`);
      expect(new Set(scored).size, 'duplicate scores').toBe(scored.length);
      expect(new Set(scores.map((score) => score.itemId)).size, 'every item scored once').toBe(items.length);
      expect(scores).toHaveLength(items.length);
      expect(Number(db.pending)).toBe(0);
      expect(runs.filter((run) => run.status !== 'done')).toEqual([]);
      console.info(
        `reloads: ${interruptedImports} cut an import, ${interruptedClassifications} a classification`,
      );
      expect(interruptedImports, 'reloads that cut an import').toBeGreaterThan(0);
      expect(interruptedClassifications, 'reloads that cut a classification').toBeGreaterThan(0);
      expect(app.pageErrors).toEqual([]);
    },
    STRESS ? 1_800_000 : 300_000,
  );
});

describe('reloading after an import, before its classification has started', () => {
  it('starts the classification on the next start (there is no run to resume yet)', async () => {
    const fresh = await openApp();
    try {
      await fresh.page.goto(`${fresh.server.origin}/#/import`);
      await fresh.page.getByTestId('file-input').setInputFiles(zipPath);
      await waitFor(
        async () => (await runsOf(fresh.page)).some((run) => run.type === 'import' && run.status === 'done'),
        60_000,
        'the import to finish',
      );
      // The model takes seconds to load: the classification run does not exist yet.
      expect((await runsOf(fresh.page)).filter((run) => run.type === 'classification')).toEqual([]);
      await fresh.page.reload();
      await waitForClassificationDone(fresh.page, 170_000);
      expect(await inspectDb(fresh.page, { count: ['pending'] })).toEqual({ pending: 0 });
    } finally {
      await fresh.close();
    }
  }, 240_000);
});
