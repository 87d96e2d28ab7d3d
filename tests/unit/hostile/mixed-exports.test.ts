import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExports } from '../../../electron/cli/audit/read-exports';
import { mixedExports, type NamedZip } from '../../harness/hostile';

const scratch = await mkdtemp(join(tmpdir(), 'loupe-mixed-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const mixed = await mixedExports();

async function written(zips: readonly NamedZip[], folder: string): Promise<string[]> {
  await mkdir(join(scratch, folder));
  return Promise.all(
    zips.map(async (zip) => {
      const path = join(scratch, folder, zip.name);
      await writeFile(path, zip.bytes);
      return path;
    }),
  );
}

/**
 * Parts of different exports given together are read as separate exports (grouped by Meta's download
 * name, as the app groups dropped files), never merged into one archive with two owners.
 */
describe('parts of two different exports given together', () => {
  const cases: [string, NamedZip[]][] = [
    ['an Instagram export and a part of a Facebook export', mixed.crossPlatform],
    ['part 1 and part 2 of two different Facebook exports', mixed.twoFacebookExports],
  ];
  for (const [index, [label, zips]] of cases.entries()) {
    it(`${label}: two exports, each of one platform and one archive id`, async () => {
      const result = await readExports(await written(zips, `case-${index}`));
      expect(result.summaries.length + result.refused.length).toBe(2);
      expect(result.summaries.length).toBeGreaterThan(0);
      for (const summary of result.summaries) expect(summary.platforms).toHaveLength(1);
      const ids = result.summaries.map((summary) => summary.archiveId);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});
