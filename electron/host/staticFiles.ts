import path from 'node:path';

/**
 * Maps a request path to a file inside the built renderer, or null. Anything that would leave
 * the folder (`..`, encoded or not, backslashes, NUL) is refused; paths without an extension are
 * routes of the single-page app and get index.html.
 */
export function resolveStaticPath(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const root = path.resolve(rootDir);
  if (segments.length === 0 || !path.extname(segments[segments.length - 1]!)) {
    return path.join(root, 'index.html');
  }
  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}
