import { findLabel, labelValues, recordsOf, recordTime, str, isEmptyShape } from '../../shapes';
import { addExposure, addItem } from '../shared/emit';
import { suffix, type Extractor } from '../types';
import { v2Parts } from './v2';

const EXT = '\\.(?:json|html)';
/** Older exports may keep the term only inside the sentence: "You searched for “term”". */
const QUOTED = /[“"«]\s*(.+?)\s*[”"»]/;

/** Search history: the term (typed by the owner) is both a `search` exposure and a `search` item. */
export const facebookSearches: Extractor = {
  id: 'facebook.searches',
  platform: 'facebook',
  paths: [suffix(`search/(?:your_search_history|groups_you_ve_searched_for)${EXT}`)],
  json(doc, out, ctx) {
    const records = recordsOf(doc, ['searches_v2', 'searches']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      const values = Array.isArray(record.label_values) ? labelValues(record) : [];
      const term =
        v2Parts(record).texts[0] ??
        (findLabel(values, 'search') ?? findLabel(values, 'text'))?.value ??
        QUOTED.exec(str(record.title) ?? '')?.[1] ??
        null;
      const timestamp = recordTime(record);
      addExposure(out, { kind: 'search', label: term, timestamp });
      addItem(out, {
        kind: 'search',
        direction: 'authored',
        author: ctx.owner.displayName,
        timestamp,
        text: term,
      });
    }
  },
  html(page, out, ctx) {
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) {
      const term = block.text ?? QUOTED.exec(block.heading ?? '')?.[1] ?? null;
      addExposure(out, { kind: 'search', label: term, timestamp: block.time });
      addItem(out, {
        kind: 'search',
        direction: 'authored',
        author: ctx.owner.displayName,
        timestamp: block.time,
        text: term,
      });
    }
  },
};

/** Saved links and posts: their titles. */
export const facebookSaved: Extractor = {
  id: 'facebook.saved',
  platform: 'facebook',
  paths: [suffix(`saved_items_and_collections/your_saved_items${EXT}`)],
  json(doc, out) {
    const records = recordsOf(doc, ['saves_v2', 'saves']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      const link = v2Parts(record).links[0];
      addExposure(out, {
        kind: 'saved',
        label: link?.name ?? str(record.title),
        url: link?.url ?? null,
        timestamp: recordTime(record),
      });
    }
  },
  html(page, out) {
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) {
      addExposure(out, {
        kind: 'saved',
        label: block.text ?? block.heading,
        url: block.links[0] ?? null,
        timestamp: block.time,
      });
    }
  },
};
