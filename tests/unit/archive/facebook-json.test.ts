import { describe, expect, it } from 'vitest';
import { importFiles, metaJson, ms, texts } from './builders';
import { facebookJsonExport, facebookOldFiles, FB_OWNER } from './facebook-fixtures';

describe('Facebook JSON export', () => {
  it('reads the owner’s posts, media captions, reels, stories and posts elsewhere', async () => {
    const { items } = await importFiles(facebookJsonExport());
    const own = items.filter((item) => item.direction === 'authored');
    expect(texts(own, 'post').sort()).toEqual(
      ['Album description', 'Mon premier statut, très engagé !', 'Photo caption', 'Photo in album'].sort(),
    );
    const status = items.find((item) => item.text.startsWith('Mon premier'))!;
    expect(status).toMatchObject({
      direction: 'authored',
      author: FB_OWNER,
      timestamp: ms('2024-01-05T09:00:00Z'),
    });
    expect(status.links).toEqual(['https://news.example/article']);
    expect(texts(items, 'reel')).toEqual(['Reel text FB']);
    expect(texts(items, 'story')).toEqual(['Story caption FB']);
    expect(texts(items, 'timeline_post')).toEqual(['Written on a friend’s wall']);
  });

  it('reads comments, group posts, group comments and contributions', async () => {
    const { items } = await importFiles(facebookJsonExport());
    expect(texts(items, 'comment')).toEqual(['Complètement faux, lisez les sources']);
    expect(texts(items, 'group_comment').sort()).toEqual(['In a group', 'Je viendrai']);
    expect(items.find((item) => item.text === 'Je viendrai')!.conversation).toBe('Quartier Nord');
    expect(texts(items, 'group_post').sort()).toEqual(['A group contribution', 'Réunion ce soir']);
  });

  it('merges split threads in numeric order, with direction and without system messages', async () => {
    const { items } = await importFiles(facebookJsonExport());
    const messages = items.filter((item) => item.kind === 'message' && item.conversation === 'Marc Petit');
    expect(messages.map((item) => item.text)).toEqual([
      'newest, in file 1',
      'reply in file 1',
      'from file 2',
      'oldest, in file 10',
    ]);
    expect(messages.map((item) => item.direction)).toEqual(['received', 'authored', 'received', 'received']);
    expect(items.find((item) => item.text === 'archived hello')).toMatchObject({
      direction: 'authored',
      conversation: 'Ana',
    });
  });

  it('reads every exposure family', async () => {
    const { exposures } = await importFiles(facebookJsonExport());
    const by = (kind: string) => exposures.filter((exposure) => exposure.kind === kind);
    expect(by('liked').map((e) => [e.label, e.account, e.url])).toEqual([
      ['Love', 'Page Actu', 'https://www.facebook.com/story/1'],
      ['LIKE', 'Marc Petit', null],
      [null, 'Page Actu', 'https://www.facebook.com/pageactu'],
    ]);
    expect(by('followed').map((e) => e.account)).toEqual(['Un Profil', 'Page Actu']);
    expect(by('group').map((e) => e.account)).toEqual(['Quartier Nord']);
    expect(by('viewed').map((e) => e.label)).toEqual([
      'Vidéo choc : la vérité cachée',
      'A post you saw',
      'Visited Person',
    ]);
    expect(by('search').map((e) => e.label)).toEqual(['manifestation']);
    expect(by('saved')).toMatchObject([{ label: 'Saved article', url: 'https://saved.example/a' }]);
    expect(by('ad_interest').map((e) => e.label)).toEqual(['Frequent travellers', 'Politics', 'Électricité']);
    expect(by('advertiser').map((e) => e.label)).toEqual(['Shop One', 'Shop Two']);
    expect(by('ad_viewed').map((e) => e.label)).toEqual(['Clicked ad title']);
    expect(by('off_platform').map((e) => e.label)).toEqual(['store.example']);
  });

  it('turns recently viewed titles into seen items', async () => {
    const { items } = await importFiles(facebookJsonExport());
    const seen = items.filter((item) => item.direction === 'seen');
    expect(seen.map((item) => item.text)).toEqual(['Vidéo choc : la vérité cachée', 'A post you saw']);
  });

  it('reads the FB-0 shapes: `comments`, timeline posts by others and `reactions_v2`', async () => {
    const { items, exposures, summary } = await importFiles({
      ...facebookOldFiles(),
      'search/your_search_history.json': metaJson([
        { timestamp: 1_700_000_000, label_values: [{ label: 'Search', value: 'recherche récente' }] },
      ]),
    });
    expect(exposures.find((e) => e.kind === 'search')!.label).toBe('recherche récente');
    expect(summary.generations).toEqual(['FB-0/1']);
    expect(texts(items, 'post')).toEqual(['An old post']);
    expect(items.find((item) => item.kind === 'timeline_post')).toMatchObject({
      text: 'Joyeux anniversaire !',
      direction: 'received',
      author: 'Marc Petit',
    });
    expect(texts(items, 'comment')).toEqual(['Old comment']);
    expect(exposures.find((e) => e.kind === 'liked')).toMatchObject({ label: 'HAHA', account: 'Marc Petit' });
    expect(items.find((item) => item.kind === 'message')!.direction).toBe('received');
  });
});
