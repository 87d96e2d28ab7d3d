import type { Page } from 'playwright-core';
import { PAYLOAD_SELECTORS } from './payloads';

/**
 * Installed before any app code runs (page.addInitScript): a MutationObserver that records every element
 * inserted, or attribute set, that could run code or load something: event-handler attributes, script-like
 * URLs, and elements the app never creates. Kept as a string so no test-side transform leaks into the page.
 */
export const DOM_WATCH_SCRIPT = `(() => {
  const seen = [];
  Object.defineProperty(window, '__loupeActiveInsertions', { value: seen });
  const ACTIVE_TAGS = new Set(['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FRAME', 'META']);
  const URL_ATTRS = /^(href|src|action|formaction|data|xlink:href|srcdoc)$/i;
  const SCRIPT_URL = /^\\s*(javascript|vbscript|data:text\\/html)/i;
  const appScript = (el) => el.tagName === 'SCRIPT' && el.src && new URL(el.src).origin === location.origin;
  const check = (el) => {
    if (!(el instanceof Element)) return;
    if (el.tagName === 'SCRIPT' && !appScript(el)) seen.push('SCRIPT ' + el.outerHTML.slice(0, 80));
    if (ACTIVE_TAGS.has(el.tagName) && document.readyState === 'complete') seen.push(el.tagName);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) seen.push(el.tagName + ' ' + attr.name);
      else if (URL_ATTRS.test(attr.name) && SCRIPT_URL.test(attr.value)) seen.push(el.tagName + ' ' + attr.name + '=' + attr.value.slice(0, 40));
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') check(record.target);
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        check(node);
        for (const inner of node.querySelectorAll('*')) check(inner);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export async function activeInsertions(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __loupeActiveInsertions: string[] }).__loupeActiveInsertions,
  );
}

/** Elements in the live DOM that only a payload could have put there, and scripts that are not the app's. */
export async function payloadElements(page: Page): Promise<string[]> {
  return page.evaluate(
    (selectors) => {
      const found = selectors.flatMap((selector) =>
        [...document.querySelectorAll(selector)].map((el) => `${selector}: ${el.outerHTML.slice(0, 80)}`),
      );
      for (const script of document.querySelectorAll('script')) {
        if (!script.src || new URL(script.src).origin !== location.origin)
          found.push(`script: ${script.outerHTML.slice(0, 80)}`);
      }
      return found;
    },
    [...PAYLOAD_SELECTORS],
  );
}
