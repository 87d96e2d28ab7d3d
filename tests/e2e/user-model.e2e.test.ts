import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDemoAndClassify, inspectDb, waitFor } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';
import { REPO_ROOT } from '../harness/paths';

const FOLDER_NAME = 'e2e-mini';
const USER_MODEL_ID = `user-${FOLDER_NAME}`;

/** A copy of the bundled model (int8 weights only) under another id, as a user would add it. */
function userModelFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-user-model-')), FOLDER_NAME);
  const bundled = resolve(REPO_ROOT, 'models/loupe-mini');
  mkdirSync(join(folder, 'onnx'), { recursive: true });
  for (const file of [
    'config.json',
    'tokenizer.json',
    'tokenizer_config.json',
    'special_tokens_map.json',
    'onnx/model.onnx', // the file the bundled model runs (DEFAULT_MODEL_DTYPE), so scores must match
  ]) {
    copyFileSync(join(bundled, file), join(folder, file));
  }
  const loupe = JSON.parse(readFileSync(join(bundled, 'loupe.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(folder, 'loupe.json'),
    JSON.stringify({ ...loupe, modelId: 'e2e-mini', version: 'e2e' }),
  );
  return folder;
}

interface StoredScore {
  readonly itemId: string;
  readonly modelId: string;
  readonly status: string;
  readonly scores: Record<string, number> | null;
}

const scoresOf = async (app: AppSession): Promise<StoredScore[]> =>
  ((await inspectDb(app.page, { all: ['scores'] }))?.scores as StoredScore[] | undefined) ?? [];

describe('a model added from a folder classifies in Chromium', () => {
  let app: AppSession;
  const userModelRequests: string[] = [];

  beforeAll(async () => {
    app = await openApp();
    app.page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/user-models/')) userModelRequests.push(request.url());
    });
    await importDemoAndClassify(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('scores every item once with the added model, read from Cache Storage, with no request leaving the app', async () => {
    const bundled = (await scoresOf(app)).filter((score) => score.modelId === 'loupe-mini');
    expect(bundled.length).toBeGreaterThan(0);

    await app.page.goto(`${app.server.origin}/#/settings`);
    await app.page.getByTestId('model-loupe-mini').waitFor();
    await app.page.getByTestId('model-folder-input').setInputFiles(userModelFolder());
    const add = app.page.getByTestId('add-model');
    // Its labels are Loupe's own: the suggested mapping keeps them.
    expect(await add.getByRole('combobox', { name: 'hate' }).inputValue()).toBe('hate');
    await add.getByRole('button', { name: 'Add this model' }).click();
    const row = app.page.getByTestId(`model-${USER_MODEL_ID}`);
    await row.waitFor();
    await row.getByRole('button', { name: 'Use this model' }).click();
    await row.getByText(/In use/).waitFor();

    const userScores = async () => (await scoresOf(app)).filter((score) => score.modelId === USER_MODEL_ID);
    await waitFor(
      async () => (await userScores()).length >= bundled.length,
      150_000,
      'the added model to score every item',
    );
    const scored = await userScores();
    // Every item exactly once, and the same weights give the bundled model's scores.
    expect(scored.length).toBe(bundled.length);
    expect(new Set(scored.map((score) => score.itemId)).size).toBe(bundled.length);
    const byItem = new Map(bundled.map((score) => [score.itemId, score]));
    for (const score of scored) {
      const reference = byItem.get(score.itemId)!;
      expect(score.status).toBe(reference.status);
      if (reference.scores === null) {
        expect(score.scores).toBeNull();
        continue;
      }
      for (const [label, value] of Object.entries(reference.scores)) {
        expect(score.scores![label]).toBeCloseTo(value, 4);
      }
    }
    // Removing the model in use goes back to the bundled one.
    await row.getByRole('button', { name: 'Remove' }).click();
    await row.waitFor({ state: 'detached' });
    await app.page
      .getByTestId('model-loupe-mini')
      .getByText(/In use/)
      .waitFor();

    // The weights came from Cache Storage, not from the server; nothing left the origin.
    expect(userModelRequests).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
