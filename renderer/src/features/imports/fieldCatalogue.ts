import type { ImportTarget } from '@shared/api/imports';
import { importFields, importFieldsFor, isImportField } from '@shared/domain/importFields';

/** The field a column of training dates may repeat, once per course. */
export const TRAINING_DATE = 'training.date';
export const TRAINING_COURSE = 'training.course';

/** The fields a column can become for what the sheet holds, in the catalogue's order. */
export function fieldsOf(target: ImportTarget): string[] {
  return importFieldsFor(target).map((f) => f.key);
}

export function isFieldOf(field: string, target: ImportTarget): boolean {
  return isImportField(field) && importFields[field].target === target;
}

/** `person.nationalId` is labelled by `importRows.field.person_nationalId`. */
export function fieldLabelKey(field: string): string {
  return isImportField(field)
    ? importFields[field].labelKey
    : `importRows.field.${field.replaceAll('.', '_')}`;
}
