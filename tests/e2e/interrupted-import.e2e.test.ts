import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runsOf, waitFor } from '../harness/app-actions';
import { openApp, type AppSession } from '../harness/browser';
import { largeInstagramExportFile } from '../harness/untrusted/large-export';

/** Big enough that the import is still writing when the page reloads, even on a fast machine. */
const MESSAGES = 20_000;

let app: AppSession;
let zipPath: string;

beforeAll(async () => {
  zipPath = await largeInstagramExportFile(MESSAGES);
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

const importRun = async () =>
  (await runsOf(app.page)).find((run) => run.type === 'import') as
    { status: string; done: number } | undefined;

async function switchLocale(locale: 'en' | 'fr'): Promise<void> {
  await app.page.goto(`${app.server.origin}/#/settings`);
  await app.page.getByTestId('locale').selectOption(locale);
  await app.page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
  await app.page.goto(`${app.server.origin}/#/import`);
}

describe('an import cut by a reload', () => {
  it('is flagged as interrupted at the next start, with a prompt for the same files that completes it', async () => {
    await app.page.goto(`${app.server.origin}/#/import`);
    await app.page.getByTestId('file-input').setInputFiles(zipPath);
    await waitFor(
      async () => {
        const run = await importRun();
        return run?.status === 'running' && run.done > 0;
      },
      60_000,
      'the import to write its first texts',
    );
    await app.page.reload();

    const prompt = app.page.getByTestId('import-interrupted');
    await prompt.waitFor({ timeout: 30_000 });
    expect((await importRun())?.status).toBe('interrupted');
    await expect.poll(() => app.page.getByTestId('archive-row').first().textContent()).toMatch(/interrupted/);
    const text = (await prompt.textContent()) ?? '';
    expect(text).toContain('An import was interrupted');
    expect(text).toContain(zipPath.split('/').at(-1)!);
    expect(text).toMatch(/The [\d,]+ texts it had read are kept/);
    expect(text).toMatch(/give Loupe the same files again/);
    await app.screenshot('import-interrupted-en');

    await switchLocale('fr');
    await expect.poll(() => prompt.textContent()).toContain('Un import a été interrompu');
    expect(await prompt.textContent()).toMatch(/redonnez à Loupe les mêmes fichiers/);
    expect(await app.page.getByTestId('archive-row').first().textContent()).toMatch(/interrompu/);
    await app.screenshot('import-interrupted-fr');
    await switchLocale('en');

    // The prompt's button asks for the files; the same files complete the archive.
    const chooser = app.page.waitForEvent('filechooser');
    await app.page.getByTestId('import-again').click();
    await (await chooser).setFiles(zipPath);
    await waitFor(async () => (await importRun())?.status === 'done', 120_000, 'the import to finish');
    await expect.poll(() => app.page.getByTestId('archive-row').first().textContent()).toMatch(/imported/);
    expect(await prompt.count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  }, 240_000);
});
