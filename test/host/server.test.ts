import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Core } from '@core/index';
import { createCore } from '@core/index';

import { startHost, type RunningHost } from '../../electron/host/server';
import { resolveStaticPath } from '../../electron/host/staticFiles';
import { ADMIN, TEST_KDF } from '../core/harness';

const calls: Array<{ channel: string; input: unknown }> = [];
const fakeCore: Core = {
  dispatch: async (channel, input) => {
    calls.push({ channel, input });
    return { ok: true, data: { echoed: channel } };
  },
  close: () => undefined,
  closeWhenIdle: async () => undefined,
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
  options: { headers?: Record<string, string>; body?: string | Buffer; to?: RunningHost } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const { port } = new URL((options.to ?? host).origin);
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

const auth = (to: RunningHost = host) => ({
  authorization: `Bearer ${to.token}`,
  'content-type': 'application/json',
});

/** The typed error of an answer: every answer on /api/ is one, whatever was sent. */
function errorOf(res: { body: string; headers: Record<string, unknown> }) {
  expect(String(res.headers['content-type'])).toContain('application/json');
  const body = JSON.parse(res.body) as { ok: boolean; error?: { code: string; message: string } };
  expect(body.ok).toBe(false);
  expect(body.error?.message.length).toBeGreaterThan(0);
  return body.error!;
}

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

  it('answers a channel name with broken percent-encoding with a typed error, not a crash', async () => {
    const before = calls.length;
    for (const name of ['%E0%A4%A', '%', 'cases.get%', '%uD800', '%C0%AF']) {
      const res = await send('POST', `/api/${name}`, { headers: auth(), body: '{}' });
      expect(res.status, name).toBe(400);
      expect(errorOf(res).code, name).toBe('UNKNOWN_CHANNEL');
    }
    expect(calls.length).toBe(before);
  });

  it('answers a body over 1 MiB with 413 and a typed error, read to the end rather than reset', async () => {
    const before = calls.length;
    const body = Buffer.alloc(2 * 1024 * 1024, 'a');
    const res = await send('POST', '/api/drafts.save', { headers: auth(), body });
    expect(res.status).toBe(413);
    const error = errorOf(res);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toMatch(/for stort/);
    expect(calls.length).toBe(before);
    // The host carries on as before.
    expect((await send('POST', '/api/session.status', { headers: auth(), body: '{}' })).status).toBe(200);
  });

  it('answers a refused call with a typed error too, so the window can always read the answer', async () => {
    // Not core's UNAUTHENTICATED (log in again): the window explains how to get the right address.
    expect(errorOf(await send('POST', '/api/session.status', { body: '{}' })).code).toBe(
      'HOST_TOKEN_INVALID',
    );
    const crossOrigin = { ...auth(), origin: 'http://evil.example' };
    expect(errorOf(await send('POST', '/api/session.status', { headers: crossOrigin })).code).toBe(
      'FORBIDDEN',
    );
    const get = await send('GET', '/api/session.status', { headers: auth() });
    expect(get.status).toBe(405);
    expect(errorOf(get).code).toBe('UNKNOWN_CHANNEL');
  });

  it('answers an address it cannot read with 400, not 500', async () => {
    for (const p of ['http://[', '//[::1', 'http://a:b@[bad']) {
      expect((await send('GET', p)).status, p).toBeLessThan(500);
    }
  });

  it('serves the renderer with the content security policy, and index.html for app routes', async () => {
    const page = await send('GET', `/?token=${host.token}`);
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await send('GET', '/assets/app.js')).body).toBe('console.log(1)');
    expect((await send('GET', `/koordinatorer?token=${host.token}`)).body).toContain(
      '<title>Samordna</title>',
    );
  });

  it('opens the page with the printed address, and after that with the cookie it set (a reload)', async () => {
    const first = await send('GET', `/?token=${host.token}`);
    const cookie = String(first.headers['set-cookie']).split(';')[0]!;
    const [name, value] = cookie.split('=') as [string, string];
    expect(name).toBe(`samordna-host-${new URL(host.origin).port}`);
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(first.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    // The window took the token out of the address: a reload sends only the cookie.
    const reload = await send('GET', '/', { headers: { cookie: `other=1; ${cookie}` } });
    expect(reload.status).toBe(200);
    expect(reload.body).toContain('<title>Samordna</title>');

    // Cookies ignore ports: every other server on 127.0.0.1 the browser visits gets this one.
    // So it opens the page (no secret in it) and is never the token that opens the register.
    expect(value).not.toContain(host.token);
    expect(value.length).toBeGreaterThanOrEqual(40);
    const withCookieValue = { authorization: `Bearer ${value}`, 'content-type': 'application/json' };
    const before = calls.length;
    const api = await send('POST', '/api/session.status', { headers: withCookieValue, body: '{}' });
    expect(api.status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('answers an address without the token, or with an old one, with a page that says how to get the right one', async () => {
    const old = `samordna-host-${new URL(host.origin).port}=${'o'.repeat(host.token.length)}`;
    for (const [request, status] of [
      [send('GET', '/'), 401],
      [send('GET', '/saker/12'), 401],
      [send('GET', '/index.html'), 401],
      [send('GET', '/?token='), 403],
      [send('GET', `/?token=${'x'.repeat(host.token.length)}`), 403],
      [send('GET', `/?token=${host.token}x`), 403],
      [send('GET', '/', { headers: { cookie: old } }), 403],
    ] as const) {
      const res = await request;
      expect(res.status).toBe(status);
      expect(String(res.headers['content-type'])).toContain('text/html');
      expect(String(res.headers['cache-control'])).toBe('no-store');
      // A page of its own: no script, nothing loaded, nothing of the app or the register.
      expect(String(res.headers['content-security-policy'])).toContain("default-src 'none'");
      expect(res.headers['set-cookie']).toBeUndefined();
      expect(res.body).toContain('Denne adressen åpner ikke Samordna');
      expect(res.body).toContain('npm run demo');
      expect(res.body).toContain('?token=');
      expect(res.body).toContain('This address does not open Samordna');
      expect(res.body).not.toContain(host.token);
      expect(res.body).not.toContain('<script');
      expect(res.body).not.toContain('<title>Samordna</title>');
    }
    // The built files hold no data: they load without the token (the page needs them to say so).
    expect((await send('GET', '/assets/app.js')).status).toBe(200);
    const head = await send('HEAD', '/');
    expect(head.status).toBe(401);
    expect(head.body).toBe('');
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

describe('hostile input through the host to a real core', () => {
  let real: RunningHost;
  let core: Core;
  let dataDir: string;
  beforeAll(async () => {
    // Its own core for the whole block (the core harness closes its cores after each test).
    dataDir = mkdtempSync(path.join(tmpdir(), 'samordna-host-core-'));
    core = createCore({ dataDir, kdf: TEST_KDF, now: () => new Date('2027-03-01T10:00:00Z') });
    await core.dispatch('session.setup', { municipality: 'Testvik kommune', ...ADMIN });
    real = await startHost({ core, rendererDir });
  });
  afterAll(async () => {
    await real.close();
    core.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (channel: string, input: unknown) => {
    const res = await send('POST', `/api/${channel}`, {
      to: real,
      headers: auth(real),
      body: JSON.stringify(input),
    });
    expect(res.status, channel).toBe(200);
    return JSON.parse(res.body) as { ok: boolean; error?: { code: string; fields?: Record<string, string> } };
  };

  it('refuses draft data nested thousands deep with a validation error, not INTERNAL', async () => {
    const depth = 200_000;
    const res = await send('POST', '/api/drafts.save', {
      to: real,
      headers: auth(real),
      body: `{"form":"newCase","data":{"rows":${'['.repeat(depth)}${']'.repeat(depth)}}}`,
    });
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { data: 'validation.tooLong' } },
    });
  });

  it('refuses dates the calendar cannot count with (year 0000, 9999) as validation errors', async () => {
    for (const [channel, input] of [
      ['reports.leadership', { from: '0000-01-01', to: '2027-01-01' }],
      ['reports.leadership', { from: '2027-01-01', to: '9999-12-31' }],
      ['cases.protocol', { from: '0001-01-01', to: '2027-01-01' }],
    ] as const) {
      const result = await call(channel, input);
      expect(result.error?.code, JSON.stringify(input)).toBe('VALIDATION');
    }
  });

  it('answers wrong types, negative and huge ids, null bytes, long and odd unicode with typed errors', async () => {
    const hostile: unknown[] = [
      null,
      [],
      'text',
      -1,
      0,
      1.5,
      2 ** 53,
      1e308,
      '\u0000',
      'a\u0000b',
      'ø'.repeat(100_000),
      '𝕏'.repeat(1_000),
      '\u202e\u0301',
      { __proto__: { polluted: true } },
    ];
    const channels = [
      'cases.get',
      'persons.get',
      'coordinators.get',
      'plans.get',
      'letters.print',
      'drafts.get',
    ];
    for (const channel of channels) {
      for (const value of hostile) {
        for (const input of [value, { id: value, caseId: value, form: value }]) {
          const result = await call(channel, input);
          // A plain text is a draft key like any other; everything else is refused, typed.
          expect(result.error?.code, `${channel} ${JSON.stringify(input)?.slice(0, 40)}`).not.toBe(
            'INTERNAL',
          );
        }
      }
    }
  });
});
