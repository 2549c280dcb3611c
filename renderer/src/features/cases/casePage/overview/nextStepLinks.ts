import type { TFunction } from 'i18next';

import { coordinatorHref } from '@renderer/features/coordinators/paths';
import { planFormHref, planHref } from '@renderer/features/plans/planPage/paths';
import type { CaseDetail } from '@shared/api/cases';
import type { NextAction } from '@shared/domain/case';
import { latestOf, stepsOf } from '@shared/domain/caseSteps';

import { caseHref, coordinationHref, nextActionHref, stepHref } from '../paths';
import { rightInText } from '../texts';

/** Where a next step is done: a step form, the coordinator's page or the plan's. */
export function nextStepHref(detail: CaseDetail, step: NextAction, back: string): string {
  const id = detail.record.id;
  const param = (key: string) => Number(step.params?.[key]);
  switch (step.kind) {
    case 'childParticipation': {
      // The child's participation is a fact of the mapping conversation: correct the latest.
      const mapping = latestOf(stepsOf(detail.record, 'mapping'));
      return stepHref(id, 'mapping', back, mapping ? { stepId: mapping.id } : {});
    }
    case 'renewConsent':
    case 'planConsent':
      return stepHref(id, 'consent', back);
    case 'appointCoordinator':
      return coordinationHref(id, 'ny', back);
    case 'informFamily':
      return coordinationHref(id, param('appointmentId'), back);
    case 'trainCoordinator':
    case 'reviewCaseload':
      // The coordinator page leads back to this case, and the case to its list.
      return coordinatorHref(param('coordinatorId'), caseHref(id, back));
    case 'startPlan':
    case 'revisePlan':
    case 'evaluatePlan':
      return planFormHref(id, 'endre');
    case 'planMeeting':
      return planFormHref(id, 'mote', 'ny');
    case 'followUpMeasures':
      return planHref(id, 'mal');
    default:
      return nextActionHref(detail, step, back);
  }
}

/** "Registrer vedtak om barnekoordinator", "Sørg for at Kari Nordmann får opplæring". */
export function nextStepText(t: TFunction, step: NextAction): string {
  const type = step.params?.type;
  return t(`case.nextAction.${step.kind}`, {
    ...step.params,
    right: rightInText(t, step.right),
    type: type === undefined ? '' : t(`case.consentTypeInText.${String(type)}`),
  });
}
