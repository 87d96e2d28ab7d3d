import { describe, expect, it } from 'vitest';
import {
  DEAD_DICTIONARY_URL,
  DEAD_PROXY,
  disableSpellChecker,
  lockDownNetwork,
} from '../../../electron/main/network-lockdown';
import { isRequestAllowed, type RequestPolicy } from '../../../electron/main/request-policy';
import { FakeSession } from './fakes';

const packaged: RequestPolicy = { allowDevtools: false, devServerOrigin: null };
const development: RequestPolicy = { allowDevtools: true, devServerOrigin: 'http://localhost:5173' };

const LEAVING_THE_MACHINE = [
  'https://huggingface.co/Xenova/model/resolve/main/config.json',
  'http://example.com/',
  'https://cdn.jsdelivr.net/npm/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'ftp://example.com/file',
  'file:///etc/passwd',
  'http://127.0.0.1:8080/',
  'http://localhost:5173/',
  'app://elsewhere/index.html',
  'chrome://gpu',
  'chrome-extension://abcdef/background.js',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
];

describe('isRequestAllowed', () => {
  it.each(LEAVING_THE_MACHINE)('cancels %s in the packaged app', (url) => {
    expect(isRequestAllowed(url, packaged)).toBe(false);
  });

  it.each([
    'app://loupe/index.html',
    'app://loupe/models/loupe/onnx/model_quantized.onnx',
    'app://loupe/archives/AAAA',
    'data:text/plain,hello',
    'blob:app://loupe/6f1c2a1e-0000-4000-8000-000000000000',
  ])('lets %s through', (url) => {
    expect(isRequestAllowed(url, packaged)).toBe(true);
  });

  it('allows DevTools and the loopback dev server (and its HMR socket) only in development', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', development)).toBe(true);
    expect(isRequestAllowed('http://localhost:5173/src/main.tsx', development)).toBe(true);
    expect(isRequestAllowed('ws://localhost:5173/', development)).toBe(true);
    expect(isRequestAllowed('http://localhost:5174/', development)).toBe(false);
    expect(isRequestAllowed('https://example.com/', development)).toBe(false);
  });
});

describe('lockDownNetwork', () => {
  it('filters every URL at the session and cancels what is not the app', async () => {
    const session = new FakeSession();
    await lockDownNetwork(session.asSession(), packaged);
    expect(session.beforeRequestFilter).toEqual({ urls: ['<all_urls>'] });
    for (const url of LEAVING_THE_MACHINE) expect(session.wouldCancel(url), url).toBe(true);
    expect(session.wouldCancel('app://loupe/index.html')).toBe(false);
    expect(session.wouldCancel('blob:app://loupe/1234')).toBe(false);
  });

  it('routes anything that slips past the filter, loopback included, to a dead proxy', async () => {
    const session = new FakeSession();
    await lockDownNetwork(session.asSession(), packaged);
    expect(session.proxy).toEqual({
      mode: 'fixed_servers',
      proxyRules: DEAD_PROXY,
      proxyBypassRules: '<-loopback>',
    });
    expect(DEAD_PROXY).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('keeps the dead proxy in development but lets the loopback dev server bypass it', async () => {
    const session = new FakeSession();
    await lockDownNetwork(session.asSession(), development);
    expect(session.proxy?.proxyRules).toBe(DEAD_PROXY);
    expect(session.proxy?.proxyBypassRules).toBe('');
  });
});

describe('disableSpellChecker', () => {
  it('turns the spell checker off and points dictionary downloads at a dead loopback port', () => {
    const session = new FakeSession();
    disableSpellChecker(session.asSession());
    expect(session.spellCheckerEnabled).toBe(false);
    expect(new URL(DEAD_DICTIONARY_URL).hostname).toBe('127.0.0.1');
    expect(session.dictionaryDownloadUrl).toBe(DEAD_DICTIONARY_URL);
  });
});
