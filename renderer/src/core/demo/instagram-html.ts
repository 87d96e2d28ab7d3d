import type { DemoFile } from './files';
import { htmlPage, type HtmlBlock } from './html-page';
import type { InstagramScenario } from './instagram-scenario';
import type { FeedPost, OwnMedia, Seen } from './scenario-common';
import { instagramPaths, labelValuesFiles, NO_DATA_TEXT, type InstagramLayout } from './instagram-paths';
import type { DemoLabels } from './labels';
import { placeholderMedia } from './media';
import type { Language } from './texts';

const TITLES: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    start: 'Your information',
    posts: 'Posts',
    reels: 'Reels',
    stories: 'Stories',
    comments: 'Comments',
    liked: 'Liked posts',
    saved: 'Saved posts',
    viewed: 'Posts viewed',
    videos: 'Videos watched',
    ads: 'Ads viewed',
    categories: 'Other categories used to reach you',
    advertisers: 'Advertisers using your activity or information',
    following: 'Following',
    followers: 'Followers',
    topics: 'Your topics',
    recommended: 'Recommended topics',
    searches: 'Searches',
    offMeta: 'Your activity off Meta technologies',
    profile: 'Personal information',
    storiesViewed: 'Stories viewed',
    storyLikes: 'Story likes',
    questions: 'Questions',
  },
  fr: {
    start: 'Vos informations',
    posts: 'Publications',
    reels: 'Reels',
    stories: 'Stories',
    comments: 'Commentaires',
    liked: 'Publications aimées',
    saved: 'Publications enregistrées',
    viewed: 'Publications vues',
    videos: 'Vidéos regardées',
    ads: 'Publicités vues',
    categories: 'Autres catégories utilisées pour vous toucher',
    advertisers: 'Annonceurs utilisant votre activité ou vos informations',
    following: 'Abonnements',
    followers: 'Abonnés',
    topics: 'Vos sujets',
    recommended: 'Sujets recommandés',
    searches: 'Recherches',
    offMeta: 'Votre activité en dehors des technologies Meta',
    profile: 'Informations personnelles',
    storiesViewed: 'Stories vues',
    storyLikes: 'J’aime sur les stories',
    questions: 'Questions',
  },
};

/** Every entry of an Instagram HTML export for the scenario (same tree, `.html` pages, real UTF-8). */
export function instagramHtmlFiles(
  scenario: InstagramScenario,
  layout: InstagramLayout,
  labels: DemoLabels,
  locale: Language,
): DemoFile[] {
  const paths = instagramPaths(layout, 'html');
  const titles = TITLES[locale];
  const files: DemoFile[] = [];
  const page = (
    path: string,
    title: string,
    blocks: readonly HtmlBlock[],
    participants?: readonly string[],
  ) =>
    files.push({
      path,
      content: htmlPage({ title, locale, blocks, ...(participants ? { participants } : {}) }),
    });
  const own = (entries: readonly OwnMedia[]): HtmlBlock[] =>
    entries.map((entry) => ({ ...(entry.caption ? { text: entry.caption.text } : {}), at: entry.at }));
  const feed = (posts: readonly FeedPost[], withCaption: boolean): HtmlBlock[] =>
    posts.map((post) =>
      withCaption
        ? {
            fields: [
              { label: labels.url, value: post.url, href: post.url },
              { label: labels.caption, value: post.caption.text },
              { label: labels.username, value: post.owner.username },
            ],
            at: post.at,
          }
        : {
            heading: post.owner.username,
            fields: [{ label: labels.url, value: post.url, href: post.url }],
            at: post.at,
          },
    );
  const seen = (entries: readonly Seen[]): HtmlBlock[] =>
    entries.map((entry) => ({
      fields: [
        { label: labels.author, value: entry.account },
        { label: labels.time, at: entry.at },
      ],
    }));
  const account = (entries: readonly Seen[]): HtmlBlock[] =>
    entries.map((entry) => ({
      fields: [
        { label: labels.username, value: entry.account, href: `https://www.instagram.com/${entry.account}` },
      ],
      at: entry.at,
    }));
  const comments = scenario.postComments.map((comment) => ({
    fields: [
      { label: labels.comment, value: comment.text.text },
      { label: labels.mediaOwner, value: comment.mediaOwner },
      { label: labels.time, at: comment.at },
    ],
  }));
  const newShape = labelValuesFiles(layout);

  page(paths.posts, titles.posts as string, own(scenario.posts));
  page(paths.reels, titles.reels as string, own(scenario.reels));
  page(paths.stories, titles.stories as string, own(scenario.stories));
  page(paths.postComments, titles.comments as string, comments);
  page(
    paths.reelComments,
    titles.comments as string,
    scenario.reelComments.map((comment) => ({
      fields: [
        { label: labels.comment, value: comment.text.text },
        { label: labels.mediaOwner, value: comment.mediaOwner },
        { label: labels.time, at: comment.at },
      ],
    })),
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
  page(paths.liked, titles.liked as string, feed(scenario.liked, newShape.liked));
  page(paths.saved, titles.saved as string, feed(scenario.saved, newShape.saved));
  if (newShape.storiesViewed)
    page(paths.storiesViewed, titles.storiesViewed as string, feed(scenario.storiesViewed, true));
  page(
    paths.storyLikes,
    titles.storyLikes as string,
    scenario.storyLikes.map((like) => ({ heading: like.account, at: like.at })),
  );
  page(
    paths.questions,
    titles.questions as string,
    scenario.storyAnswers.map((answer) => ({
      heading: answer.owner,
      text: answer.answer.text,
      at: answer.at,
    })),
  );
  page(paths.postsViewed, titles.viewed as string, seen(scenario.postsViewed));
  page(paths.videosWatched, titles.videos as string, seen(scenario.videosWatched));
  page(paths.adsViewed, titles.ads as string, seen(scenario.adsViewed));
  page(paths.adCategories, titles.categories as string, [
    { fields: scenario.adCategories.map((value) => ({ label: labels.name, value })) },
  ]);
  page(
    paths.advertisers,
    titles.advertisers as string,
    scenario.advertisers.map((name) => ({ heading: name })),
  );
  page(paths.following, titles.following as string, account(scenario.following));
  page(paths.followers, titles.followers as string, account(scenario.followers));
  const topics = (names: readonly string[]): HtmlBlock[] =>
    names.map((value) => ({ fields: [{ label: labels.name, value }] }));
  page(paths.yourTopics, titles.topics as string, topics(scenario.yourTopics));
  page(paths.recommendedTopics, titles.recommended as string, topics(scenario.recommendedTopics));
  const searches = (entries: InstagramScenario['keywordSearches']): HtmlBlock[] =>
    entries.map((entry) => ({
      fields: [
        { label: labels.search, value: entry.term.text },
        { label: labels.time, at: entry.at },
      ],
    }));
  page(paths.keywordSearches, titles.searches as string, searches(scenario.keywordSearches));
  page(paths.profileSearches, titles.searches as string, searches(scenario.profileSearches));
  page(
    paths.offMeta,
    titles.offMeta as string,
    scenario.offMeta.flatMap((app) =>
      app.events.map((event) => ({
        heading: app.name,
        fields: [{ label: 'Type', value: event.type }],
        at: event.at,
      })),
    ),
  );
  page(paths.profile, titles.profile as string, [
    {
      fields: [
        { label: labels.username, value: scenario.owner.username },
        { label: labels.name, value: scenario.owner.name },
      ],
    },
  ]);
  const index = files.map((file) => ({ text: file.path.replace(/\.html$/, ''), link: file.path }));
  page('start_here.html', titles.start as string, index);
  files.push({ path: 'files/Instagram-Logo.png', content: placeholderMedia('logo.png') });
  files.push({ path: paths.emptyCategory, content: NO_DATA_TEXT });
  for (const media of [...scenario.posts, ...scenario.reels, ...scenario.stories].flatMap(
    (entry) => entry.media,
  )) {
    files.push({ path: media.uri, content: placeholderMedia(media.uri) });
  }
  return files;
}
