import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Core } from '@core/index';
import type { ErrorCode } from '@shared/api/errors';
import errorsNb from '@shared/i18n/errors.nb.json' with { type: 'json' };

import { createHostArchiveCopier, HOST_ARCHIVE_CHANNEL } from './archiveCopy';
import { resolveStaticPath } from './staticFiles';

/** Same policy as the Electron window (electron/main/security.ts), for the same renderer. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
/** The page without a token runs nothing and loads nothing: its style is inline. */
const NO_TOKEN_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
/**
 * What an address without the token (or with one from an earlier start) shows, in Norwegian with
 * English below. It holds nothing of the register and not the token: only how to get the address.
 */
const NO_TOKEN_PAGE = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Samordna – adressen mangler nøkkelen</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; }
code { background: #eee; padding: 0 0.25rem; }
section + section { border-top: 1px solid #aaa; }
</style>
</head>
<body>
<main>
<section>
<h1>Denne adressen åpner ikke Samordna</h1>
<p>Demoen lager en ny nøkkel hver gang den starter, og vil bare åpnes med adressen som har den
nøkkelen. Adressen du brukte mangler nøkkelen, eller har nøkkelen fra en tidligere start (en gammel
fane eller et bokmerke). Nøkkelen hindrer andre programmer på maskinen i å nå registeret.</p>
<p>Slik kommer du inn:</p>
<ol>
<li>Gå til terminalen der <code>npm run demo</code> kjører. Der står adressen, med
<code>?token=</code> til slutt.</li>
<li>Åpne den adressen: kopier hele adressen inn i nettleseren, eller klikk på den.</li>
<li>Har demoen stoppet, start den igjen med <code>npm run demo</code>. Den skriver ut en ny adresse.</li>
</ol>
</section>
<section lang="en">
<h2>This address does not open Samordna</h2>
<p>The demo makes a new key each time it starts and opens only with the address that carries it.
The address you used has no key, or the key of an earlier start (an old tab or a bookmark). The key
keeps other programs on this computer away from the register.</p>
<ol>
<li>Go to the terminal where <code>npm run demo</code> runs. The address is there, ending in
<code>?token=</code>.</li>
<li>Open that address: copy all of it into the browser, or click it.</li>
<li>If the demo has stopped, start it again with <code>npm run demo</code>. It prints a new address.</li>
</ol>
</section>
</main>
</body>
</html>
`;
/** On loopback a whole request arrives in milliseconds; this is for one that never does. */
const REQUEST_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 1024 * 1024;
/** A body over the limit is read to its end (so the client gets the answer), up to this much. */
const MAX_DRAINED_BYTES = 64 * MAX_BODY_BYTES;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
};

export interface HostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
}

export interface RunningHost {
  /** Address to open, token included: `http://127.0.0.1:PORT/?token=...` */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

/**
 * A loopback-only bridge: the real renderer in a browser, the real core behind it, the same
 * contract as IPC. Never packaged. Binds 127.0.0.1 on a random port and wants a random token.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('base64url');
  // The host's own calls (not core's): making an archive copy, which needs the host's address.
  const hostCalls: HostCalls = {
    [HOST_ARCHIVE_CHANNEL]: createHostArchiveCopier({
      core: options.core,
      address: () => ({ origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, token }),
    }),
  };
  const server = createServer((req, res) => {
    handle(req, res, options, token, server, hostCalls).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'INTERNAL');
    });
  });
  // A request that never finishes sending (a Content-Length larger than its body) is ended
  // rather than held for Node's default five minutes.
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: HostOptions,
  token: string,
  server: Server,
  hostCalls: HostCalls,
) {
  const { port } = server.address() as AddressInfo;
  // A page on another origin (or a DNS-rebinding name) must not reach the API.
  if (req.headers.host !== `127.0.0.1:${port}`) return sendText(res, 421, 'Misdirected request');
  const url = URL.parse(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (!url) return sendText(res, 400, 'Bad request');
  if (url.pathname.startsWith('/api/'))
    return handleApi(req, res, options.core, token, url.pathname.slice(5), hostCalls);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  const file = resolveStaticPath(options.rendererDir, url.pathname);
  if (!file) return sendText(res, 404, 'Not found');
  // The app's page opens only with the address the host printed (or, once opened, the cookie it
  // then set, so a reload works after the window took the token out of the address). Without it,
  // a page that says how to get the right address: never "Noe gikk galt".
  const isPage = file.endsWith('.html');
  const cookieName = `samordna-host-${port}`;
  const pageKey = pageKeyOf(token);
  const fromAddress = url.searchParams.get('token');
  const fromCookie = cookieOf(req.headers.cookie, cookieName);
  const given = fromAddress ?? fromCookie;
  const opens = fromAddress !== null ? isToken(fromAddress, token) : isToken(fromCookie, pageKey);
  if (isPage && !opens) {
    res.writeHead(given === null ? 401 : 403, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': NO_TOKEN_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    return res.end(req.method === 'HEAD' ? undefined : NO_TOKEN_PAGE);
  }
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return sendText(res, 404, 'Not found');
  }
  const ext = file.slice(file.lastIndexOf('.'));
  if (isPage) res.setHeader('set-cookie', `${cookieName}=${pageKey}; Path=/; HttpOnly; SameSite=Strict`);
  res.writeHead(200, {
    'content-type': MIME[ext] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  core: Core,
  token: string,
  channel: string,
  hostCalls: HostCalls,
) {
  // Who may call is checked before the body is read: a caller without the token makes the host
  // read nothing (what it sends is drained, not kept). Every answer is a typed error.
  const refuse = (status: number, code: 'UNKNOWN_CHANNEL' | 'HOST_TOKEN_INVALID' | 'FORBIDDEN') => {
    res.setHeader('connection', 'close');
    sendError(res, status, code);
    req.resume();
  };
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return refuse(405, 'UNKNOWN_CHANNEL');
  }
  // The window tells this apart from core's UNAUTHENTICATED (not logged in): it explains how to
  // get the right address instead of asking for a login that cannot work.
  if (!hasToken(req.headers.authorization, token)) return refuse(401, 'HOST_TOKEN_INVALID');
  if (req.headers.origin !== undefined && req.headers.origin !== `http://${req.headers.host}`) {
    return refuse(403, 'FORBIDDEN');
  }
  // The body is read to its end before any answer, so a client still sending gets the answer
  // instead of a reset connection.
  const raw = await readBody(req);
  if (raw === 'aborted') return;
  if (raw === 'tooLarge') return sendError(res, 413, 'TOO_LARGE');
  const name = decodeChannel(channel);
  if (name === null) return sendError(res, 400, 'UNKNOWN_CHANNEL');
  let input: unknown;
  try {
    input = JSON.parse(raw || '{}');
  } catch {
    return sendError(res, 400, 'VALIDATION');
  }
  const hostCall = Object.hasOwn(hostCalls, name) ? hostCalls[name] : undefined;
  sendJson(res, 200, hostCall ? await hostCall(input) : await core.dispatch(name, input));
}

/** Calls the host answers itself, by name, with the token checked as for core's channels. */
type HostCalls = Record<string, (input: unknown) => Promise<unknown>>;

/** `%E0%A4%A` and the like are no channel's name; null instead of decodeURIComponent's throw. */
function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

/**
 * What the page's cookie holds: derived from the token but never the token itself, because a
 * browser sends 127.0.0.1's cookies to every port there (cookies ignore ports), so any other local
 * server the browser talks to would receive it. It opens the page (which holds no secret), not the API.
 */
function pageKeyOf(token: string): string {
  return createHmac('sha256', token).update('samordna-host-page').digest('base64url');
}

function hasToken(header: string | undefined, token: string): boolean {
  return isToken(header?.replace(/^Bearer /, '') ?? null, token);
}

function isToken(text: string | null, token: string): boolean {
  const given = Buffer.from(text ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** One cookie's value from a Cookie header, or null. */
function cookieOf(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

/**
 * The body as text; 'tooLarge' once past the limit (the rest is read and dropped); 'aborted'
 * when the client went away, or sent so much that the connection is cut.
 */
function readBody(req: IncomingMessage): Promise<string | 'tooLarge' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
      if (size > MAX_DRAINED_BYTES) req.destroy();
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'tooLarge' : Buffer.concat(chunks).toString('utf8')));
    req.on('close', () => resolve('aborted'));
    req.on('error', () => resolve('aborted'));
  });
}

function sendError(res: ServerResponse, status: number, code: ErrorCode) {
  sendJson(res, status, { ok: false, error: { code, message: errorsNb[code] } });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body); // before the head: a throw here still gets a typed 500
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
