import type { Files } from './builders';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/'/g, '&#039;');

export const page = (title: string, body: string, extra = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><div class="_a705"><div class="_a706" role="main">${extra}${body}</div></div></body></html>`;

/** A 2022–2026 item box: heading, content, date (archive-format.md §10). */
export const box = (heading: string | null, content: string, date: string) =>
  `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">${heading === null ? '' : `<h2 class="_3-95 _2pim _a6-h _a6-i">${esc(heading)}</h2>`}<div class="_3-95 _a6-p">${content}</div><div class="_3-94 _a6-o">${esc(date)}</div></div>`;

/** A message box: the text is the second child div of the content. */
export const messageBox = (sender: string, text: string, date: string) =>
  box(sender, `<div><div></div><div>${esc(text)}</div><div></div><div></div></div>`, date);

/** A key/value table box (the HTML form of `string_map_data`). */
export const tableBox = (rows: [string, string][]) =>
  `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_3-95 _a6-p"><table style="table-layout: fixed;">${rows
    .map(
      ([label, value]) =>
        `<tr><td class="_2pin _a6_q">${esc(label)}<div><div>${esc(value)}</div></div></td></tr>`,
    )
    .join('')}</table></div></div>`;

/** The ≤2021 Facebook box. */
export const oldBox = (sender: string, text: string, date: string) =>
  `<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder"><div class="_3-96 _2pio _2lek _2lel">${esc(sender)}</div><div class="_3-96 _2let"><div><div></div><div>${esc(text)}</div></div></div><div class="_3-94 _2lem">${esc(date)}</div></div>`;

export function instagramHtmlExport(): Files {
  return {
    'start_here.html': page('Instagram', '<a href="your_instagram_activity/content/posts_1.html">Posts</a>'),
    'personal_information/personal_information/personal_information.html': page(
      'Personal information',
      tableBox([
        ['Username', 'zoe.martin'],
        ['Name', 'Zoé Martin'],
      ]),
    ),
    'your_instagram_activity/content/posts_1.html': page(
      'Posts',
      box(
        'Caption from HTML & co',
        '<div><a href="media/posts/1.jpg"><img src="media/posts/1.jpg"></a></div>',
        'Jan 2, 2024 10:00 am',
      ),
    ),
    'your_instagram_activity/comments/post_comments_1.html': page(
      'Comments',
      tableBox([
        ['Comment', 'HTML comment text'],
        ['Media Owner', 'friend.one'],
        ['Time', 'Apr 1, 2024 8:00 am'],
      ]) +
        tableBox([
          ['Commentaire', 'Commentaire en français'],
          ['Heure', '2 avr. 2024, 09:30'],
        ]),
    ),
    'your_instagram_activity/messages/inbox/friendone_123/message_1.html': page(
      'Friend One',
      messageBox('Friend One', 'Salut depuis HTML', 'May 1, 2024 10:02 am') +
        messageBox('Zoé Martin', 'Réponse HTML', 'May 1, 2024 10:01 am'),
      '<div class="_3b0d">Participants: Friend One and Zoé Martin</div>',
    ),
    'your_instagram_activity/likes/liked_posts.html': page(
      'Liked posts',
      box(
        'news.page',
        '<div><a href="https://www.instagram.com/p/abc/">https://www.instagram.com/p/abc/</a></div><div>Jun 1, 2024 12:00 am</div>',
        'Jun 1, 2024 12:00 am',
      ),
    ),
    'connections/followers_and_following/following.html': page(
      'Following',
      box(
        'followed.one',
        '<div><a href="https://www.instagram.com/followed.one">followed.one</a></div>',
        'Jan 1, 2023 12:00 am',
      ),
    ),
    'your_instagram_activity/saved/saved_posts.html': page(
      'Saved',
      '<div class="unknown-layout">nothing we know</div>',
    ),
    'media/posts/1.jpg': new Uint8Array(100),
  };
}

export function facebookHtmlExport(): Files {
  return {
    'index.html': page('Facebook', ''),
    'personal_information/profile_information/profile_information.html': page(
      'Profile',
      tableBox([['Name', 'Léa Dubois']]),
    ),
    'your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html': page(
      'Your posts',
      box(
        'Léa Dubois updated her status.',
        '<div><div>Statut en HTML https://news.example/x</div></div>',
        '19 Oct 2019, 14:37',
      ),
    ),
    'your_facebook_activity/comments_and_reactions/comments.html': page(
      'Comments',
      box(
        'Léa Dubois commented on a post.',
        '<div><div>HTML FB comment</div></div>',
        'Oct 19, 2019 at 2:37 PM',
      ),
    ),
    'your_facebook_activity/messages/inbox/marcpetit_abc/message_1.html': page(
      'Marc Petit',
      oldBox('Marc Petit', 'old-markup message', 'Dec 28, 2020 7:20 am') +
        oldBox('Léa Dubois', 'my old-markup reply', 'Dec 28, 2020 7:21 am'),
    ),
    'logged_information/search/your_search_history.html': page(
      'Search',
      box('You searched Facebook', '<div><div>recherche html</div></div>', 'Nov 13, 2025 3:04 pm'),
    ),
  };
}
