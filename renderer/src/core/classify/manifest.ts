import { isLabel, LABELS, type Label, type LabelScores, type Thresholds } from '../model';
import { applyMapping, coveredLabels, validateMapping, type LabelMapping } from './registry/label-mapping';
import { foreignLabelsOf } from './registry/model-folder';
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

/** What the registry knows of a model the user added, which its own files cannot say. */
export interface ManifestOverrides {
  /** The registry id scores are stored under; wins over loupe.json's `modelId`. */
  readonly modelId?: string;
  /** The model's labels (config.json `id2label`) mapped onto Loupe's, as chosen when it was added. */
  readonly mapping?: LabelMapping;
}

/**
 * A mapping of Loupe's eight labels onto themselves: the model is one of Loupe's, and its parent labels'
 * own outputs are kept (`applyMapping` would raise a parent to its highest sub-label).
 */
const isIdentity = (mapping: LabelMapping): boolean =>
  Object.entries(mapping).every(([name, label]) => name === label) &&
  LABELS.every((label) => mapping[label] === label);

function mappedLabels(
  config: unknown,
  mapping: LabelMapping,
): Outcome<{ labels: Label[]; mapping: NonNullable<ModelManifest['mapping']> }> {
  const outputs = foreignLabelsOf(config);
  if (!outputs.ok) return outputs;
  const valid = validateMapping(outputs.value, mapping);
  if (!valid.ok) return valid;
  return {
    ok: true,
    value: { labels: coveredLabels(valid.value), mapping: { outputs: outputs.value, labels: valid.value } },
  };
}

/**
 * Builds the manifest from `loupe.json` (may be null for a model without one) and `config.json`.
 * Without loupe.json: thresholds 0.5, no normalisation, English and French, maxTokens from the tokenizer.
 * With a label mapping, the model's labels may be any names; without one they must be Loupe's.
 */
export function parseManifest(
  folderName: string,
  loupeJson: unknown,
  config: unknown,
  tokenizerConfig: unknown,
  overrides: ManifestOverrides = {},
): Outcome<ModelManifest> {
  let labels: Label[];
  let mapping: ModelManifest['mapping'];
  if (overrides.mapping && !isIdentity(overrides.mapping)) {
    const mapped = mappedLabels(config, overrides.mapping);
    if (!mapped.ok) return mapped;
    ({ labels, mapping } = mapped.value);
  } else {
    const own = labelsFromConfig(config);
    if (!own.ok) return own;
    labels = own.value;
  }
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
      modelId: overrides.modelId ?? (typeof loupe.modelId === 'string' ? loupe.modelId : folderName),
      version: typeof loupe.version === 'string' ? loupe.version : 'unknown',
      labels,
      ...(mapping ? { mapping } : {}),
      thresholds: thresholds.value,
      maxTokens,
      windowStride: positiveInteger(loupe.windowStride) ?? Math.max(1, Math.floor(maxTokens / 2)),
      normalization,
      languages,
    },
  };
}

/** Number of logits per sequence: one per label of the model itself. */
export const outputCount = (manifest: ModelManifest): number =>
  manifest.mapping?.outputs.length ?? manifest.labels.length;

/** One sequence's probabilities (logit order) as Loupe's eight scores, through the mapping if any. */
export function scoresOf(manifest: ModelManifest, values: ArrayLike<number>): LabelScores {
  if (manifest.mapping) {
    const byName: Record<string, number> = {};
    manifest.mapping.outputs.forEach((name, column) => (byName[name] = values[column]!));
    return applyMapping(byName, manifest.mapping.labels);
  }
  const scores = {} as Record<Label, number>;
  manifest.labels.forEach((label, column) => (scores[label] = values[column]!));
  return scores;
}
