import { isLabel, LABELS, type Label, type Thresholds } from '../model';
import type { ModelManifest, Outcome } from './types';

const DEFAULT_THRESHOLD = 0.5;
const DEFAULT_MAX_TOKENS = 512;
const fail = (error: string): Outcome<never> => ({ ok: false, error });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const positiveInteger = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

/** Reads the model's label order from `config.json`'s `id2label`; every label must be one of Loupe's. */
export function labelsFromConfig(config: unknown): Outcome<Label[]> {
  if (!isRecord(config) || !isRecord(config.id2label)) return fail('config.json has no id2label');
  const entries = Object.entries(config.id2label).sort(([a], [b]) => Number(a) - Number(b));
  const labels: Label[] = [];
  for (const [, name] of entries) {
    if (!isLabel(name)) return fail(`config.json label "${String(name)}" is not one of Loupe's labels`);
    labels.push(name);
  }
  const missing = LABELS.filter((label) => !labels.includes(label));
  if (missing.length > 0) return fail(`the model has no output for ${missing.join(', ')}`);
  return { ok: true, value: labels };
}

function readThresholds(value: unknown): Outcome<Thresholds> {
  const thresholds = {} as Record<Label, number>;
  for (const label of LABELS) {
    const threshold = isRecord(value) ? value[label] : undefined;
    if (threshold === undefined) thresholds[label] = DEFAULT_THRESHOLD;
    else if (typeof threshold === 'number' && threshold >= 0 && threshold <= 1) thresholds[label] = threshold;
    else return fail(`loupe.json threshold for ${label} must be a number in [0, 1]`);
  }
  return { ok: true, value: thresholds };
}

/**
 * Builds the manifest from `loupe.json` (may be null for a model without one) and `config.json`.
 * Without loupe.json: thresholds 0.5, no normalisation, English and French, maxTokens from the tokenizer.
 */
export function parseManifest(
  folderName: string,
  loupeJson: unknown,
  config: unknown,
  tokenizerConfig: unknown,
): Outcome<ModelManifest> {
  const labels = labelsFromConfig(config);
  if (!labels.ok) return labels;
  const loupe = isRecord(loupeJson) ? loupeJson : {};
  if (loupeJson !== null && !isRecord(loupeJson)) return fail('loupe.json is not a JSON object');
  const thresholds = readThresholds(loupe.thresholds);
  if (!thresholds.ok) return thresholds;
  const normalization = loupe.normalization ?? 'none';
  if (normalization !== 'loupe-norm-v1' && normalization !== 'none') {
    return fail(`unknown normalization "${String(normalization)}" in loupe.json`);
  }
  const maxTokens =
    positiveInteger(loupe.maxTokens) ??
    (isRecord(tokenizerConfig) ? positiveInteger(tokenizerConfig.model_max_length) : undefined) ??
    (isRecord(config) ? positiveInteger(config.max_position_embeddings) : undefined) ??
    DEFAULT_MAX_TOKENS;
  const languages = Array.isArray(loupe.languages)
    ? loupe.languages.filter((code): code is string => typeof code === 'string')
    : ['en', 'fr'];
  return {
    ok: true,
    value: {
      modelId: typeof loupe.modelId === 'string' ? loupe.modelId : folderName,
      version: typeof loupe.version === 'string' ? loupe.version : 'unknown',
      labels: labels.value,
      thresholds: thresholds.value,
      maxTokens,
      windowStride: positiveInteger(loupe.windowStride) ?? Math.max(1, Math.floor(maxTokens / 2)),
      normalization,
      languages,
    },
  };
}
