import { useTranslation } from 'react-i18next';
import { IMPORT_LIMITS, type ImportCounts, type ImportNotice } from '../../../../shared/api/imports';

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
  return {
    number,
    /** What step 1 says may be read. */
    limits: formatted({ maxMb: IMPORT_LIMITS.maxFileBytes / MB, maxRows: IMPORT_LIMITS.maxRows }),
    /** A notice, refusal or row message from core: a translation key with its values. */
    message: (m: ImportNotice) => t(m.key, { ...formatted(refusalLimits[m.key] ?? {}), ...m.values }),
    /** "12 saker, 11 personer, 3 vedtak": what a batch made, leaving out what it made none of. */
    made: (counts: ImportCounts) => {
      const parts = madeCounts
        .filter((key) => counts[key] > 0)
        .map((key) => t(`imports.made.${key}`, { count: counts[key], number: number(counts[key]) }));
      return parts.length ? parts.join(', ') : t('imports.made.nothing');
    },
  };
}
