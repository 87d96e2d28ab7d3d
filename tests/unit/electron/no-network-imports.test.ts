import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const SHELL_FOLDERS = ['electron/main', 'electron/preload', 'electron/classifier'];
const NETWORK_MODULES = new Set(['http', 'https', 'net', 'http2', 'dgram', 'tls', 'undici', 'dns']);

/** Every module specifier in a source file: static imports, re-exports, dynamic imports, require. */
export function importedModules(source: string): string[] {
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[\w*{}\s,]+\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function isNetworkModule(specifier: string): boolean {
  const name = specifier.replace(/^node:/, '').split('/')[0] ?? '';
  return NETWORK_MODULES.has(name);
}

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|js|mjs|cjs)$/.test(name))
    .map((name) => join(folder, name));
}

describe('the desktop shell has no networking code', () => {
  it('finds network imports in every form the scanner must catch', () => {
    const sample = [
      "import http from 'http';",
      "import { request } from 'node:https';",
      "import type { Socket } from 'node:net';",
      "export { fetch } from 'undici';",
      "const d = await import('node:dgram');",
      "const t = require('tls');",
      "import 'node:http2';",
    ].join('\n');
    expect(importedModules(sample).filter(isNetworkModule)).toHaveLength(7);
    expect(isNetworkModule('node:path')).toBe(false);
    expect(isNetworkModule('electron')).toBe(false);
  });

  it('scans a non-empty set of shell files', () => {
    expect(sourceFiles(join(repoRoot, 'electron/main')).length).toBeGreaterThan(5);
    expect(sourceFiles(join(repoRoot, 'electron/preload')).length).toBeGreaterThan(1);
  });

  it('imports none of http, https, net, tls, dgram, dns or undici in electron/main, preload and classifier', () => {
    const offenders = SHELL_FOLDERS.flatMap((folder) => sourceFiles(join(repoRoot, folder))).flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter(isNetworkModule)
        .map((specifier) => `${relative(repoRoot, file)} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
