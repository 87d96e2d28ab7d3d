/**
 * Desktop entry. Intended fuses, set at package time with @electron/fuses: RunAsNode off,
 * EnableNodeOptionsEnvironmentVariable off, EnableNodeCliInspectArguments off,
 * EnableEmbeddedAsarIntegrityValidation on, OnlyLoadAppFromAsar on, GrantFileProtocolExtraPrivileges off
 * (the app loads from app://, never file://), EnableCookieEncryption on. No crash reporter, no updater.
 */
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, devServerOrigin } from './app-origin';
import { openArchiveDialog } from './archive-dialog';
import { createAppProtocolHandler } from './app-protocol-handler';
import { ClassifierClient } from './classifier-client';
import { spawnClassifierProcess } from './classifier-process';
import { registerIpcHandlers } from './ipc';
import { applicationMenuTemplate } from './menu';
import { guardWebContents } from './navigation-guards';
import { disableSpellChecker, lockDownNetwork } from './network-lockdown';
import { denyAllPermissions } from './permissions';
import { PickedArchives } from './picked-archives';
import { registerAppSchemePrivileges, serveAppScheme } from './protocol';
import { createMainWindow } from './window';

const outDir = join(import.meta.dirname, '..');
const devServer = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const archives = new PickedArchives();

registerAppSchemePrivileges();
app.enableSandbox();
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

async function start(): Promise<void> {
  const appSession = session.defaultSession;
  await lockDownNetwork(appSession, { allowDevtools: !app.isPackaged, devServerOrigin: devServer });
  denyAllPermissions(appSession);
  disableSpellChecker(appSession);
  const rendererRoot = join(outDir, 'renderer');
  const userModelsRoot = join(app.getPath('userData'), 'models');
  serveAppScheme(appSession, createAppProtocolHandler({ rendererRoot, userModelsRoot, archives }));
  const classifier = new ClassifierClient(() =>
    spawnClassifierProcess(join(outDir, 'main', 'classifier.js'), [
      join(rendererRoot, 'models'),
      userModelsRoot,
    ]),
  );
  app.on('will-quit', () => classifier.dispose());
  registerIpcHandlers(
    ipcMain,
    {
      appInfo: () => ({ name: 'Loupe', version: app.getVersion() }),
      openArchiveDialog: (event) => openArchiveDialog(event, archives),
      classifier,
    },
    { devServerOrigin: devServer },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, !app.isPackaged)));
  const openWindow = () =>
    createMainWindow(join(outDir, 'preload', 'preload.cjs'), devServer ?? APP_ENTRY_URL);
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  // Never open a window without its protections: if they cannot be set up, quit.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Loupe could not start:', error);
      app.exit(1);
    });
}
