import type { WebPreferences } from 'electron';

/**
 * The renderer is a sandboxed web page with no Node.js, isolated from its preload, and the preload is
 * its only door to the main process. Spell checking is off because Chromium downloads hunspell
 * dictionaries from a Google CDN on Windows and Linux.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}
