import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '@core/archive';
import { parseHtmlPage, type HtmlPage } from '../../../renderer/src/core/archive/html/page';
import { emptyOutput } from '../../../renderer/src/core/archive/extractors/types';
import { ownerFrom } from '../../../renderer/src/core/archive/owner';
import { configureFuzz } from './fuzz-config';
import { expectPlainRecords } from './records';

configureFuzz(200);

const TAGS = [
  'div',
  'span',
  'a',
  'table',
  'tr',
  'td',
  'h2',
  'ul',
  'li',
  'br',
  'p',
  'title',
  'script',
  'style',
  'img',
  'svg',
  'iframe',
  'b',
];
const CLASSES = [
  '_a6-g',
  '_a6-h',
  '_2pio',
  '_a6-o',
  '_a72d',
  '_3-94',
  '_2lem',
  '_a6-p',
  '_2let',
  '_a6-q',
  '_tqp',
  'pam',
  'uiBoxWhite',
  '_3b0d',
  'x',
];
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '&lt;b&gt;',
  '&#60;svg onload=alert(1)&#62;',
  '\u202e\u200bx',
  'Caf\u00c3\u00a9',
  '"><',
];

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...PAYLOADS));
const attribute = fc.oneof(
  fc.constantFrom(...CLASSES).map((name) => `class="${name}"`),
  fc.constantFrom(
    'href="https://example.org/a"',
    'href="javascript:alert(1)"',
    'onclick="alert(1)"',
    'onerror="x()"',
    'src="x"',
    "href='\"<>'",
  ),
);

/** Random, often malformed HTML: nested tags with Meta's class hints, payloads, unclosed and stray tags. */
const html: fc.Arbitrary<string> = fc.letrec<{ node: string; nodes: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), tie('nodes'), fc.boolean())
      .map(
        ([tag, attributes, inner, close]) =>
          `<${[tag, ...attributes].join(' ')}>${inner}${close ? `</${tag}>` : ''}`,
      ),
    fc.constantFrom('</div>', '<', '<!--', '-->', '<![CDATA[x]]>', '<!doctype html>'),
  ),
  nodes: fc.array(tie('node'), { maxLength: 5 }).map((nodes) => nodes.join('')),
})).nodes;

const HTML_EXTRACTORS = EXTRACTORS.filter((extractor) => extractor.html);

function extractAll(page: HtmlPage): void {
  for (const extractor of HTML_EXTRACTORS) {
    const out = emptyOutput();
    extractor.html!(page, out, {
      platform: extractor.platform,
      relKey: 'x.html',
      owner: ownerFrom(['Camille']),
    });
    extractor.ownerHtml?.(page);
    extractor.participantsHtml?.(page);
    expectPlainRecords(out);
  }
}

/** The page model holds strings and numbers only: markup never comes out as element objects. */
function expectPlainPage(page: HtmlPage): void {
  expect(page.title === null || typeof page.title === 'string').toBe(true);
  for (const name of page.participants) expect(typeof name).toBe('string');
  for (const block of page.blocks) {
    for (const value of [block.heading, block.text, block.messageText, block.date]) {
      expect(value === null || typeof value === 'string').toBe(true);
    }
    for (const link of block.links) expect(link).toMatch(/^https?:/i);
    for (const row of block.rows) {
      expect([row.label, row.value].every((value) => typeof value === 'string')).toBe(true);
      expect(row.href === null || typeof row.href === 'string').toBe(true);
    }
  }
}

describe('HTML page reader and extractors on random HTML', () => {
  it('reach the extractors: there are HTML extractors to fuzz', () => {
    expect(HTML_EXTRACTORS.length).toBeGreaterThan(20);
  });

  it('never throw, and return plain strings only', () => {
    fc.assert(
      fc.property(html, (source) => {
        const page = parseHtmlPage(source);
        expectPlainPage(page);
        extractAll(page);
      }),
    );
  });

  it('inside a Meta page skeleton (so blocks are found): never throw, links are http(s) only', () => {
    fc.assert(
      fc.property(fc.array(html, { minLength: 1, maxLength: 4 }), (bodies) => {
        const blocks = bodies
          .map(
            (body) =>
              `<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_a6-h">${body}</h2><div class="_a6-p">${body}</div><div class="_a6-o">Jan 12, 2025 3:04 pm</div></div>`,
          )
          .join('');
        const page = parseHtmlPage(
          `<html><head><title>${bodies[0]}</title></head><body>${blocks}</body></html>`,
        );
        expectPlainPage(page);
        extractAll(page);
      }),
    );
  });

  it('script and style bodies never reach the text', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[<>&]/.test(s) && s.trim() !== ''),
        (secret) => {
          const marker = `SCRIPT${secret}`;
          const page = parseHtmlPage(
            `<div class="_a6-g"><div class="_a6-p">visible<script>${marker}</script><style>${marker}</style></div></div>`,
          );
          expect(page.blocks[0]!.text).toBe('visible');
        },
      ),
      { numRuns: 50 },
    );
  });
});
