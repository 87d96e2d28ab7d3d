import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { PickedArchiveFile } from '../preload/api';
import type { DesktopAppInfo } from '../preload/bridge';
import { IPC_CHANNELS } from '../preload/channels';
import { isTrustedPageUrl, type TrustedOrigins } from './app-origin';

export interface IpcServices {
  appInfo(): DesktopAppInfo;
  openArchiveDialog(event: IpcMainInvokeEvent): Promise<PickedArchiveFile[] | null>;
}

export class UntrustedSenderError extends Error {
  constructor() {
    super('IPC refused: the sender is not the Loupe page');
  }
}

function assertTrustedSender(event: IpcMainInvokeEvent, trusted: TrustedOrigins): void {
  const url = event.senderFrame?.url;
  if (typeof url !== 'string' || !isTrustedPageUrl(url, trusted)) throw new UntrustedSenderError();
}

/** Registers the two handlers the preload calls; each refuses frames that are not the app's page. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: IpcServices,
  trusted: TrustedOrigins,
): void {
  ipcMain.handle(IPC_CHANNELS.appInfo, (event) => {
    assertTrustedSender(event, trusted);
    return services.appInfo();
  });
  ipcMain.handle(IPC_CHANNELS.openArchiveDialog, (event) => {
    assertTrustedSender(event, trusted);
    return services.openArchiveDialog(event);
  });
}
