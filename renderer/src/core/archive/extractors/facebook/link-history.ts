import { activityExtractor } from '../shared/activity-extractor';
import { suffix } from '../types';

/** Links opened in the in-app browser (FB-3 `label_values`): page titles are exposure text. */
export const facebookLinkHistory = activityExtractor({
  id: 'facebook.link_history',
  platform: 'facebook',
  paths: [suffix('other_activity/link_history\\.(?:json|html)')],
  kind: 'viewed',
});
