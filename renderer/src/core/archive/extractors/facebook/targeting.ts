import { recordsOf, recordTime, str, isEmptyShape } from '../../shapes';
import { addExposure } from '../shared/emit';
import { addOffMetaEvents } from '../shared/off-meta';
import { namesExtractor } from '../shared/names-extractor';
import { suffix, type Extractor } from '../types';

const EXT = '\\.(?:json|html)';

export const facebookAdInterests = namesExtractor(
  'facebook',
  'facebook.ad_interests',
  'ad_interest',
  [
    suffix(
      `(?:ads_information|other_logged_information)/(?:ads_interests|other_categories_used_to_reach_you)${EXT}`,
    ),
  ],
  ['topics_v2', 'topics'],
  { htmlLinesAreNames: true },
);

export const facebookTopics = namesExtractor(
  'facebook',
  'facebook.topics',
  'topic',
  [suffix(`your_topics/your_topics${EXT}`)],
  ['inferred_topics_v2', 'topics_your_topics'],
  { htmlLinesAreNames: true },
);

export const facebookAdvertisers = namesExtractor(
  'facebook',
  'facebook.advertisers',
  'advertiser',
  [suffix(`ads_information/advertisers_using_your_activity_or_information${EXT}`)],
  ['custom_audiences_all_types_v2', 'custom_audiences_v2'],
  { htmlLinesAreNames: true },
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
