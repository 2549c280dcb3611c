import path from 'node:path';

import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * app:// behaves like https for the page (standard URL parsing, secure context, fetch), which
 * lets the CSP's 'self' mean our own origin. It gets no CORS and no CSP bypass.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/** Must run before app 'ready': Chromium reads scheme privileges at start-up only. */
export function registerAppScheme(protocol: {
  registerSchemesAsPrivileged(schemes: Array<typeof APP_SCHEME_PRIVILEGES>): void;
}): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

// The raw URL is checked before any parser normalises `..` away, so a hostile path is refused
// rather than silently rewritten. Host must be exactly ours; no credentials, no port.
const RAW_APP_URL = new RegExp(`^${APP_SCHEME}://${APP_HOST}(/[^?#]*)?(?:[?#].*)?$`);

/**
 * Maps an app:// request to a file inside rootDir, or null. Routes of the single-page app (`/`
 * and paths without an extension) get index.html. Refused: other hosts, malformed or double
 * percent-encoding, `.` or `..` segments (encoded or not), backslashes, NUL, drive colons, and
 * anything that would resolve outside rootDir.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const match = RAW_APP_URL.exec(requestUrl);
  if (!match) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(match[1] ?? '/');
  } catch {
    return null;
  }
  // A '%' left after one decode means double encoding; no asset of ours has one in its name.
  if (/[\0\\%:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;

  const root = path.resolve(rootDir);
  const last = segments[segments.length - 1];
  if (last === undefined || path.extname(last) === '') return path.join(root, 'index.html');

  const file = path.resolve(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function emptyResponse(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() });
}

export type ReadFile = (file: string) => Promise<Uint8Array>;

/**
 * The app:// handler: GET only, files from the built renderer, every response with the CSP.
 * Anything not found or refused is a plain 404, so probing learns nothing.
 */
export function createAppRequestHandler(rootDir: string, readFile: ReadFile) {
  return async (request: { method: string; url: string }): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return emptyResponse(405);
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return emptyResponse(404);
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return emptyResponse(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(file) },
    });
  };
}
