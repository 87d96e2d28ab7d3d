import { describe, expect, it } from 'vitest';
import { importFiles } from './builders';
import { facebookHtmlExport, instagramHtmlExport } from './html-fixtures';

describe('HTML exports', () => {
  it('reads Instagram HTML: posts, comments with English and French rows, messages, likes and follows', async () => {
    const { items, exposures, summary, problems } = await importFiles(instagramHtmlExport());
    expect(summary.formats).toEqual(['html']);
    expect(summary.ownerIdentified).toBe(true);
    expect(items.find((item) => item.kind === 'post')).toMatchObject({
      text: 'Caption from HTML & co',
      timestamp: Date.UTC(2024, 0, 2, 10, 0),
    });
    expect(
      items.filter((item) => item.kind === 'comment').map((item) => [item.text, item.timestamp]),
    ).toEqual([
      ['HTML comment text', Date.UTC(2024, 3, 1, 8, 0)],
      ['Commentaire en français', Date.UTC(2024, 3, 2, 9, 30)],
    ]);
    expect(
      items
        .filter((item) => item.kind === 'message')
        .map((item) => [item.text, item.direction, item.conversation]),
    ).toEqual([
      ['Salut depuis HTML', 'received', 'Friend One'],
      ['Réponse HTML', 'authored', 'Friend One'],
    ]);
    expect(exposures.find((e) => e.kind === 'liked')).toMatchObject({
      account: 'news.page',
      url: 'https://www.instagram.com/p/abc/',
    });
    expect(exposures.find((e) => e.kind === 'followed')!.account).toBe('followed.one');
    expect(problems.find((problem) => problem.reason === 'unknown_shape')?.path).toBe(
      'your_instagram_activity/saved/saved_posts.html',
    );
  });

  it('reads Facebook HTML in the new and the old markup, with localised dates', async () => {
    const { items, exposures, summary } = await importFiles(facebookHtmlExport());
    expect(summary.platforms).toEqual(['facebook']);
    expect(items.find((item) => item.kind === 'post')).toMatchObject({
      text: 'Statut en HTML https://news.example/x',
      links: ['https://news.example/x'],
      timestamp: Date.UTC(2019, 9, 19, 14, 37),
      direction: 'authored',
    });
    expect(items.find((item) => item.kind === 'comment')!.text).toBe('HTML FB comment');
    expect(
      items
        .filter((item) => item.kind === 'message')
        .map((item) => [item.text, item.direction, item.timestamp]),
    ).toEqual([
      ['old-markup message', 'received', Date.UTC(2020, 11, 28, 7, 20)],
      ['my old-markup reply', 'authored', Date.UTC(2020, 11, 28, 7, 21)],
    ]);
    expect(exposures.find((e) => e.kind === 'search')).toMatchObject({
      label: 'recherche html',
      timestamp: Date.UTC(2025, 10, 13, 15, 4),
    });
  });
});
