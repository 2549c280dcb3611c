import { Button, Fieldset, Radio } from '@digdir/designsystemet-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { reportPeriodInput } from '@shared/api/reports';

import { formatDay, dateInput } from '../../components/dates';
import { DateField } from '../../components/fields';
import { errorText, validateWith } from '../../components/formErrors';
import { SelectField } from '../../components/SelectField';
import {
  describePeriod,
  halfPeriod,
  quarterPeriod,
  yearPeriod,
  yearsUpTo,
  type PeriodKind,
  type ReportPeriod,
} from './period';

interface Values {
  kind: PeriodKind;
  year: string;
  quarter: string;
  half: string;
  from: string;
  to: string;
}

const kinds: readonly PeriodKind[] = ['quarter', 'half', 'year', 'custom'];

interface Props {
  period: ReportPeriod;
  today: string;
  /** Called with a valid period only: a half-typed date never reaches core. */
  onChoose: (period: ReportPeriod) => void;
}

/** The period as chosen in the form: a quarter, a half-year, a year, or two typed dates. */
function chosenPeriod(values: Values): { from: string | null; to: string | null } {
  const year = Number(values.year);
  switch (values.kind) {
    case 'quarter':
      return quarterPeriod(year, Number(values.quarter));
    case 'half':
      return halfPeriod(year, Number(values.half));
    case 'year':
      return yearPeriod(year);
    case 'custom':
      return { from: dateInput(values.from), to: dateInput(values.to) };
  }
}

/**
 * Which period the report covers. It opens the way the current period was picked (a quarter in
 * the URL shows as that quarter), and the two dates of a custom period are checked with the
 * contract's own rule before the report is asked for.
 */
export function PeriodChooser({ period, today, onChoose }: Props) {
  const { t } = useTranslation();
  const described = describePeriod(period);
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    defaultValues: {
      kind: described.kind,
      year: String(described.year),
      quarter: String(described.kind === 'quarter' ? described.part : 1),
      half: String(described.kind === 'half' ? described.part : 1),
      from: formatDay(period.from),
      to: formatDay(period.to),
    },
  });
  const kind = useWatch({ control, name: 'kind' });
  const err = errorText(formState.errors, t);
  const years = yearsUpTo(today);

  const onSubmit = handleSubmit((values) => {
    const parsed = validateWith(reportPeriodInput, chosenPeriod(values), setError);
    if (parsed) onChoose(parsed);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="report-period no-print">
      <Fieldset className="choices-inline">
        <Fieldset.Legend>{t('reports.period.kind')}</Fieldset.Legend>
        {kinds.map((k) => (
          <Radio key={k} label={t(`reports.period.${k}`)} value={k} {...register('kind')} />
        ))}
      </Fieldset>
      <div className="filter-row">
        {kind !== 'custom' && (
          <SelectField label={t('reports.period.chooseYear')} width="auto" {...register('year')}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
        )}
        {kind === 'quarter' && (
          <SelectField label={t('reports.period.chooseQuarter')} width="auto" {...register('quarter')}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t(`reports.period.q${q}`)}
              </option>
            ))}
          </SelectField>
        )}
        {kind === 'half' && (
          <SelectField label={t('reports.period.chooseHalf')} width="auto" {...register('half')}>
            {[1, 2].map((h) => (
              <option key={h} value={h}>
                {t(`reports.period.h${h}`)}
              </option>
            ))}
          </SelectField>
        )}
        {kind === 'custom' && (
          <>
            <DateField label={t('reports.period.from')} error={err('from')} registration={register('from')} />
            <DateField label={t('reports.period.to')} error={err('to')} registration={register('to')} />
          </>
        )}
        <div>
          <Button type="submit">{t('reports.period.show')}</Button>
        </div>
      </div>
    </form>
  );
}
