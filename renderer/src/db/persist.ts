export type PersistResult = 'granted' | 'denied' | 'unavailable';

/**
 * Asks the browser not to evict Loupe's data under storage pressure. `unavailable` where the API
 * does not exist (Node, some workers); Electron grants it without a prompt.
 */
export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unavailable';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
