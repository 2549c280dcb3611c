import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ErrorCode } from '../../shared/api/errors';
import errorsNb from '../../shared/i18n/errors.nb.json' with { type: 'json' };
import type { Core } from '../core';
import { resolveStaticPath } from './staticFiles';

/** Same policy as the Electron window (electron/main/security.ts), for the same renderer. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
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
  const server = createServer((req, res) => {
    handle(req, res, options, token, server).catch(() => {
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
) {
  const { port } = server.address() as AddressInfo;
  // A page on another origin (or a DNS-rebinding name) must not reach the API.
  if (req.headers.host !== `127.0.0.1:${port}`) return sendText(res, 421, 'Misdirected request');
  const url = URL.parse(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (!url) return sendText(res, 400, 'Bad request');
  if (url.pathname.startsWith('/api/'))
    return handleApi(req, res, options.core, token, url.pathname.slice(5));
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  const file = resolveStaticPath(options.rendererDir, url.pathname);
  if (!file) return sendText(res, 404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return sendText(res, 404, 'Not found');
  }
  const ext = file.slice(file.lastIndexOf('.'));
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
) {
  // Who may call is checked before the body is read: a caller without the token makes the host
  // read nothing (what it sends is drained, not kept). Every answer is a typed error.
  const refuse = (status: number, code: 'UNKNOWN_CHANNEL' | 'UNAUTHENTICATED' | 'FORBIDDEN') => {
    res.setHeader('connection', 'close');
    sendError(res, status, code);
    req.resume();
  };
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return refuse(405, 'UNKNOWN_CHANNEL');
  }
  if (!hasToken(req.headers.authorization, token)) return refuse(401, 'UNAUTHENTICATED');
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
  sendJson(res, 200, await core.dispatch(name, input));
}

/** `%E0%A4%A` and the like are no channel's name; null instead of decodeURIComponent's throw. */
function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}

function hasToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
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
