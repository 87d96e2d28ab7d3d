import {
  findLabel,
  labelValues,
  objects,
  recordsOf,
  recordTime,
  str,
  type Json,
  isEmptyShape,
} from '../../shapes';
import { fieldOfLabel, type LabelField } from '../../labels';
import { addExposure } from '../shared/emit';
import { suffix, type Extractor, type FileOutput } from '../types';

/** "<Name> likes <Target>'s post." / "<Nom> aime la publication de <Cible>." → the target's name. */
const TARGET_PATTERNS = [
  /^.+? (?:likes|liked|reacted to|reacts to) (.+?)['’]s? (?:own )?(?:post|comment|photo|video|reel|story|status|link|album|life event)/i,
  /^.+? (?:likes|liked|reacted to) (.+?)\.?$/i,
  /^.+? (?:aime|a aimé|a réagi à) (?:la|le|l['’]|les) ?(?:publication|commentaire|photo|vidéo|statut|lien)s? de (.+?)\.?$/i,
];

const targetOf = (title: string | null): string | null =>
  title ? (TARGET_PATTERNS.map((pattern) => pattern.exec(title)?.[1]).find(Boolean) ?? null) : null;

function addReaction(record: Json, out: FileOutput): void {
  if (Array.isArray(record.label_values)) {
    const values = labelValues(record);
    for (const value of values) if (value.field === null && value.label) out.unknownLabels.add(value.label);
    const url = findLabel(values, 'url');
    addExposure(out, {
      kind: 'liked',
      label: findLabel(values, 'reaction')?.value ?? null,
      account:
        findLabel(values, 'name', 'author')?.value ?? findLabel(values, 'name', 'group')?.value ?? null,
      url: url?.href ?? url?.value ?? null,
      timestamp: recordTime(record),
    });
    return;
  }
  const reaction = objects(record.data)
    .map((data) => (data.reaction && typeof data.reaction === 'object' ? (data.reaction as Json) : null))
    .find(Boolean);
  addExposure(out, {
    kind: 'liked',
    label: str(reaction?.reaction) ?? 'LIKE',
    account: targetOf(str(record.title)),
    timestamp: recordTime(record),
  });
}

/** Likes and reactions, in the old bare-list and `reactions_v2` shapes and the FB-3 `label_values` one. */
export const facebookReactions: Extractor = {
  id: 'facebook.reactions',
  platform: 'facebook',
  paths: [
    suffix(
      '(?:comments_and_reactions|likes_and_reactions)/(?:likes_and_reactions(?:_\\d+)?|posts_and_comments)\\.(?:json|html)',
    ),
  ],
  json(doc, out) {
    const records = recordsOf(doc, ['reactions_v2']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) addReaction(record, out);
  },
  html(page, out) {
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) {
      // The FB-3 form is a table (Reaction, URL, Name); the older one a sentence naming the target.
      const row = (field: LabelField) =>
        block.rows.find((candidate) => fieldOfLabel(candidate.label) === field);
      const url = row('url');
      addExposure(out, {
        kind: 'liked',
        label: row('reaction')?.value ?? 'LIKE',
        account: row('name')?.value ?? row('author')?.value ?? targetOf(block.heading ?? block.text),
        url: url ? (url.href ?? url.value) : null,
        timestamp: block.time,
      });
    }
  },
};
