import type { ItemId, Review, ReviewVerdict } from '@core/model';
import { StorageError, withStorage } from './errors';
import type { LoupeDb } from './schema';

/** Records the user's verdict on an item, or removes it when `verdict` is null. */
export function setReview(
  db: LoupeDb,
  itemId: ItemId,
  verdict: ReviewVerdict | null,
): Promise<Review | null> {
  return withStorage(db, () =>
    db.transaction('rw', db.items, db.reviews, async () => {
      if (verdict === null) {
        await db.reviews.delete(itemId);
        return null;
      }
      const item = await db.items.get(itemId);
      if (!item) throw new StorageError('missing', 'This item no longer exists.');
      const review = { itemId, verdict, at: Date.now(), archiveId: item.archiveId };
      await db.reviews.put(review);
      return review;
    }),
  );
}
