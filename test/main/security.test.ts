import { describe, expect, it, vi } from 'vitest';

import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  createWindowOpenHandler,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedExternal,
  isAppUrl,
  isTrustedSender,
} from '@main/security';

describe('isAppUrl', () => {
  it('accepts pages and assets of app://samordna', () => {
    expect(APP_ORIGIN).toBe('app://samordna');
    expect(isAppUrl('app://samordna/')).toBe(true);
    expect(isAppUrl('app://samordna/saker/12?fane=plan#topp')).toBe(true);
  });

  it.each([
    ['another app:// host', 'app://evil/'],
    ['a look-alike host', 'app://samordna.evil.com/'],
    ['credentials before our host', 'app://x@samordna/'],
    ['a port', 'app://samordna:8080/'],
    ['a local file', 'file:///C:/Users/ke/samordna/index.html'],
    ['the loopback host', 'http://127.0.0.1:5173/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a malformed URL', 'app://sam ordna/%'],
    ['an upper-case host', 'app://SAMORDNA/'],
    ['an upper-case scheme', 'APP://samordna/'],
    ['a trailing dot on the host', 'app://samordna./'],
    ['a percent-encoded host', 'app://sam%6Frdna/'],
    ['a backslash before credentials', 'app://samordna\\@evil/'],
    ['leading whitespace', ' app://samordna/'],
    ['no authority', 'app:samordna'],
    ['an empty host', 'app:///samordna'],
    ['an empty string', ''],
    ['something that is not a string', { href: 'app://samordna/' }],
  ])('refuses %s', (_what, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const top = { url: 'app://samordna/saker', parent: null };

  it('trusts the top frame of our own page', () => {
    expect(isTrustedSender(top)).toBe(true);
  });

  it('refuses an iframe, even one on our origin', () => {
    expect(isTrustedSender({ url: 'app://samordna/embedded', parent: top })).toBe(false);
  });

  it('refuses a top frame showing a foreign page', () => {
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
  });

  it('refuses a missing frame (already navigated away or destroyed)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('navigation', () => {
  it('is always prevented, whatever the target', () => {
    for (const target of ['https://lovdata.no/', 'app://samordna/other', 'file:///etc/passwd']) {
      const event = { preventDefault: vi.fn(), url: target };
      denyNavigation(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
  });
});

describe('window.open and target=_blank', () => {
  it('never opens a window and hands allow-listed https links to the browser', () => {
    const openExternal = vi.fn();
    const handler = createWindowOpenHandler(openExternal);
    expect(handler({ url: 'https://lovdata.no/dokument/NL/lov/2011-06-24-30' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://www.helsedirektoratet.no/veiledere' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([
      ['https://lovdata.no/dokument/NL/lov/2011-06-24-30'],
      ['https://www.helsedirektoratet.no/veiledere'],
    ]);
  });

  it.each([
    'http://lovdata.no/',
    'https://lovdata.no.evil.com/',
    'https://evil.com/?next=https://lovdata.no',
    'https://user@lovdata.no/',
    'https://lovdata.no:8443/',
    'https://regjeringen.no/',
    'app://samordna/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'not a url',
  ])('keeps %s away from the browser', (url) => {
    const openExternal = vi.fn();
    expect(createWindowOpenHandler(openExternal)({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('survives a browser that fails to open', async () => {
    const handler = createWindowOpenHandler(() => Promise.reject(new Error('no browser')));
    expect(handler({ url: 'https://www.regjeringen.no/' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

  it('allows exactly the four documented hosts', () => {
    expect(isAllowedExternal('https://www.designsystemet.no/')).toBe(true);
    expect(isAllowedExternal('https://www.regjeringen.no/no/dokumenter/')).toBe(true);
  });
});

describe('permissions', () => {
  it('refuses every permission request', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      denyPermissionRequest({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });

  it('answers every permission check with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }),
  );

  it('allows scripts, data and connections only from our own origin', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'self'");
  });

  it('allows inline styles and data: images and fonts, nothing more', () => {
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(directives.get('img-src')).toBe("'self' data:");
    expect(directives.get('font-src')).toBe("'self' data:");
  });

  it('forbids plugins, base rewriting, framing and form posts', () => {
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
  });

  it('never allows eval or inline script', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
  });
});
