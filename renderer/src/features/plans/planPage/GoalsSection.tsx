import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDay } from '@renderer/components/dates';
import { ErrorAlert } from '@renderer/components/ErrorAlert';
import type { PlanDetail } from '@shared/api/plans';
import type { Goal, GoalStatus, Measure, MeasureStatus } from '@shared/domain/plan';
import { isRunningPlan, measureIsOverdue } from '@shared/domain/planOverview';

import type { Fact } from '../../cases/casePage/overview/stepFacts';
import { FactList } from '../../cases/casePage/overview/Timeline';
import { planFormHref, sectionId } from './paths';
import { usePlanChange } from './queries';
import { RemoveConfirm } from './RemoveConfirm';

const goalColors: Record<GoalStatus, string> = {
  notStarted: 'neutral',
  inProgress: 'info',
  achieved: 'success',
  discontinued: 'neutral',
};
const measureColors: Record<MeasureStatus, string> = {
  planned: 'neutral',
  inProgress: 'info',
  done: 'success',
  cancelled: 'neutral',
};

type Move = (what: 'goal' | 'measure', id: number, direction: 'up' | 'down') => void;

/** Goals in the plan's order with their measures; reordered, edited and removed from here. */
export function GoalsSection({ detail }: { detail: PlanDetail }) {
  const { t } = useTranslation();
  const moveGoal = usePlanChange('plans.moveGoal');
  const moveMeasure = usePlanChange('plans.moveMeasure');
  const { caseId, goals } = detail;
  const readOnly = detail.caseClosed;

  // The moved row is drawn again in its new place: the focus goes back to the button pressed,
  // or to its other one when the row reached the top or the bottom.
  const move: Move = (what, id, direction) => {
    const done = () => {
      const buttons = [...document.querySelectorAll<HTMLElement>(`[data-move^="${what}-${id}-"]`)];
      (buttons.find((b) => b.dataset.move === `${what}-${id}-${direction}`) ?? buttons[0])?.focus();
    };
    if (what === 'goal') moveGoal.mutate({ caseId, goalId: id, direction }, { onSuccess: done });
    else moveMeasure.mutate({ caseId, measureId: id, direction }, { onSuccess: done });
  };

  return (
    <section aria-labelledby={sectionId('mal')} className="case-section">
      <div className="section-head">
        <Heading level={2} data-size="sm" id={sectionId('mal')} tabIndex={-1}>
          {t('plan.goals.title')}
        </Heading>
        {!readOnly && (
          <Button asChild variant="secondary" data-size="sm">
            <a href={planFormHref(caseId, 'mal', 'ny')}>{t('plan.goals.add')}</a>
          </Button>
        )}
      </div>
      <ErrorAlert error={moveGoal.error ?? moveMeasure.error} />
      {goals.length === 0 ? (
        <Paragraph>{t('plan.goals.none')}</Paragraph>
      ) : (
        <ol className="timeline">
          {goals.map((goal, i) => (
            <GoalEntry
              key={goal.id}
              detail={detail}
              goal={goal}
              first={i === 0}
              last={i === goals.length - 1}
              move={move}
              moving={moveGoal.isPending || moveMeasure.isPending}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function GoalEntry({
  detail,
  goal,
  first,
  last,
  move,
  moving,
}: {
  detail: PlanDetail;
  goal: Goal;
  first: boolean;
  last: boolean;
  move: Move;
  moving: boolean;
}) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  const remove = usePlanChange('plans.removeGoal');
  const readOnly = detail.caseClosed;
  const name = t('plan.goals.goalInName', { text: goal.text });
  const facts: Fact[] = [
    [t('plan.goals.area'), t(`plan.area.${goal.area}`)],
    [t('plan.goals.targetDate'), formatDay(goal.targetDate) || t('plan.fact.notRecorded')],
  ];
  if (goal.achievedDate) facts.push([t('plan.goals.achievedDate'), formatDay(goal.achievedDate)]);
  const count = goal.measures.length;

  return (
    <li>
      <div className="timeline-head">
        <Heading level={3} data-size="2xs">
          {goal.text} <Tag data-color={goalColors[goal.status]}>{t(`plan.goalStatus.${goal.status}`)}</Tag>
        </Heading>
        {!readOnly && (
          <div className="button-row">
            <Button asChild variant="secondary" data-size="sm">
              <a href={planFormHref(detail.caseId, 'mal', goal.id)}>
                {t('plan.goals.edit')} <span className="visually-hidden">{name}</span>
              </a>
            </Button>
            <MoveButtons
              what="goal"
              id={goal.id}
              name={name}
              first={first}
              last={last}
              move={move}
              moving={moving}
            />
            <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => setRemoving(true)}>
              {t('plan.goals.remove')} <span className="visually-hidden">{name}</span>
            </Button>
          </div>
        )}
      </div>
      <FactList facts={facts} />
      {removing && (
        <RemoveConfirm
          question={t('plan.goals.removeQuestion', { text: goal.text })}
          explanation={
            count === 0 ? t('plan.goals.removeExplanationNone') : t('plan.goals.removeExplanation', { count })
          }
          confirm={t('plan.goals.removeConfirm')}
          mutation={remove}
          // The entry and its question go: the focus goes to the section's heading, not to <body>.
          // The promise, unlike mutate's callbacks, settles after the entry has gone; a refusal is
          // shown in the question.
          onConfirm={() =>
            remove
              .mutateAsync({ caseId: detail.caseId, goalId: goal.id })
              .then(() => document.getElementById(sectionId('mal'))?.focus())
              .catch(() => undefined)
          }
          onCancel={() => setRemoving(false)}
        />
      )}
      {count === 0 ? (
        <Paragraph data-size="sm">{t('plan.goals.noMeasures')}</Paragraph>
      ) : (
        <ol className="plain-list plan-measures">
          {goal.measures.map((m, i) => (
            <MeasureEntry
              key={m.id}
              detail={detail}
              goal={goal}
              measure={m}
              first={i === 0}
              last={i === count - 1}
              move={move}
              moving={moving}
            />
          ))}
        </ol>
      )}
      {!readOnly && (
        <div className="button-row">
          <Button asChild variant="tertiary" data-size="sm">
            <a href={planFormHref(detail.caseId, 'mal', goal.id, 'tiltak', 'ny')}>
              {t('plan.goals.addMeasure')} <span className="visually-hidden">{name}</span>
            </a>
          </Button>
        </div>
      )}
    </li>
  );
}

function MeasureEntry({
  detail,
  goal,
  measure: m,
  first,
  last,
  move,
  moving,
}: {
  detail: PlanDetail;
  goal: Goal;
  measure: Measure;
  first: boolean;
  last: boolean;
  move: Move;
  moving: boolean;
}) {
  const { t } = useTranslation();
  const name = t('plan.goals.measureInName', { text: m.text });
  // As the warnings count them: in a running plan, not under a goal achieved or discontinued.
  const overdue =
    detail.overview !== null &&
    isRunningPlan(detail.overview.status) &&
    measureIsOverdue(goal, m, detail.today);
  return (
    <li className="row-box">
      <div className="timeline-head">
        <span>
          <strong>{m.text}</strong>{' '}
          <Tag data-color={measureColors[m.status]}>{t(`plan.measureStatus.${m.status}`)}</Tag>{' '}
          {overdue && <Tag data-color="danger">{t('plan.goals.overdue')}</Tag>}
        </span>
        {!detail.caseClosed && (
          <div className="button-row">
            <Button asChild variant="secondary" data-size="sm">
              <a href={planFormHref(detail.caseId, 'tiltak', m.id)}>
                {t('plan.goals.edit')} <span className="visually-hidden">{name}</span>
              </a>
            </Button>
            <MoveButtons
              what="measure"
              id={m.id}
              name={name}
              first={first}
              last={last}
              move={move}
              moving={moving}
            />
          </div>
        )}
      </div>
      <FactList
        facts={[
          [t('plan.goals.responsible'), m.serviceUnitName ?? t('plan.goals.noUnit')],
          [t('plan.goals.dueDate'), formatDay(m.dueDate) || t('plan.fact.notRecorded')],
        ]}
      />
    </li>
  );
}

/** Up and down, named after the row; the first has no "up", the last no "down". */
function MoveButtons({
  what,
  id,
  name,
  first,
  last,
  move,
  moving,
}: {
  what: 'goal' | 'measure';
  id: number;
  name: string;
  first: boolean;
  last: boolean;
  move: Move;
  moving: boolean;
}) {
  const { t } = useTranslation();
  const button = (direction: 'up' | 'down') => (
    <Button
      variant="tertiary"
      data-size="sm"
      data-move={`${what}-${id}-${direction}`}
      aria-disabled={moving || undefined}
      onClick={() => !moving && move(what, id, direction)}
    >
      {t(direction === 'up' ? 'plan.goals.moveUp' : 'plan.goals.moveDown')}{' '}
      <span className="visually-hidden">{name}</span>
    </Button>
  );
  return (
    <>
      {!first && button('up')}
      {!last && button('down')}
    </>
  );
}
