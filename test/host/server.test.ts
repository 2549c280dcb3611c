import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core';
import { startHost, type RunningHost } from '../../electron/host/server';
import { resolveStaticPath } from '../../electron/host/staticFiles';

const calls: Array<{ channel: string; input: unknown }> = [];
const fakeCore: Core = {
  dispatch: async (channel, input) => {
    calls.push({ channel, input });
    return { ok: true, data: { echoed: channel } };
  },
  close: () => undefined,
};

let host: RunningHost;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(tmpdir(), 'samordna-host-'));
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Samordna</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(path.dirname(rendererDir), 'secret.txt'), 'secret');
  host = await startHost({ core: fakeCore, rendererDir });
});
afterAll(() => host.close());

/** Raw HTTP, so the test controls the Host header the way a hostile page could not. */
function send(
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: pathname,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = () => ({ authorization: `Bearer ${host.token}`, 'content-type': 'application/json' });

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only, on a port of its own choosing, with a long random token', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.token.length).toBeGreaterThanOrEqual(40);
    expect(host.url).toBe(`${host.origin}/?token=${host.token}`);
  });

  it('passes a call with the token to core and returns its result', async () => {
    const res = await send('POST', '/api/coordinators.list', { headers: auth(), body: '{"a":1}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, data: { echoed: 'coordinators.list' } });
    expect(calls.at(-1)).toEqual({ channel: 'coordinators.list', input: { a: 1 } });
  });

  it('refuses a call without the token, or with a wrong one, before core sees it', async () => {
    const before = calls.length;
    expect((await send('POST', '/api/session.status', { body: '{}' })).status).toBe(401);
    const wrong = { authorization: `Bearer ${'x'.repeat(host.token.length)}` };
    expect((await send('POST', '/api/session.status', { headers: wrong, body: '{}' })).status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('refuses a request for another host name (DNS rebinding) and a cross-origin call', async () => {
    expect((await send('GET', '/', { headers: { host: 'evil.example:80' } })).status).toBe(421);
    const crossOrigin = { ...auth(), origin: 'http://evil.example' };
    expect((await send('POST', '/api/session.status', { headers: crossOrigin, body: '{}' })).status).toBe(
      403,
    );
  });

  it('answers malformed JSON with a validation error in Norwegian, not a stack trace', async () => {
    const res = await send('POST', '/api/session.status', { headers: auth(), body: '{not json' });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body);
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.message).toMatch(/felt/);
    expect(res.body).not.toMatch(/at .*\.ts/);
  });

  it('serves the renderer with the content security policy, and index.html for app routes', async () => {
    const page = await send('GET', '/');
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await send('GET', '/assets/app.js')).body).toBe('console.log(1)');
    expect((await send('GET', '/koordinatorer')).body).toContain('<title>Samordna</title>');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/a%00.js',
    ]) {
      const res = await send('GET', p);
      expect(res.body, p).not.toBe('secret');
    }
  });
});

describe('resolveStaticPath', () => {
  const root = path.resolve('/srv/renderer');
  it.each([
    '/../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/assets/%2e%2e/%2e%2e/x.js',
    '/a\\..\\b.js',
    '/x%00.js',
    '/%E0%A4%A.js',
  ])('refuses %s', (p) => expect(resolveStaticPath(root, p)).toBeNull());
  it('maps assets inside the folder and routes to index.html', () => {
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/koordinatorer/3')).toBe(path.join(root, 'index.html'));
  });
});
