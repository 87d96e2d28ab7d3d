import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveContained } from '../../../electron/main/contained-path';

const root = resolve('/srv/app/renderer');

describe('resolveContained', () => {
  it('maps ordinary paths below the root', () => {
    expect(resolveContained(root, '/index.html')).toBe(join(root, 'index.html'));
    expect(resolveContained(root, '/models/loupe/onnx/model_quantized.onnx')).toBe(
      join(root, 'models', 'loupe', 'onnx', 'model_quantized.onnx'),
    );
    expect(resolveContained(root, '/assets/a%20b.js')).toBe(join(root, 'assets', 'a b.js'));
  });

  it.each([
    ['plain parent segments', '/../secret.txt'],
    ['parent segments in the middle', '/assets/../../secret.txt'],
    ['a sibling folder sharing the prefix', '/../renderer-private/secret.txt'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['encoded separators', '/..%2fsecret.txt'],
    ['encoded dots and slashes together', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['backslashes', '/..%5csecret.txt'],
    ['a NUL byte', '/index.html%00.png'],
    ['an absolute path after the slash', '//etc/passwd'],
    ['an encoded absolute path', '/%2fetc%2fpasswd'],
    ['a drive letter', '/C:/Windows/win.ini'],
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['the root itself', '/'],
    ['a dot segment', '/./index.html'],
  ])('refuses %s', (_why, urlPath) => {
    expect(resolveContained(root, urlPath)).toBeNull();
  });
});

describe('isInside', () => {
  it('tells a child from a sibling that shares the prefix', () => {
    expect(isInside(root, join(root, 'a', 'b'))).toBe(true);
    expect(isInside(root, root)).toBe(true);
    expect(isInside(root, `${root}-private`)).toBe(false);
    expect(isInside(root, resolve(root, '..'))).toBe(false);
  });
});
