import { repairMojibake } from '@core/archive';
import { demoFiles, writeZip, type NamedZip } from '../hostile';
import { HOSTILE_FOLDER, HOSTILE_URLS, LONG_PAYLOAD, TEXT_PAYLOADS } from './payloads';

/** Keys whose string values are archive text (what people wrote, names, titles, labels of things seen). */
const TEXT_KEYS = new Set([
  'value',
  'title',
  'sender_name',
  'content',
  'name',
  'advertiser_name',
  'share_text',
  'original_content_owner',
]);
const URL_KEYS = new Set(['href', 'link']);
/** The archive owner stays who they are, so that directions stay right. */
const isOwner = (text: string) => /camille/i.test(text);

/** Meta's serialisation: every non-ASCII character as the `\u00XX` escapes of its UTF-8 bytes. */
const toMetaJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(/[\u0080-\uffff]/g, (char) =>
    [...new TextEncoder().encode(char)].map((byte) => `\\u00${byte.toString(16).padStart(2, '0')}`).join(''),
  );

function poison(doc: unknown, next: { text: number; url: number }): unknown {
  if (Array.isArray(doc)) return doc.map((element) => poison(element, next));
  if (!doc || typeof doc !== 'object') return doc;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (typeof value === 'string' && TEXT_KEYS.has(key) && !isOwner(repairMojibake(value))) {
      const payloads = [...TEXT_PAYLOADS, LONG_PAYLOAD];
      out[key] = payloads[next.text++ % payloads.length];
    } else if (typeof value === 'string' && URL_KEYS.has(key)) {
      out[key] = HOSTILE_URLS[next.url++ % HOSTILE_URLS.length];
    } else {
      out[key] = poison(value, next);
    }
  }
  return out;
}

/**
 * The demo Instagram JSON export with every text, name, title and link replaced by hostile markup, Meta-
 * encoded, one file with `<` written as `\u003c`, and one thread copied under a folder named with markup.
 */
export async function hostileTextExport(): Promise<NamedZip> {
  const next = { text: 0, url: 0 };
  const files: { path: string; content: string | Uint8Array }[] = [];
  for (const file of demoFiles('instagram-json')) {
    if (
      !file.path.endsWith('.json') ||
      file.path.includes('personal_information') ||
      typeof file.content !== 'string'
    ) {
      files.push(file);
      continue;
    }
    // Parsing a Meta file gives mojibake strings; payloads are inserted repaired, then all is re-encoded.
    const doc = poison(
      JSON.parse(file.content, (_key, value: unknown) =>
        typeof value === 'string' ? repairMojibake(value) : value,
      ),
      next,
    );
    let content = toMetaJson(doc);
    if (file.path.includes('post_comments'))
      content = content.replaceAll('<', '\\u003c').replaceAll('>', '\\u003e');
    files.push({ path: file.path, content });
    if (file.path.includes('/inbox/mariedupont_')) {
      files.push({ path: file.path.replace(/inbox\/[^/]+\//, `inbox/${HOSTILE_FOLDER}/`), content });
    }
  }
  return { name: 'instagram-camille.lefevre-2026-01-12-HOSTILE.zip', bytes: await writeZip(files) };
}
