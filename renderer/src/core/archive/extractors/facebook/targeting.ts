import type { ExposureKind } from '../../../model';
import { isObject, recordsOf, recordTime, str, isEmptyShape } from '../../shapes';
import { addExposure } from '../shared/emit';
import { addOffMetaEvents } from '../shared/off-meta';
import { listedNames } from '../shared/names';
import { suffix, type Extractor } from '../types';

const EXT = '\\.(?:json|html)';

function namesExtractor(id: string, kind: ExposureKind, paths: RegExp[], keys: string[]): Extractor {
  return {
    id,
    platform: 'facebook',
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
          block.rows.length > 0
            ? block.rows.map((row) => row.value)
            : (block.text ?? block.heading ?? '').split('\n');
        for (const value of values) addExposure(out, { kind, label: value, timestamp: null });
      }
    },
  };
}

export const facebookAdInterests = namesExtractor(
  'facebook.ad_interests',
  'ad_interest',
  [
    suffix(
      `(?:ads_information|other_logged_information)/(?:ads_interests|other_categories_used_to_reach_you)${EXT}`,
    ),
  ],
  ['topics_v2', 'topics'],
);

export const facebookTopics = namesExtractor(
  'facebook.topics',
  'topic',
  [suffix(`your_topics/your_topics${EXT}`)],
  ['inferred_topics_v2', 'topics_your_topics'],
);

export const facebookAdvertisers = namesExtractor(
  'facebook.advertisers',
  'advertiser',
  [suffix(`ads_information/advertisers_using_your_activity_or_information${EXT}`)],
  ['custom_audiences_all_types_v2', 'custom_audiences_v2'],
);

/** Ads the owner clicked or otherwise interacted with (`history_v2`: ad title, action, time). */
export const facebookAdsInteracted: Extractor = {
  id: 'facebook.ads_interacted',
  platform: 'facebook',
  paths: [suffix(`ads_information/advertisers_you_ve_interacted_with${EXT}`)],
  json(doc, out) {
    const records = recordsOf(doc, ['history_v2', 'history']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records)
      addExposure(out, { kind: 'ad_viewed', label: str(record.title), timestamp: recordTime(record) });
  },
  html(page, out) {
    for (const block of page.blocks)
      addExposure(out, { kind: 'ad_viewed', label: block.heading ?? block.text, timestamp: block.time });
  },
};

export const facebookOffMeta: Extractor = {
  id: 'facebook.off_meta',
  platform: 'facebook',
  paths: [suffix(`apps_and_websites_off_of_facebook/your_activity_off_meta_technologies${EXT}`)],
  json(doc, out) {
    const records = recordsOf(doc, ['off_facebook_activity_v2', 'off_facebook_activity']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) addOffMetaEvents(record, out);
  },
  html(page, out) {
    for (const block of page.blocks)
      addExposure(out, { kind: 'off_platform', label: block.heading ?? block.text, timestamp: block.time });
  },
};
