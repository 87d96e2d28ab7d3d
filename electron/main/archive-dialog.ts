import { BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import type { PickedArchiveFile } from '../preload/api';
import { publishPickedArchives } from './picked-archive-files';
import type { PickedArchives } from './picked-archives';

/** The native open dialog for the parts of a "Download your information" export. */
export async function openArchiveDialog(
  event: IpcMainInvokeEvent,
  archives: PickedArchives,
): Promise<PickedArchiveFile[] | null> {
  const owner = BrowserWindow.fromWebContents(event.sender);
  const options: OpenDialogOptions = {
    title: 'Open your Instagram or Facebook archive',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'ZIP archives', extensions: ['zip'] }],
  };
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  if (result.canceled || result.filePaths.length === 0) return null;
  return publishPickedArchives(result.filePaths, archives);
}
