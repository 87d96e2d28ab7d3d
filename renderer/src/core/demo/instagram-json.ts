import type { Person } from './cast';
import type { DemoFile } from './files';
import type { InstagramScenario } from './instagram-scenario';
import {
  impressions,
  labelValuesPost,
  mediaObject,
  relationship,
  seconds,
  threadJson,
} from './instagram-records';
import { instagramPaths, labelValuesFiles, NO_DATA_TEXT, type InstagramLayout } from './instagram-paths';
import type { FeedPost } from './scenario-common';
import type { DemoLabels } from './labels';
import { placeholderMedia } from './media';
import { toMetaJson } from './meta-json';
import type { Random } from './random';

/** Every entry of an Instagram JSON export for the scenario, with Meta's mojibake. */
export function instagramJsonFiles(
  scenario: InstagramScenario,
  layout: InstagramLayout,
  labels: DemoLabels,
  random: Random,
): DemoFile[] {
  const paths = instagramPaths(layout, 'json');
  const files: DemoFile[] = [];
  const json = (path: string, value: unknown) => files.push({ path, content: toMetaJson(value) });
  const comment = (entry: InstagramScenario['postComments'][number]) => ({
    media_list_data: [{ uri: '' }],
    string_map_data: {
      [labels.comment]: { value: entry.text.text },
      [labels.mediaOwner]: { value: entry.mediaOwner },
      [labels.time]: { timestamp: seconds(entry.at) },
    },
  });
  const newShape = labelValuesFiles(layout);
  const owner: Person = scenario.owner;

  json(
    paths.posts,
    scenario.posts.map((post) =>
      post.media.length > 1
        ? {
            media: post.media.map((m) => mediaObject(m, '')),
            title: post.caption?.text ?? '',
            creation_timestamp: seconds(post.at),
          }
        : { media: post.media.map((m) => mediaObject(m, post.caption?.text ?? '')) },
    ),
  );
  json(paths.reels, {
    ig_reels_media: scenario.reels.map((reel) => ({
      media: reel.media.map((m) => mediaObject(m, reel.caption?.text ?? '')),
    })),
  });
  json(paths.stories, {
    ig_stories: scenario.stories.flatMap((story) =>
      story.media.map((m) => mediaObject(m, story.caption?.text ?? '')),
    ),
  });
  json(paths.postComments, scenario.postComments.map(comment));
  json(paths.reelComments, { comments_reels_comments: scenario.reelComments.map(comment) });

  scenario.threads.forEach((thread, index) => {
    const photoUri = index === 0 ? paths.threadPhoto(thread.section, thread.folder, random.digits(17)) : null;
    if (photoUri) files.push({ path: photoUri, content: placeholderMedia(photoUri) });
    json(paths.thread(thread.section, thread.folder), threadJson(thread, photoUri));
  });

  const labelValuesList = (posts: readonly FeedPost[]) =>
    posts.map((post) => labelValuesPost(post, labels, random.digits(17)));
  json(
    paths.liked,
    newShape.liked
      ? labelValuesList(scenario.liked)
      : {
          likes_media_likes: scenario.liked.map((post) => ({
            title: post.owner.username,
            string_list_data: [{ href: post.url, value: '👍', timestamp: seconds(post.at) }],
          })),
        },
  );
  json(
    paths.saved,
    newShape.saved
      ? labelValuesList(scenario.saved)
      : {
          saved_saved_media: scenario.saved.map((post) => ({
            title: post.owner.username,
            string_map_data: { [labels.savedOn]: { href: post.url, timestamp: seconds(post.at) } },
          })),
        },
  );
  if (newShape.storiesViewed) json(paths.storiesViewed, labelValuesList(scenario.storiesViewed));
  json(paths.storyLikes, {
    story_activities_story_likes: scenario.storyLikes.map((like) => ({
      title: like.account,
      string_list_data: [{ timestamp: seconds(like.at) }],
    })),
  });
  json(paths.questions, {
    story_activities_questions: scenario.storyAnswers.map((answer) => ({
      title: answer.owner,
      media_list_data: [],
      string_list_data: [{ href: '', value: answer.answer.text, timestamp: seconds(answer.at) }],
    })),
  });
  json(paths.postsViewed, { impressions_history_posts_seen: impressions(scenario.postsViewed, labels) });
  json(paths.videosWatched, {
    impressions_history_videos_watched: impressions(scenario.videosWatched, labels),
  });
  json(paths.adsViewed, { impressions_history_ads_seen: impressions(scenario.adsViewed, labels) });
  json(paths.adCategories, {
    label_values: [{ label: labels.name, vec: scenario.adCategories.map((value) => ({ value })) }],
    fbid: random.digits(16),
    media: [],
  });
  json(paths.advertisers, {
    ig_custom_audiences_all_types: scenario.advertisers.map((advertiser_name, index) => ({
      advertiser_name,
      has_data_file_custom_audience: index % 2 === 0,
      has_remarketing_custom_audience: index % 3 === 0,
      has_in_person_store_visit: false,
    })),
  });
  json(paths.following, {
    relationships_following: scenario.following.map((entry) => relationship(entry, layout)),
  });
  json(
    paths.followers,
    scenario.followers.map((entry) => relationship(entry, 'IG-2')),
  );
  const topics = (names: readonly string[]) => ({
    topics_your_topics: names.map((value) => ({
      title: '',
      string_map_data: { [labels.name]: { href: '', value, timestamp: 0 } },
    })),
  });
  json(paths.yourTopics, topics(scenario.yourTopics));
  json(paths.recommendedTopics, topics(scenario.recommendedTopics));
  const searches = (entries: InstagramScenario['keywordSearches']) =>
    entries.map((entry) => ({
      title: '',
      string_map_data: {
        [labels.search]: { href: '', value: entry.term.text, timestamp: 0 },
        [labels.time]: { href: '', value: '', timestamp: seconds(entry.at) },
      },
    }));
  json(paths.keywordSearches, { searches_keyword: searches(scenario.keywordSearches) });
  json(paths.profileSearches, { searches_user: searches(scenario.profileSearches) });
  json(paths.offMeta, {
    apps_and_websites_off_meta_activity: scenario.offMeta.map((app) => ({
      name: app.name,
      events: app.events.map((event) => ({
        id: Number(event.id),
        type: event.type,
        timestamp: seconds(event.at),
      })),
    })),
  });
  json(paths.profile, {
    profile_user: [
      {
        media_map_data: {},
        string_map_data: {
          [labels.username]: { href: '', value: owner.username, timestamp: 0 },
          [labels.name]: { href: '', value: owner.name, timestamp: 0 },
          [labels.bio]: { href: '', value: 'Randonnée, cuisine et vélo cargo 🚲', timestamp: 0 },
        },
      },
    ],
  });
  files.push({ path: paths.emptyCategory, content: NO_DATA_TEXT });
  for (const media of [...scenario.posts, ...scenario.reels, ...scenario.stories].flatMap(
    (entry) => entry.media,
  )) {
    files.push({ path: media.uri, content: placeholderMedia(media.uri) });
  }
  return files;
}
