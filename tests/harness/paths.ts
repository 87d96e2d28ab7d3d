import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const WEB_BUILD_DIR = resolve(REPO_ROOT, 'dist-web');
/** Screenshots and other artefacts of end-to-end runs. */
export const TEST_OUTPUT_DIR = resolve(REPO_ROOT, 'test-results');
