import { parseManifest } from '../../core/classify/manifest';
import { parseRegistry, type RegistryEntry } from '../../core/classify/registry';
import type { ModelManifest } from '../../core/classify/types';
import registryJson from '../../../../models/registry.json';

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

/** `models/registry.json`, validated at build time by the unit tests and again here. */
export function bundledRegistry(): readonly RegistryEntry[] {
  const parsed = parseRegistry(registryJson);
  if (!parsed.ok) throw new Error(`models/registry.json: ${parsed.error}`);
  return parsed.value.models;
}

/**
 * The folder of the bundled model the user selected (`selectedModelId`). Anything else (no choice yet, an
 * unknown id) falls back to the bundled default; models added from a folder are looked up by the caller.
 */
export function runnableModelFolder(selectedModelId: string | null): string {
  const entry = bundledRegistry().find((model) => model.id === selectedModelId);
  return entry?.folder ?? BUNDLED_MODEL_FOLDER;
}
