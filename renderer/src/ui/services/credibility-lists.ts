import { parseUserDomainList, type DomainList, type ListedDomain } from '../../core/classify/credibility';
import { getSetting, setSetting, type LoupeDb, type UserCredibilityList } from '../../db';

export type AddListResult =
  | { readonly ok: true; readonly list: UserCredibilityList; readonly problems: readonly string[] }
  | { readonly ok: false; readonly error: string };

/** The stored form (the `userCredibilityLists` setting) of a parsed list. Tags are not kept. */
export function toStoredList(list: DomainList, addedAt: number): UserCredibilityList {
  return {
    name: list.name,
    addedAt,
    entries: [...list.entries].map(([domain, entry]) => ({ domain, rating: entry.bucket })),
  };
}

/** A stored list as the rating function reads it; `high` entries rate nothing (no list says "reliable"). */
export function toDomainList(stored: UserCredibilityList): DomainList {
  const entries = new Map<string, ListedDomain>();
  for (const { domain, rating } of stored.entries) {
    if (rating === 'high') continue;
    entries.set(domain, { bucket: rating, sources: [stored.name], tags: [] });
  }
  return { name: stored.name, entries };
}

const baseName = (fileName: string) => fileName.replace(/\.(csv|json|txt)$/i, '') || 'my list';

/**
 * Parses a list file (CSV or JSON, see CREDIBILITY.md) and appends it to the setting. A list with the
 * same name replaces the old one, so adding an edited file again does not double it.
 */
export async function addUserList(
  db: LoupeDb,
  text: string,
  fileName: string,
  now: number = Date.now(),
): Promise<AddListResult> {
  const parsed = parseUserDomainList(text, baseName(fileName));
  if (!parsed.ok) return parsed;
  const stored = toStoredList(parsed.list, now);
  const lists = await getSetting(db, 'userCredibilityLists');
  await setSetting(db, 'userCredibilityLists', [
    ...lists.filter((list) => list.name !== stored.name),
    stored,
  ]);
  return { ok: true, list: stored, problems: parsed.problems };
}

export async function removeUserList(db: LoupeDb, name: string): Promise<void> {
  const lists = await getSetting(db, 'userCredibilityLists');
  await setSetting(
    db,
    'userCredibilityLists',
    lists.filter((list) => list.name !== name),
  );
}
