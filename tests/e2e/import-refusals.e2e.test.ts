import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from '../harness/browser';
import { encryptedExport, zipWithoutMetaFiles } from '../harness/hostile/archives';
import type { NamedZip } from '../harness/hostile/zip-write';

let app: AppSession;
const scratch = mkdtempSync(join(tmpdir(), 'loupe-refusals-'));
const onDisk = (zip: NamedZip, folder: string): string => {
  mkdirSync(join(scratch, folder));
  const path = join(scratch, folder, zip.name);
  writeFileSync(path, zip.bytes);
  return path;
};
let encryptedPath: string;
let notMetaPath: string;

beforeAll(async () => {
  encryptedPath = onDisk(await encryptedExport(), 'a');
  notMetaPath = onDisk(await zipWithoutMetaFiles(), 'b');
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** Gives the app one file and returns the refusal shown for it (the previous refusal stays until then). */
async function refuse(path: string): Promise<string> {
  await app.page.goto(`${app.server.origin}/#/import`);
  await app.page.getByTestId('file-input').setInputFiles(path);
  const refused = app.page.getByTestId('import-refused');
  const name = basename(path);
  await expect
    .poll(async () => ((await refused.count()) > 0 ? await refused.textContent() : ''), {
      timeout: 60_000,
    })
    .toContain(name);
  return (await refused.textContent()) ?? '';
}

describe('a refused import', () => {
  it('is explained in the interface language, naming the file and what was found', async () => {
    expect(await refuse(encryptedPath)).toMatch(
      /instagram-.+\.zip: password-protected\. Meta's exports are not encrypted/,
    );
    const notMeta = await refuse(notMetaPath);
    expect(notMeta).toContain('No Instagram or Facebook files were found in facebook-export.zip');
    expect(notMeta).toMatch(/Found: .*Holiday 2025\//);

    await app.screenshot('import-refused-en');
    await app.page.goto(`${app.server.origin}/#/settings`);
    await app.page.getByTestId('locale').selectOption('fr');
    await app.page.waitForFunction(() => document.documentElement.lang === 'fr');
    expect(await refuse(encryptedPath)).toMatch(
      /instagram-.+\.zip : protégé par mot de passe\. Les exports de Meta ne sont pas chiffrés/,
    );
    expect(await refuse(notMetaPath)).toContain(
      'Aucun fichier Instagram ou Facebook trouvé dans facebook-export.zip',
    );
    await app.screenshot('import-refused-fr');
    expect(await app.page.getByTestId('archive-row').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  }, 180_000);
});
