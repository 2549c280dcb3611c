import { defaultCaseRules, type CaseRules } from '../../../shared/domain/case';
import { defaultCoordinationRules, type CoordinationRules } from '../../../shared/domain/training';
import { defaultPlanRules, type PlanRules } from '../../../shared/domain/plan';
import { DEFAULT_SUPPRESSION_THRESHOLD, type ReportSettings } from '../../../shared/api/reports';
import type { Db } from '../storage/database';

/** Settings with their defaults (DOMAIN.md: configurable facts are settings, never literals). */
export const settingDefaults = {
  'municipality.name': '',
  'session.idleTimeoutMinutes': 10,
  'register.demo': false,
  'recovery.confirmedAt': null as string | null,
  'case.rules': defaultCaseRules as CaseRules,
  'coordination.rules': defaultCoordinationRules as CoordinationRules,
  'plan.rules': defaultPlanRules as PlanRules,
  'report.rules': { suppressionThreshold: DEFAULT_SUPPRESSION_THRESHOLD } as ReportSettings,
  /** What the stored case summaries were derived with: summary version and rules in force. */
  'case.summariesDerivedWith': null as string | null,
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
