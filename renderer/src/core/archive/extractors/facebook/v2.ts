import { isObject, objects, str, type Json } from '../../shapes';

/** The pieces of a Facebook `*_v2` item (archive-format.md §4.1). */
export interface V2Parts {
  /** `data[].post` texts, de-duplicated. */
  readonly posts: string[];
  /** Media captions (`attachments[].data[].media.description`). */
  readonly captions: string[];
  /** `data[].comment` objects. */
  readonly comments: Json[];
  /** `data[].text` values (search terms, story replies). */
  readonly texts: string[];
  /** `data[].name` and attachment `name`s (pages, groups). */
  readonly names: string[];
  /** Shared links' URLs and titles. */
  readonly links: { url: string | null; name: string | null }[];
}

export function v2Parts(record: Json): V2Parts {
  const parts: V2Parts = { posts: [], captions: [], comments: [], texts: [], names: [], links: [] };
  for (const data of objects(record.data)) {
    const post = str(data.post);
    if (post && !parts.posts.includes(post)) parts.posts.push(post);
    if (isObject(data.comment)) parts.comments.push(data.comment);
    const text = str(data.text);
    if (text) parts.texts.push(text);
    const name = str(data.name);
    if (name) parts.names.push(name);
  }
  for (const attachment of objects(record.attachments)) {
    for (const data of objects(attachment.data)) {
      if (isObject(data.media)) {
        const caption = str(data.media.description);
        if (caption && !parts.captions.includes(caption) && !parts.posts.includes(caption))
          parts.captions.push(caption);
      }
      if (isObject(data.external_context)) {
        parts.links.push({ url: str(data.external_context.url), name: str(data.external_context.name) });
      }
      const text = str(data.text);
      if (text) parts.texts.push(text);
      const name = str(data.name);
      if (name) parts.names.push(name);
    }
  }
  return parts;
}
