import { parseManifest } from '../../core/classify/manifest';
import type { ModelManifest } from '../../core/classify/types';

export const BUNDLED_MODEL_FOLDER = 'loupe-mini';

let bundled: Promise<ModelManifest> | null = null;

async function readJson(folder: string, name: string): Promise<unknown> {
  const response = await fetch(`/models/${folder}/${name}`);
  return response.ok ? ((await response.json()) as unknown) : null;
}

/** The bundled model's manifest (`loupe.json` and the HF config files), fetched once from the app's origin. */
export function bundledManifest(): Promise<ModelManifest> {
  bundled ??= (async () => {
    const folder = BUNDLED_MODEL_FOLDER;
    const [loupe, config, tokenizerConfig] = await Promise.all([
      readJson(folder, 'loupe.json'),
      readJson(folder, 'config.json'),
      readJson(folder, 'tokenizer_config.json'),
    ]);
    const result = parseManifest(folder, loupe, config, tokenizerConfig);
    if (!result.ok) throw new Error(result.error);
    return result.value;
  })();
  return bundled;
}
