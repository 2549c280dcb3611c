import { DEFAULT_RETENTION_YEARS, retentionActions, type RetentionSettings } from '@shared/api/retention';

import { getSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';

/** The retention settings in force; one added in a later version starts at its default. */
export function retentionRules(db: Db): RetentionSettings {
  const stored: Partial<RetentionSettings> = getSetting(db, 'retention.rules');
  return {
    years: stored.years ?? DEFAULT_RETENTION_YEARS,
    action: stored.action && retentionActions.includes(stored.action) ? stored.action : 'anonymise',
  };
}
