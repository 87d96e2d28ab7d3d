import { describe, expect, it } from 'vitest';
import { openArchive, zipSource } from '@core/archive';
import { inflateWithZlib } from '../../../electron/node/zlib-inflate';
import { importSources, zipOf, zipSourceOf } from './builders';
import { instagramJsonExport } from './instagram-fixtures';

const padded = (bytes: number) =>
  `{"ig_stories":[{"title":"x","creation_timestamp":1}],"pad":"${' '.repeat(bytes)}"}`;

/** Rewrites the declared inflated size of every entry (central directory and local headers) to `size`. */
function lieAboutSizes(zip: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  const view = new DataView(zip.buffer);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return zip;
}

describe('zip-bomb and absurd-input guards', () => {
  it('refuses an entry above the compression-ratio cap without inflating it, and imports the rest', async () => {
    const files = {
      ...instagramJsonExport(),
      'your_instagram_activity/content/stories.json': padded(8 * 2 ** 20),
    };
    const { items, problems } = await importSources([await zipSourceOf(files)]);
    expect(problems.find((problem) => problem.reason === 'ratio')?.path).toBe(
      'your_instagram_activity/content/stories.json',
    );
    expect(items.filter((item) => item.kind === 'post')).toHaveLength(2);
  });

  it('stops inflating an entry that lies about its size', async () => {
    const source = zipSource(
      new Blob([
        lieAboutSizes(
          await zipOf({ 'content/stories.json': padded(2 ** 20), 'likes/liked_posts.json': '{}' }),
          100,
        ),
      ]),
      'liar.zip',
      0,
    );
    const { problems } = await importSources([source], { limits: { maxEntryBytes: 64 * 1024 } });
    const stories = problems.find((problem) => problem.path === 'content/stories.json');
    // zip.js notices the size mismatch itself; the inflate budget would stop it at 64 KiB otherwise.
    expect(['too_large', 'unreadable']).toContain(stories?.reason);
  });

  it('stops the Node zlib inflater at the cap, whatever the headers claim', async () => {
    const zip = lieAboutSizes(
      await zipOf({ 'content/stories.json': padded(2 ** 20), 'likes/liked_posts.json': '{}' }),
      100,
    );
    const source = zipSource(new Blob([zip]), 'liar.zip', zip.length, { inflateRaw: inflateWithZlib });
    const { problems } = await importSources([source], { limits: { maxEntryBytes: 64 * 1024 } });
    expect(problems.find((problem) => problem.path === 'content/stories.json')?.reason).toBe('too_large');
  });

  it('enforces the per-entry and total caps', async () => {
    const files = instagramJsonExport();
    const big = await importSources([await zipSourceOf(files)], { limits: { maxEntryBytes: 600 } });
    expect(big.summary.filesSkipped.byReason.too_large).toBeGreaterThan(0);
    expect(big.summary.filesRead).toBeGreaterThan(0);
    const total = await importSources([await zipSourceOf(files)], { limits: { maxTotalBytes: 3000 } });
    expect(total.summary.filesSkipped.byReason.total_cap).toBeGreaterThan(0);
  });

  it('refuses absurd inputs as a whole with clear errors', async () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`content/posts_${i}.json`, '[]']));
    const tooMany = await openArchive([await zipSourceOf(many)], { limits: { maxEntries: 20 } });
    expect(tooMany.ok || tooMany.error.message).toBe('more than 20 files in the archive');
    // The interface words the refusal itself, so the parameters must name the part.
    expect(tooMany.ok || tooMany.error.params).toMatchObject({ limit: 20, names: expect.any(String) });
    const empty = await openArchive([]);
    expect(empty.ok || empty.error.code).toBe('no_input');
    const parts = await openArchive([await zipSourceOf(many), await zipSourceOf(many)], {
      limits: { maxSources: 1 },
    });
    expect(parts.ok || parts.error.code).toBe('too_many_parts');
    expect(parts.ok || parts.error.params).toMatchObject({ count: 2, limit: 1, names: expect.any(String) });
  });
});
