const encoder = new TextEncoder();

/** Every non-ASCII character of a serialised JSON text, written as Meta does: one `\u00XX` escape per UTF-8 byte. */
export function escapeLikeMeta(json: string): string {
  return json.replace(/[\u0080-\u{10ffff}]/gu, (character) =>
    Array.from(encoder.encode(character), (byte) => `\\u00${byte.toString(16).padStart(2, '0')}`).join(''),
  );
}

/**
 * Serialises a value the way Meta's exporter does: pretty-printed with two spaces and the UTF-8 mojibake applied
 * to every string, keys included. Non-ASCII only ever occurs inside JSON strings, so a pass over the text is exact.
 */
export function toMetaJson(value: unknown): string {
  return escapeLikeMeta(JSON.stringify(value, null, 2));
}
