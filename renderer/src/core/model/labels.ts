/** The classifier's labels, in the order of the bundled model's output. */
export const LABELS = [
  'divisive',
  'hate',
  'offensive',
  'polarising',
  'misleading',
  'false_claim',
  'clickbait',
  'conspiracy',
] as const;
export type Label = (typeof LABELS)[number];

export const PARENT_LABELS = ['divisive', 'misleading'] as const;
export type ParentLabel = (typeof PARENT_LABELS)[number];

export const SUB_LABELS: Readonly<Record<ParentLabel, readonly Label[]>> = {
  divisive: ['hate', 'offensive', 'polarising'],
  misleading: ['false_claim', 'clickbait', 'conspiracy'],
};

export function parentOf(label: Label): ParentLabel {
  if (label === 'divisive' || label === 'misleading') return label;
  return SUB_LABELS.divisive.includes(label) ? 'divisive' : 'misleading';
}

export const isLabel = (value: unknown): value is Label =>
  typeof value === 'string' && (LABELS as readonly string[]).includes(value);

export type LabelScores = Readonly<Record<Label, number>>;
export type Thresholds = Readonly<Record<Label, number>>;
