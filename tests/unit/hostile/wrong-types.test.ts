import { describe, expect, it } from 'vitest';
import { zipSource } from '@core/archive';
import { inflateWithZlib } from '../../../electron/node/zlib-inflate';
import { allDemoFiles, wrongTypeRounds, writeZip } from '../../harness/hostile';
import { importSources } from '../archive/builders';

async function summaryOf(bytes: Uint8Array) {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const source = zipSource(blob, 'wrong-types.zip', bytes.length, { inflateRaw: inflateWithZlib });
  return (await importSources([source])).summary;
}

/**
 * The hostile-corpus test checks that `extract` survives each round of wrong-typed fields; this checks how:
 * every extractor reads its fields through type guards, so a wrong type costs the record (or the file, as
 * `unknown_shape`), never an exception (`extractor_failed`) that would drop the sound records beside it.
 */
describe('wrong-typed fields everywhere an extractor reads one', () => {
  for (const key of ['instagram-json', 'facebook-json'] as const) {
    it(`${key}: no extractor throws in any round, and later rounds still import`, async () => {
      const failed: string[] = [];
      const totals: number[] = [];
      for (const { round, files } of wrongTypeRounds(allDemoFiles(key))) {
        const summary = await summaryOf(await writeZip(files));
        for (const file of summary.filesSkipped.files)
          if (file.reason === 'extractor_failed')
            failed.push(`round ${round}: ${file.path} (${file.detail})`);
        totals.push(summary.items.total + summary.exposures.total);
      }
      expect(failed).toEqual([]);
      expect(totals.length).toBeGreaterThan(20);
      // Rounds past the documents' shallow keys damage only leaf fields: most records survive.
      expect(Math.max(...totals.slice(-5))).toBeGreaterThan(50);
    }, 120_000);
  }
});
