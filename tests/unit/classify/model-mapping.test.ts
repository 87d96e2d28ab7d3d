import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '@core/model';
import { createTransformersClassifier } from '@core/classify';
import { parseManifest, scoresOf } from '@core/classify/manifest';
import { nodeClassifierHost } from '../../../electron/cli/commands/classify';
import { bundledClassifier, MODEL_DIR } from './bundled-model';

const FOREIGN = { id2label: { 0: 'neutral', 1: 'toxic', 2: 'insult', 3: 'lie', 4: 'bait' } };
const MAPPING = {
  neutral: null,
  toxic: 'offensive',
  insult: 'offensive',
  lie: 'false_claim',
  bait: 'clickbait',
} as const;

describe('a model added with a label mapping', () => {
  it('parses a config whose labels are not Loupe’s when a mapping covers them, under the registry id', () => {
    const parsed = parseManifest('user-toxic', null, FOREIGN, null, {
      modelId: 'user-toxic',
      mapping: MAPPING,
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.modelId).toBe('user-toxic');
    expect(parsed.value.labels).toEqual(['divisive', 'offensive', 'misleading', 'false_claim', 'clickbait']);
    expect(parsed.value.mapping).toEqual({
      outputs: ['neutral', 'toxic', 'insult', 'lie', 'bait'],
      labels: MAPPING,
    });
    // Without the mapping the same config is refused; a mapping naming no parent label is too.
    expect(parseManifest('user-toxic', null, FOREIGN, null).ok).toBe(false);
    expect(
      parseManifest('user-toxic', null, FOREIGN, null, {
        mapping: { neutral: null, toxic: null, insult: null, lie: null, bait: null },
      }),
    ).toEqual({ ok: false, error: expect.stringMatching(/divisive or misleading/) });
    expect(parseManifest('m', null, FOREIGN, null, { mapping: { toxic: 'offensive' } }).ok).toBe(false);
  });

  it('keeps a model with Loupe’s own labels mapped onto themselves as it is (its parent outputs count)', () => {
    const config = { id2label: Object.fromEntries(LABELS.map((label, index) => [index, label])) };
    const identity = Object.fromEntries(LABELS.map((label) => [label, label]));
    const parsed = parseManifest('user-copy', null, config, null, {
      modelId: 'user-copy',
      mapping: identity,
    });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.mapping).toBeUndefined();
    expect(parsed.value.labels).toEqual(LABELS);
    expect(parsed.value.modelId).toBe('user-copy');
  });

  it('puts each output’s probability on its Loupe label, parents taking their sub-labels’, the rest 0', () => {
    const parsed = parseManifest('user-toxic', null, FOREIGN, null, { mapping: MAPPING });
    if (!parsed.ok) throw new Error(parsed.error);
    expect(scoresOf(parsed.value, [0.9, 0.2, 0.7, 0.6, 0.1])).toEqual({
      divisive: 0.7,
      hate: 0,
      offensive: 0.7,
      polarising: 0,
      misleading: 0.6,
      false_claim: 0.6,
      clickbait: 0.1,
      conspiracy: 0,
    });
  });

  it('scores real texts through the mapping on the bundled model (clickbait ignored, hate counted as offensive)', async () => {
    const mapping: Record<Label, Label | null> = {
      divisive: 'divisive',
      hate: 'offensive',
      offensive: 'offensive',
      polarising: 'polarising',
      misleading: 'misleading',
      false_claim: 'false_claim',
      clickbait: null,
      conspiracy: 'conspiracy',
    };
    const mapped = await createTransformersClassifier({
      ...nodeClassifierHost(MODEL_DIR),
      overrides: { modelId: 'user-remapped', mapping },
    });
    const texts = [
      { text: 'You are all idiots and liars, every single one of you' },
      { text: 'You won’t believe what this doctor found, the government hides it from you' },
      { text: 'Das ist eine Lüge der Regierung, glaubt ihnen kein Wort' },
    ];
    const [own, remapped] = [await (await bundledClassifier()).classify(texts), await mapped.classify(texts)];
    expect(mapped.modelId).toBe('user-remapped');
    expect(remapped[2]).toMatchObject({ status: 'unsupported_language', scores: null });
    for (const [index, output] of remapped.slice(0, 2).entries()) {
      const raw = own[index]!.scores!;
      const offensive = Math.max(raw.hate, raw.offensive);
      expect(output.scores).toEqual({
        ...raw,
        hate: 0,
        offensive,
        clickbait: 0,
        divisive: Math.max(raw.divisive, offensive, raw.polarising),
        misleading: Math.max(raw.misleading, raw.false_claim, raw.conspiracy),
      });
      expect(Object.keys(output.scores!).sort()).toEqual([...LABELS].sort());
    }
    await mapped.dispose();
  });
});
