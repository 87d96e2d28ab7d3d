import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** LOUPE_WEB_BUILD_DIR points the browser tests and benchmarks at another build (e.g. a before/after comparison). */
export const WEB_BUILD_DIR = resolve(REPO_ROOT, process.env.LOUPE_WEB_BUILD_DIR ?? 'dist-web');
/** Screenshots and other artefacts of end-to-end runs. */
export const TEST_OUTPUT_DIR = resolve(REPO_ROOT, 'test-results');
