import { Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { PersonMatch } from '@shared/api/persons';
import { checkNationalId } from '@shared/domain/nationalId';

import { formatDay } from '../../components/dates';
import { DateField } from '../../components/fields';
import { errorText } from '../../components/formErrors';
import { ExistingPerson } from './ExistingPerson';
import { nationalIdProblemKeys, type NewCaseValues } from './newCaseForm';
import { RelationFields } from './RelationFields';
import type { RelationValues, Rows } from './rowValues';

interface Props {
  /** The registered person the case will be for, once the user has chosen them. */
  chosen: PersonMatch | null;
  /** What the register says about the number typed (asked by the page, which must know too). */
  lookup: { digits: string | null; match: PersonMatch | null; searching: boolean; notFound: boolean };
  onChoose: (match: PersonMatch) => void;
  onClear: () => void;
  /** Demo and test registers accept Tenor's synthetic numbers. */
  allowSynthetic: boolean;
  /** The guardians' rows, owned by the page so it can take out the empty ones on save. */
  relationRows: Rows<RelationValues>;
}

/** Who the case is about: a person already registered (found by number), or a new one. */
export function PersonFields({ chosen, lookup, onChoose, onClear, allowSynthetic, relationRows }: Props) {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<NewCaseValues>();
  const [numberText, unborn, interpreter] = useWatch({
    control,
    name: ['person.nationalId', 'person.unborn', 'person.interpreterNeeded'],
  });
  const err = errorText(formState.errors, t);
  const { digits, match } = lookup;
  const check = digits ? checkNationalId(digits, { allowSynthetic }) : null;

  if (chosen) {
    return (
      <div className="boxed chosen-person">
        <Paragraph role="status">
          {t('cases.new.usingExisting', {
            name: chosen.person.name,
            born: chosen.person.birthDate ? formatDay(chosen.person.birthDate) : '–',
          })}
        </Paragraph>
        <div>
          <Button variant="secondary" data-size="sm" onClick={onClear}>
            {t('cases.new.otherPerson')}
          </Button>
        </div>
      </div>
    );
  }

  // An invalid number has its own message beside the field; "fill in the person" would contradict it.
  const numberStatus = !digits
    ? ''
    : lookup.searching
      ? t('cases.new.searching')
      : match
        ? t('cases.new.existingFound', { name: match.person.name })
        : lookup.notFound && check?.ok
          ? t('cases.new.notRegistered')
          : '';

  return (
    <>
      {!unborn && (
        <Textfield
          label={t('case.field.nationalId')}
          description={
            check?.ok
              ? t('cases.new.birthFromNumber', { date: formatDay(check.birthDate) })
              : t('cases.new.nationalIdHelp')
          }
          inputMode="numeric"
          autoComplete="off"
          className="id-field"
          error={
            err('person.nationalId') ??
            (check && !check.ok ? t(nationalIdProblemKeys[check.reason]) : undefined)
          }
          {...register('person.nationalId')}
        />
      )}
      <p role="status" className="status-line">
        {numberStatus}
      </p>
      {match ? (
        <ExistingPerson match={match} onUse={() => onChoose(match)} />
      ) : (
        <NewPersonFields
          showUnborn={!digits && numberText.trim() === ''}
          unborn={unborn}
          interpreter={interpreter}
          relationRows={relationRows}
        />
      )}
    </>
  );
}

function NewPersonFields({
  showUnborn,
  unborn,
  interpreter,
  relationRows,
}: {
  showUnborn: boolean;
  unborn: boolean;
  interpreter: boolean;
  relationRows: Rows<RelationValues>;
}) {
  const { t } = useTranslation();
  const { register, formState } = useFormContext<NewCaseValues>();
  const err = errorText(formState.errors, t);
  return (
    <>
      {(showUnborn || unborn) && <Checkbox label={t('cases.new.unborn')} {...register('person.unborn')} />}
      {unborn && (
        <DateField
          label={t('case.field.dueDate')}
          error={err('person.dueDate')}
          registration={register('person.dueDate')}
        />
      )}
      <Textfield
        label={t('case.field.name')}
        description={unborn ? t('cases.new.nameUnbornHelp') : undefined}
        autoComplete="off"
        error={err('person.name')}
        {...register('person.name')}
      />
      {showUnborn && !unborn && (
        <DateField
          label={t('cases.new.birthDate')}
          help={t('cases.new.birthDateHelp')}
          error={err('person.birthDate')}
          registration={register('person.birthDate')}
        />
      )}
      <Textfield
        label={t('case.field.address')}
        autoComplete="off"
        error={err('person.address')}
        {...register('person.address')}
      />
      <div className="row-grid">
        <Textfield
          label={t('case.field.phone')}
          type="tel"
          autoComplete="off"
          error={err('person.phone')}
          {...register('person.phone')}
        />
        <Textfield
          label={t('case.field.email')}
          type="email"
          autoComplete="off"
          error={err('person.email')}
          {...register('person.email')}
        />
      </div>
      <Checkbox label={t('case.field.interpreterNeeded')} {...register('person.interpreterNeeded')} />
      {interpreter && (
        <Textfield
          label={t('cases.new.interpreterLanguage')}
          autoComplete="off"
          error={err('person.interpreterLanguage')}
          {...register('person.interpreterLanguage')}
        />
      )}
      <RelationFields rows={relationRows} at="person.relations" />
    </>
  );
}
