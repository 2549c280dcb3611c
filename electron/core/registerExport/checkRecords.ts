import { caseFields, stepInput } from '@shared/api/cases';
import { api } from '@shared/api/index';
import type { StepKind } from '@shared/domain/case';
import { checkNationalId } from '@shared/domain/nationalId';
import texts from '@shared/i18n/registerExport.nb.json' with { type: 'json' };

import { coordinationRulesFromStored } from '../settings/rulesInForce';
import { EXPORTED_CASE_FIELDS } from './caseSheets';
import { sheetName } from './exportSheets';
import { cellRefusal, refusal } from './loadRefusals';
import type { ParsedExport, Row } from './parsedExport';
import { LOADED_SETTINGS, type LoadedSetting } from './settingsSheets';
import { KINDS_WITH_DATE, STEP_FIELDS } from './stepFields';

/**
 * The records of a loaded export that the contract has schemas for, checked by those same schemas
 * (the fødselsnummer, a case's fields, each workflow step, the rule settings), so a load takes
 * nothing the screens would refuse.
 */

const CASE_FIELD_COLUMNS: Record<string, string> = Object.fromEntries(
  EXPORTED_CASE_FIELDS.map((f) => [f.key, f.column.key]),
);

/** A case's fields as the contract takes them; a column a file of an older format lacks is left out. */
const caseFieldsOf = (r: Row) =>
  Object.fromEntries(
    EXPORTED_CASE_FIELDS.map(({ key, column }) => {
      const value = r.v[column.key];
      return [key, value === null && column.since !== undefined ? undefined : value];
    }),
  );

/** Stands in for a text anonymisation emptied while the rest of the step is checked. */
const EMPTIED = '-';

/**
 * The step's fields as the contract takes them, from its row; the stored JSON is what it returns.
 * In an anonymised case (schema v11) a free text the screens require may be empty: anonymising
 * empties them all (`scrubStep`), so the rest of such a step is checked and the texts stay empty.
 */
function stepOf(r: Row, anonymised: boolean): Record<string, unknown> {
  const kind = r.v.kind as StepKind;
  const step: Record<string, unknown> = { kind };
  const emptyTexts: string[] = [];
  if (KINDS_WITH_DATE.has(kind)) step.date = r.v.date;
  for (const f of STEP_FIELDS) {
    const value = r.v[f.key];
    if (!f.kinds.includes(kind)) {
      if (value !== null) throw cellRefusal('notForKind', 'steps', r.row, f.key);
      continue;
    }
    // An empty optional text or yes/no is left to the schema's default ('' or false).
    if (
      value === null &&
      (f.type === 'text' || f.type === 'boolean' || f.type === 'json' || f.type === 'number')
    ) {
      if (f.type === 'text') emptyTexts.push(f.key);
      continue;
    }
    step[f.key] = value;
  }
  let parsed = stepInput.safeParse(step);
  let emptied: Record<string, string> = {};
  if (!parsed.success && anonymised && emptyTexts.length > 0) {
    const filled = stepInput.safeParse({
      ...step,
      ...Object.fromEntries(emptyTexts.map((key) => [key, EMPTIED])),
    });
    if (filled.success) {
      parsed = filled;
      emptied = Object.fromEntries(emptyTexts.map((key) => [key, '']));
    }
  }
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'kind');
    const column = field in (texts.registerExport.columns.steps as object) ? field : 'kind';
    throw cellRefusal('invalidValue', 'steps', r.row, column);
  }
  const data: Record<string, unknown> = { ...parsed.data, ...emptied };
  delete data.kind;
  delete data.id;
  return data;
}

/** The persons' fødselsnummer and the cases' fields checked; returns each step's checked data. */
export function checkRecords(
  parsed: ParsedExport,
  allowSynthetic: boolean,
): Map<Row, Record<string, unknown>> {
  for (const r of parsed.persons) {
    const nationalId = r.v.national_id as string | null;
    if (nationalId !== null && !checkNationalId(nationalId, { allowSynthetic }).ok)
      throw refusal('nationalId', { sheet: sheetName('persons'), row: r.row });
  }
  for (const r of parsed.cases) {
    const result = caseFields.safeParse({ ...caseFieldsOf(r), services: [] });
    if (!result.success) {
      const column = CASE_FIELD_COLUMNS[String(result.error.issues[0]?.path[0])] ?? 'received_date';
      throw cellRefusal('invalidValue', 'cases', r.row, column);
    }
  }
  const anonymised = new Set(
    parsed.cases.filter((r) => r.v.anonymised_at !== null).map((r) => r.v.id as number),
  );
  const stepData = new Map<Row, Record<string, unknown>>();
  for (const r of parsed.steps) stepData.set(r, stepOf(r, anonymised.has(r.v.case_id as number)));
  return stepData;
}

/** The rule settings of the file, checked by the contract's own schemas. */
export function settingsOf(parsed: ParsedExport): Partial<Record<LoadedSetting, unknown>> {
  const parts = new Map<string, { part: number; value: string }[]>();
  for (const r of parsed.settings) {
    const key = r.v.key as string;
    parts.set(key, [...(parts.get(key) ?? []), { part: r.v.part as number, value: r.v.value as string }]);
  }
  const schemas = {
    'case.rules': api['cases.updateRules'].input,
    'coordination.rules': api['coordinators.updateRules'].input,
    'plan.rules': api['plans.updateRules'].input,
    'report.rules': api['reports.updateSettings'].input,
    'letters.settings': api['letters.updateSettings'].input,
    'retention.rules': api['retention.updateSettings'].input,
  } as const;
  const out: Partial<Record<LoadedSetting, unknown>> = {};
  for (const key of LOADED_SETTINGS) {
    const found = parts.get(key);
    if (!found) continue;
    const text = found
      .sort((a, b) => a.part - b.part)
      .map((p) => p.value)
      .join('');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw refusal('setting', { sheet: sheetName('settings'), key });
    }
    // The coordination rules are checked by the names the contract gives their stored keys.
    if (key === 'coordination.rules' && typeof value === 'object' && value !== null)
      value = coordinationRulesFromStored(value);
    const result = schemas[key].safeParse(value);
    if (!result.success) throw refusal('setting', { sheet: sheetName('settings'), key });
    out[key] = result.data;
  }
  return out;
}
