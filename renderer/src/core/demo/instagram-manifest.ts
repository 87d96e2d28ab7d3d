import { Expectations, type TimeFidelity } from './expect';
import type { InstagramScenario } from './instagram-scenario';
import { instagramPaths, labelValuesFiles, type InstagramLayout } from './instagram-paths';

/** The Items and Exposures an importer should find in the Instagram export of this scenario. */
export function instagramExpectations(
  scenario: InstagramScenario,
  layout: InstagramLayout,
  format: 'json' | 'html',
  time: TimeFidelity,
): Expectations {
  const paths = instagramPaths(layout, format);
  const expect = new Expectations('instagram', scenario.owner, time);
  const newShape = labelValuesFiles(layout);
  for (const post of scenario.posts)
    if (post.caption) expect.authored('post', post.caption, post.at, paths.posts);
  for (const reel of scenario.reels)
    if (reel.caption) expect.authored('reel', reel.caption, reel.at, paths.reels);
  for (const story of scenario.stories) {
    if (story.caption) expect.authored('story', story.caption, story.at, paths.stories);
  }
  for (const comment of scenario.postComments)
    expect.authored('comment', comment.text, comment.at, paths.postComments);
  for (const comment of scenario.reelComments)
    expect.authored('comment', comment.text, comment.at, paths.reelComments);
  for (const thread of scenario.threads) {
    const path = paths.thread(thread.section, thread.folder);
    for (const message of thread.messages) expect.message(message, thread.title, path, format);
  }
  for (const answer of scenario.storyAnswers)
    expect.authored('story_reply', answer.answer, answer.at, paths.questions, answer.owner);

  for (const post of scenario.liked) {
    const label = newShape.liked ? post.caption : null;
    expect.exposure(
      'liked',
      { label, account: post.owner.username, url: post.url, at: post.at },
      paths.liked,
    );
    if (label) expect.seen('post', post.owner.username, label, post.at, paths.liked, post.url);
  }
  for (const post of scenario.saved) {
    const label = newShape.saved ? post.caption : null;
    expect.exposure(
      'saved',
      { label, account: post.owner.username, url: post.url, at: post.at },
      paths.saved,
    );
    if (label) expect.seen('post', post.owner.username, label, post.at, paths.saved, post.url);
  }
  if (newShape.storiesViewed) {
    for (const post of scenario.storiesViewed) {
      expect.exposure(
        'viewed',
        { label: post.caption, account: post.owner.username, url: post.url, at: post.at },
        paths.storiesViewed,
      );
      expect.seen('story', post.owner.username, post.caption, post.at, paths.storiesViewed, post.url);
    }
  }
  for (const like of scenario.storyLikes)
    expect.exposure('liked', { account: like.account, at: like.at }, paths.storyLikes);
  for (const seen of scenario.postsViewed)
    expect.exposure('viewed', { account: seen.account, at: seen.at }, paths.postsViewed);
  for (const seen of scenario.videosWatched) {
    expect.exposure('viewed', { account: seen.account, at: seen.at }, paths.videosWatched);
  }
  for (const ad of scenario.adsViewed)
    expect.exposure('ad_viewed', { account: ad.account, at: ad.at }, paths.adsViewed);
  for (const label of scenario.adCategories) expect.exposure('ad_interest', { label }, paths.adCategories);
  for (const account of scenario.advertisers)
    expect.exposure('advertiser', { label: account }, paths.advertisers);
  for (const entry of scenario.following) {
    expect.exposure(
      'followed',
      { account: entry.account, url: `https://www.instagram.com/${entry.account}`, at: entry.at },
      paths.following,
    );
  }
  for (const entry of scenario.followers) {
    expect.exposure(
      'follower',
      { account: entry.account, url: `https://www.instagram.com/${entry.account}`, at: entry.at },
      paths.followers,
    );
  }
  for (const label of scenario.yourTopics) expect.exposure('topic', { label }, paths.yourTopics);
  for (const label of scenario.recommendedTopics)
    expect.exposure('topic', { label }, paths.recommendedTopics);
  for (const search of scenario.keywordSearches) {
    expect.search(search.term, search.at, paths.keywordSearches);
  }
  for (const search of scenario.profileSearches) {
    expect.search(search.term, search.at, paths.profileSearches);
  }
  for (const app of scenario.offMeta) {
    for (const event of app.events)
      expect.exposure('off_platform', { label: app.name, at: event.at }, paths.offMeta);
  }
  return expect;
}
