import {
  LABELS,
  PARENT_LABELS,
  SUB_LABELS,
  isLabel,
  parentOf,
  type Label,
  type LabelScores,
} from '../../model';
import type { Outcome } from '../types';

/** Each of a foreign model's labels → one of Loupe's labels, or null (ignored). */
export type LabelMapping = Readonly<Record<string, Label | null>>;

/** Common label names of public classifiers; anything else starts out ignored. */
const SYNONYMS: Readonly<Record<string, Label>> = {
  toxic: 'offensive',
  toxicity: 'offensive',
  severe_toxic: 'offensive',
  insult: 'offensive',
  obscene: 'offensive',
  offensive: 'offensive',
  abusive: 'offensive',
  identity_hate: 'hate',
  hate_speech: 'hate',
  hateful: 'hate',
  threat: 'offensive',
  fake: 'false_claim',
  false: 'false_claim',
  misinformation: 'misleading',
  propaganda: 'misleading',
  polarizing: 'polarising',
};

const key = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A first mapping: Loupe's own names map to themselves, known synonyms to theirs, the rest is ignored. */
export function suggestMapping(foreignLabels: readonly string[]): LabelMapping {
  return Object.fromEntries(
    foreignLabels.map((name) => {
      const normal = key(name);
      return [name, isLabel(normal) ? normal : (SYNONYMS[normal] ?? null)];
    }),
  );
}

/** Loupe's labels that get a score: the mapped ones, and a parent whenever one of its sub-labels is mapped. */
export function coveredLabels(mapping: LabelMapping): Label[] {
  const targets = Object.values(mapping).filter((label): label is Label => label !== null);
  const covered = new Set<Label>(targets);
  for (const label of targets) covered.add(parentOf(label));
  return LABELS.filter((label) => covered.has(label));
}

/**
 * A mapping is usable when it covers every foreign label with a Loupe label or null, and at least one
 * parent label (divisive, misleading) is mapped, directly or through one of its sub-labels.
 */
export function validateMapping(
  foreignLabels: readonly string[],
  mapping: LabelMapping,
): Outcome<LabelMapping> {
  for (const name of foreignLabels) {
    const target = mapping[name];
    if (target === undefined) return { ok: false, error: `no choice for label "${name}"` };
    if (target !== null && !isLabel(target))
      return { ok: false, error: `"${String(target)}" is not a Loupe label` };
  }
  const extra = Object.keys(mapping).find((name) => !foreignLabels.includes(name));
  if (extra !== undefined) return { ok: false, error: `the model has no label "${extra}"` };
  const covered = coveredLabels(mapping);
  if (!PARENT_LABELS.some((parent) => covered.includes(parent))) {
    return {
      ok: false,
      error: 'map at least one label onto divisive or misleading (or one of their sub-labels)',
    };
  }
  return { ok: true, value: Object.fromEntries(foreignLabels.map((name) => [name, mapping[name] ?? null])) };
}

/**
 * Turns a foreign model's probabilities into Loupe's eight: each label takes the highest probability of
 * the foreign labels mapped onto it; a parent also takes its sub-labels' (a hateful text is divisive).
 * Labels nothing maps onto score 0, so they never flag.
 */
export function applyMapping(
  probabilities: Readonly<Record<string, number>>,
  mapping: LabelMapping,
): LabelScores {
  const scores = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const [name, target] of Object.entries(mapping)) {
    const probability = probabilities[name];
    if (target === null || probability === undefined) continue;
    scores[target] = Math.max(scores[target], probability);
  }
  for (const parent of PARENT_LABELS) {
    scores[parent] = Math.max(scores[parent], ...SUB_LABELS[parent].map((label) => scores[label]));
  }
  return scores;
}
