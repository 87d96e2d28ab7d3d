import { PHRASES } from '../../labels';
import type { HtmlPage } from '../../html/page';
import { isObject, objects, str, type Json } from '../../shapes';
import { fromMilliseconds } from '../../time';
import type { ExtractContext, FileOutput } from '../types';
import { addItem } from './emit';

/**
 * Meta's system lines start with the sender's name, "You"/"Vous" or a verb ("Liked a message"); only those
 * texts are lower-cased and tested against the markers and patterns (the check runs on every message).
 */
// Not `\b`: without the u flag it sees no word boundary after "é", so "a aimé ..." never matched.
const SYSTEM_OPENING = /^(you|vous|liked|reacted|a aimé|a réagi|say hi)(?![\p{L}\p{N}])/iu;

function isSystemText(text: string, sender: string | null): boolean {
  if (text.length >= 200) return false;
  if (!(sender !== null && text.startsWith(sender)) && !SYSTEM_OPENING.test(text)) return false;
  const lower = text.toLowerCase();
  return (
    PHRASES.systemMarkers.some((marker) => lower.includes(marker)) &&
    PHRASES.systemMessage.some((pattern) => pattern.test(text))
  );
}

/** The conversation's name: the thread title, else its folder (`inbox/<folder>/message_1.json`). */
function conversationName(doc: Json, ctx: ExtractContext): string | null {
  const title = str(doc.title) ?? str(doc.threadName) ?? str(doc.thread_name);
  if (title) return title;
  const folder = /\/([^/]+)\/[^/]+$/.exec(ctx.relKey);
  return folder ? folder[1]! : null;
}

function addMessage(
  out: FileOutput,
  ctx: ExtractContext,
  message: { sender: string | null; text: string | null; timestampMs: unknown; conversation: string | null },
  share?: Json,
): void {
  const timestamp = fromMilliseconds(message.timestampMs);
  const direction = ctx.owner.isOwner(message.sender) ? 'authored' : 'received';
  const link = share ? str(share.link) : null;
  if (message.text !== null && !isSystemText(message.text, message.sender)) {
    addItem(out, {
      kind: 'message',
      direction,
      author: message.sender,
      conversation: message.conversation,
      timestamp,
      text: message.text,
      extraLinks: [link],
    });
  }
  const shared = share ? str(share.share_text) : null;
  if (shared) {
    addItem(out, {
      kind: 'shared_post',
      direction: 'seen',
      author: str(share!.original_content_owner) ?? str(share!.profile_share_username),
      conversation: message.conversation,
      timestamp,
      text: shared,
      extraLinks: [link],
    });
  }
}

/** Messenger / Instagram DM thread files (`message_N.json`, `replies_N.json`) and Facebook community chats. */
export function extractThreadJson(doc: unknown, out: FileOutput, ctx: ExtractContext): void {
  if (!isObject(doc) || (!Array.isArray(doc.messages) && !Array.isArray(doc.replies))) {
    out.unknownShape = true;
    return;
  }
  const conversation = conversationName(doc, ctx);
  for (const message of objects(doc.messages)) {
    if (message.is_unsent === true || message.isUnsent === true) continue;
    const camel = 'senderName' in message;
    addMessage(
      out,
      ctx,
      {
        sender: str(camel ? message.senderName : message.sender_name),
        text: str(camel ? message.text : message.content),
        timestampMs: camel ? message.timestamp : message.timestamp_ms,
        conversation,
      },
      isObject(message.share) ? message.share : undefined,
    );
  }
  for (const reply of objects(doc.replies)) {
    addMessage(out, ctx, {
      sender: str(reply.sender_name),
      text: str(reply.reply_content),
      timestampMs: reply.timestamp_ms,
      conversation,
    });
  }
}

/** Names in a thread file's `participants` (objects with `name`, or plain strings in the E2EE backup). */
export function threadParticipants(doc: unknown): string[] {
  if (!isObject(doc) || !Array.isArray(doc.participants)) return [];
  return doc.participants
    .map((participant: unknown) =>
      typeof participant === 'string'
        ? str(participant)
        : isObject(participant)
          ? str(participant.name)
          : null,
    )
    .filter((name): name is string => name !== null);
}

/** An HTML thread page: each block is one message, its heading the sender. */
export function extractThreadHtml(page: HtmlPage, out: FileOutput, ctx: ExtractContext): void {
  if (page.blocks.length === 0) {
    out.unknownShape = true;
    return;
  }
  const conversation = page.title ?? conversationName({}, ctx);
  for (const block of page.blocks) {
    const text = block.messageText ?? block.text;
    const links = block.links.filter((link) => !text?.includes(link));
    addMessage(
      out,
      ctx,
      { sender: block.heading, text, timestampMs: block.time, conversation },
      links.length > 0 ? { link: links[0] } : undefined,
    );
  }
}
