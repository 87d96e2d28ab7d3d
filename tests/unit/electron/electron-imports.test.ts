import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * Importing `electron` outside Electron tries to download the binary, so only thin adapter files may
 * import it at run time; everything else takes Electron objects as parameters and stays testable in Node.
 */
const THIN_ADAPTERS = new Set([
  'electron/main/index.ts',
  'electron/main/window.ts',
  'electron/main/protocol.ts',
  'electron/main/archive-dialog.ts',
  'electron/main/classifier-process.ts',
  'electron/preload/index.ts',
]);

const VALUE_IMPORT_OF_ELECTRON = /^\s*import\s+(?!type\b)[^;]*?from\s+['"]electron['"]/m;

function shellFiles(): string[] {
  return ['electron/main', 'electron/preload', 'electron/classifier'].flatMap((folder) =>
    readdirSync(join(repoRoot, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) =>
        relative(repoRoot, join(repoRoot, folder, name))
          .split('\\')
          .join('/'),
      ),
  );
}

describe('electron imports', () => {
  it('tells a value import from a type-only one', () => {
    expect(VALUE_IMPORT_OF_ELECTRON.test("import { app } from 'electron';")).toBe(true);
    expect(VALUE_IMPORT_OF_ELECTRON.test("import { app, type Session } from 'electron';")).toBe(true);
    expect(VALUE_IMPORT_OF_ELECTRON.test("import type { Session } from 'electron';")).toBe(false);
  });

  it('appear at run time only in the thin adapter files', () => {
    const importing = shellFiles().filter((file) =>
      VALUE_IMPORT_OF_ELECTRON.test(readFileSync(join(repoRoot, file), 'utf8')),
    );
    expect(importing.filter((file) => !THIN_ADAPTERS.has(file))).toEqual([]);
    expect(importing.length).toBeGreaterThan(0);
  });
});
