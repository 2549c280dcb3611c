import { RENDERER_ERROR_EVENTS, type RendererErrorReport } from '@shared/api/bridge';
import desktopEn from '@shared/i18n/desktop.en.json';
import desktopNb from '@shared/i18n/desktop.nb.json';
import desktopNn from '@shared/i18n/desktop.nn.json';

import type { ErrorLogger } from './errorLog';
import type { PreferenceLanguage, PreferencesFileProblem } from './preferences';

/**
 * What the user sees when something unexpected happens: a calm message in their language with an
 * incident id, and one line in the error log under that id (errorLog.ts). One message at a time,
 * and none for an error that repeats one told within the last minutes (the log counts it): a
 * window in an error loop must not bring the dialog back at every turn.
 */

export type DesktopTexts = typeof desktopNb.desktop;

const TEXTS: Record<PreferenceLanguage, DesktopTexts> = {
  nb: desktopNb.desktop,
  nn: desktopNn.desktop,
  en: desktopEn.desktop,
};

/** The main process's texts in the user's language (bokmål until one is chosen). */
export function desktopTexts(language: PreferenceLanguage | undefined): DesktopTexts {
  return TEXTS[language ?? 'nb'];
}

/** i18next's `{{name}}` placeholders, filled the same way for texts main shows itself. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

export interface MessageBoxOptions {
  type: 'none' | 'info' | 'warning' | 'error' | 'question';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

export type IncidentKind = 'main' | 'renderer' | 'windowGone';

/** The calm message: what happened, that the saved data is safe, the reference for IT. */
export function incidentMessage(
  texts: DesktopTexts,
  kind: IncidentKind,
  incident: string,
  logFolder: string,
): MessageBoxOptions {
  const buttons =
    kind === 'main'
      ? [texts.buttons.ok]
      : kind === 'renderer'
        ? [texts.buttons.ok, texts.buttons.reload]
        : [texts.buttons.reload, texts.buttons.quit];
  return {
    // 'warning', not 'error': nothing is lost, and the system's error sound would alarm.
    type: 'warning',
    title: texts.error.title,
    message: kind === 'windowGone' ? texts.error.windowGone : texts.error.message,
    detail: fill(texts.error.detail, { incident, logFolder }),
    buttons,
    defaultId: 0,
    cancelId: kind === 'windowGone' ? 1 : 0,
    noLink: true,
  };
}

/**
 * The preferences file stops the start (preferences.ts): where it is, why, and that nothing was
 * changed or made; the only button quits.
 */
export function preferencesFileMessage(
  texts: DesktopTexts,
  problem: PreferencesFileProblem,
  preferencesFile: string,
): MessageBoxOptions {
  const t = texts.preferencesFile;
  return {
    type: 'warning',
    title: t.title,
    message: fill(t.message, { preferencesFile }),
    detail: fill(t.detail, { reason: t.reasons[problem] }),
    buttons: [texts.buttons.quit],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** A report from the window, as the preload passed it: checked again here, it is page input. */
export function readRendererReport(raw: unknown): RendererErrorReport | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { event, kind, stack } = raw as Record<string, unknown>;
  if (typeof event !== 'string' || !(RENDERER_ERROR_EVENTS as readonly string[]).includes(event)) return null;
  return {
    event: event as RendererErrorReport['event'],
    kind: typeof kind === 'string' ? kind.slice(0, 100) : '',
    stack: typeof stack === 'string' ? stack.slice(0, 8_000) : '',
  };
}

export interface IncidentDeps {
  logger: ErrorLogger;
  texts(): DesktopTexts;
  /** Electron's dialog.showMessageBox; resolves with the index of the button pressed. */
  showMessage(options: MessageBoxOptions): Promise<number>;
  reloadWindow(): void;
  quit(): void;
}

export function createIncidents(deps: IncidentDeps) {
  let showing = false;
  const tell = (kind: IncidentKind, incident: string) => {
    if (showing) return;
    showing = true;
    void deps
      .showMessage(incidentMessage(deps.texts(), kind, incident, deps.logger.dir))
      .then((button) => {
        if (kind === 'renderer' && button === 1) deps.reloadWindow();
        if (kind === 'windowGone') {
          if (button === 0) deps.reloadWindow();
          else deps.quit();
        }
      })
      .catch(() => undefined)
      .finally(() => {
        showing = false;
      });
  };
  return {
    /** uncaughtException and unhandledRejection in main. */
    mainError(event: string, error: unknown): string {
      const { incident, repeat } = deps.logger.report('main', event, error);
      if (!repeat) tell('main', incident);
      return incident;
    },
    /** A failure main handled itself (a dialog or a file that failed): logged, not shown. */
    handled(event: string, error: unknown): string {
      return deps.logger.record('main', event, error);
    },
    /** The window's process crashed, was killed or ran out of memory. */
    windowGone(details: { reason?: unknown; exitCode?: unknown }): string {
      const reason = typeof details.reason === 'string' ? details.reason : '';
      const incident = deps.logger.record('renderer', 'render-process-gone', {
        code: reason.toUpperCase().replace(/-/g, '_'),
      });
      // A normal exit (the window closed) is no incident to show.
      if (reason !== 'clean-exit') tell('windowGone', incident);
      return incident;
    },
    /** An error the window reported (window 'error' or 'unhandledrejection'). */
    rendererError(raw: unknown): string | null {
      const report = readRendererReport(raw);
      if (!report) return null;
      const { incident, repeat } = deps.logger.report('renderer', report.event, {
        name: report.kind,
        stack: report.stack,
      });
      if (!repeat) tell('renderer', incident);
      return incident;
    },
  };
}

export type Incidents = ReturnType<typeof createIncidents>;
