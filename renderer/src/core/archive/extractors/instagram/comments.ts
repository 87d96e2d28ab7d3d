import { recordsOf, recordTime, stringMap, type Json, isEmptyShape } from '../../shapes';
import { addOwnItem } from '../shared/emit';
import { recordFromBlock } from '../shared/activity';
import { suffix, type ExtractContext, type Extractor, type FileOutput } from '../types';

function addComment(record: Json, out: FileOutput, ctx: ExtractContext): void {
  const { cells, unknown } = stringMap(record);
  for (const label of unknown.keys()) out.unknownLabels.add(label);
  // Unknown language: the comment is the longest value that is not a time or an account.
  const text =
    cells.get('comment')?.value ??
    [...unknown.values()].map((cell) => cell.value ?? '').sort((a, b) => b.length - a.length)[0] ??
    null;
  addOwnItem(out, ctx, 'comment', text, cells.get('time')?.timestamp ?? recordTime(record));
}

/** Comments the owner wrote on posts, reels and stories ("hype"). */
export const instagramComments: Extractor = {
  id: 'instagram.comments',
  platform: 'instagram',
  paths: [suffix('comments/(?:post_comments(?:_\\d+)?|reels_comments|hype)\\.(?:json|html)')],
  json(doc, out, ctx) {
    const records = recordsOf(doc, [
      'comments_media_comments',
      'comments_reels_comments',
      'comments_story_comments',
    ]);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) addComment(record, out, ctx);
  },
  html(page, out, ctx) {
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) {
      if (block.rows.length > 0) addComment(recordFromBlock(block), out, ctx);
      else addOwnItem(out, ctx, 'comment', block.text, block.time);
    }
  },
};
