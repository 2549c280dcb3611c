import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import type { LetterKind } from '@shared/api/letters';
import { closingInForce, isLater, stepsOf } from '@shared/domain/caseSteps';

import { navigate } from '../../app/router';
import { formatDay } from '../../components/dates';
import { ChoiceField } from '../../components/fields';
import { caseHref } from '../cases/casePage/paths';
import { newLetterHref } from './paths';

interface Values {
  kind: LetterKind | '';
  decisionId: string;
}

/**
 * `#/saker/<id>/brev`: which letter to write. An interim reply while the case is open; a decision
 * letter for any decision recorded on the case, also after closing (a decision may be sent out as
 * the case ends).
 */
export function ChooseLetterPage({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const { record, person } = detail;
  const closed = closingInForce(record) !== null;
  const decisions = stepsOf(record, 'decision').sort((a, b) => (isLater(a, b) ? -1 : 1));
  const { register, handleSubmit, control, setError, formState } = useForm<Values>({
    defaultValues: {
      kind: closed ? 'decision' : '',
      decisionId: decisions.length === 1 ? String(decisions[0]!.id) : '',
    },
  });
  const kind = useWatch({ control, name: 'kind' });
  const err = (name: keyof Values) => formState.errors[name]?.message;

  const onSubmit = handleSubmit((v) => {
    if (v.kind === '')
      return setError('kind', { message: t('letters.choose.pickKind') }, { shouldFocus: true });
    if (v.kind === 'decision' && v.decisionId === '')
      return setError('decisionId', { message: t('letters.choose.pickDecision') }, { shouldFocus: true });
    navigate(newLetterHref(record.id, v.kind, v.kind === 'decision' ? Number(v.decisionId) : null, back));
  });

  const kinds = (closed ? (['decision'] as const) : (['interimReply', 'decision'] as const)).map((k) => ({
    value: k,
    label: t(`letters.kind.${k}`),
  }));

  return (
    <section className="page narrow">
      <Link href={caseHref(record.id, back)}>{t('case.backToCase')}</Link>
      <div>
        <Heading level={1} data-size="lg">
          {t('letters.choose.title')}
        </Heading>
        <Paragraph className="form-subject">
          {t('case.formSubject', { name: person.name, number: record.caseNumber })}
        </Paragraph>
      </div>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        {closed && <Alert data-color="info">{t('letters.choose.closedInterim')}</Alert>}
        <ChoiceField
          legend={t('letters.choose.legend')}
          choices={kinds}
          error={err('kind')}
          registration={register('kind')}
        />
        {kind === 'decision' &&
          (decisions.length === 0 ? (
            <Alert data-color="warning">{t('letters.choose.noDecisions')}</Alert>
          ) : (
            <ChoiceField
              legend={t('letters.choose.decisionLegend')}
              choices={decisions.map((d) => ({
                value: String(d.id),
                label: t('letters.choose.decisionChoice', {
                  right: t(`enums.right.${d.right}`),
                  outcome: t(`enums.decisionOutcome.${d.outcome}`),
                  date: formatDay(d.decisionDate),
                }),
              }))}
              error={err('decisionId')}
              registration={register('decisionId')}
            />
          ))}
        <div className="button-row">
          <Button type="submit" disabled={kind === 'decision' && decisions.length === 0}>
            {t('letters.choose.next')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => navigate(caseHref(record.id, back))}>
            {t('case.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
