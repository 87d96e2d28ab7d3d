import { afterEach, describe, expect, it } from 'vitest';
import { rateUrl } from '../../../renderer/src/core/classify/credibility';
import { getSetting, type LoupeDb } from '../../../renderer/src/db';
import {
  addUserList,
  removeUserList,
  toDomainList,
} from '../../../renderer/src/ui/services/credibility-lists';
import { openTestDb } from '../db/fixtures';

let db: LoupeDb;
afterEach(async () => db?.delete());

const CSV = [
  'domain,rating,tags',
  'exemple-douteux.fr,low,fake',
  'blog.example.org/politique,mixed,',
  'not a domain,low,',
].join('\n');
const JSON_LIST = JSON.stringify({
  name: 'Mes sources',
  domains: [{ domain: 'https://www.autre-site.fr', rating: 'mixed' }],
});

describe('user credibility lists through the settings', () => {
  it('parses a CSV file, stores it, and rates links with it after reading it back', async () => {
    db = await openTestDb();
    const added = await addUserList(db, CSV, 'watch.csv', 1_000);
    expect(added).toMatchObject({ ok: true, problems: ['row 3: "not a domain" is not a domain'] });
    const stored = await getSetting(db, 'userCredibilityLists');
    expect(stored).toEqual([
      {
        name: 'watch',
        addedAt: 1_000,
        entries: [
          { domain: 'exemple-douteux.fr', rating: 'low' },
          { domain: 'blog.example.org/politique', rating: 'mixed' },
        ],
      },
    ]);
    const lists = stored.map(toDomainList);
    expect(rateUrl('https://news.exemple-douteux.fr/a?utm_source=x', lists)).toMatchObject({
      bucket: 'low',
      sources: ['watch'],
    });
    expect(rateUrl('https://blog.example.org/politique/2024', lists)).toMatchObject({ bucket: 'mixed' });
    expect(rateUrl('https://blog.example.org/cuisine', lists).bucket).toBe('unknown');
    expect(rateUrl('https://exemple-douteux.fr/').bucket).toBe('unknown');
  });

  it('keeps several lists, replaces one added again under the same name, and removes one', async () => {
    db = await openTestDb();
    await addUserList(db, CSV, 'watch.csv');
    await addUserList(db, JSON_LIST, 'ignored-name.json');
    await addUserList(db, 'exemple-douteux.fr,mixed\n', 'watch.csv');
    let stored = await getSetting(db, 'userCredibilityLists');
    expect(stored.map((list) => [list.name, list.entries.length])).toEqual([
      ['Mes sources', 1],
      ['watch', 1],
    ]);
    await removeUserList(db, 'Mes sources');
    stored = await getSetting(db, 'userCredibilityLists');
    expect(stored.map((list) => list.name)).toEqual(['watch']);
  });

  it('stores nothing for a file with no usable row', async () => {
    db = await openTestDb();
    const result = await addUserList(db, 'nonsense,high\n', 'bad.csv');
    expect(result.ok).toBe(false);
    expect(await getSetting(db, 'userCredibilityLists')).toEqual([]);
  });
});
