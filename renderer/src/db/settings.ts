import { LABELS, type Label, type Thresholds } from '@core/model';
import { withStorage } from './errors';
import type { PersistResult } from './persist';
import type { LoupeDb } from './schema';

export type Locale = 'en' | 'fr';

/** A domain list the user added; `rating` as in the bundled credibility lists. */
export interface UserCredibilityList {
  readonly name: string;
  readonly addedAt: number;
  readonly entries: readonly { readonly domain: string; readonly rating: 'low' | 'mixed' | 'high' }[];
}

/** Every setting, with its type. Flags are derived from scores and `thresholds` at read time. */
export interface Settings {
  readonly thresholds: Thresholds;
  readonly locale: Locale;
  /** The model whose scores the reports use; null until one is chosen. */
  readonly selectedModelId: string | null;
  readonly userCredibilityLists: readonly UserCredibilityList[];
  /** The browser's answer when persistent storage was last requested; null if never asked. */
  readonly persistentStorage: PersistResult | null;
}

export type SettingKey = keyof Settings;

const DEFAULT_THRESHOLD = 0.5;

export const DEFAULT_SETTINGS: Settings = {
  thresholds: Object.fromEntries(LABELS.map((label) => [label, DEFAULT_THRESHOLD])) as Record<Label, number>,
  locale: 'en',
  selectedModelId: null,
  userCredibilityLists: [],
  persistentStorage: null,
};

export function getSetting<K extends SettingKey>(db: LoupeDb, key: K): Promise<Settings[K]> {
  return withStorage(db, async () => {
    const row = await db.settings.get(key);
    return row === undefined ? DEFAULT_SETTINGS[key] : (row.value as Settings[K]);
  });
}

export function setSetting<K extends SettingKey>(db: LoupeDb, key: K, value: Settings[K]): Promise<void> {
  return withStorage(db, async () => {
    await db.settings.put({ key, value });
  });
}

/** Every setting, stored values over defaults. */
export function getSettings(db: LoupeDb): Promise<Settings> {
  return withStorage(db, async () => {
    const rows = await db.settings.toArray();
    const stored = Object.fromEntries(
      rows.filter((row) => row.key in DEFAULT_SETTINGS).map((row) => [row.key, row.value]),
    );
    return { ...DEFAULT_SETTINGS, ...stored } as Settings;
  });
}
