import type { PlatformApi } from '../../../electron/preload/api';
import { webPlatform } from './web';

/** The desktop preload installs `window.loupe`; a plain web page falls back to the web implementation. */
export const platform: PlatformApi = (typeof window !== 'undefined' && window.loupe) || webPlatform;
