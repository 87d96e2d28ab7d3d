import type { ItemKind } from '../../../model';
import { labelValues, recordsOf, recordTime, str, type Json, isEmptyShape } from '../../shapes';
import { fromSeconds } from '../../time';
import { firstCapture, PHRASES } from '../../labels';
import { addItem, addOwnItem, blocksOrUnknown } from '../shared/emit';
import { suffix, type ExtractContext, type Extractor, type FileOutput } from '../types';
import { v2Parts } from './v2';

const EXT = '\\.(?:json|html)';

function addComments(record: Json, kind: ItemKind, out: FileOutput, ctx: ExtractContext): void {
  const parts = v2Parts(record);
  for (const comment of parts.comments) {
    const author = str(comment.author);
    const group = str(comment.group);
    addItem(out, {
      kind: group ? 'group_comment' : kind,
      direction: author === null || ctx.owner.isOwner(author) || !ctx.owner.known ? 'authored' : 'received',
      author: author ?? ctx.owner.displayName,
      conversation: group,
      timestamp: fromSeconds(comment.timestamp) ?? recordTime(record),
      text: str(comment.comment),
    });
  }
}

/** Comments the owner wrote (`comments_v2`, FB-0 `comments`), and FB-3 comment edits. */
export const facebookComments: Extractor = {
  id: 'facebook.comments',
  platform: 'facebook',
  paths: [suffix(`comments(?:_and_reactions)?/(?:comments|your_comment_edits)${EXT}`)],
  json(doc, out, ctx) {
    const records = recordsOf(doc, ['comments_v2', 'comments']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      if (Array.isArray(record.label_values)) {
        const longest = recordsText(record);
        addOwnItem(out, ctx, 'comment', longest, recordTime(record));
      } else addComments(record, 'comment', out, ctx);
    }
  },
  html(page, out, ctx) {
    for (const block of blocksOrUnknown(page, out)) addOwnItem(out, ctx, 'comment', block.text, block.time);
  },
};

/** Posts and comments in groups, posts waiting for a group admin's approval, and FB-3 group contributions. */
export const facebookGroupActivity: Extractor = {
  id: 'facebook.group_activity',
  platform: 'facebook',
  paths: [
    suffix(
      `groups/(?:group_posts_and_comments|your_comments_in_groups|your_contributions|your_pending_posts_in_groups)${EXT}`,
    ),
  ],
  json(doc, out, ctx) {
    const records = recordsOf(doc, ['group_posts_v2', 'group_comments_v2', 'pending_posts_v2']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      if (Array.isArray(record.label_values)) {
        addOwnItem(out, ctx, 'group_post', recordsText(record), recordTime(record));
        continue;
      }
      addComments(record, 'group_comment', out, ctx);
      const parts = v2Parts(record);
      const text = [...parts.posts, ...parts.captions].join('\n\n');
      addOwnItem(out, ctx, 'group_post', text, recordTime(record), {
        extraLinks: parts.links.map((link) => link.url),
      });
    }
  },
  html(page, out, ctx) {
    const kind = /comments_in_groups/.test(ctx.relKey) ? 'group_comment' : 'group_post';
    for (const block of blocksOrUnknown(page, out)) {
      const group = kind === 'group_comment' ? firstCapture(PHRASES.groupActivity, block.heading) : null;
      addOwnItem(out, ctx, kind, block.text, block.time, { conversation: group });
    }
  },
};

/** The longest plain value of a `label_values` item: where unverified FB-3 files keep their text. */
function recordsText(record: Json): string | null {
  const values = labelValues(record)
    .filter(
      (value) =>
        value.value !== null &&
        value.href === null &&
        !/^https?:\/\//i.test(value.value) &&
        value.field !== 'time',
    )
    .map((value) => value.value!);
  return values.sort((a, b) => b.length - a.length)[0] ?? null;
}
