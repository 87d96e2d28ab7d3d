import { recordsOf, str, stringList, stringMap, recordTime, isEmptyShape } from '../../shapes';
import { addOwnItem } from '../shared/emit';
import { recordFromBlock } from '../shared/activity';
import { suffix, type Extractor } from '../types';
import type { Json } from '../../shapes';
import type { ExtractContext, FileOutput } from '../types';

function addAnswer(record: Json, out: FileOutput, ctx: ExtractContext): void {
  const { cells, unknown } = stringMap(record);
  const answer =
    stringList(record).find((cell) => cell.value)?.value ??
    cells.get('text')?.value ??
    [...unknown.values()].find((cell) => cell.value)?.value ??
    null;
  addOwnItem(out, ctx, 'story_reply', answer, recordTime(record), { conversation: str(record.title) });
}

/** The owner's answers to story stickers: polls, quizzes, questions, sliders, countdowns. */
export const instagramStoryAnswers: Extractor = {
  id: 'instagram.story_answers',
  platform: 'instagram',
  paths: [
    suffix(
      'story_(?:sticker_)?interactions/(?:polls|quizzes|questions|emoji_sliders|countdowns|question_music_response|question_media_response)\\.(?:json|html)',
    ),
  ],
  json(doc, out, ctx) {
    const records = recordsOf(doc);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) addAnswer(record, out, ctx);
  },
  html(page, out, ctx) {
    if (page.blocks.length === 0) out.unknownShape = true;
    for (const block of page.blocks) addAnswer(recordFromBlock(block), out, ctx);
  },
};
