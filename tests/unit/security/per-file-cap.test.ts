import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type ExtractSummary } from '@core/archive';
import { HOSTILE_SIZES, writeHugeJsonExport } from '../../harness/hostile';
import { REPO_ROOT } from '../../harness/paths';

/**
 * A text file is parsed whole, so the per-file cap (`maxEntryBytes`) is what bounds the import's memory.
 * In CI the huge thread (16 MiB) is run with the cap lowered below it; `LOUPE_STRESS=1` also runs the full
 * 300 MB file at the default cap. Both under a 256 MB heap.
 */
const scratch = await mkdtemp(join(tmpdir(), 'loupe-file-cap-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const exportRoot = join(scratch, 'instagram-camille.lefevre-2026-01-12-FILECAP');
const built = writeHugeJsonExport(exportRoot);

function extractUnderHeapLimit(limits: object): { summary: ExtractSummary; peakRssBytes: number } {
  const child = spawnSync(
    process.execPath,
    ['--max-old-space-size=256', '--import', 'tsx', 'tests/harness/hostile/run-extract.ts', exportRoot],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, LOUPE_HOSTILE_LIMITS: JSON.stringify(limits) },
      timeout: 550_000,
    },
  );
  expect(child.error, 'finished in time').toBeUndefined();
  expect(child.stderr).not.toMatch(/heap out of memory|\n\s+at /);
  expect(child.status).toBe(0);
  const result = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as {
    ok: boolean;
    summary: ExtractSummary;
    peakRssBytes: number;
  };
  expect(result.ok).toBe(true);
  return result;
}

const hugeThreadSkip = (summary: ExtractSummary) =>
  summary.filesSkipped.files.find(
    (file) => file.path.endsWith('/message_1.json') && file.path.includes('inbox/'),
  );

describe('the per-file cap bounds memory', () => {
  it('a thread above the cap is skipped and named as too large; the small thread and profile import', async () => {
    await built;
    const { summary } = extractUnderHeapLimit({ maxEntryBytes: 8 * 2 ** 20 });
    expect(hugeThreadSkip(summary)).toMatchObject({ reason: 'too_large' });
    expect(summary.filesSkipped.total).toBe(1);
    expect(summary.items.byKind.message).toBe(1);
  }, 600_000);

  it(`at the default cap: the ${HOSTILE_SIZES.hugeJsonBytes / 2 ** 20} MiB thread is ${
    HOSTILE_SIZES.hugeJsonBytes > DEFAULT_LIMITS.maxEntryBytes ? 'skipped' : 'imported'
  }, within the heap limit`, async () => {
    await built;
    const { summary } = extractUnderHeapLimit({});
    if (HOSTILE_SIZES.hugeJsonBytes > DEFAULT_LIMITS.maxEntryBytes) {
      expect(hugeThreadSkip(summary)).toMatchObject({ reason: 'too_large' });
      expect(summary.items.byKind.message).toBe(1);
    } else {
      expect(summary.filesSkipped.total).toBe(0);
      expect(summary.items.byKind.message).toBeGreaterThan(HOSTILE_SIZES.hugeJsonBytes / 300);
    }
  }, 600_000);
});
