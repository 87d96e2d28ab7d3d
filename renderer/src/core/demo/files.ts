/** One entry of an export before it is zipped. */
export interface DemoFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/** The entries of one ZIP part. */
export interface DemoPart {
  readonly zipName: string;
  readonly files: readonly DemoFile[];
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/g;

/** The URLs written in a text, in order, without duplicates. */
export function linksIn(...texts: readonly (string | undefined)[]): string[] {
  const found = texts.flatMap((text) => (text ? (text.match(URL_PATTERN) ?? []) : []));
  return [...new Set(found)];
}
