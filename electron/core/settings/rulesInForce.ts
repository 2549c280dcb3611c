import { DEFAULT_SUPPRESSION_THRESHOLD, type ReportSettings } from '@shared/api/reports';
import { DEFAULT_RETENTION_YEARS, retentionActions, type RetentionSettings } from '@shared/api/retention';
import { defaultCaseRules, type CaseRules } from '@shared/domain/case';
import { defaultCoordinationRules, type CoordinationRules } from '@shared/domain/coordinationRules';
import { defaultPlanRules, type PlanRules } from '@shared/domain/plan';

import type { Db } from '../storage/database';
import { getSetting, setSetting, type StoredCoordinationRules } from './settingsRepo';

/*
 * The rules in force, read from the settings in one place for every feature. A rule added in a
 * later version starts at its default.
 */

/**
 * The deadline settings in force. A rule a later version dropped (the appeal deadline for "other
 * decisions") is left out, so the stored value of an older register is read, shown, saved and
 * exported without it.
 */
export function caseRules(db: Db): CaseRules {
  const stored: Partial<CaseRules> = getSetting(db, 'case.rules');
  return {
    ...knownOnly(defaultCaseRules, stored),
    legalReferences: knownOnly(defaultCaseRules.legalReferences, stored.legalReferences),
  };
}

/** The defaults, with what is stored for each of their keys and nothing else. */
function knownOnly<T extends object>(defaults: T, stored: Partial<T> | undefined): T {
  const out = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof T)[]) {
    const value = stored?.[key];
    if (value !== undefined) out[key] = value as T[keyof T];
  }
  return out;
}

/** The settings for coordinators' work in force. */
export function coordinationRules(db: Db): CoordinationRules {
  return {
    ...defaultCoordinationRules,
    ...coordinationRulesFromStored(getSetting(db, 'coordination.rules')),
  };
}

/** Stores the settings for coordinators' work under their stored keys. */
export function saveCoordinationRules(db: Db, rules: CoordinationRules): void {
  setSetting(db, 'coordination.rules', storedCoordinationRules(rules));
}

/*
 * The one place the stored keys of the coordination rules meet their names: a case's days
 * "without a coordinator" are stored (and exported, and named in audit rows) as `unappointedDays`.
 */

/** The rules named by what is stored; a key not stored stays out. */
export function coordinationRulesFromStored(
  stored: Partial<StoredCoordinationRules>,
): Partial<CoordinationRules> {
  const { unappointedDays, ...rest } = stored;
  return unappointedDays === undefined ? rest : { ...rest, withoutCoordinatorDays: unappointedDays };
}

/** The rules as they are stored, in the order they have always been stored. */
export function storedCoordinationRules({
  withoutCoordinatorDays,
  ...rest
}: CoordinationRules): StoredCoordinationRules {
  return { ...rest, unappointedDays: withoutCoordinatorDays };
}

/** The settings for plans in force. */
export function planRules(db: Db): PlanRules {
  return { ...defaultPlanRules, ...getSetting(db, 'plan.rules') };
}

/** The report's settings in force. */
export function reportRules(db: Db): ReportSettings {
  const stored: Partial<ReportSettings> = getSetting(db, 'report.rules');
  return { suppressionThreshold: stored.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD };
}

/** The retention settings in force; an action not known any more reads as anonymise. */
export function retentionRules(db: Db): RetentionSettings {
  const stored: Partial<RetentionSettings> = getSetting(db, 'retention.rules');
  return {
    years: stored.years ?? DEFAULT_RETENTION_YEARS,
    action: stored.action && retentionActions.includes(stored.action) ? stored.action : 'anonymise',
  };
}
