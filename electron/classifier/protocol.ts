import type { ClassifyInput, ClassifyOutput, Explanation, ModelManifest } from '@core/classify';
import { isLabel } from '../../renderer/src/core/model/labels';

/**
 * Messages between the main process and the classifier utility process. Every request carries an id
 * that its one reply repeats; replies are the only messages the utility process sends.
 */
export type ClassifierRequest =
  | { readonly type: 'probe'; readonly id: number }
  | { readonly type: 'describe'; readonly id: number; readonly modelFolder: string }
  | {
      readonly type: 'classify';
      readonly id: number;
      readonly modelFolder: string;
      readonly inputs: readonly ClassifyInput[];
    }
  | { readonly type: 'explain'; readonly id: number; readonly modelFolder: string; readonly text: string };

export type ClassifierReply =
  | { readonly type: 'probed'; readonly id: number; readonly available: boolean }
  | { readonly type: 'described'; readonly id: number; readonly manifest: ModelManifest }
  | { readonly type: 'classified'; readonly id: number; readonly outputs: readonly ClassifyOutput[] }
  | { readonly type: 'explained'; readonly id: number; readonly explanation: Explanation }
  | { readonly type: 'failed'; readonly id: number; readonly error: string };

/** Texts per request: enough for length-sorted batches, small enough to bound one IPC message. */
export const MAX_INPUTS_PER_REQUEST = 512;
/** Characters per text; longer texts are windowed by the core, but nothing legitimate is this long. */
export const MAX_TEXT_LENGTH = 1_000_000;

const MODEL_FOLDER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A folder name, never a path: the utility process looks it up in its own model folders. */
export function isModelFolderName(value: unknown): value is string {
  return typeof value === 'string' && MODEL_FOLDER.test(value) && !value.includes('..');
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT_LENGTH;
}

function isInputList(value: unknown): value is ClassifyInput[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_INPUTS_PER_REQUEST &&
    value.every((input) => isRecord(input) && isText(input.text))
  );
}

/** Structural check of a request that crossed a process boundary. */
export function isClassifierRequest(value: unknown): value is ClassifierRequest {
  if (!isRecord(value) || !Number.isSafeInteger(value.id)) return false;
  switch (value.type) {
    case 'probe':
      return true;
    case 'describe':
      return isModelFolderName(value.modelFolder);
    case 'classify':
      return isModelFolderName(value.modelFolder) && isInputList(value.inputs);
    case 'explain':
      return isModelFolderName(value.modelFolder) && isText(value.text);
    default:
      return false;
  }
}

function isScores(value: unknown): boolean {
  return (
    value === null || (isRecord(value) && Object.values(value).every((score) => typeof score === 'number'))
  );
}

export function isClassifyOutput(value: unknown): value is ClassifyOutput {
  return (
    isRecord(value) &&
    typeof value.language === 'string' &&
    typeof value.status === 'string' &&
    typeof value.windows === 'number' &&
    isScores(value.scores)
  );
}

export function isExplanation(value: unknown): value is Explanation {
  return (
    isRecord(value) &&
    typeof value.language === 'string' &&
    typeof value.status === 'string' &&
    isScores(value.scores) &&
    Array.isArray(value.words) &&
    value.words.every(
      (word) =>
        isRecord(word) &&
        typeof word.start === 'number' &&
        typeof word.end === 'number' &&
        isScores(word.drop),
    )
  );
}

export function isModelManifest(value: unknown): value is ModelManifest {
  return (
    isRecord(value) &&
    typeof value.modelId === 'string' &&
    typeof value.version === 'string' &&
    Array.isArray(value.labels) &&
    value.labels.every(isLabel) &&
    isScores(value.thresholds) &&
    typeof value.maxTokens === 'number' &&
    Array.isArray(value.languages)
  );
}

export function isClassifierReply(value: unknown): value is ClassifierReply {
  if (!isRecord(value) || !Number.isSafeInteger(value.id)) return false;
  switch (value.type) {
    case 'probed':
      return typeof value.available === 'boolean';
    case 'described':
      return isModelManifest(value.manifest);
    case 'classified':
      return Array.isArray(value.outputs) && value.outputs.every(isClassifyOutput);
    case 'explained':
      return isExplanation(value.explanation);
    case 'failed':
      return typeof value.error === 'string';
    default:
      return false;
  }
}
