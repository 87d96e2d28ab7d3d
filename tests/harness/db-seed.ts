import type { ArchiveId, Item, ReviewVerdict } from '@core/model';
import {
  setReview,
  startClassification,
  writeImportChunk,
  writeScores,
  type LoupeDb,
} from '../../renderer/src/db';
import { beginArchive, makeExposure, makeItems, makeScore } from '../unit/db/fixtures';

/** One archive to write into a test database, through the app's own storage functions. */
export interface ArchiveSeed {
  readonly id: ArchiveId;
  readonly items: number;
  /** Indexes of the exposures to write (`makeExposure`); none by default. */
  readonly exposures?: readonly number[];
  /** How many items, the first ones, the model has scored; all by default. */
  readonly scored?: number;
  /** Every label's score for item `index`; 0.3 by default. */
  readonly score?: (index: number) => number;
  readonly review?: { readonly index: number; readonly verdict: ReviewVerdict };
}

/**
 * Imports each archive in one chunk, writes its scores from `modelId` and its review, then (with
 * `classificationRun`) starts the model's classification run. Returns each archive's items.
 */
export async function seedArchives(
  db: LoupeDb,
  modelId: string,
  archives: readonly ArchiveSeed[],
  options: { readonly classificationRun?: boolean } = {},
): Promise<Map<ArchiveId, Item[]>> {
  const written = new Map<ArchiveId, Item[]>();
  for (const seed of archives) {
    await beginArchive(db, seed.id);
    const items = makeItems(seed.id, 0, seed.items);
    const exposures = (seed.exposures ?? []).map((index) => makeExposure(seed.id, index));
    await writeImportChunk(db, { archiveId: seed.id, items, exposures });
    await writeScores(
      db,
      modelId,
      items.slice(0, seed.scored ?? items.length).map((item, i) => makeScore(item, modelId, seed.score?.(i))),
    );
    if (seed.review) await setReview(db, items[seed.review.index]!.id, seed.review.verdict);
    written.set(seed.id, items);
  }
  if (options.classificationRun) await startClassification(db, modelId);
  return written;
}
