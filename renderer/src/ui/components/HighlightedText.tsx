export interface WeightedSpan {
  readonly start: number;
  readonly end: number;
  /** Positive weights pushed the score up. */
  readonly weight: number;
}

/**
 * Shows archive text with the words that drove a score highlighted. The text is only ever placed in text
 * nodes: React escapes it, so markup in an archive stays inert.
 */
export function HighlightedText({ text, spans }: { text: string; spans: readonly WeightedSpan[] }) {
  const positive = spans.filter((span) => span.weight > 0).sort((a, b) => a.start - b.start);
  const max = Math.max(1e-9, ...positive.map((span) => span.weight));
  const parts: { text: string; weight: number }[] = [];
  let cursor = 0;
  for (const span of positive) {
    if (span.start < cursor || span.end > text.length) continue;
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), weight: 0 });
    parts.push({ text: text.slice(span.start, span.end), weight: span.weight / max });
    cursor = span.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), weight: 0 });
  return (
    <p className="item-text" data-testid="item-text">
      {parts.map((part, index) =>
        part.weight > 0 ? (
          <mark key={index} style={{ background: `rgba(164, 55, 43, ${0.15 + 0.55 * part.weight})` }}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
