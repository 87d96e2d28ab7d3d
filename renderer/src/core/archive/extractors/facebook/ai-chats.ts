import type { EpochMs } from '../../../model';
import { fieldOfLabel } from '../../labels';
import { labelGroups, labelValues, recordsOf, recordTime, str, type Json } from '../../shapes';
import { fromSeconds } from '../../time';
import { addItem } from '../shared/emit';
import { extractThreadHtml } from '../shared/thread';
import { suffix, type ExtractContext, type Extractor, type FileOutput } from '../types';

/** One message of a conversation: the scalars of one innermost `dict`. */
interface ChatTurn {
  readonly sender: string | null;
  readonly text: string | null;
  readonly timestamp: EpochMs | null;
}

const isUrl = (value: string) => /^https?:\/\//i.test(value);

/**
 * One turn of a conversation, from the scalars of one innermost `dict`: its text is the value labelled as text
 * (any known language), else its longest plain value; its sender the value labelled as a sender, author or name.
 */
function turnOf(scalars: readonly Json[]): ChatTurn | null {
  const named = (...fields: string[]) =>
    scalars.find((entry) => {
      const field = fieldOfLabel(str(entry.label) ?? '');
      return field !== null && fields.includes(field);
    });
  const plain = scalars
    .map((entry) => str(entry.value))
    .filter((value): value is string => value !== null && !isUrl(value));
  if (plain.length === 0) return null;
  const sender = str(named('sender', 'author', 'name', 'username')?.value);
  const text =
    str(named('text', 'comment', 'caption')?.value) ??
    plain.filter((value) => value !== sender).sort((a, b) => b.length - a.length)[0] ??
    null;
  const time = scalars.map((entry) => fromSeconds(entry.timestamp_value)).find((t) => t !== null);
  return { sender, text, timestamp: time ?? null };
}

function addConversation(record: Json, out: FileOutput, ctx: ExtractContext): void {
  const values = labelValues(record);
  for (const value of values) if (value.field === null && value.label) out.unknownLabels.add(value.label);
  const conversation =
    str(record.title) ??
    values.find((value) => value.field === 'title' && value.groups.length === 0)?.value ??
    null;
  // The top-level scalars describe the conversation (title, time); each nested dict is one message.
  const turns = labelGroups(record)
    .map(turnOf)
    .filter((turn): turn is ChatTurn => turn !== null);
  for (const turn of turns) {
    addItem(out, {
      kind: 'message',
      direction: ctx.owner.isOwner(turn.sender) ? 'authored' : 'received',
      author: turn.sender,
      conversation,
      timestamp: turn.timestamp ?? recordTime(record),
      text: turn.text,
    });
  }
}

/**
 * Conversations with Meta AI (FB-3, 2025: `messages/ai_conversations.json`): a `label_values` list whose labels
 * are unverified (archive-format.md §14), so messages are found by structure. Only a message whose sender is the
 * owner counts as authored: an unnamed sender could be the assistant, whose words are not the owner's.
 */
export const facebookAiChats: Extractor = {
  id: 'facebook.ai_chats',
  platform: 'facebook',
  paths: [suffix('messages/ai_conversations\\.(?:json|html)')],
  json(doc, out, ctx) {
    const records = recordsOf(doc);
    if (records.length === 0) out.unknownShape = true;
    for (const record of records) addConversation(record, out, ctx);
  },
  html: extractThreadHtml,
};
