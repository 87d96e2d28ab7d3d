import { isEmptyShape, labelValues, objects, recordsOf, recordTime, str, type Json } from '../../shapes';
import { fromSeconds } from '../../time';
import { addExposure, addItem } from '../shared/emit';
import { suffix, type Extractor, type FileOutput } from '../types';

/** Walks `entries` and nested `children` categories (videos watched, posts seen, marketplace items...). */
function addEntries(category: Json, out: FileOutput, seenItems: boolean): void {
  for (const entry of objects(category.entries)) {
    const data = (entry.data && typeof entry.data === 'object' ? entry.data : {}) as Json;
    const title = str(data.name) ?? str(data.value);
    const timestamp = fromSeconds(entry.timestamp);
    addExposure(out, { kind: 'viewed', label: title, url: str(data.uri) ?? str(data.url), timestamp });
    if (seenItems && title) {
      addItem(out, {
        kind: 'post',
        direction: 'seen',
        author: null,
        timestamp,
        text: title,
        extraLinks: [str(data.uri)],
      });
    }
  }
  for (const child of objects(category.children)) addEntries(child, out, seenItems);
}

/**
 * What the owner saw: `recently_viewed` (videos, posts, items, with their titles: also `seen` items) and
 * `recently_visited` (profiles, pages, groups: exposures only).
 */
export const facebookRecentlyViewed: Extractor = {
  id: 'facebook.recently_viewed',
  platform: 'facebook',
  paths: [
    suffix(
      '(?:interactions|your_interactions_on_facebook)/(?:recently_viewed|recently_visited)\\.(?:json|html)',
    ),
  ],
  json(doc, out, ctx) {
    const seenItems = /recently_viewed/.test(ctx.relKey);
    const categories = recordsOf(doc, ['recently_viewed', 'visited_things_v2', 'visited_things']);
    if (categories.length === 0 && !Array.isArray(doc)) out.unknownShape = true;
    for (const category of categories) addEntries(category, out, seenItems);
  },
  html(page, out, ctx) {
    const seenItems = /recently_viewed/.test(ctx.relKey);
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) {
      const title = block.text ?? block.heading;
      addExposure(out, { kind: 'viewed', label: title, url: block.links[0] ?? null, timestamp: block.time });
      if (seenItems)
        addItem(out, { kind: 'post', direction: 'seen', author: null, timestamp: block.time, text: title });
    }
  },
};

/**
 * FB-3 `label_values` lists of things visited or shown: profiles visited in the past 7 days, groups visited,
 * fundraiser posts likely viewed. Labels are unverified: each plain value that is not a URL or a time names
 * what was seen (the `ent_name` when there is one), with the record's first URL.
 */
export const facebookVisited: Extractor = {
  id: 'facebook.visited',
  platform: 'facebook',
  paths: [
    suffix(
      '(?:profiles_you_visited_in_the_past_7_days|groups_you_ve_visited|fundraiser_posts_you_likely_viewed)\\.(?:json|html)',
    ),
  ],
  json(doc, out) {
    const records = recordsOf(doc, ['visited_things_v2']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      if (Array.isArray(record.entries)) {
        addEntries(record, out, false);
        continue;
      }
      const values = labelValues(record);
      const url =
        values.find((value) => value.href !== null)?.href ??
        values.find((value) => value.value !== null && /^https?:\/\//i.test(value.value))?.value ??
        null;
      const names = new Set<string>();
      const entName = str(record.ent_name) ?? str(record.name);
      if (entName) names.add(entName);
      else {
        for (const value of values) {
          const plain = value.value;
          if (plain !== null && value.timestamp === null && !/^(?:https?:\/\/|\d+$)/i.test(plain))
            names.add(plain);
        }
      }
      const timestamp = recordTime(record);
      if (names.size === 0) addExposure(out, { kind: 'viewed', url, timestamp });
      for (const name of names) addExposure(out, { kind: 'viewed', account: name, url, timestamp });
    }
  },
  html(page, out) {
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) {
      addExposure(out, {
        kind: 'viewed',
        account: block.heading ?? block.text,
        url: block.links[0] ?? null,
        timestamp: block.time,
      });
    }
  },
};
