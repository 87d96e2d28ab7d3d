import type { FacebookScenario } from './facebook-scenario';
import { facebookPaths } from './facebook-paths';
import type { DemoFile } from './files';
import { htmlPage, type HtmlBlock } from './html-page';
import { NO_DATA_TEXT } from './instagram-paths';
import { placeholderMedia } from './media';
import type { Seen } from './scenario-common';

/** Every entry of a Facebook HTML export (English account): the JSON tree with `.html` pages. */
export function facebookHtmlFiles(scenario: FacebookScenario): DemoFile[] {
  const paths = facebookPaths('html');
  const owner = scenario.owner.name;
  const files: DemoFile[] = [];
  const page = (
    path: string,
    title: string,
    blocks: readonly HtmlBlock[],
    participants?: readonly string[],
  ) =>
    files.push({
      path,
      content: htmlPage({ title, locale: 'en', blocks, ...(participants ? { participants } : {}) }),
    });
  const named = (entries: readonly Seen[], sentence: (name: string) => string): HtmlBlock[] =>
    entries.map((entry) => ({ heading: sentence(entry.account), at: entry.at }));

  page(
    paths.posts,
    'Your posts',
    scenario.posts.map((post) => ({
      heading: post.link ? `${owner} shared a link.` : `${owner} updated her status.`,
      text: post.text.text,
      at: post.at,
    })),
  );
  page(
    paths.timelinePosts,
    "Other people's posts to your timeline",
    scenario.timelinePosts.map((post) => ({
      heading: `${post.author.name} wrote on your timeline.`,
      text: post.text.text,
      at: post.at,
    })),
  );
  page(
    paths.comments,
    'Comments',
    scenario.comments.map((comment) => ({
      heading: `${owner} commented on ${comment.author.name}'s post.`,
      text: comment.text.text,
      at: comment.at,
    })),
  );
  page(
    paths.reactions,
    'Likes and reactions',
    scenario.reactions.map((reaction) => ({
      fields: [
        { label: 'Reaction', value: 'Like' },
        { label: 'URL', value: reaction.url, href: reaction.url },
        { label: 'Name', value: reaction.author.name },
      ],
      at: reaction.at,
    })),
  );
  page(
    paths.oldReactions,
    'Likes and reactions',
    scenario.oldReactions.map((reaction) => ({
      heading: `${owner} likes ${reaction.author.name}'s post.`,
      at: reaction.at,
    })),
  );
  page(
    paths.groupPosts,
    'Your group posts',
    scenario.groupPosts.map((post) => ({
      heading: `${owner} posted in ${post.group}.`,
      text: post.text.text,
      at: post.at,
    })),
  );
  page(
    paths.groupComments,
    'Your comments in groups',
    scenario.groupComments.map((comment) => ({
      heading: `${owner} commented on a post in ${comment.group}.`,
      text: comment.text.text,
      at: comment.at,
    })),
  );
  page(
    paths.groupsJoined,
    'Your group membership activity',
    named(scenario.groupsJoined, (name) => `${owner} became a member of ${name}.`),
  );
  for (const thread of scenario.threads) {
    const blocks = [...thread.messages].reverse().map((message) => ({
      heading: message.sender.name,
      text: (message.text ?? message.share?.caption)?.text ?? '',
      ...(message.share ? { link: message.share.link } : {}),
      at: message.at,
    }));
    page(
      paths.thread(thread.section, thread.folder),
      thread.title,
      blocks,
      thread.participants.map((p) => p.name),
    );
  }
  page(
    paths.pagesFollowed,
    'Pages and profiles you follow',
    named(scenario.pagesFollowed, (name) => name),
  );
  page(
    paths.peopleFollowed,
    "Who you've followed",
    named(scenario.peopleFollowed, (name) => name),
  );
  page(
    paths.recentlyViewed,
    'Recently viewed',
    scenario.recentlyViewed.map((entry) => ({ link: entry.url, linkText: entry.title.text, at: entry.at })),
  );
  page(
    paths.searches,
    'Your search history',
    scenario.searches.map((search) => ({
      heading: 'You searched Facebook',
      text: search.term.text,
      at: search.at,
    })),
  );
  page(
    paths.adInterests,
    'Ads interests',
    scenario.adInterests.map((interest) => ({ heading: interest })),
  );
  page(
    paths.advertisers,
    'Advertisers using your activity or information',
    scenario.advertisers.map((name) => ({ heading: name })),
  );
  page(
    paths.adsClicked,
    "Advertisers you've interacted with",
    scenario.adsClicked.map((ad) => ({
      heading: ad.title,
      text: 'Clicked ad',
      at: ad.at,
    })),
  );
  page(paths.otherCategories, 'Other categories used to reach you', [
    { fields: scenario.otherCategories.map((value) => ({ label: 'Name', value })) },
  ]);
  page(
    paths.offMeta,
    'Your activity off Meta technologies',
    scenario.offMeta.flatMap((app) =>
      app.events.map((event) => ({
        heading: app.name,
        fields: [{ label: 'Type', value: event.type }],
        at: event.at,
      })),
    ),
  );
  page(paths.profile, 'Profile information', [
    {
      fields: [
        { label: 'Name', value: owner },
        { label: 'Username', value: scenario.owner.username },
      ],
    },
  ]);
  const index = files.map((file) => ({ text: file.path.replace(/\.html$/, ''), link: file.path }));
  page('start_here.html', 'Your information', index);
  files.push({ path: 'files/fb_logo.png', content: placeholderMedia('logo.png') });
  files.push({ path: paths.emptyCategory, content: NO_DATA_TEXT });
  for (const media of scenario.posts.flatMap((post) => post.media)) {
    files.push({ path: media.uri, content: placeholderMedia(media.uri) });
  }
  return files;
}
