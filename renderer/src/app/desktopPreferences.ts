import type { RendererErrorReport, SamordnaBridge } from '@shared/api/bridge';

import { changeLanguage, languages, storedLanguage, type Language } from '../i18n';

/**
 * The preferences the desktop app keeps for the window (main's preferences.json): the language
 * and the last user name, read once before the interface starts. In the browser host there is no
 * such bridge: the language stays in localStorage and no user name is remembered.
 */

let desktop: Pick<SamordnaBridge, 'setPreferences'> | undefined;
let lastUser: string | null = null;

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language to start in; the desktop's preference wins over localStorage. Never rejects. */
export async function loadStartPreferences(
  bridge: Pick<SamordnaBridge, 'preferences' | 'setPreferences'> | undefined,
  storage: Storage,
): Promise<Language> {
  const fallback = storedLanguage(storage);
  desktop = bridge?.setPreferences ? bridge : undefined;
  lastUser = null;
  if (!bridge?.preferences) return fallback;
  try {
    const prefs = await bridge.preferences();
    lastUser =
      typeof prefs.lastUserName === 'string' && prefs.lastUserName !== '' ? prefs.lastUserName : null;
    return isLanguage(prefs.language) ? prefs.language : fallback;
  } catch {
    return fallback;
  }
}

/** The user name of the last login on this PC (desktop only), for the login form. */
export function lastUserName(): string | null {
  return lastUser;
}

function keep(patch: Parameters<NonNullable<SamordnaBridge['setPreferences']>>[0]): void {
  // A preference that cannot be kept is no reason to interrupt the user.
  void desktop?.setPreferences?.(patch).catch(() => undefined);
}

/** Switches the interface language and keeps the choice for the next start. */
export async function chooseLanguage(language: Language, storage: Storage): Promise<void> {
  await changeLanguage(language, storage);
  keep({ language });
}

/**
 * After a successful login: the next start of the app offers this user name. Within this run the
 * offer is used up: after a logout the next person starts with an empty form, not with the name
 * of the one before.
 */
export function rememberUserName(username: string): void {
  lastUser = null;
  keep({ lastUserName: username });
}

/** The report main gets: the class name and the stack without the message. */
export function errorReport(event: RendererErrorReport['event'], error: unknown): RendererErrorReport {
  if (!(error instanceof Error)) return { event, kind: '', stack: '' };
  let stack = typeof error.stack === 'string' ? error.stack : '';
  const head = `${error.name}: ${error.message}`;
  if (stack.startsWith(head)) stack = stack.slice(head.length);
  else if (error.message !== '' && stack.startsWith(error.message)) stack = stack.slice(error.message.length);
  return { event, kind: error.name, stack };
}

/**
 * Desktop only: errors nobody caught in the window (including a render error React reports) go to
 * main, which logs them without personal data and shows a calm message with an incident id.
 */
export function installErrorReports(
  target: Pick<Window, 'addEventListener'>,
  bridge: Pick<SamordnaBridge, 'reportError'> | undefined,
): void {
  const report = bridge?.reportError?.bind(bridge);
  if (!report) return;
  const send = (event: RendererErrorReport['event'], error: unknown) => {
    void report(errorReport(event, error)).catch(() => undefined);
  };
  target.addEventListener('error', (event) => send('error', (event as ErrorEvent).error));
  target.addEventListener('unhandledrejection', (event) =>
    send('unhandledrejection', (event as PromiseRejectionEvent).reason),
  );
}
