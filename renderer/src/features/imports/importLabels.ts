import { useTranslation } from 'react-i18next';

import {
  IMPORT_LIMITS,
  type ImportCounts,
  type ImportNotice,
  type ImportTarget,
  type RowMessage,
} from '@shared/api/imports';

/** The figures of a batch or a dry run that say what was (or will be) made, in this order. */
const madeCounts = [
  'cases',
  'persons',
  'decisions',
  'appointments',
  'plans',
  'coordinators',
  'completions',
  'serviceUnits',
] as const satisfies readonly (keyof ImportCounts)[];

const MB = 1024 * 1024;

/**
 * What a "join" row is for what the sheet holds: a case added to a person already there, or new
 * courses added to a coordinator already there (`imports.check.counts.*`, `imports.outcome.*`).
 */
export const joinKey = (target: ImportTarget) => (target === 'cases' ? 'joinCases' : 'joinCoordinators');

/**
 * A refusal from `imports.open` names its key only (`fields.file`); the limit it speaks of is the
 * contract's, filled in here. Values core sends with a message win.
 */
const refusalLimits: Record<string, Record<string, number>> = {
  'importFile.refused.tooLarge': { maxMb: IMPORT_LIMITS.maxFileBytes / MB },
  'importFile.refused.unpackedTooLarge': { maxMb: IMPORT_LIMITS.maxUnpackedBytes / MB },
  'importFile.refused.tooManySheets': { max: IMPORT_LIMITS.maxSheets },
  'importFile.refused.tooManyRows': { max: IMPORT_LIMITS.maxRows },
  'importFile.refused.tooManyColumns': { max: IMPORT_LIMITS.maxColumns },
};

/** Texts shared by the wizard's steps and the list of batches. */
export function useImportLabels() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO').format;
  const formatted = (values: Record<string, number>) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, number(v)]));
  const message = (m: ImportNotice) => t(m.key, { ...formatted(refusalLimits[m.key] ?? {}), ...m.values });
  return {
    number,
    /** What step 1 says may be read. */
    limits: formatted({ maxMb: IMPORT_LIMITS.maxFileBytes / MB, maxRows: IMPORT_LIMITS.maxRows }),
    /** A notice, refusal or row message from core: a translation key with its values. */
    message,
    /**
     * A row's problem or note, after the label of the field it is about, as the Kolonner step
     * names it. The field is an import field or one of its parts (`case.closedDate.date`); a form's
     * own field that core checked (`decisionDate`) has no label here, and the text stands alone.
     */
    rowMessage: (m: RowMessage) => {
      const parts = m.field?.split('.') ?? [];
      for (let n = parts.length; n > 0; n--) {
        const key = `importRows.field.${parts.slice(0, n).join('_')}`;
        if (i18n.exists(key)) return `${t(key)}: ${message(m)}`;
      }
      return message(m);
    },
    /** "12 saker, 11 personer, 3 vedtak": what a batch made, leaving out what it made none of. */
    made: (counts: ImportCounts) => {
      const parts = madeCounts
        .filter((key) => counts[key] > 0)
        .map((key) => t(`imports.made.${key}`, { count: counts[key], number: number(counts[key]) }));
      return parts.length ? parts.join(', ') : t('imports.made.nothing');
    },
  };
}
