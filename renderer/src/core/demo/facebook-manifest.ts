import { Expectations, type TimeFidelity } from './expect';
import { SPLIT_THREAD_MESSAGES_PER_FILE } from './facebook-messages';
import type { FacebookScenario } from './facebook-scenario';
import { facebookPaths } from './facebook-paths';

/** The Items and Exposures an importer should find in the Facebook export of this scenario. */
export function facebookExpectations(
  scenario: FacebookScenario,
  format: 'json' | 'html',
  time: TimeFidelity,
): Expectations {
  const paths = facebookPaths(format);
  const expect = new Expectations('facebook', scenario.owner, time);
  for (const post of scenario.posts) {
    expect.item(
      'post',
      'authored',
      scenario.owner.name,
      post.text,
      post.at,
      paths.posts,
      null,
      post.link ? [post.link] : [],
    );
  }
  for (const post of scenario.timelinePosts) {
    expect.item(
      'timeline_post',
      'received',
      post.author.name,
      post.text,
      post.at,
      paths.timelinePosts,
      null,
      [],
    );
  }
  for (const comment of scenario.comments)
    expect.authored('comment', comment.text, comment.at, paths.comments);
  for (const post of scenario.groupPosts) expect.authored('group_post', post.text, post.at, paths.groupPosts);
  for (const comment of scenario.groupComments)
    expect.authored('group_comment', comment.text, comment.at, paths.groupComments, comment.group);
  for (const thread of scenario.threads) {
    const split = format === 'json' && thread.folder === scenario.splitThreadFolder;
    const newestFirst = [...thread.messages].reverse();
    newestFirst.forEach((message, index) => {
      const part = split ? Math.floor(index / SPLIT_THREAD_MESSAGES_PER_FILE) + 1 : 1;
      expect.message(message, thread.title, paths.thread(thread.section, thread.folder, part), format);
    });
  }
  if (format === 'json') {
    for (const message of scenario.e2ee.messages)
      expect.message(message, scenario.e2ee.title, paths.e2eeThread(scenario.e2ee.title), format);
  }
  for (const reaction of scenario.reactions) {
    expect.exposure(
      'liked',
      { label: 'Like', account: reaction.author.name, url: reaction.url, at: reaction.at },
      paths.reactions,
    );
  }
  for (const reaction of scenario.oldReactions) {
    expect.exposure(
      'liked',
      { label: 'LIKE', account: reaction.author.name, at: reaction.at },
      paths.oldReactions,
    );
  }
  for (const entry of scenario.recentlyViewed) {
    expect.exposure('viewed', { label: entry.title, url: entry.url, at: entry.at }, paths.recentlyViewed);
    expect.seen('post', null, entry.title, entry.at, paths.recentlyViewed, entry.url);
  }
  for (const page of scenario.pagesFollowed)
    expect.exposure('followed', { account: page.account, at: page.at }, paths.pagesFollowed);
  for (const entry of scenario.peopleFollowed) {
    expect.exposure('followed', { account: entry.account, at: entry.at }, paths.peopleFollowed);
  }
  for (const group of scenario.groupsJoined)
    expect.exposure('group', { account: group.account, at: group.at }, paths.groupsJoined);
  for (const label of scenario.adInterests) expect.exposure('ad_interest', { label }, paths.adInterests);
  for (const label of scenario.otherCategories)
    expect.exposure('ad_interest', { label }, paths.otherCategories);
  for (const account of scenario.advertisers)
    expect.exposure('advertiser', { label: account }, paths.advertisers);
  for (const ad of scenario.adsClicked)
    expect.exposure('ad_viewed', { label: ad.title, at: ad.at }, paths.adsClicked);
  for (const app of scenario.offMeta) {
    for (const event of app.events)
      expect.exposure('off_platform', { label: app.name, at: event.at }, paths.offMeta);
  }
  for (const search of scenario.searches) expect.search(search.term, search.at, paths.searches);
  return expect;
}
