/** Markup built by `html`; anything else interpolated into it is escaped as text. */
export interface SafeHtml {
  readonly __html: string;
}

type Interpolated = string | number | null | undefined | SafeHtml | readonly SafeHtml[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text as HTML text or attribute value: every markup character becomes an entity. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"'`]/g, (char) => ENTITIES[char]!);

const isSafe = (value: unknown): value is SafeHtml =>
  typeof value === 'object' && value !== null && '__html' in value;

function render(value: Interpolated): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((part: SafeHtml) => part.__html).join('');
  if (isSafe(value)) return value.__html;
  return escapeHtml(String(value));
}

/** A template tag that escapes every interpolated value unless it is itself `SafeHtml`. */
export function html(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { __html: out };
}
