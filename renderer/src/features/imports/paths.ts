import type { Route } from '../../app/router';

/** Innstillinger → Import: the link to the wizard and the earlier batches. */
export const IMPORT_SETTINGS_HREF = '#/innstillinger/import';

/** The wizard itself, a page of its own under Innstillinger (administrators only). */
export const IMPORT_WIZARD_HREF = '#/innstillinger/import/ny';

export function isImportWizardRoute(route: Route): boolean {
  return (
    route.segments[0] === 'innstillinger' && route.segments[1] === 'import' && route.segments[2] === 'ny'
  );
}
