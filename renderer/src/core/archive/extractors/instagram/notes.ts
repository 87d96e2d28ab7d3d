import { findLabel, labelValues, recordsOf, recordTime, stringMap } from '../../shapes';
import { addOwnItem } from '../shared/emit';
import { suffix, type Extractor } from '../types';

/**
 * Notes. Exports seen so far hold only "Last Notes Seen Time" (archive-format.md §5.1); a text field, if
 * Meta ever adds one, is read through the label tables.
 */
export const instagramNotes: Extractor = {
  id: 'instagram.notes',
  platform: 'instagram',
  paths: [suffix('(?:note_interactions|notes|your_notes)\\.(?:json|html)')],
  json(doc, out, ctx) {
    for (const record of recordsOf(doc, ['notes', 'ig_notes'])) {
      const text =
        stringMap(record).cells.get('text')?.value ?? findLabel(labelValues(record), 'text')?.value ?? null;
      addOwnItem(out, ctx, 'note', text, recordTime(record));
    }
  },
  html(page, out, ctx) {
    for (const block of page.blocks) {
      const row = block.rows.find((candidate) => /^(note|text|texte)$/i.test(candidate.label));
      addOwnItem(out, ctx, 'note', row?.value ?? null, block.time);
    }
  },
};
