/** The only IPC channels between the preload and the main process. */
export const IPC_CHANNELS = {
  appInfo: 'loupe:app-info',
  openArchiveDialog: 'loupe:open-archive-dialog',
  classifierAvailable: 'loupe:classifier-available',
  describeModel: 'loupe:describe-model',
  classify: 'loupe:classify',
  explain: 'loupe:explain',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];
