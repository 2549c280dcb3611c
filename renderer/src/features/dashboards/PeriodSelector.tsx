import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { DashboardKey, Period } from '@shared/api/dashboards';

import { navigate } from '../../app/router';
import { formatDay } from '../../components/dates';
import { DateField } from '../../components/fields';
import { SelectField } from '../../components/SelectField';
import { dashboardHref } from './paths';
import {
  checkPeriod,
  choiceFor,
  periodChoices,
  presetPeriod,
  type AddressPeriod,
  type PeriodChoice,
} from './period';

interface Props {
  dashboard: DashboardKey;
  /** The period as the address holds it. */
  address: AddressPeriod;
  /** The period core counted (shown in the date fields when the user picks their own). */
  shown: Period | null;
  today: string;
}

/**
 * The period of Koordinatorbytter and IP-fremdrift. A preset applies at once; the user's own
 * period applies when both dates read and the end is not before the start, else the problem is
 * said beside the field and nothing is asked. The period lives in the address (`fra`, `til`).
 */
export function PeriodSelector({ dashboard, address, shown, today }: Props) {
  const { t } = useTranslation();
  const addressKey = address.kind === 'period' ? `${address.period.from}/${address.period.to}` : address.kind;
  // A pick holds while the address is the one it was made on; back from a list, the address rules.
  const [picked, setPicked] = useState<{ on: string; choice: PeriodChoice } | null>(null);
  const choice = picked?.on === addressKey ? picked.choice : choiceFor(address, today);

  const onChoice = (next: PeriodChoice) => {
    setPicked({ on: addressKey, choice: next });
    if (next !== 'custom') navigate(dashboardHref(dashboard, presetPeriod(next, today)), { replace: true });
  };

  return (
    <Fieldset className="dashboard-period no-print">
      <Fieldset.Legend>{t('dashboards.period.legend')}</Fieldset.Legend>
      <div className="filter-row">
        <SelectField
          label={t('dashboards.period.choice')}
          value={choice}
          onChange={(e) => onChoice(e.target.value as PeriodChoice)}
        >
          {periodChoices.map((c) => (
            <option key={c} value={c}>
              {t(`dashboards.period.${c}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {choice === 'custom' && (
        <CustomPeriodForm
          key={`${addressKey}|${shown?.from ?? ''}|${shown?.to ?? ''}`}
          dashboard={dashboard}
          address={address}
          shown={shown}
        />
      )}
    </Fieldset>
  );
}

interface FormValues {
  from: string;
  to: string;
}

/** What the date fields start with: the period on screen, or what the address held if unreadable. */
function startingText(address: AddressPeriod, shown: Period | null): FormValues {
  if (address.kind === 'invalid') {
    const text = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(v) : v);
    return { from: text(address.from), to: text(address.to) };
  }
  return { from: formatDay(shown?.from), to: formatDay(shown?.to) };
}

function CustomPeriodForm({ dashboard, address, shown }: Omit<Props, 'today'>) {
  const { t } = useTranslation();
  const { register, handleSubmit, setError, formState } = useForm<FormValues>({
    defaultValues: startingText(address, shown),
  });

  // An unreadable period in the address is said beside the fields it belongs in.
  useEffect(() => {
    if (address.kind !== 'invalid') return;
    const values = startingText(address, shown);
    const checked = checkPeriod(values.from, values.to);
    const problems = 'problems' in checked ? checked.problems : { from: 'dashboards.period.addressInvalid' };
    for (const [field, key] of Object.entries(problems))
      setError(field as keyof FormValues, { message: key }, { shouldFocus: false });
    // The form is remounted for another address (its key), so once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onSubmit = handleSubmit((values) => {
    const checked = checkPeriod(values.from, values.to);
    if ('problems' in checked) {
      for (const [field, key] of Object.entries(checked.problems))
        setError(field as keyof FormValues, { message: key }, { shouldFocus: true });
      return;
    }
    navigate(dashboardHref(dashboard, checked.period), { replace: true });
  });

  const err = (field: keyof FormValues) => {
    const key = formState.errors[field]?.message;
    return key ? t(key) : undefined;
  };

  return (
    <form className="inline-form" onSubmit={onSubmit} noValidate>
      <DateField label={t('dashboards.period.from')} error={err('from')} registration={register('from')} />
      <DateField label={t('dashboards.period.to')} error={err('to')} registration={register('to')} />
      <Button type="submit" variant="secondary">
        {t('dashboards.period.show')}
      </Button>
    </form>
  );
}
