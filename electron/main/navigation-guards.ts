import type { WebContents } from 'electron';

/**
 * The window shows one page for its whole life: no navigation, no redirect, no <webview>, no popup.
 * Links in archive content are text, never opened (no shell.openExternal anywhere in the shell).
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
