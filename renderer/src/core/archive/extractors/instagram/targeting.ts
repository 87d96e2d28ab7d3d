import { recordsOf, isEmptyShape } from '../../shapes';
import { addExposure } from '../shared/emit';
import { addOffMetaEvents } from '../shared/off-meta';
import { namesExtractor } from '../shared/names-extractor';
import { suffix, type Extractor } from '../types';

const EXT = '\\.(?:json|html)';

export const instagramAdInterests = namesExtractor(
  'instagram',
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
  'instagram',
  'instagram.advertisers',
  'advertiser',
  [suffix(`instagram_ads_and_businesses/advertisers_using_your_activity_or_information${EXT}`)],
  ['ig_custom_audiences_all_types'],
);

export const instagramTopics = namesExtractor(
  'instagram',
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
