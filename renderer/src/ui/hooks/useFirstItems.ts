import { loadNewestItems, type ReportInputs } from '../../db';
import { useDbQuery } from './useDb';

const FIRST_PAGE = 200;

/**
 * The newest texts and their scores, from the newest items each archive keeps: what the Items page shows
 * while the whole archive (which filters need) is still loading.
 */
export function useFirstItems(modelId: string | null, enabled: boolean): ReportInputs | null {
  return useDbQuery(
    async (db) => {
      if (!enabled || !modelId) return null;
      const items = await loadNewestItems(db, FIRST_PAGE);
      const scores = await db.scores.bulkGet(items.map((item) => [item.id, modelId]));
      const reviews = await db.reviews.bulkGet(items.map((item) => item.id));
      return {
        items,
        exposures: [],
        scores: scores.filter((score) => score !== undefined),
        reviews: reviews.filter((review) => review !== undefined),
      };
    },
    [modelId, enabled],
    null,
  );
}
