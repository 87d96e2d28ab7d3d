import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type {
  ClassifyInput,
  ClassifyOutput,
  Explanation,
  ModelManifest,
} from '../../renderer/src/core/classify/types';
import { isClassifierRequest, isModelFolderName } from '../classifier/protocol';
import type { PickedArchiveFile } from '../preload/api';
import type { DesktopAppInfo } from '../preload/bridge';
import { IPC_CHANNELS } from '../preload/channels';
import { isTrustedPageUrl, type TrustedOrigins } from './app-origin';

export interface NativeClassifierService {
  available(): Promise<boolean>;
  describe(modelFolder: string): Promise<ModelManifest>;
  classify(modelFolder: string, inputs: readonly ClassifyInput[]): Promise<ClassifyOutput[]>;
  explain(modelFolder: string, text: string): Promise<Explanation>;
}

export interface IpcServices {
  appInfo(): DesktopAppInfo;
  openArchiveDialog(event: IpcMainInvokeEvent): Promise<PickedArchiveFile[] | null>;
  readonly classifier: NativeClassifierService;
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

/**
 * Registers the handlers the preload calls. Each refuses frames that are not the app's page, and the
 * classifier handlers check their arguments with the same guard the utility process applies.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: IpcServices,
  trusted: TrustedOrigins,
): void {
  const handle = (channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) => {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event, trusted);
      return handler(event, ...args);
    });
  };
  handle(IPC_CHANNELS.appInfo, () => services.appInfo());
  handle(IPC_CHANNELS.openArchiveDialog, (event) => services.openArchiveDialog(event));
  handle(IPC_CHANNELS.classifierAvailable, () => services.classifier.available());
  handle(IPC_CHANNELS.describeModel, (_event, modelFolder) => {
    if (!isModelFolderName(modelFolder)) throw new TypeError('bad model folder');
    return services.classifier.describe(modelFolder);
  });
  handle(IPC_CHANNELS.classify, (_event, modelFolder, inputs) => {
    const request = { type: 'classify', id: 0, modelFolder, inputs };
    if (!isClassifierRequest(request) || request.type !== 'classify')
      throw new TypeError('bad classify arguments');
    return services.classifier.classify(request.modelFolder, request.inputs);
  });
  handle(IPC_CHANNELS.explain, (_event, modelFolder, text) => {
    const request = { type: 'explain', id: 0, modelFolder, text };
    if (!isClassifierRequest(request) || request.type !== 'explain')
      throw new TypeError('bad explain arguments');
    return services.classifier.explain(request.modelFolder, request.text);
  });
}
