import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkModelFolder,
  foreignLabelsOf,
  parseRegistry,
  withoutTopFolder,
  type FolderFile,
} from '../../../renderer/src/core/classify/registry';
import { REPO_ROOT } from '../../harness/paths';

const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(REPO_ROOT, path), 'utf8'));
const registryJson = () => readJson('models/registry.json') as { models: Record<string, unknown>[] };

describe('models/registry.json', () => {
  const parsed = parseRegistry(readJson('models/registry.json'));

  it('is valid and lists the bundled model', () => {
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const bundled = parsed.value.models.filter((model) => model.source === 'bundled');
    expect(bundled.map((model) => model.id)).toEqual(['loupe-mini']);
  });

  it('says what the bundled folder holds (update it when the model changes)', () => {
    if (!parsed.ok) throw new Error(parsed.error);
    for (const model of parsed.value.models.filter((entry) => entry.source === 'bundled')) {
      const folder = resolve(REPO_ROOT, 'models', model.folder);
      const loupe = readJson(`models/${model.folder}/loupe.json`) as { modelId: string; languages: string[] };
      expect(model.id).toBe(loupe.modelId);
      expect(model.languages).toEqual(loupe.languages);
      expect(model.sizeBytes).toBe(statSync(resolve(folder, 'onnx/model_quantized.onnx')).size);
      expect(model.modelCard && existsSync(resolve(folder, model.modelCard))).toBe(true);
    }
  });

  it('refuses a wrong version, duplicates, unsafe folders and paths, bad languages and sizes', () => {
    const entry = registryJson().models[0]!;
    const cases: [unknown, RegExp][] = [
      [{ version: 2, models: [] }, /version/],
      [{ version: 1 }, /models/],
      [{ version: 1, models: [entry, entry] }, /duplicate model id/],
      [{ version: 1, models: [entry, { ...entry, id: 'other' }] }, /duplicate folder/],
      [{ version: 1, models: [{ ...entry, folder: '../etc' }] }, /folder/],
      [{ version: 1, models: [{ ...entry, folder: 'a/b' }] }, /folder/],
      [{ version: 1, models: [{ ...entry, modelCard: '../secret.md' }] }, /modelCard/],
      [{ version: 1, models: [{ ...entry, modelCard: '/etc/passwd' }] }, /modelCard/],
      [{ version: 1, models: [{ ...entry, languages: [] }] }, /languages/],
      [{ version: 1, models: [{ ...entry, languages: ['English'] }] }, /language code/],
      [{ version: 1, models: [{ ...entry, sizeBytes: -1 }] }, /sizeBytes/],
      [{ version: 1, models: [{ ...entry, source: 'internet' }] }, /source/],
      [{ version: 1, models: [{ ...entry, licence: '' }] }, /licence/],
      [[], /not a JSON object/],
    ];
    for (const [value, error] of cases) {
      const result = parseRegistry(value);
      expect(result.ok, JSON.stringify(value)).toBe(false);
      if (!result.ok) expect(result.error).toMatch(error);
    }
  });
});

describe('checkModelFolder', () => {
  const config = { id2label: { '0': 'non-toxic', '1': 'toxic' } };
  const files: FolderFile[] = [
    { path: 'config.json', size: 700 },
    { path: 'tokenizer.json', size: 700_000 },
    { path: 'tokenizer_config.json', size: 300 },
    { path: 'onnx/model.onnx', size: 400_000_000 },
    { path: 'onnx/model_quantized.onnx', size: 100_000_000 },
    { path: 'onnx/model_fp16.onnx', size: 200_000_000 },
    { path: 'README.md', size: 2_000 },
    { path: 'pytorch_model.bin', size: 400_000_000 },
  ];

  it('keeps the int8 weights and the small files, and reads the labels in logit order', () => {
    const result = checkModelFolder(files, config);
    if (!result.ok) throw new Error(result.error);
    expect(result.value.onnxFile).toBe('onnx/model_quantized.onnx');
    expect(result.value.files.map((file) => file.path).sort()).toEqual(
      [
        'README.md',
        'config.json',
        'onnx/model_quantized.onnx',
        'tokenizer.json',
        'tokenizer_config.json',
      ].sort(),
    );
    expect(result.value.foreignLabels).toEqual(['non-toxic', 'toxic']);
    expect(result.value.sizeBytes).toBe(100_000_000);
    expect(result.value.modelCard).toBe('README.md');
    expect(result.value.hasLoupeJson).toBe(false);
  });

  it('falls back to fp32 weights when there are no int8 ones', () => {
    const result = checkModelFolder(
      files.filter((file) => file.path !== 'onnx/model_quantized.onnx'),
      config,
    );
    expect(result.ok && result.value.onnxFile).toBe('onnx/model.onnx');
  });

  it('refuses folders without the Hugging Face layout or readable labels', () => {
    const without = (path: string) => files.filter((file) => file.path !== path);
    expect(checkModelFolder(without('config.json'), config)).toMatchObject({
      ok: false,
      error: /config\.json/,
    });
    expect(checkModelFolder(without('tokenizer.json'), config)).toMatchObject({
      ok: false,
      error: /tokenizer/,
    });
    const noOnnx = files.filter(
      (file) => !['onnx/model.onnx', 'onnx/model_quantized.onnx'].includes(file.path),
    );
    expect(checkModelFolder(noOnnx, config)).toMatchObject({ ok: false, error: /onnx/ });
    expect(checkModelFolder(files, {})).toMatchObject({ ok: false, error: /id2label/ });
    expect(foreignLabelsOf({ id2label: { '0': 'a', '2': 'b' } })).toMatchObject({ ok: false });
    expect(foreignLabelsOf({ id2label: { '0': 'a', '1': 'a' } })).toMatchObject({
      ok: false,
      error: /twice/,
    });
  });

  it('ignores paths that could leave the folder', () => {
    const result = checkModelFolder([...files, { path: '../config.json', size: 1 }], config);
    expect(result.ok && result.value.files.some((file) => file.path.includes('..'))).toBe(false);
    expect(withoutTopFolder('my-model/onnx/model.onnx')).toBe('onnx/model.onnx');
  });

  it('accepts the bundled model folder as a user would pick it', () => {
    const folder = resolve(REPO_ROOT, 'models/loupe-mini');
    const paths = [
      'config.json',
      'tokenizer.json',
      'tokenizer_config.json',
      'loupe.json',
      'onnx/model_quantized.onnx',
    ];
    const picked = paths.map((path) => ({ path, size: statSync(resolve(folder, path)).size }));
    const result = checkModelFolder(picked, readJson('models/loupe-mini/config.json'));
    expect(result.ok && result.value.hasLoupeJson).toBe(true);
    expect(result.ok && result.value.foreignLabels.length).toBe(8);
  });
});

describe('userModelFolder', () => {
  it('makes a safe folder name, unique among the known folders', async () => {
    const { userModelFolder } = await import('../../../renderer/src/ui/services/user-models');
    const { isSafeFolderName } = await import('../../../renderer/src/core/classify/registry');
    expect(userModelFolder('Toxic BERT (v2)', [])).toBe('user-toxic-bert-v2');
    expect(userModelFolder('toxic-bert', ['user-toxic-bert', 'user-toxic-bert-2'])).toBe('user-toxic-bert-3');
    for (const name of ['../../etc', '..', '', '/', 'a/b\\c', '.hidden', 'é']) {
      const folder = userModelFolder(name, []);
      expect(isSafeFolderName(folder), `${name} → ${folder}`).toBe(true);
    }
  });
});
