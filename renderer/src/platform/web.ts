import { PLATFORM_API_VERSION, type PlatformApi } from '../../../electron/preload/api';

declare const __APP_VERSION__: string;

export const webPlatform = {
  version: PLATFORM_API_VERSION,
  async appInfo() {
    return {
      name: 'Loupe',
      version: __APP_VERSION__,
      platform: 'web' as const,
      crossOriginIsolated: globalThis.crossOriginIsolated === true,
    };
  },
  async openArchiveDialog() {
    return null;
  },
} satisfies PlatformApi;
