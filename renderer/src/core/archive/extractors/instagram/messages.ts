import { extractThreadHtml, extractThreadJson, threadParticipants } from '../shared/thread';
import { suffix, type Extractor } from '../types';

/** Direct messages: inbox and requests, split into `message_N` files, plus 2025 `replies_N` files. */
export const instagramMessages: Extractor = {
  id: 'instagram.messages',
  platform: 'instagram',
  paths: [suffix('messages/(?:inbox|message_requests)/[^/]+/(?:message|replies)(?:_\\d+)?\\.(?:json|html)')],
  json: extractThreadJson,
  html: extractThreadHtml,
  participantsJson: threadParticipants,
  participantsHtml: (page) => page.participants,
};
