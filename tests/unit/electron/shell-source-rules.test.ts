import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** Code without comments, so that a comment naming a forbidden API does not count as using it. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function sources(): { file: string; text: string }[] {
  return ['electron/main', 'electron/preload', 'electron/classifier'].flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => {
        const path = join(repoRoot, folder, name);
        return {
          file: relative(repoRoot, path).split('\\').join('/'),
          text: withoutComments(readFileSync(path, 'utf8')),
        };
      }),
  );
}

function filesUsing(pattern: RegExp): string[] {
  return sources()
    .filter(({ text }) => pattern.test(text))
    .map(({ file }) => file);
}

describe('shell source rules', () => {
  it('only network-lockdown.ts touches webRequest, since Electron keeps one listener per event', () => {
    expect(filesUsing(/\bwebRequest\b|onBeforeRequest|onHeadersReceived|onBeforeSendHeaders/)).toEqual([
      'electron/main/network-lockdown.ts',
    ]);
  });

  it('never opens anything in the system browser', () => {
    expect(filesUsing(/\bopenExternal\b|\bopenPath\b/)).toEqual([]);
  });

  it('has no crash reporter, auto-updater or net module', () => {
    expect(filesUsing(/\bcrashReporter\b|\bautoUpdater\b|\bnet\.(fetch|request)\b/)).toEqual([]);
  });

  it('never grants bypassCSP or disables web security', () => {
    expect(
      filesUsing(/bypassCSP\s*:\s*true|webSecurity\s*:\s*false|allowRunningInsecureContent\s*:\s*true/),
    ).toEqual([]);
  });
});
