import { describe, expect, it } from 'vitest';
import { guardWebContents } from '../../../electron/main/navigation-guards';
import { FakeWebContents } from './fakes';

function guarded(): FakeWebContents {
  const contents = new FakeWebContents();
  guardWebContents(contents.asWebContents());
  return contents;
}

describe('guardWebContents', () => {
  it.each(['https://example.com/', 'app://loupe/other.html', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'prevents navigating to %s',
    (url) => {
      expect(guarded().attempt('will-navigate', url)).toBe(true);
    },
  );

  it('prevents redirects', () => {
    expect(guarded().attempt('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('prevents attaching a <webview>', () => {
    expect(guarded().attempt('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every window.open, whatever the URL', () => {
    const contents = guarded();
    for (const url of ['https://example.com/', 'app://loupe/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('is what stops navigation: unguarded contents let it happen', () => {
    expect(new FakeWebContents().attempt('will-navigate', 'https://example.com/')).toBe(false);
  });
});
