import { describe, expect, it } from 'vitest';
import { groupParts } from '@core/archive/group-parts';

const names = (groups: { name: string }[][]) => groups.map((group) => group.map((file) => file.name));
const files = (...list: string[]) => list.map((name) => ({ name }));

describe('groupParts', () => {
  it('keeps the parts of one download together and separates downloads', () => {
    const groups = groupParts(
      files(
        'facebook-camille-2026-01-12-AbC123-part1.zip',
        'instagram-camille-2026-01-12-Zz9.zip',
        'facebook-camille-2026-01-12-AbC123-part2.zip',
        'instagram-camille-2026-01-12-Qq1.zip',
      ),
    );
    expect(names(groups)).toEqual([
      ['facebook-camille-2026-01-12-AbC123-part1.zip', 'facebook-camille-2026-01-12-AbC123-part2.zip'],
      ['instagram-camille-2026-01-12-Zz9.zip'],
      ['instagram-camille-2026-01-12-Qq1.zip'],
    ]);
  });

  it('puts the Messenger chat backup with the only Facebook export', () => {
    const groups = groupParts(
      files('instagram-a-2025-02-01-x1.zip', 'messages.zip', 'facebook-a-2025-02-01-y2_1.zip'),
    );
    expect(names(groups)).toEqual([
      ['instagram-a-2025-02-01-x1.zip'],
      ['facebook-a-2025-02-01-y2_1.zip', 'messages.zip'],
    ]);
  });

  it('joins renamed files to the only export, and groups them alone otherwise', () => {
    expect(names(groupParts(files('facebook-a-2025-02-01-y2.zip', 'renamed.zip')))).toEqual([
      ['facebook-a-2025-02-01-y2.zip', 'renamed.zip'],
    ]);
    expect(names(groupParts(files('mine.zip', 'other.zip')))).toEqual([['mine.zip', 'other.zip']]);
    expect(
      names(groupParts(files('facebook-a-2025-02-01-y2.zip', 'instagram-a-2025-02-01-z.zip', 'renamed.zip'))),
    ).toEqual([['facebook-a-2025-02-01-y2.zip'], ['instagram-a-2025-02-01-z.zip'], ['renamed.zip']]);
  });
});
