import path from 'node:path';

import { describe, expect, it, vi } from 'vitest';

import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  registerAppScheme,
  resolveAppPath,
} from '@main/protocol';
import { CONTENT_SECURITY_POLICY } from '@main/security';

const root = path.resolve('/opt/samordna/out/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveAppPath', () => {
  it('serves built assets from inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://samordna/assets/index-abc123.js')).toBe(
      inRoot('assets', 'index-abc123.js'),
    );
    expect(resolveAppPath(root, 'app://samordna/favicon.svg?v=2')).toBe(inRoot('favicon.svg'));
  });

  it('answers the start page and every route of the app with index.html', () => {
    expect(resolveAppPath(root, 'app://samordna/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://samordna')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://samordna/saker/42/plan')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, 'app://samordna/koordinatorer#ny')).toBe(inRoot('index.html'));
  });

  it('decodes an ordinary encoded file name once', () => {
    expect(resolveAppPath(root, 'app://samordna/assets/inter%20latin.woff2')).toBe(
      inRoot('assets', 'inter latin.woff2'),
    );
  });

  it.each([
    ['plain parent segments', 'app://samordna/../../etc/passwd'],
    ['parent segments after an asset folder', 'app://samordna/assets/../../../secret.txt'],
    ['encoded dots and slash', 'app://samordna/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['upper-case encoded dots', 'app://samordna/%2E%2E/secret.txt'],
    ['an encoded backslash', 'app://samordna/..%5c..%5csecret.txt'],
    ['a literal backslash', 'app://samordna/assets\\..\\..\\secret.txt'],
    ['a NUL byte', 'app://samordna/index.html%00.js'],
    ['double encoding', 'app://samordna/%252e%252e%252fsecret.txt'],
    ['a Windows drive', 'app://samordna/C:/Windows/win.ini'],
    ['a current-directory segment', 'app://samordna/./index.html'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://samordna.evil.com/index.html'],
    ['credentials before the host', 'app://x@samordna/index.html'],
    ['another scheme', 'file:///opt/samordna/out/renderer/index.html'],
    ['a malformed encoding', 'app://samordna/%E0%A4%A'],
  ])('refuses %s', (_what, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('the app:// request handler', () => {
  const files = new Map([
    [inRoot('index.html'), '<!doctype html><title>Samordna</title>'],
    [inRoot('assets', 'app.js'), 'console.log(1)'],
    [inRoot('assets', 'app.css'), 'body{}'],
  ]);
  const readFile = vi.fn(async (file: string) => {
    const text = files.get(file);
    if (text === undefined) throw new Error('ENOENT');
    return new TextEncoder().encode(text);
  });
  const handle = createAppRequestHandler(root, readFile);

  it('serves a script with its content type and the CSP', async () => {
    const response = await handle({ method: 'GET', url: 'app://samordna/assets/app.js' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for a deep link', async () => {
    const response = await handle({ method: 'GET', url: 'app://samordna/saker/7' });
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Samordna</title>');
  });

  it('answers 404 for a missing asset and for a traversal attempt, without reading outside', async () => {
    expect((await handle({ method: 'GET', url: 'app://samordna/assets/missing.js' })).status).toBe(404);
    readFile.mockClear();
    const refused = await handle({ method: 'GET', url: 'app://samordna/%2e%2e%2fsecret.txt' });
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(readFile).not.toHaveBeenCalled();
  });

  it('accepts no uploads', async () => {
    expect((await handle({ method: 'POST', url: 'app://samordna/' })).status).toBe(405);
  });
});

describe('the app:// scheme', () => {
  it('is registered as standard, secure and fetch-capable, and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('corsEnabled');
  });
});
