import type { Language } from './texts';

/** A labelled value (the HTML form of a `string_map_data` entry); `at` makes it a date row. */
export interface HtmlField {
  readonly label: string;
  readonly value?: string;
  readonly href?: string;
  readonly at?: number;
}

/** One record of an HTML export page. */
export interface HtmlBlock {
  readonly heading?: string;
  readonly text?: string;
  readonly link?: string;
  /** The words of the link (its URL when absent). */
  readonly linkText?: string;
  readonly fields?: readonly HtmlField[];
  readonly at?: number;
}

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

/** Meta's human date strings, without seconds or zone: "Jan 05, 2024 3:14 pm", "5 janv. 2024 15:14" (UTC here). */
export function formatHtmlDate(ms: number, locale: Language): string {
  const date = new Date(ms);
  const month = MONTHS[locale][date.getUTCMonth()] as string;
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  if (locale === 'fr') {
    return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()} ${String(date.getUTCHours()).padStart(2, '0')}:${minutes}`;
  }
  const hours = date.getUTCHours();
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${month} ${day}, ${date.getUTCFullYear()} ${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'am' : 'pm'}`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}

const anchor = (href: string, text = href): string =>
  `<a target="_blank" href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function fieldRow(field: HtmlField, locale: Language): string {
  if (field.at !== undefined) {
    return `<tr><td class="_2pin _a6_q">${escapeHtml(field.label)}</td><td class="_2pin _2piu _a6_r">${formatHtmlDate(field.at, locale)}</td></tr>`;
  }
  const value = field.href ? anchor(field.href, field.value) : escapeHtml(field.value ?? '');
  return `<tr><td colspan="2" class="_2pin _a6_q">${escapeHtml(field.label)}<div><div>${value}</div></div></td></tr>`;
}

function block(entry: HtmlBlock, locale: Language): string {
  const parts = ['<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">'];
  if (entry.heading !== undefined)
    parts.push(`<h2 class="_3-95 _2pim _a6-h _a6-i">${escapeHtml(entry.heading)}</h2>`);
  const content: string[] = [];
  if (entry.text !== undefined || entry.link !== undefined) {
    const link = entry.link ? `<div>${anchor(entry.link, entry.linkText)}</div>` : '<div></div>';
    content.push(`<div><div></div><div>${escapeHtml(entry.text ?? '')}</div>${link}<div></div></div>`);
  }
  if (entry.fields?.length) {
    const rows = entry.fields.map((field) => fieldRow(field, locale)).join('');
    content.push(`<table style="table-layout: fixed;">${rows}</table>`);
  }
  parts.push(`<div class="_3-95 _a6-p">${content.join('')}</div>`);
  parts.push(
    `<div class="_3-94 _a6-o">${entry.at === undefined ? '' : formatHtmlDate(entry.at, locale)}</div>`,
  );
  parts.push('</div>');
  return parts.join('');
}

const STYLE =
  '._a6-g{margin:12px 0}._a6-h{font-weight:600}._a6-o{color:#8a8d91;font-size:12px}._a706{max-width:720px;margin:auto}';

/** A page of a Meta HTML export: obfuscated class names, one block per record, no script. */
export function htmlPage(options: {
  readonly title: string;
  readonly locale: Language;
  readonly participants?: readonly string[];
  readonly blocks: readonly HtmlBlock[];
}): string {
  const { title, locale } = options;
  const header = [`<div class="_a70e">${escapeHtml(title)}</div>`];
  if (options.participants) {
    const label = locale === 'fr' ? 'Participants :' : 'Participants:';
    header.push(`<div class="_3b0d">${label} ${escapeHtml(options.participants.join(', '))}</div>`);
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}"><head><meta charset="utf-8" /><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>`,
    '<body class="_5vb_ _2yq _a7o5"><div class="clearfix _ikh"><div class="_4bl9"><div class="_li"><div class="_a705">',
    `<div class="_a70d">${header.join('')}</div><div class="_a706" role="main">`,
    ...options.blocks.map((entry) => block(entry, locale)),
    '</div></div></div></div></div></body></html>',
  ].join('\n');
}
