import { isObject, objects, recordsOf, recordTime, str, isEmptyShape } from '../../shapes';
import { fromSeconds } from '../../time';
import { addOwnItem, blocksOrUnknown } from '../shared/emit';
import { suffix, type Extractor } from '../types';
import { v2Parts } from './v2';

const EXT = '\\.(?:json|html)';

/** Replies the owner typed to stories (`stories_feedback_v2: [{timestamp, title, data: [{text}]}]`). */
export const facebookStoryReplies: Extractor = {
  id: 'facebook.story_replies',
  platform: 'facebook',
  paths: [suffix(`stories/story_reactions${EXT}`)],
  json(doc, out, ctx) {
    const records = recordsOf(doc, ['stories_feedback_v2']);
    if (records.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const record of records) {
      for (const text of v2Parts(record).texts) addOwnItem(out, ctx, 'story_reply', text, recordTime(record));
    }
  },
  html(page, out, ctx) {
    for (const block of blocksOrUnknown(page, out))
      addOwnItem(out, ctx, 'story_reply', block.text, block.time);
  },
};

/**
 * Answers the owner typed to groups' membership questions
 * (`group_membership_questions_answers_v2: {group_answers: [{group_name, answers: [{question, answer, timestamp}]}]}`).
 */
export const facebookMembershipAnswers: Extractor = {
  id: 'facebook.membership_answers',
  platform: 'facebook',
  paths: [suffix(`groups/your_answers_to_membership_questions${EXT}`)],
  json(doc, out, ctx) {
    const groups = recordsOf(doc, ['group_membership_questions_answers_v2', 'group_answers']);
    if (groups.length === 0 && !isEmptyShape(doc)) out.unknownShape = true;
    for (const group of groups) {
      const conversation = str(group.group_name);
      for (const answer of objects(group.answers)) {
        const text = isObject(answer) ? str(answer.answer) : null;
        addOwnItem(out, ctx, 'other', text, fromSeconds(answer.timestamp) ?? recordTime(group), {
          conversation,
        });
      }
    }
  },
  html(page, out, ctx) {
    for (const block of blocksOrUnknown(page, out)) {
      const answer = block.rows.at(-1)?.value ?? block.text;
      addOwnItem(out, ctx, 'other', answer, block.time, { conversation: block.heading });
    }
  },
};
