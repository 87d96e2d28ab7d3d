import { describe, expect, it } from 'vitest';
import { buildDemoExportFiles } from '@core/demo';
import { repairMojibake } from './read-zip';

const instagramJson = (layout: 'IG-2' | 'IG-3', locale: 'en' | 'fr' = 'fr') => {
  const found = buildDemoExportFiles({ instagramLayout: layout, instagramLocale: locale })[0]!;
  const files = new Map(found.parts[0]!.files.map((file) => [file.path, file.content]));
  const json = (path: string): unknown => repairMojibake(JSON.parse(files.get(path) as string));
  return { manifest: found.manifest, files, json };
};

describe('Instagram layouts and shapes', () => {
  it('IG-3 keeps posts under media/ and likes as label_values lists with the caption', () => {
    const { files, json, manifest } = instagramJson('IG-3');
    expect(files.has('your_instagram_activity/media/posts_1.json')).toBe(true);
    const liked = json('your_instagram_activity/likes/liked_posts.json') as {
      label_values: { label?: string }[];
    }[];
    expect(Array.isArray(liked)).toBe(true);
    expect(liked[0]!.label_values.map((entry) => entry.label)).toContain('Légende');
    expect(
      manifest.exposures.filter((exposure) => exposure.kind === 'liked' && exposure.label !== null).length,
    ).toBeGreaterThan(0);
  });

  it('IG-2 keeps posts under content/ and the older likes_media_likes and saved_saved_media shapes', () => {
    const { files, json, manifest } = instagramJson('IG-2', 'en');
    expect(files.has('your_instagram_activity/content/posts_1.json')).toBe(true);
    expect(files.has('your_instagram_activity/story_sticker_interactions/questions.json')).toBe(true);
    expect(json('your_instagram_activity/likes/liked_posts.json')).toHaveProperty('likes_media_likes');
    const saved = json('your_instagram_activity/saved/saved_posts.json') as {
      saved_saved_media: { string_map_data: object }[];
    };
    expect(Object.keys(saved.saved_saved_media[0]!.string_map_data)).toEqual(['Saved on']);
    expect(
      manifest.exposures.filter((exposure) => exposure.kind === 'liked' && exposure.label !== null),
    ).toEqual([]);
  });

  it('puts a multi-media caption at the top level and a single-media caption in media[0].title', () => {
    const { json, manifest } = instagramJson('IG-3');
    const posts = json('your_instagram_activity/media/posts_1.json') as {
      title?: string;
      media: { title: string }[];
    }[];
    const multi = posts.filter((post) => post.media.length > 1);
    const single = posts.filter((post) => post.media.length === 1);
    expect(multi.length).toBeGreaterThan(0);
    expect(single.length).toBeGreaterThan(0);
    for (const post of multi) expect(post.media.every((media) => media.title === '')).toBe(true);
    const captions = manifest.items.filter((item) => item.kind === 'post').map((item) => item.text);
    expect(captions).toEqual(
      expect.arrayContaining([
        ...multi.map((post) => post.title),
        ...single.map((post) => post.media[0]!.title),
      ]),
    );
  });
});
