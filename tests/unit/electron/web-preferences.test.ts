import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../electron/main/web-preferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/preload.cjs');

  it('isolates the page from its preload and sandboxes it', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives no Node.js to the page, its workers or its frames', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and experimental or insecure features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('turns the spell checker off, since it downloads dictionaries from a CDN', () => {
    expect(prefs.spellcheck).toBe(false);
  });

  it('loads the CommonJS preload, which a sandboxed renderer requires', () => {
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
  });
});
