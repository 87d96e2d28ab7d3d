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
  // A web page has no native runtime: the app classifies in its worker (onnxruntime-web) instead.
  classifier: {
    async available() {
      return false;
    },
    async describe() {
      throw new Error('The native classifier exists only in the desktop app');
    },
    async classify() {
      throw new Error('The native classifier exists only in the desktop app');
    },
    async explain() {
      throw new Error('The native classifier exists only in the desktop app');
    },
  },
} satisfies PlatformApi;
