import { extractThreadHtml, extractThreadJson, threadParticipants } from '../shared/thread';
import { suffix, type Extractor } from '../types';

/**
 * Direct messages: inbox and requests, split into `message_N` files, plus 2025 `replies_N` files. Donated
 * catalogues also hold thread folders straight under `your_instagram_activity/`: any `<folder>/message_N` is a
 * thread (no other Instagram file is named so), and its shape is checked when read.
 */
export const instagramMessages: Extractor = {
  id: 'instagram.messages',
  platform: 'instagram',
  paths: [
    suffix('messages/(?:inbox|message_requests)/[^/]+/(?:message|replies)(?:_\\d+)?\\.(?:json|html)'),
    suffix('[^/]+/(?:message|replies)_\\d+\\.(?:json|html)'),
  ],
  json: extractThreadJson,
  html: extractThreadHtml,
  participantsJson: threadParticipants,
  participantsHtml: (page) => page.participants,
};
