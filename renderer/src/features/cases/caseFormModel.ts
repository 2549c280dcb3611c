import type { z } from 'zod';

import { dateInput, formatDay } from '@renderer/components/dates';
import { caseFields } from '@shared/api/cases';
import type { Applicant, CaseChannel, CaseRecord, Right } from '@shared/domain/case';

import type { ServiceValues } from './rowValues';

/**
 * One model for a case's own fields, used by the new-case form and the case details form alike:
 * what each field holds in the form, its blank value, the value read from a stored case and the
 * value handed to the contract. The table is keyed by the contract's schema (`caseFields`), so a
 * field added there does not compile until it says here how the forms hold it.
 */
interface FieldModel<V, R, I> {
  blank: V;
  fromRecord: (stored: R) => V;
  toInput: (value: V) => I;
}

type CaseFieldKey = keyof typeof caseFields.shape;
type CaseFieldsInput = Required<z.input<typeof caseFields>>;

/** A date is typed as dd.mm.åååå; anything unreadable is passed on, so the schema says so. */
const date: FieldModel<string, string, string> = {
  blank: '',
  fromRecord: formatDay,
  toInput: (text) => dateInput(text) as string,
};

/** A select starts on "choose" (''), which the schema refuses with its own message. */
const choice = <T extends string>(): FieldModel<T | '', T, T> => ({
  blank: '',
  fromRecord: (stored) => stored,
  toInput: (value) => (value || undefined) as T,
});

const text: FieldModel<string, string, string> = {
  blank: '',
  fromRecord: (stored) => stored,
  toInput: (value) => value,
};

const rightsList: FieldModel<Right[], Right[], Right[]> = {
  blank: [],
  fromRecord: (stored) => [...stored],
  // A single checkbox left alone can come back as `false` rather than a list.
  toInput: (value) => (Array.isArray(value) ? value : []),
};

const services: FieldModel<ServiceValues[], CaseRecord['services'], CaseFieldsInput['services']> = {
  blank: [],
  fromRecord: (stored) =>
    stored.map((s) => ({
      serviceUnitId: s.serviceUnitId === null ? '' : String(s.serviceUnitId),
      provider: s.provider,
      contact: s.contact,
      status: s.status,
    })),
  toInput: (rows) =>
    rows.map((s) => ({
      serviceUnitId: s.serviceUnitId === '' ? null : Number(s.serviceUnitId),
      provider: s.provider,
      contact: s.contact,
      status: s.status,
    })),
};

const caseFieldModels = {
  receivedDate: date,
  channel: choice<CaseChannel>(),
  appliedBy: choice<Applicant>(),
  appliedByName: text,
  rightsRequested: rightsList,
  needDescription: text,
  services,
} satisfies {
  [K in CaseFieldKey]: {
    fromRecord: (stored: CaseRecord[K]) => unknown;
    toInput: (value: never) => CaseFieldsInput[K];
  };
};

type Models = typeof caseFieldModels;

/** What the forms hold for the case's own fields; paths mirror the contract (`services.1.provider`). */
export type CaseFieldValues = { [K in CaseFieldKey]: Models[K]['blank'] };

/** The contract's case fields, in the schema's order. */
const caseFieldKeys = Object.keys(caseFields.shape) as CaseFieldKey[];

/** Every field as one model sees it: the table's entries each narrowed to their own key. */
const modelOf = (key: CaseFieldKey) => caseFieldModels[key] as FieldModel<unknown, unknown, unknown>;

const eachField = <T>(value: (key: CaseFieldKey) => T) =>
  Object.fromEntries(caseFieldKeys.map((key) => [key, value(key)]));

/** The blank form, with what a new case starts from (received today, by phone) filled in. */
export function blankCaseFields(overrides: Partial<CaseFieldValues> = {}): CaseFieldValues {
  return { ...(eachField((key) => structuredClone(modelOf(key).blank)) as CaseFieldValues), ...overrides };
}

/** A stored case's fields as the form shows them. */
export function caseFieldValues(record: CaseRecord): CaseFieldValues {
  return eachField((key) => modelOf(key).fromRecord(record[key])) as CaseFieldValues;
}

/** The form's text in the contract's shape; the schema then judges it. */
export function toCaseFieldsInput(values: CaseFieldValues): CaseFieldsInput {
  return eachField((key) => modelOf(key).toInput(values[key])) as CaseFieldsInput;
}
