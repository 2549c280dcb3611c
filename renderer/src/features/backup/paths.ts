import { hrefFor, type Route } from '../../app/router';

/** Innstillinger → Sikkerhetskopi. */
export const BACKUP_SETTINGS_HREF = '#/innstillinger/sikkerhetskopi';

/**
 * The restore flow: `#/sikkerhetskopi/gjenopprett`, optionally with the file filled in (`?fil=`).
 * It stands outside the app shell, since it replaces the register the shell shows.
 */
export function restoreHref(file?: string): string {
  return hrefFor(['sikkerhetskopi', 'gjenopprett'], file ? { fil: file } : undefined);
}

export function isRestoreRoute(route: Route): boolean {
  return route.segments[0] === 'sikkerhetskopi' && route.segments[1] === 'gjenopprett';
}
