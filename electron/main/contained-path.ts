import { isAbsolute, relative, resolve, sep } from 'node:path';

/** True when `target` is `root` itself or lies below it; a sibling like `root-x` is outside. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  if (rel === '') return true;
  return rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}

/**
 * Maps a URL path (still percent-encoded, as `URL.pathname` gives it) to a file below `root`, or null
 * when it could name anything else: `..` segments (plain or encoded), encoded separators that smuggle
 * them, backslashes, NUL bytes, absolute or drive-letter paths, and the root folder itself.
 */
export function resolveContained(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (!decoded.startsWith('/')) return null;
  const relativePath = decoded.slice(1);
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  if (relativePath === '' || isAbsolute(relativePath) || /^[a-zA-Z]:/.test(relativePath)) return null;
  const file = resolve(root, relativePath);
  if (file === resolve(root) || !isInside(resolve(root), file)) return null;
  return file;
}
