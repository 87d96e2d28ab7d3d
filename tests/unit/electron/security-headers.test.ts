import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../electron/shared/headers';

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

const csp = directives(CONTENT_SECURITY_POLICY);
const KEYWORDS = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

describe('Content-Security-Policy', () => {
  it('names no remote origin, wildcard or scheme other than data: and blob:', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) {
        const allowed = KEYWORDS.has(source) || LOCAL_SCHEMES.has(source);
        expect(allowed, `${name} allows ${source}`).toBe(true);
      }
    }
  });

  it('lets only same-origin scripts run, plus WebAssembly compilation', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('allows same-origin workers, which the classifier runs in', () => {
    expect(csp.get('worker-src')).toEqual(["'self'"]);
  });

  it('keeps fetch, XHR and WebSocket on the app origin', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('SECURITY_HEADERS', () => {
  it('makes the page cross-origin isolated and carries the CSP', () => {
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(SECURITY_HEADERS['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    expect(SECURITY_HEADERS['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
