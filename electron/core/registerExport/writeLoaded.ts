import { defaultCaseRules, type CaseRules } from '@shared/domain/case';
import type { CoordinationRules } from '@shared/domain/coordinationRules';

import { saveLetterSettings } from '../letters/lettersRepo';
import { saveCoordinationRules } from '../settings/rulesInForce';
import { setSetting } from '../settings/settingsRepo';
import type { Db } from '../storage/database';
import type { CheckedExport } from './checkExport';
import { SHEETS } from './exportSheets';
import { LoadWriter } from './loadWriter';
import { writeLoadedArchiveCopies, writeLoadedCases, writeLoadedLetters } from './writeLoadedCases';
import { writeLoadedCoordinators } from './writeLoadedCoordinators';
import { writeLoadedPlans } from './writeLoadedPlans';

/**
 * The last step of a load: the checked export written into the register with new ids, each kind
 * of record after the ones it points to, then the rule settings the file carries. It runs inside
 * the load's one transaction, so a row the schema refuses undoes all of it.
 */

/**
 * Writes the checked export into the register with new ids, in file Id order (so records keep
 * their order where the Id breaks a tie). Call inside a transaction; returns rows per sheet.
 */
export function writeLoaded(db: Db, checked: CheckedExport): Record<string, number> {
  const w = new LoadWriter(db, checked);
  writeLoadedCoordinators(w);
  writeLoadedCases(w);
  writeLoadedPlans(w);
  writeLoadedLetters(w);
  writeLoadedArchiveCopies(w);
  writeLoadedSettings(db, checked.settings);
  const { rows } = checked;
  return Object.fromEntries(SHEETS.filter((s) => s.loaded).map((s) => [s.key, rows[s.key].length]));
}

/** The rule settings the file carries; a legal reference its case rules lack keeps its default. */
function writeLoadedSettings(db: Db, settings: CheckedExport['settings']): void {
  if (settings['case.rules']) {
    const input = settings['case.rules'] as Omit<CaseRules, 'legalReferences'> & {
      legalReferences?: Partial<CaseRules['legalReferences']>;
    };
    setSetting(db, 'case.rules', {
      ...input,
      legalReferences: { ...defaultCaseRules.legalReferences, ...input.legalReferences },
    });
  }
  if (settings['coordination.rules'])
    saveCoordinationRules(db, settings['coordination.rules'] as CoordinationRules);
  if (settings['plan.rules']) setSetting(db, 'plan.rules', settings['plan.rules'] as never);
  if (settings['report.rules']) setSetting(db, 'report.rules', settings['report.rules'] as never);
  if (settings['letters.settings']) saveLetterSettings(db, settings['letters.settings'] as never);
  if (settings['retention.rules']) setSetting(db, 'retention.rules', settings['retention.rules'] as never);
}
