import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_MODEL_DTYPE, sharedClassifier, type Classifier, type ModelDtype } from '@core/classify';
import { nodeClassifierHost } from '../../../electron/cli/commands/classify';
import { REPO_ROOT } from '../../harness/paths';

export const MODEL_DIR = resolve(REPO_ROOT, 'models/loupe-mini');
const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures/model');

export function readFixtureLines<T>(name: string): T[] {
  return readFileSync(resolve(FIXTURES_DIR, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(resolve(FIXTURES_DIR, name), 'utf8')) as T;
}

/** The committed model through the same onnxruntime-node host as the CLI. */
export const bundledClassifier = (dtype: ModelDtype = DEFAULT_MODEL_DTYPE): Promise<Classifier> =>
  sharedClassifier(nodeClassifierHost(MODEL_DIR, dtype));
