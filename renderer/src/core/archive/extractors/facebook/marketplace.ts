import { labelValues, recordsOf, recordTime, str, isEmptyShape } from '../../shapes';
import { firstSeconds } from '../../time';
import { addOwnItem, blocksOrUnknown } from '../shared/emit';
import { suffix, type Extractor } from '../types';

/**
 * Marketplace listings the owner wrote: `items_sold.json` (`items_selling_v2: [{title, description, price,
 * created_timestamp...}]`) and the FB-3 `your_marketplace_listing_history.json` (`label_values`, labels
 * unverified: its longest plain value). The only Marketplace files with the owner's words (archive-format.md §6.3).
 */
export const facebookMarketplaceListings: Extractor = {
  id: 'facebook.marketplace_listings',
  platform: 'facebook',
  paths: [suffix('facebook_marketplace/(?:items_sold|your_marketplace_listing_history)\\.(?:json|html)')],
  json(doc, out, ctx) {
    const records = recordsOf(doc, ['items_selling_v2', 'items_selling']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      if (Array.isArray(record.label_values)) {
        const longest = labelValues(record)
          .map((value) => value.value)
          .filter((value): value is string => value !== null && !/^https?:\/\//i.test(value))
          .sort((a, b) => b.length - a.length)[0];
        addOwnItem(out, ctx, 'other', longest ?? null, recordTime(record));
        continue;
      }
      const text = [str(record.title), str(record.description)].filter(Boolean).join('\n\n');
      addOwnItem(out, ctx, 'other', text, firstSeconds(record.created_timestamp) ?? recordTime(record));
    }
  },
  html(page, out, ctx) {
    for (const block of blocksOrUnknown(page, out)) addOwnItem(out, ctx, 'other', block.text, block.time);
  },
};
