import type { AuditAnchorFinding } from '@shared/api/audit';
import type { BackupSettings } from '@shared/api/backup';
import { DEFAULT_SUPPRESSION_THRESHOLD, type ReportSettings } from '@shared/api/reports';
import { DEFAULT_RETENTION_YEARS, type RetentionSettings } from '@shared/api/retention';
import { defaultCaseRules, type CaseRules } from '@shared/domain/case';
import { defaultPlanRules, type PlanRules } from '@shared/domain/plan';

import type { SavedMapping } from '../imports/savedMapping';
import type { Db } from '../storage/database';

/**
 * The coordination rules as stored: under the keys they have always had, so older registers, audit
 * rows and export workbooks read the same. rulesInForce.ts maps them to the rules' names.
 */
export interface StoredCoordinationRules {
  trainingNoticeDays: number;
  unappointedDays: number;
}

/** Settings with their defaults (DOMAIN.md: configurable facts are settings, never literals). */
export const settingDefaults = {
  'municipality.name': '',
  'session.idleTimeoutMinutes': 10,
  'register.demo': false,
  'recovery.confirmedAt': null as string | null,
  'case.rules': defaultCaseRules as CaseRules,
  /** Nothing stored reads as the defaults (rulesInForce.ts). */
  'coordination.rules': {} as Partial<StoredCoordinationRules>,
  'plan.rules': defaultPlanRules as PlanRules,
  'report.rules': { suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD } as ReportSettings,
  /** How long a closed case stays after closing, and whether it is then anonymised or deleted. */
  'retention.rules': { years: DEFAULT_RETENTION_YEARS, action: 'anonymise' } as RetentionSettings,
  /** Backups: the second place, the age Oversikt warns at, and the rotation. */
  'backup.settings': {
    secondFolder: null,
    maxAgeDays: 7,
    keepDaily: 7,
    keepWeekly: 5,
    keepMonthly: 12,
  } as BackupSettings,
  /** The newest backup taken: when, and the audit row it reached (what changed since). */
  'backup.last': null as { at: string; auditCount: number } | null,
  /** The newest automatic backup that failed (or wrote only beside the register), until one succeeds. */
  'backup.lastFailure': null as { at: string; message: string } | null,
  /** The number of the newest change of who can unlock whose audit row is written (keyring.ts). */
  'keys.recordedChange': 0,
  /** The log was found cut or rewritten against its anchor when the register opened. */
  'audit.anchorFinding': null as AuditAnchorFinding | null,
  /** What the stored case summaries were derived with: summary version and rules in force. */
  'case.summariesDerivedWith': null as string | null,
  /** What the stored plan summaries were derived with: summary version and plan rules in force. */
  'plan.summariesDerivedWith': null as string | null,
  /** Retention: the file's clean-up after a removal (VACUUM, checkpoint) is still to run. */
  'retention.purgePending': false,
  /** Column and value choices of earlier imports, found again by a sheet's headers. */
  'import.mappings': [] as SavedMapping[],
};
export type SettingKey = keyof typeof settingDefaults;
type SettingValue<K extends SettingKey> = (typeof settingDefaults)[K];

export function getSetting<K extends SettingKey>(db: Db, key: K): SettingValue<K> {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as SettingValue<K>) : settingDefaults[key];
}

export function setSetting<K extends SettingKey>(db: Db, key: K, value: SettingValue<K>): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
