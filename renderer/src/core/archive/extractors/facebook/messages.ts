import { isObject } from '../../shapes';
import { extractThreadHtml, extractThreadJson, threadParticipants } from '../shared/thread';
import { suffix, type Extractor } from '../types';

/** Messenger: every section (E2EE cut-over included), split into `message_N` files, and groups' community chats. */
export const facebookMessages: Extractor = {
  id: 'facebook.messages',
  platform: 'facebook',
  paths: [
    suffix(
      'messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/[^/]+/message(?:_\\d+)?\\.(?:json|html)',
    ),
    // Thread folders seen elsewhere in donated catalogues (`your_facebook_activity/<thread>/message_1.json`).
    suffix('[^/]+/message_\\d+\\.(?:json|html)'),
    suffix('groups/your_group_messages/[^/]+\\.(?:json|html)'),
  ],
  json: extractThreadJson,
  html: extractThreadHtml,
  participantsJson: threadParticipants,
  participantsHtml: (page) => page.participants,
};

/**
 * A thread file of the end-to-end-encrypted chat backup: `<Thread>_<N>.json` at the root of `messages.zip`, or in
 * the `messages/` folder it unzips to when the user zips that folder again.
 */
export const E2EE_BACKUP_THREAD = /^(?:messages[^/]*\/)?[^/]+_\d+\.json$/i;

/**
 * The separate end-to-end-encrypted chat backup (`messages.zip`): one `<Thread>_<N>.json` per thread with a
 * camelCase shape. Other JSON so named is recognised as unknown shape.
 */
export const facebookEncryptedBackup: Extractor = {
  id: 'facebook.e2ee_backup',
  platform: 'facebook',
  paths: [E2EE_BACKUP_THREAD],
  json(doc, out, ctx) {
    if (!isObject(doc) || !('threadName' in doc || 'participants' in doc)) {
      out.unknownShape = true;
      return;
    }
    extractThreadJson(doc, out, ctx);
  },
  participantsJson: threadParticipants,
};
