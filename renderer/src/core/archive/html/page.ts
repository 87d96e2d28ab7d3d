import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { EpochMs } from '../../model';
import { tidyText } from '../text';
import { parseHtmlDate } from './dates';

/** One key/value row of a table (the HTML form of `string_map_data`). */
export interface HtmlRow {
  readonly label: string;
  readonly value: string;
  readonly href: string | null;
  readonly time: EpochMs | null;
}

/** One item box of an HTML export page. */
export interface HtmlBlock {
  readonly heading: string | null;
  /** The content text, lines kept (reactions and tables excluded). */
  readonly text: string | null;
  /**
   * Messages: the text of the content's second child div, where Meta puts the message itself (the following
   * children hold attachments, shared links and reactions). Null when the block has another structure.
   */
  readonly messageText: string | null;
  readonly date: string | null;
  readonly time: EpochMs | null;
  readonly rows: readonly HtmlRow[];
  readonly links: readonly string[];
}

export interface HtmlPage {
  readonly title: string | null;
  readonly participants: readonly string[];
  readonly blocks: readonly HtmlBlock[];
}

const BLOCK_BREAK = new Set([
  'div',
  'p',
  'br',
  'li',
  'tr',
  'td',
  'h1',
  'h2',
  'h3',
  'h4',
  'section',
  'table',
  'ul',
]);

const classes = (element: Element): string[] => (element.attribs.class ?? '').split(/\s+/);
const hasClass = (element: Element, ...names: string[]) =>
  classes(element).some((name) => names.includes(name));
const isElement = (node: ChildNode): node is Element => node.type === 'tag';

/** Text of a subtree, with line breaks between block elements; `skip` prunes subtrees. */
function textOf(node: ChildNode, skip: (element: Element) => boolean = () => false): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || skip(node) || node.name === 'script' || node.name === 'style') return '';
  const inner = node.children.map((child) => textOf(child, skip)).join('');
  return BLOCK_BREAK.has(node.name) ? `\n${inner}\n` : inner;
}

function find(node: ChildNode, test: (element: Element) => boolean): Element | null {
  if (!isElement(node)) return null;
  if (test(node)) return node;
  for (const child of node.children) {
    const found = find(child, test);
    if (found) return found;
  }
  return null;
}

function findAll(
  node: ChildNode,
  test: (element: Element) => boolean,
  out: Element[] = [],
  descend = true,
): Element[] {
  if (!isElement(node)) return out;
  if (test(node)) {
    out.push(node);
    if (!descend) return out;
  }
  for (const child of node.children) findAll(child, test, out, descend);
  return out;
}

const clean = (text: string): string | null => {
  const tidy = tidyText(text);
  return tidy === '' ? null : tidy;
};

const isBlock = (element: Element) =>
  hasClass(element, '_a6-g') || (hasClass(element, 'pam') && hasClass(element, 'uiBoxWhite'));
const isHeading = (element: Element) => element.name === 'h2' || hasClass(element, '_a6-h', '_2pio');
const isDate = (element: Element) => hasClass(element, '_a6-o', '_a72d', '_3-94', '_2lem');
const isContent = (element: Element) => hasClass(element, '_a6-p', '_2let');
const isReactions = (element: Element) => element.name === 'ul' || hasClass(element, '_a6-q', '_tqp');

function rowsOf(block: Element): HtmlRow[] {
  const rows: HtmlRow[] = [];
  for (const tr of findAll(block, (element) => element.name === 'tr')) {
    const cells = tr.children.filter(isElement).filter((element) => element.name === 'td');
    let label: string | null = null;
    let valueNode: ChildNode | null = null;
    if (cells.length >= 2) {
      label = clean(textOf(cells[0]!));
      valueNode = cells[1]!;
    } else if (cells.length === 1) {
      const cell = cells[0]!;
      label = clean(
        cell.children
          .filter((child) => child.type === 'text')
          .map((child) => textOf(child))
          .join(''),
      );
      valueNode = cell.children.find(isElement) ?? null;
    }
    if (!label || !valueNode) continue;
    const value = clean(textOf(valueNode)) ?? '';
    const anchor = find(valueNode, (element) => element.name === 'a');
    rows.push({ label, value, href: anchor?.attribs.href ?? null, time: parseHtmlDate(value) });
  }
  return rows;
}

function messageTextOf(content: Element): string | null {
  const wrappers = content.children.filter(isElement);
  if (wrappers.length !== 1 || wrappers[0]!.name !== 'div') return null;
  const parts = wrappers[0]!.children.filter(isElement);
  if (parts.length < 2 || parts.some((part) => part.name !== 'div')) return null;
  return clean(textOf(parts[1]!));
}

function blockOf(element: Element): HtmlBlock {
  const heading = find(element, isHeading);
  const date = find(element, isDate);
  const content = find(element, isContent);
  const skipInContent = (node: Element) =>
    node.name === 'table' || isReactions(node) || isDate(node) || isHeading(node);
  const text = content ? clean(textOf(content, skipInContent)) : null;
  const dateText = date ? clean(textOf(date)) : null;
  const links = findAll(
    element,
    (node) => node.name === 'a' && /^https?:/i.test(node.attribs.href ?? ''),
  ).map((anchor) => anchor.attribs.href!);
  return {
    heading: heading ? clean(textOf(heading)) : null,
    text,
    messageText: content ? messageTextOf(content) : null,
    date: dateText,
    time: dateText ? parseHtmlDate(dateText) : null,
    rows: rowsOf(element),
    links,
  };
}

/**
 * Reads an HTML export page with htmlparser2 (workers have no DOMParser). Class names are obfuscated and
 * change, so they are used as hints for the known generations (archive-format.md §10) and nothing is
 * rendered: the page is untrusted.
 */
export function parseHtmlPage(html: string): HtmlPage {
  const document = parseDocument(html);
  const roots = document.children;
  const title = roots.map((node) => find(node, (element) => element.name === 'title')).find(Boolean) ?? null;
  const blockElements = roots.flatMap((node) => findAll(node, isBlock, [], false));
  const participantsNode = roots
    .map((node) => find(node, (element) => hasClass(element, '_3b0d')))
    .find(Boolean);
  const participantsText = participantsNode ? (clean(textOf(participantsNode)) ?? '') : '';
  const participants = participantsText
    .replace(/^[^:]*:\s*/, '')
    .split(/,\s*|\s+(?:and|et)\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
  return {
    title: title ? clean(textOf(title)) : null,
    participants,
    blocks: blockElements.map(blockOf),
  };
}
