import type { FacebookScenario } from './facebook-scenario';
import { facebookPaths } from './facebook-paths';
import type { DemoFile } from './files';
import { NO_DATA_TEXT } from './instagram-paths';
import { placeholderMedia } from './media';
import { toMetaJson } from './meta-json';
import type { Random } from './random';
import { SPLIT_THREAD_MESSAGES_PER_FILE, threadFiles } from './facebook-messages';

const seconds = (ms: number): number => Math.floor(ms / 1000);
const possessive = (name: string): string => `${name}'s`;

/** Every entry of the Facebook JSON export (not yet divided into parts), with Meta's mojibake. */
export function facebookJsonFiles(scenario: FacebookScenario, random: Random): DemoFile[] {
  const paths = facebookPaths('json');
  const owner = scenario.owner.name;
  const files: DemoFile[] = [];
  const json = (path: string, value: unknown) => files.push({ path, content: toMetaJson(value) });

  json(
    paths.posts,
    scenario.posts.map((post) => ({
      timestamp: seconds(post.at),
      ...(post.media.length || post.link
        ? {
            attachments: [
              ...post.media.map((media) => ({
                data: [
                  {
                    media: {
                      uri: media.uri,
                      creation_timestamp: seconds(media.at),
                      title: 'Timeline photos',
                      description: '',
                      media_metadata: {
                        photo_metadata: { exif_data: [{ taken_timestamp: seconds(media.at) }] },
                      },
                    },
                  },
                ],
              })),
              ...(post.link ? [{ data: [{ external_context: { url: post.link } }] }] : []),
            ],
          }
        : {}),
      data: [{ post: post.text.text }, { update_timestamp: seconds(post.at) }],
      title: post.link ? `${owner} shared a link.` : `${owner} updated her status.`,
    })),
  );
  json(paths.timelinePosts, {
    wall_posts_sent_to_you: {
      activity_log_data: scenario.timelinePosts.map((post) => ({
        timestamp: seconds(post.at),
        data: [{ post: post.text.text }],
        title: `${post.author.name} wrote on your timeline.`,
      })),
    },
  });
  json(paths.comments, {
    comments_v2: scenario.comments.map((comment) => ({
      timestamp: seconds(comment.at),
      data: [{ comment: { timestamp: seconds(comment.at), comment: comment.text.text, author: owner } }],
      title: `${owner} commented on ${possessive(comment.author.name)} post.`,
    })),
  });
  json(
    paths.reactions,
    scenario.reactions.map((reaction) => ({
      timestamp: seconds(reaction.at),
      media: [],
      label_values: [
        { label: 'Reaction', value: 'Like' },
        { label: 'URL', value: reaction.url, href: reaction.url },
        { title: 'Author', dict: [{ dict: [{ label: 'Name', value: reaction.author.name }] }] },
      ],
      fbid: random.digits(16),
    })),
  );
  json(
    paths.oldReactions,
    scenario.oldReactions.map((reaction) => ({
      timestamp: seconds(reaction.at),
      data: [{ reaction: { reaction: 'LIKE', actor: owner } }],
      title: `${owner} likes ${possessive(reaction.author.name)} post.`,
    })),
  );
  json(paths.groupPosts, {
    group_posts_v2: scenario.groupPosts.map((post) => ({
      timestamp: seconds(post.at),
      data: [{ post: post.text.text }],
      title: `${owner} posted in ${post.group}.`,
    })),
  });
  json(paths.groupComments, {
    group_comments_v2: scenario.groupComments.map((comment) => ({
      timestamp: seconds(comment.at),
      data: [
        {
          comment: {
            timestamp: seconds(comment.at),
            comment: comment.text.text,
            author: owner,
            group: comment.group,
          },
        },
      ],
      title: `${owner} commented on a post in ${comment.group}.`,
    })),
  });
  json(paths.groupsJoined, {
    groups_joined_v2: scenario.groupsJoined.map((group) => ({
      timestamp: seconds(group.at),
      data: [{ name: group.account }],
      title: `${owner} became a member of ${group.account}.`,
    })),
  });
  for (const thread of scenario.threads) {
    const perFile = thread.folder === scenario.splitThreadFolder ? SPLIT_THREAD_MESSAGES_PER_FILE : 10_000;
    for (const file of threadFiles(thread, perFile))
      json(paths.thread(thread.section, thread.folder, file.part), file.value);
  }
  json(paths.pagesFollowed, {
    pages_followed_v2: scenario.pagesFollowed.map((page) => ({
      timestamp: seconds(page.at),
      data: [{ name: page.account }],
      title: page.account,
    })),
  });
  json(paths.peopleFollowed, {
    following_v3: scenario.peopleFollowed.map((entry) => ({
      name: entry.account,
      timestamp: seconds(entry.at),
    })),
  });
  json(paths.recentlyViewed, {
    recently_viewed: [
      {
        name: 'Facebook Watch Videos and Shows',
        description: 'Videos you have watched on Facebook Watch',
        children: [
          {
            name: 'Time Viewed',
            description: 'Videos and shows you have watched',
            entries: scenario.recentlyViewed.map((entry) => ({
              timestamp: seconds(entry.at),
              data: { name: entry.title.text, uri: entry.url, watch_time: String(random.int(5, 600)) },
            })),
          },
        ],
      },
    ],
  });
  json(paths.searches, {
    searches_v2: scenario.searches.map((search) => ({
      timestamp: seconds(search.at),
      attachments: [{ data: [{ text: search.term.text }] }],
      data: [{ text: search.term.text }],
      title: 'You searched Facebook',
    })),
  });
  json(paths.adInterests, { topics_v2: scenario.adInterests });
  json(paths.advertisers, [
    {
      timestamp: 0,
      fbid: random.digits(16),
      ent_name: 'Advertisers using your activity or information',
      media: [],
      label_values: [
        {
          label: 'Uploaded or used a list to reach you',
          vec: scenario.advertisers.slice(0, 2).map((value) => ({ value })),
        },
        {
          label: 'Used your activity on Meta technologies to reach you',
          vec: scenario.advertisers.slice(2).map((value) => ({ value })),
        },
      ],
    },
  ]);
  json(paths.adsClicked, {
    history_v2: scenario.adsClicked.map((ad) => ({
      title: ad.title,
      action: 'Clicked ad',
      timestamp: seconds(ad.at),
    })),
  });
  json(paths.otherCategories, {
    fbid: random.digits(16),
    media: [],
    label_values: [{ label: 'Name', vec: scenario.otherCategories.map((value) => ({ value })) }],
  });
  json(paths.offMeta, {
    off_facebook_activity_v2: scenario.offMeta.map((app) => ({
      name: app.name,
      events: app.events.map((event) => ({
        id: Number(event.id),
        type: event.type,
        timestamp: seconds(event.at),
      })),
    })),
  });
  json(paths.profile, {
    profile_v2: {
      name: { full_name: owner, first_name: 'Camille', middle_name: '', last_name: 'Lefèvre' },
      username: scenario.owner.username,
      registration_timestamp: 1_262_304_000,
      current_city: { name: 'Lyon, France', timestamp: 0 },
    },
  });
  files.push({ path: paths.emptyCategory, content: NO_DATA_TEXT });
  for (const media of scenario.posts.flatMap((post) => post.media)) {
    files.push({ path: media.uri, content: placeholderMedia(media.uri) });
  }
  return files;
}
