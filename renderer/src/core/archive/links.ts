const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/gi;
const TRAILING = /[.,;:!?…»”’]+$/;

const NO_LINKS: readonly string[] = Object.freeze([]);
const MAY_HAVE_LINK = /https?:\/\/|www\./i;

/** URLs found in free text, in order, without duplicates or trailing punctuation. */
export function findLinks(
  text: string,
  extra: readonly (string | null | undefined)[] = [],
): readonly string[] {
  if (!MAY_HAVE_LINK.test(text) && !extra.some(Boolean)) return NO_LINKS;
  const found = new Set<string>();
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, '');
    if (url.length > 7) found.add(url);
  }
  for (const url of extra) if (url && /^https?:\/\//i.test(url)) found.add(url);
  return [...found];
}
