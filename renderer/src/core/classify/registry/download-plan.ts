import type { Outcome } from '../types';

export const DEFAULT_HUB_HOST = 'https://huggingface.co';

/** What a hub download fetches by default: enough to run, nothing more. */
export const DEFAULT_HUB_FILES = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'onnx/model_quantized.onnx',
] as const;

export interface PlannedFile {
  readonly file: string;
  readonly url: string;
}

export interface DownloadPlan {
  readonly modelId: string;
  /** The origin every request goes to; named in the consent. */
  readonly host: string;
  readonly files: readonly PlannedFile[];
}

/** `owner/name` as on the hub: letters, digits, `-`, `_`, `.`; no `..`. */
const HUB_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const FILE = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

export const isHubModelId = (id: string): boolean => HUB_ID.test(id) && !id.includes('..') && id.length <= 96;

/**
 * The exact requests a download makes: `<host>/<id>/resolve/main/<file>` for each file. Refuses ids and
 * files that could address anything else, and hosts that are not plain http(s) origins.
 */
export function planHubDownload(
  modelId: string,
  host: string = DEFAULT_HUB_HOST,
  files: readonly string[] = DEFAULT_HUB_FILES,
): Outcome<DownloadPlan> {
  if (!isHubModelId(modelId)) return { ok: false, error: `"${modelId}" is not a hub model id (owner/name)` };
  let origin: URL;
  try {
    origin = new URL(host);
  } catch {
    return { ok: false, error: `"${host}" is not a URL` };
  }
  if (origin.protocol !== 'https:' && origin.protocol !== 'http:') {
    return { ok: false, error: 'the host must be an http or https URL' };
  }
  if (origin.username || origin.password || origin.search || origin.hash || origin.pathname !== '/') {
    return { ok: false, error: 'the host must be an origin only, like https://huggingface.co' };
  }
  if (files.length === 0) return { ok: false, error: 'nothing to download' };
  const bad = files.find(
    (file) => !FILE.test(file) || file.split('/').some((part) => part === '..' || part === '.'),
  );
  if (bad !== undefined) return { ok: false, error: `"${bad}" is not a file path of the model` };
  const base = origin.origin;
  return {
    ok: true,
    value: {
      modelId,
      host: base,
      files: files.map((file) => ({ file, url: `${base}/${modelId}/resolve/main/${file}` })),
    },
  };
}

/** A shell word: left bare when it is plainly safe, else single-quoted. */
const shellWord = (value: string) =>
  /^[\w./:@-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;

/** The command the settings view shows: the app itself never reaches the network. */
export function downloadCommand(modelId: string, outDir: string, host: string = DEFAULT_HUB_HOST): string {
  const hostPart = host === DEFAULT_HUB_HOST ? '' : ` --host ${shellWord(host)}`;
  return `npm run loupe -- model download ${modelId}${hostPart} --out ${shellWord(outDir)}`;
}
