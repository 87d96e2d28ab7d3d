import type { InstagramLayout } from './instagram-paths';
import type { DemoLabels } from './labels';
import type { FeedPost, MediaRef, Seen, Thread } from './scenario-common';

export const seconds = (ms: number): number => Math.floor(ms / 1000);
export const profileUrl = (username: string): string => `https://www.instagram.com/${username}`;

export function mediaObject(media: MediaRef, title: string) {
  return {
    uri: media.uri,
    creation_timestamp: seconds(media.at),
    media_metadata: { camera_metadata: { has_camera_metadata: false } },
    title,
    cross_post_source: { source_app: 'FB' },
    dubbing_info: [],
    media_variants: [],
  };
}

export function threadJson(thread: Thread, photoUri: string | null) {
  const messages: Record<string, unknown>[] = thread.messages.map((message) => ({
    sender_name: message.sender.name,
    timestamp_ms: message.at,
    ...(message.text ? { content: message.text.text } : {}),
    ...(message.share
      ? {
          share: {
            link: message.share.link,
            share_text: message.share.caption.text,
            original_content_owner: message.share.owner.username,
          },
        }
      : {}),
    is_geoblocked_for_viewer: false,
    is_unsent_image_by_messenger_kid_parent: false,
  }));
  const last = thread.messages.at(-1);
  if (photoUri && last) {
    messages.push({
      sender_name: last.sender.name,
      timestamp_ms: last.at + 60_000,
      photos: [{ uri: photoUri, creation_timestamp: seconds(last.at + 60_000) }],
      is_geoblocked_for_viewer: false,
      is_unsent_image_by_messenger_kid_parent: false,
    });
  }
  return {
    participants: thread.participants.map((participant) => ({ name: participant.name })),
    messages: messages.reverse(),
    title: thread.title,
    is_still_participant: true,
    thread_path: `${thread.section}/${thread.folder}`,
    magic_words: [],
  };
}

/** The 2026 `label_values` shape of liked, saved and viewed posts (archive-format.md §4.3). */
export function labelValuesPost(post: FeedPost, labels: DemoLabels, fbid: string) {
  return {
    timestamp: seconds(post.at),
    media: [],
    label_values: [
      { label: labels.url, value: post.url, href: post.url },
      { label: labels.caption, value: post.caption.text },
      {
        title: labels.owner,
        dict: [
          {
            dict: [
              {
                label: labels.url,
                value: profileUrl(post.owner.username),
                href: profileUrl(post.owner.username),
              },
              { label: labels.name, value: post.owner.name },
              { label: labels.username, value: post.owner.username },
            ],
          },
        ],
      },
    ],
    fbid,
  };
}

export const impressions = (seen: readonly Seen[], labels: DemoLabels) =>
  seen.map((entry) => ({
    string_map_data: {
      [labels.author]: { value: entry.account },
      [labels.time]: { timestamp: seconds(entry.at) },
    },
  }));

export const relationship = (entry: Seen, layout: InstagramLayout) => ({
  title: layout === 'IG-3' ? entry.account : '',
  media_list_data: [],
  string_list_data: [
    {
      href: profileUrl(entry.account),
      ...(layout === 'IG-3' ? {} : { value: entry.account }),
      timestamp: seconds(entry.at),
    },
  ],
});
