import type { Outcome } from '../types';
import { isRecord } from './json';
import { isSafeRelativePath } from './schema';

/** A file of a folder the user picked, relative to the folder (`onnx/model.onnx`). */
export interface FolderFile {
  readonly path: string;
  readonly size: number;
}

/** The ONNX files the classifier loads, in order of preference (`q8` first: 2 to 2.6 times faster). */
export const ONNX_CANDIDATES = ['onnx/model_quantized.onnx', 'onnx/model.onnx'] as const;
export const REQUIRED_FILES = ['config.json', 'tokenizer.json'] as const;
/** Small files kept beside the weights when present. */
export const OPTIONAL_FILES = [
  'tokenizer_config.json',
  'special_tokens_map.json',
  'loupe.json',
  'MODEL_CARD.md',
  'README.md',
] as const;

export interface ModelFolderCheck {
  /** The weights the app will load. */
  readonly onnxFile: (typeof ONNX_CANDIDATES)[number];
  /** Every file to keep, in the folder's layout; other files of the folder are left out. */
  readonly files: readonly FolderFile[];
  /** The model's own labels from `config.json` `id2label`, in logit order. */
  readonly foreignLabels: readonly string[];
  readonly hasLoupeJson: boolean;
  readonly modelCard: string | null;
  readonly sizeBytes: number;
}

const fail = (error: string): Outcome<never> => ({ ok: false, error });

/** The labels of `config.json` in logit order; ids must be 0..n-1 and names unique and non-empty. */
export function foreignLabelsOf(config: unknown): Outcome<string[]> {
  if (!isRecord(config) || !isRecord(config.id2label)) return fail('config.json has no id2label');
  const entries = Object.entries(config.id2label);
  if (entries.length === 0) return fail('config.json id2label is empty');
  const labels: string[] = [];
  for (let index = 0; index < entries.length; index++) {
    const name = config.id2label[String(index)];
    if (typeof name !== 'string' || name.trim() === '')
      return fail(`config.json id2label has no label ${index}`);
    if (labels.includes(name)) return fail(`config.json id2label names "${name}" twice`);
    labels.push(name);
  }
  return { ok: true, value: labels };
}

/**
 * Checks a folder in the Hugging Face layout (`config.json`, `tokenizer.json`, `onnx/model*.onnx`) and
 * says what to keep. `config` is the parsed `config.json` (read by the caller; it may be anything).
 */
export function checkModelFolder(files: readonly FolderFile[], config: unknown): Outcome<ModelFolderCheck> {
  const byPath = new Map(
    files.filter((file) => isSafeRelativePath(file.path)).map((file) => [file.path, file]),
  );
  const missing = REQUIRED_FILES.filter((name) => !byPath.has(name));
  if (missing.length > 0) return fail(`the folder has no ${missing.join(' or ')}`);
  const onnxFile = ONNX_CANDIDATES.find((name) => byPath.has(name));
  if (!onnxFile) return fail('the folder has no onnx/model_quantized.onnx or onnx/model.onnx');
  const labels = foreignLabelsOf(config);
  if (!labels.ok) return labels;
  const kept = [...REQUIRED_FILES, ...OPTIONAL_FILES, onnxFile].flatMap((name) => {
    const file = byPath.get(name);
    return file ? [file] : [];
  });
  const modelCard = ['MODEL_CARD.md', 'README.md'].find((name) => byPath.has(name)) ?? null;
  return {
    ok: true,
    value: {
      onnxFile,
      files: kept,
      foreignLabels: labels.value,
      hasLoupeJson: byPath.has('loupe.json'),
      modelCard,
      sizeBytes: byPath.get(onnxFile)!.size,
    },
  };
}

/** The path inside the picked folder: `<input webkitdirectory>` prefixes every file with the folder's name. */
export function withoutTopFolder(webkitRelativePath: string): string {
  const slash = webkitRelativePath.indexOf('/');
  return slash === -1 ? webkitRelativePath : webkitRelativePath.slice(slash + 1);
}
