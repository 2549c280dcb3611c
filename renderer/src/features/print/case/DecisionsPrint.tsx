import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';
import type { Appeal, RightOverview } from '@shared/domain/case';
import { appealsOf } from '@shared/domain/caseSteps';

import { daysText, deadlineSentence, rightName } from '../../cases/casePage/texts';
import { Breakable } from '../Breakable';

type T = TFunction;

/** Each right asked for with the decision in force and any appeal; then every deadline in words. */
export function DecisionsPrint({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { deadlines } = detail.overview;
  return (
    <>
      <section className="print-section" aria-labelledby="print-decisions">
        <h2 id="print-decisions">{t('print.case.decisionsTitle')}</h2>
        <table className="print-grid">
          <thead>
            <tr>
              <th scope="col">{t('print.case.right')}</th>
              <th scope="col">{t('print.case.decision')}</th>
              <th scope="col">{t('case.field.notifiedDate')}</th>
              <th scope="col">{t('case.field.legalBasis')}</th>
              <th scope="col">{t('print.case.appeal')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.overview.rights.map((r) => (
              <DecisionRow key={r.right} detail={detail} right={r} t={t} />
            ))}
          </tbody>
        </table>
      </section>
      <section className="print-section" aria-labelledby="print-deadlines">
        <h2 id="print-deadlines">{t('case.deadlinesTitle')}</h2>
        {deadlines.length === 0 ? (
          <p>{t('case.noDeadlines')}</p>
        ) : (
          <ul>
            {deadlines.map((d) => {
              const days = daysText(t, d);
              return (
                <li key={`${d.kind}-${d.decisionId ?? ''}`}>
                  {days
                    ? t('case.sentenceWithDays', { sentence: deadlineSentence(t, d), days })
                    : deadlineSentence(t, d)}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}

function DecisionRow({ detail, right: r, t }: { detail: CaseDetail; right: RightOverview; t: T }) {
  const decision = r.decision;
  const appeals = decision ? appealsOf(detail.record, decision.id) : [];
  return (
    <tr>
      <th scope="row">{rightName(t, r.right)}</th>
      <td>
        {decision
          ? t('case.decisionSummary', {
              outcome: t(`enums.decisionOutcome.${decision.outcome}`),
              date: formatDay(decision.decisionDate),
            })
          : t('case.notDecided')}
      </td>
      <td>
        {decision ? (decision.notifiedDate ? formatDay(decision.notifiedDate) : t('case.notNotified')) : ''}
      </td>
      <td>
        <Breakable text={decision?.legalBasis ?? ''} />
      </td>
      <td>
        {appeals.length === 0
          ? decision
            ? t('print.case.noAppeal')
            : ''
          : appeals.map((a) => appealText(t, a)).join('; ')}
      </td>
    </tr>
  );
}

/** "Klage mottatt 01.03.2027. Kommunen: ikke medhold 10.03.2027. Statsforvalteren: ..." */
function appealText(t: T, a: Appeal): string {
  const parts = [t('print.case.appealReceived', { date: formatDay(a.receivedDate) })];
  if (a.reassessment)
    parts.push(
      t('print.case.appealReassessment', {
        outcome: t(`case.reassessment.${a.reassessment}`),
        date: formatDay(a.reassessmentDate),
      }),
    );
  if (a.forwardedDate) parts.push(t('print.case.appealForwarded', { date: formatDay(a.forwardedDate) }));
  if (a.governorOutcome)
    parts.push(
      t('print.case.appealGovernor', {
        outcome: t(`case.governorOutcome.${a.governorOutcome}`),
        date: formatDay(a.governorOutcomeDate),
      }),
    );
  return parts.join(' ');
}
