import type { ExposureKind } from '../../../model';
import { isObject, recordsOf, isEmptyShape } from '../../shapes';
import { addExposure } from '../shared/emit';
import { addOffMetaEvents } from '../shared/off-meta';
import { listedNames } from '../shared/names';
import { suffix, type Extractor } from '../types';

const EXT = '\\.(?:json|html)';

function namesExtractor(id: string, kind: ExposureKind, paths: RegExp[], keys: string[]): Extractor {
  return {
    id,
    platform: 'instagram',
    paths,
    json(doc, out) {
      const names = listedNames(doc, keys, out);
      if (
        names.length === 0 &&
        isObject(doc) &&
        Object.keys(doc).length > 0 &&
        recordsOf(doc, keys).length === 0
      ) {
        out.unknownShape = true;
      }
      for (const name of names) addExposure(out, { kind, label: name, timestamp: null });
    },
    html(page, out) {
      for (const block of page.blocks) {
        const values =
          block.rows.length > 0 ? block.rows.map((row) => row.value) : [block.text ?? block.heading];
        for (const value of values) addExposure(out, { kind, label: value, timestamp: null });
      }
    },
  };
}

export const instagramAdInterests = namesExtractor(
  'instagram.ad_interests',
  'ad_interest',
  [
    suffix(
      `information_about_you/ads_interests${EXT}`,
      `instagram_ads_and_businesses/other_categories_used_to_reach_you${EXT}`,
    ),
  ],
  ['inferred_data_ig_interest'],
);

export const instagramAdvertisers = namesExtractor(
  'instagram.advertisers',
  'advertiser',
  [suffix(`instagram_ads_and_businesses/advertisers_using_your_activity_or_information${EXT}`)],
  ['ig_custom_audiences_all_types'],
);

export const instagramTopics = namesExtractor(
  'instagram.topics',
  'topic',
  [suffix(`your_topics/(?:your_topics|recommended_topics)${EXT}`)],
  ['topics_your_topics', 'topics_recommended_topics'],
);

/** Apps and websites that reported the owner's activity to Meta: one exposure per event (per app when no events). */
export const instagramOffMeta: Extractor = {
  id: 'instagram.off_meta',
  platform: 'instagram',
  paths: [suffix(`apps_and_websites/your_activity_off_meta_technologies${EXT}`)],
  json(doc, out) {
    const records = recordsOf(doc, ['apps_and_websites_off_meta_activity', 'off_facebook_activity_v2']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) addOffMetaEvents(record, out);
  },
  html(page, out) {
    for (const block of page.blocks)
      addExposure(out, { kind: 'off_platform', label: block.heading ?? block.text, timestamp: block.time });
  },
};
