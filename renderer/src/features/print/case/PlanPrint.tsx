import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import type { PlanDetail } from '@shared/api/plans';
import type { Goal } from '@shared/domain/plan';

import { useCoordinationTexts } from '../../appointments/texts';
import { progressText } from '../../plans/planPage/texts';
import { Facts } from './Facts';

type T = TFunction;

/** The individual plan: where it stands, and its goals with their measures in the plan's order. */
export function PlanPrint({ plan: detail, asked }: { plan: PlanDetail; asked: boolean }) {
  const { t } = useTranslation();
  const texts = useCoordinationTexts();
  const { plan, overview } = detail;
  // A case that never asked for a plan and has none: nothing to say on paper.
  if (!plan && !asked) return null;
  return (
    <section className="print-section" aria-labelledby="print-plan">
      <h2 id="print-plan">{t('plan.title')}</h2>
      {!plan || !overview ? (
        <p>{t('plan.noPlan.text')}</p>
      ) : (
        <>
          <Facts
            facts={[
              [t('plan.statusLabel'), t(`plan.status.${overview.status}`)],
              [t('plan.fact.period'), planPeriod(t, plan.periodStart, plan.periodEnd)],
              [t('plan.fact.nextRevision'), formatDay(plan.nextRevisionDate) || t('plan.fact.notRecorded')],
              [
                t('plan.fact.lastEvaluation'),
                formatDay(overview.lastEvaluation) || t('plan.fact.notRecorded'),
              ],
              [t('plan.fact.nextMeeting'), formatDay(overview.nextMeeting)],
              [
                t('plan.fact.coordinator'),
                detail.coordinator
                  ? t('plan.fact.coordinatorName', {
                      name: detail.coordinator.name,
                      role: texts.role(detail.coordinator.role),
                    })
                  : t('plan.fact.withoutCoordinator'),
              ],
              [t('plan.fact.tool'), plan.tool ? toolText(t, plan.tool, plan.toolReference) : ''],
              [t('plan.fact.progress'), plan.wanted ? progressText(t, overview.progress) : ''],
              [t('plan.fact.closed'), formatDay(plan.closedDate)],
            ]}
          />
          {plan.wanted && <Goals goals={detail.goals} t={t} />}
        </>
      )}
    </section>
  );
}

function Goals({ goals, t }: { goals: Goal[]; t: T }) {
  return (
    <>
      <h3>{t('plan.goals.title')}</h3>
      {goals.length === 0 ? (
        <p>{t('print.case.noGoals')}</p>
      ) : (
        <ol className="print-goals">
          {goals.map((g) => (
            <li key={g.id}>
              <strong>{g.text}</strong>
              <p>{goalFacts(t, g)}</p>
              {g.measures.length === 0 ? (
                <p>{t('plan.goals.noMeasures')}</p>
              ) : (
                <ul>
                  {g.measures.map((m) => (
                    <li key={m.id}>
                      {t('print.case.measure', {
                        text: m.text,
                        responsible: m.serviceUnitName ?? t('plan.goals.noUnit'),
                        status: t(`plan.measureStatus.${m.status}`),
                      })}
                      {m.dueDate && `, ${t('print.case.measureDue', { date: formatDay(m.dueDate) })}`}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** "Livsområde: Helse · Status: Under arbeid · Måldato: 01.06.2027". */
function goalFacts(t: T, g: Goal): string {
  const parts = [
    `${t('plan.goals.area')}: ${t(`plan.area.${g.area}`)}`,
    `${t('plan.statusLabel')}: ${t(`plan.goalStatus.${g.status}`)}`,
  ];
  if (g.targetDate) parts.push(`${t('plan.goals.targetDate')}: ${formatDay(g.targetDate)}`);
  if (g.achievedDate) parts.push(`${t('plan.goals.achievedDate')}: ${formatDay(g.achievedDate)}`);
  return parts.join(' · ');
}

function planPeriod(t: T, from: string | null, to: string | null): string {
  if (from && to) return t('plan.fact.periodFromTo', { from: formatDay(from), to: formatDay(to) });
  if (from) return t('plan.fact.periodFrom', { from: formatDay(from) });
  if (to) return t('plan.fact.periodTo', { to: formatDay(to) });
  return t('plan.fact.notRecorded');
}

function toolText(t: T, tool: string, reference: string): string {
  const name = t(`plan.tool.${tool}`);
  return reference ? t('plan.toolWithReference', { tool: name, reference }) : name;
}
