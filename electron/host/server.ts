import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import errorsNb from '../../shared/i18n/errors.nb.json' with { type: 'json' };
import type { Core } from '../core';
import { resolveStaticPath } from './staticFiles';

/** Same policy as the Electron window (electron/main/security.ts), for the same renderer. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";
const MAX_BODY_BYTES = 1024 * 1024;
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
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: errorsNb.INTERNAL } });
    });
  });
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
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
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
  if (req.method !== 'POST') return sendText(res, 405, 'Method not allowed');
  if (!hasToken(req.headers.authorization, token)) return sendText(res, 401, 'Unauthorized');
  if (req.headers.origin !== undefined && req.headers.origin !== `http://${req.headers.host}`) {
    return sendText(res, 403, 'Forbidden');
  }
  const raw = await readBody(req);
  if (raw === null) return sendText(res, 413, 'Payload too large');
  let input: unknown;
  try {
    input = JSON.parse(raw || '{}');
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: errorsNb.VALIDATION } });
  }
  sendJson(res, 200, await core.dispatch(decodeURIComponent(channel), input));
}

function hasToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
