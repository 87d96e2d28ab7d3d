import { describe, expect, it } from 'vitest';
import { parseHtmlDate } from '@core/archive';
import { describeContents, detectProfiles, profileRootOf } from '../../../renderer/src/core/archive/detect';
import { InflateBudget, DEFAULT_LIMITS } from '../../../renderer/src/core/archive/limits';
import { classifyEntry, comparePaths, matchKey, redactPath } from '../../../renderer/src/core/archive/paths';
import { fromMilliseconds, fromSeconds } from '../../../renderer/src/core/archive/time';
import { importSources, metaJson, sec, zipSourceOf } from './builders';
import { instagramJsonExport } from './instagram-fixtures';

describe('paths', () => {
  it('sorts numbered files numerically, message_10 after message_2', () => {
    const paths = ['t/message_10.json', 't/message_2.json', 't/message_1.json', 'a/posts_1.json'];
    expect(paths.sort(comparePaths)).toEqual([
      'a/posts_1.json',
      't/message_1.json',
      't/message_2.json',
      't/message_10.json',
    ]);
  });

  it('folds apostrophes and case, classifies entries and redacts conversation folders', () => {
    expect(matchKey("Pages/Pages_You've_Liked.json")).toBe('pages/pages_you_ve_liked.json');
    expect(classifyEntry('media/stories/202401/FQIoAkMz_17904857999576778')).toBe('media');
    expect(classifyEntry('__MACOSX/x/._a.json')).toBe('junk');
    expect(classifyEntry('x/no-data.txt')).toBe('no_data');
    expect(redactPath('your_instagram_activity/messages/inbox/jane_123/message_1.json')).toBe(
      'your_instagram_activity/messages/inbox/…/message_1.json',
    );
  });
});

describe('detection', () => {
  it('finds wrapper folders and both profiles of an Accounts Center export', () => {
    expect(profileRootOf('Takeout 2/instagram-zoe/your_instagram_activity/likes/liked_posts.json')).toBe(
      'Takeout 2/instagram-zoe/',
    );
    const profiles = detectProfiles([
      'meta-2026/instagram-zoe/your_instagram_activity/likes/liked_posts.json',
      'meta-2026/instagram-zoe/start_here.html',
      'meta-2026/facebook-zoe/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json',
    ]);
    expect(profiles.map((p) => [p.root, p.platform, p.generation])).toEqual([
      ['meta-2026/facebook-zoe/', 'facebook', 'FB-3'],
      ['meta-2026/instagram-zoe/', 'instagram', 'IG-2'],
    ]);
  });

  it('imports through wrapper folders, backslash separators and apostrophe variants', async () => {
    const files = instagramJsonExport();
    const windowsStyle = Object.fromEntries(
      Object.entries(files).map(([path, content]) => [path.replace(/\//g, '\\'), content]),
    );
    const wrapped = await importSources([
      await zipSourceOf(windowsStyle, 'x.zip', { prefix: 'instagram-zoe-2024\\' }),
    ]);
    const plain = await importSources([await zipSourceOf(files)]);
    expect(wrapped.items.map((item) => item.id).sort()).toEqual(plain.items.map((item) => item.id).sort());
    expect(wrapped.items[0]!.sourcePath.startsWith('instagram-zoe-2024/')).toBe(true);
    expect(wrapped.summary.archiveId).toBe(plain.summary.archiveId);

    const apostrophes = await importSources([
      await zipSourceOf({
        "your_facebook_activity/pages/pages_you've_liked.json": metaJson({
          page_likes_v2: [{ name: 'A', timestamp: 1 }],
        }),
        'your_facebook_activity/pages/pages_you_ve_liked.json': metaJson({
          page_likes_v2: [{ name: 'B', timestamp: 1 }],
        }),
      }),
    ]);
    expect(apostrophes.exposures.map((e) => e.account).sort()).toEqual(['A', 'B']);
  });

  it('reads empty files and no-data sections as skipped, not fatal', async () => {
    const { summary, items } = await importSources([
      await zipSourceOf({
        'your_instagram_activity/content/posts_1.json': '',
        'your_instagram_activity/comments/no-data.txt': 'You have no data in this section',
        'your_instagram_activity/content/stories.json': metaJson({
          ig_stories: [{ title: 'kept', creation_timestamp: sec('2024-01-01T00:00:00Z') }],
        }),
      }),
    ]);
    expect(summary.filesSkipped.byReason).toEqual({ empty: 1, no_data: 1 });
    expect(items.map((item) => item.text)).toEqual(['kept']);
  });
});

describe('time', () => {
  it('reads seconds, milliseconds, and milliseconds found in a seconds field', () => {
    expect(fromSeconds(1_700_000_000)).toBe(1_700_000_000_000);
    expect(fromSeconds(1_700_000_000_123)).toBe(1_700_000_000_123);
    expect(fromSeconds(0)).toBeNull();
    expect(fromMilliseconds(1_700_000_000_123)).toBe(1_700_000_000_123);
    expect(fromMilliseconds(1_700_000_000)).toBe(1_700_000_000_000);
  });

  it('parses English and French HTML dates as wall-clock UTC', () => {
    expect(parseHtmlDate('Dec 28, 2020 7:20 am')).toBe(Date.UTC(2020, 11, 28, 7, 20));
    expect(parseHtmlDate('Oct 19, 2019, 2:37 PM')).toBe(Date.UTC(2019, 9, 19, 14, 37));
    expect(parseHtmlDate('Oct 19, 2019 at 2:37 PM')).toBe(Date.UTC(2019, 9, 19, 14, 37));
    expect(parseHtmlDate('19 Oct 2019, 14:37')).toBe(Date.UTC(2019, 9, 19, 14, 37));
    expect(parseHtmlDate('Nov 13, 2025 12:04 am')).toBe(Date.UTC(2025, 10, 13, 0, 4));
    expect(parseHtmlDate('19 oct. 2019, 14:37')).toBe(Date.UTC(2019, 9, 19, 14, 37));
    expect(parseHtmlDate('1er février 2024 à 09:05:30')).toBe(Date.UTC(2024, 1, 1, 9, 5, 30));
    expect(parseHtmlDate('déc. 28, 2020 7h20')).toBe(Date.UTC(2020, 11, 28, 7, 20));
    expect(parseHtmlDate('yesterday')).toBeNull();
  });
});

describe('inflate budget', () => {
  it('charges every inflated byte against the caps', () => {
    const budget = new InflateBudget({ ...DEFAULT_LIMITS, maxTotalBytes: 100, maxEntryBytes: 80 });
    budget.charge(50, 50, 50);
    expect(() => budget.charge(40, 90, 90)).toThrow(/inflates past 80/);
    expect(() => new InflateBudget(DEFAULT_LIMITS).precheck(2 ** 31, 2 ** 20)).toThrow(/declares/);
    expect(() => new InflateBudget(DEFAULT_LIMITS).precheck(250 * 2 ** 20, 2 ** 20)).toThrow(/ratio/);
  });
});

describe('what a refused input holds', () => {
  it('lists top-level names, most files first, with language-neutral counts', () => {
    const paths = ['Holiday/a.jpg', 'Holiday/b.jpg', 'Holiday/c.jpg', 'taxes/2025.json', 'index.html'];
    expect(describeContents(paths)).toBe('Holiday/ ×3, taxes/, index.html');
    expect(describeContents(['a/1', 'b/1', 'c/1'], 2)).toBe('a/, b/, +1');
    expect(describeContents([])).toBe('∅');
  });
});
