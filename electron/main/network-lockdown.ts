import type { Session } from 'electron';
import { isRequestAllowed, type RequestPolicy } from './request-policy';

/** A closed local port: a request that slips past the filter fails here instead of leaving the machine. */
export const DEAD_PROXY = '127.0.0.1:9';
export const DEAD_DICTIONARY_URL = 'http://127.0.0.1:9/';

/**
 * Owns the session's webRequest listeners. Electron keeps only the last listener per event, so no
 * other module may call `webRequest.onBeforeRequest` or `onHeadersReceived`.
 */
export async function lockDownNetwork(session: Session, policy: RequestPolicy): Promise<void> {
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, policy) });
  });
  await session.setProxy({
    mode: 'fixed_servers',
    proxyRules: DEAD_PROXY,
    // Chromium sends loopback directly unless told otherwise; only the dev server needs that.
    proxyBypassRules: policy.devServerOrigin === null ? '<-loopback>' : '',
  });
}

/** Chromium fetches hunspell dictionaries from a Google CDN on Windows and Linux unless told not to. */
export function disableSpellChecker(session: Session): void {
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(DEAD_DICTIONARY_URL);
}
