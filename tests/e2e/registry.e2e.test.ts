import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDemoAndClassify } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';
import { REPO_ROOT } from '../harness/paths';

const LIST_NAME = 'e2e watch list';
/** Demo texts link to lemonde.fr, which no bundled list rates: only the user's list can. */
const LISTED_DOMAIN = 'lemonde.fr';

const itemsCount = async (app: AppSession, query: string): Promise<number> => {
  await app.page.goto(`${app.server.origin}/#/items?${query}`);
  const count = app.page.locator('[data-testid="items-count"][data-count]');
  await count.waitFor();
  return Number(await count.getAttribute('data-count'));
};

/** The bundled model in the Hugging Face layout, its labels renamed as a foreign model's would be. */
function foreignModelFolder(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'loupe-e2e-model-')), 'toxic-bert');
  const bundled = resolve(REPO_ROOT, 'models/loupe-mini');
  mkdirSync(join(folder, 'onnx'), { recursive: true });
  for (const file of ['tokenizer.json', 'tokenizer_config.json', 'onnx/model_quantized.onnx']) {
    copyFileSync(join(bundled, file), join(folder, file));
  }
  const config = JSON.parse(readFileSync(join(bundled, 'config.json'), 'utf8')) as Record<string, unknown>;
  const names = ['neutral', 'toxic', 'insult', 'threat', 'spam', 'lie', 'bait', 'plot'];
  config.id2label = Object.fromEntries(names.map((name, index) => [String(index), name]));
  config.label2id = Object.fromEntries(names.map((name, index) => [name, index]));
  writeFileSync(join(folder, 'config.json'), JSON.stringify(config));
  return folder;
}

/** The count once it settles on `expected` (ratings follow the setting through a live query). */
const settlesOn = async (app: AppSession, query: string, expected: number): Promise<number> => {
  await itemsCount(app, query);
  await app.page
    .waitForFunction(
      (value) => document.querySelector('[data-testid="items-count"]')?.getAttribute('data-count') === value,
      String(expected),
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  return Number(await app.page.getByTestId('items-count').getAttribute('data-count'));
};

describe('settings: source lists and the model registry, in Chromium', () => {
  let app: AppSession;

  beforeAll(async () => {
    app = await openApp();
    await importDemoAndClassify(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('rates a demo link with a list the user adds from a file', async () => {
    const withDomain = await itemsCount(app, `q=${LISTED_DOMAIN}`);
    expect(withDomain).toBeGreaterThan(0);
    expect(await itemsCount(app, `q=${LISTED_DOMAIN}&link=low`)).toBe(0);

    await app.page.goto(`${app.server.origin}/#/settings`);
    await app.page.getByTestId('credibility-lists').waitFor();
    expect(await app.page.getByTestId('credibility-attribution').textContent()).toContain('CRED-1');
    const csv = `domain,rating,tags\n${LISTED_DOMAIN},low,test\nnot a domain,low,\n`;
    await app.page.getByTestId('credibility-list-input').setInputFiles({
      name: `${LIST_NAME}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const row = app.page.getByTestId('user-list');
    await row.waitFor();
    expect(await row.textContent()).toContain(LIST_NAME);
    expect(await row.textContent()).toContain('1 domain');

    expect(await settlesOn(app, `q=${LISTED_DOMAIN}&link=low`, withDomain)).toBe(withDomain);
    await app.page.getByTestId('item-row').first().click();
    const links = app.page.getByTestId('item-links');
    await links.waitFor();
    expect(await links.textContent()).toContain(LIST_NAME);

    await app.page.goto(`${app.server.origin}/#/settings`);
    await app.page.getByTestId('user-list').getByRole('button').click();
    await app.page.getByTestId('user-list').waitFor({ state: 'detached' });
    expect(await settlesOn(app, `q=${LISTED_DOMAIN}&link=low`, 0)).toBe(0);
  });

  it('lists the bundled model, adds a model folder with a label mapping, and explains the hub download', async () => {
    await app.page.goto(`${app.server.origin}/#/settings`);
    const bundled = app.page.getByTestId('model-loupe-mini');
    await bundled.waitFor();
    const text = (await bundled.textContent()) ?? '';
    expect(text).toContain('en, fr');
    const registry = JSON.parse(readFileSync(resolve(REPO_ROOT, 'models/registry.json'), 'utf8')) as {
      models: { sizeBytes: number }[];
    };
    const megabytes = Math.round((registry.models[0]!.sizeBytes / 1e6) * 10) / 10;
    expect(text).toContain(`${megabytes} MB`);
    expect(await bundled.getByRole('link').getAttribute('href')).toBe('/models/loupe-mini/MODEL_CARD.md');
    // The web build has no native classifier: the WASM worker classifies.
    expect(await app.page.getByTestId('classification-engine').getAttribute('data-engine')).toBe('worker');

    await app.page.getByTestId('model-folder-input').setInputFiles(foreignModelFolder());
    const mapping = app.page.getByTestId('add-model');
    await mapping.getByRole('combobox', { name: 'toxic' }).waitFor();
    // The suggestion maps toxic/insult/threat onto offensive; ignoring them leaves no parent label covered.
    for (const name of ['toxic', 'insult', 'threat']) {
      await mapping.getByRole('combobox', { name }).selectOption('');
    }
    expect(await mapping.getByRole('alert').textContent()).toMatch(/divisive or misleading/);
    expect(await mapping.getByRole('button', { name: 'Add this model' }).isDisabled()).toBe(true);
    await mapping.getByRole('combobox', { name: 'lie' }).selectOption('false_claim');
    await mapping.getByRole('button', { name: 'Add this model' }).click();
    await app.page.getByTestId('model-user-toxic-bert').waitFor();
    const stored = await app.page.evaluate(async () => {
      const cache = await caches.open('loupe-user-models');
      return (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
    });
    expect(stored).toEqual([
      '/user-models/index.json',
      '/user-models/user-toxic-bert/config.json',
      '/user-models/user-toxic-bert/onnx/model_quantized.onnx',
      '/user-models/user-toxic-bert/tokenizer.json',
      '/user-models/user-toxic-bert/tokenizer_config.json',
    ]);

    const hub = app.page.getByTestId('hub-download');
    expect(await hub.locator('pre').count()).toBe(0);
    await hub.getByRole('checkbox').check();
    await hub.getByPlaceholder('owner/name').fill('acme/tiny-model');
    expect(await hub.getByTestId('download-command').textContent()).toBe(
      'npm run loupe -- model download acme/tiny-model --out downloaded-model --yes',
    );
    expect(await hub.locator('li code').allTextContents()).toContain(
      'https://huggingface.co/acme/tiny-model/resolve/main/onnx/model_quantized.onnx',
    );
    expect(app.foreignRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('"Delete everything" removes the added model files and the user lists', async () => {
    await app.page.goto(`${app.server.origin}/#/settings`);
    await app.page.getByTestId('model-loupe-mini').waitFor();
    await app.page.getByTestId('model-folder-input').setInputFiles(foreignModelFolder());
    await app.page.getByTestId('add-model').getByRole('button', { name: 'Add this model' }).click();
    // The previous test added the same folder once: wait for the second copy, or "Delete everything" could
    // run while this add is still writing, and its `caches.open` would create the cache again (the stress
    // suite saw it).
    await app.page
      .getByTestId(/^model-user-toxic-bert/)
      .nth(1)
      .waitFor();
    await app.page.getByTestId('credibility-list-input').setInputFiles({
      name: 'kept.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${LISTED_DOMAIN},mixed\n`),
    });
    await app.page.getByTestId('user-list').waitFor();
    app.page.once('dialog', (dialog) => void dialog.accept());
    // The app deletes, then reloads itself on the Import page.
    const reloaded = app.page.waitForEvent('load');
    await app.page.getByTestId('delete-everything').click();
    await reloaded;
    await app.page.goto(`${app.server.origin}/#/settings`);
    await app.page.getByTestId('model-loupe-mini').waitFor();
    const caches = await app.page.evaluate(() => globalThis.caches.keys());
    expect(caches).toEqual([]);
    expect(await app.page.getByTestId(/^model-user-/).count()).toBe(0);
    expect(await app.page.getByTestId('user-list').count()).toBe(0);
  });
});
