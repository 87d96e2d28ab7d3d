import { recordsOf, recordTime, str, isEmptyShape } from '../../shapes';
import { addExposure, addItem } from '../shared/emit';
import { suffix, type Extractor } from '../types';

/**
 * Notifications (`notifications_v2: [{timestamp, unread, href, text}]`): Meta-worded sentences that often quote
 * what others wrote, so each is an exposure and a `seen` item of kind `other`.
 */
export const facebookNotifications: Extractor = {
  id: 'facebook.notifications',
  platform: 'facebook',
  paths: [suffix('notifications/notifications\\.(?:json|html)')],
  json(doc, out) {
    const records = recordsOf(doc, ['notifications_v2', 'notifications']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      const text = str(record.text) ?? str(record.title);
      const url = str(record.href) ?? str(record.url);
      const timestamp = recordTime(record);
      addExposure(out, { kind: 'viewed', label: text, url, timestamp });
      addItem(out, { kind: 'other', direction: 'seen', author: null, timestamp, text, extraLinks: [url] });
    }
  },
  html(page, out) {
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) {
      const text = block.text ?? block.heading;
      const url = block.links[0] ?? null;
      addExposure(out, { kind: 'viewed', label: text, url, timestamp: block.time });
      addItem(out, { kind: 'other', direction: 'seen', author: null, timestamp: block.time, text });
    }
  },
};
