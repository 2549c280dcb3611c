/**
 * Every security decision the main process makes about URLs, frames, navigation, new windows and
 * permissions. Plain functions over structural types, so they are tested without Electron.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'samordna';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sent with every app:// response; the same policy is used by electron/host. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Hosts whose https pages may be opened in the user's browser (laws, guidance, design system). */
export const EXTERNAL_HOSTS: readonly string[] = [
  'lovdata.no',
  'www.helsedirektoratet.no',
  'www.regjeringen.no',
  'www.designsystemet.no',
];

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

// Chromium hands us canonical URLs (lower-case scheme and host, no whitespace), so anything else
// is refused outright instead of being normalised into a match.
const CANONICAL_APP_PREFIX = new RegExp(`^${APP_ORIGIN}(?:[/?#]|$)`);

/** True only for our own origin: app://samordna, no credentials, no port, no look-alike host. */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !CANONICAL_APP_PREFIX.test(url)) return false;
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/** Only https links to the allow-listed hosts may leave the app, and never with credentials. */
export function isAllowedExternal(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_HOSTS.includes(parsed.hostname)
  );
}

/** The part of Electron's WebFrameMain that the sender check reads. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * An IPC message is trusted only from the top frame of our own page: an iframe (even one of ours)
 * or a page that somehow navigated elsewhere must not reach the register.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}

interface PreventableEvent {
  preventDefault(): void;
}

/**
 * For will-navigate, will-frame-navigate, will-redirect and will-attach-webview. The app is one
 * page whose routes change by history API, so no real navigation is ever wanted.
 */
export function denyNavigation(event: PreventableEvent): void {
  event.preventDefault();
}

export type OpenExternal = (url: string) => Promise<void> | void;

/**
 * window.open and target=_blank never create a window; allow-listed links go to the user's
 * browser instead. Errors from the OS browser are swallowed: a failed link must not crash main.
 */
export function createWindowOpenHandler(openExternal: OpenExternal) {
  return (details: { url: string }): { action: 'deny' } => {
    if (isAllowedExternal(details.url)) {
      try {
        void Promise.resolve(openExternal(details.url)).catch(() => undefined);
      } catch {
        // The link simply does not open.
      }
    }
    return { action: 'deny' };
  };
}

/** The register needs no camera, microphone, notifications, geolocation, clipboard-read or HID. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
