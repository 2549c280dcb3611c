import type { Input } from '@shared/api/index';
import type { CaseRecord } from '@shared/domain/case';

import { caseFieldValues, toCaseFieldsInput, type CaseFieldValues } from '../../caseFormModel';

export { emptyService, isBlankService } from '../../rowValues';
export type { ServiceValues } from '../../rowValues';

/** What the case details form holds: the case's own fields, as the new-case form holds them. */
export type CaseDetailsValues = CaseFieldValues;

export const caseDetailsValues = (record: CaseRecord): CaseDetailsValues => caseFieldValues(record);

/** The form's text in the contract's shape; the schema then judges it. */
export function toCaseUpdate(v: CaseDetailsValues, id: number): Input<'cases.update'> {
  return { id, ...toCaseFieldsInput(v) };
}
