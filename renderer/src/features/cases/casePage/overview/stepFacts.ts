import type { TFunction } from 'i18next';

import { formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';
import type { CaseStep, Decision } from '@shared/domain/case';
import { appealWithinDeadline } from '@shared/domain/deadlines';

import { rightInText } from '../texts';

export type Fact = [label: string, value: string];

/** What a step is, in a few words: "Vedtak om barnekoordinator". */
export function stepTitle(t: TFunction, step: CaseStep, detail: CaseDetail): string {
  switch (step.kind) {
    case 'consent':
      return t(`case.consentType.${step.type}`);
    case 'assessment':
    case 'decision':
      return t(`case.stepTitle.${step.kind}`, { right: rightInText(t, step.right) });
    case 'appeal': {
      const decision = decisionOf(detail, step.decisionId);
      return t('case.stepTitle.appeal', { right: rightInText(t, decision?.right) });
    }
    default:
      return t(`case.stepTitle.${step.kind}`);
  }
}

function decisionOf(detail: CaseDetail, id: number): Decision | undefined {
  return detail.record.steps.find((s): s is Decision => s.kind === 'decision' && s.id === id);
}

const yesNo = (t: TFunction, value: boolean) => (value ? t('case.yes') : t('case.no'));
const withDate = (t: TFunction, text: string, date: string | null) =>
  date ? t('case.valueWithDate', { value: text, date: formatDay(date) }) : text;

/** The key facts of a step for the timeline; empty texts are left out. */
export function stepFacts(t: TFunction, step: CaseStep, detail: CaseDetail): Fact[] {
  const facts = factsOf(t, step, detail);
  return facts.filter(([, value]) => value.trim() !== '');
}

function factsOf(t: TFunction, step: CaseStep, detail: CaseDetail): Fact[] {
  const f = (key: string) => t(`case.field.${key}`);
  switch (step.kind) {
    case 'mapping':
      return [
        [f('mappingForm'), t(`case.mappingForm.${step.form}`)],
        [f('participants'), step.participants],
        [f('childParticipated'), yesNo(t, step.childParticipated)],
        [f('childViews'), step.childViews],
      ];
    case 'consent':
      return [
        [f('givenBy'), [t(`case.consentGiver.${step.givenBy}`), step.givenByName].filter(Boolean).join(', ')],
        [f('validUntil'), formatDay(step.validUntil)],
        [f('scope'), step.scope],
        [f('withdrawnDate'), formatDay(step.withdrawnDate)],
      ];
    case 'interimReply':
      return [
        [f('interimReason'), step.reason],
        [f('expectedDate'), formatDay(step.expectedDate)],
      ];
    case 'assessment':
      return step.conditions.map((c) => [
        t(`case.condition.${c.key}`),
        c.note
          ? t('case.resultWithNote', { result: t(`case.conditionResult.${c.result}`), note: c.note })
          : t(`case.conditionResult.${c.result}`),
      ]);
    case 'decision': {
      const deadline = detail.overview.deadlines.find((d) => d.kind === 'appeal' && d.decisionId === step.id);
      return [
        [f('outcome'), t(`enums.decisionOutcome.${step.outcome}`)],
        [f('notifiedDate'), step.notifiedDate ? formatDay(step.notifiedDate) : t('case.notNotified')],
        [t('case.appealDeadline'), deadline ? formatDay(deadline.dueDate) : ''],
        [f('legalBasis'), step.legalBasis],
        [f('reasons'), step.reasons],
      ];
    }
    case 'appeal': {
      const decision = decisionOf(detail, step.decisionId);
      const inTime = decision ? appealWithinDeadline(step, decision, detail.rules) : true;
      return [
        [t('case.appealInTime'), yesNo(t, inTime)],
        [
          f('reassessment'),
          step.reassessment
            ? withDate(t, t(`case.reassessment.${step.reassessment}`), step.reassessmentDate)
            : t('case.notYet'),
        ],
        [f('forwardedDate'), formatDay(step.forwardedDate)],
        [
          f('governorOutcome'),
          step.governorOutcome
            ? withDate(t, t(`case.governorOutcome.${step.governorOutcome}`), step.governorOutcomeDate)
            : '',
        ],
      ];
    }
    case 'transition':
      return [
        [f('transitionOutcome'), t(`case.transitionOutcome.${step.outcome}`)],
        [f('extendedUntil'), formatDay(step.extendedUntil)],
        [f('note'), step.note],
      ];
    case 'closing':
      return [
        [f('closingReason'), t(`case.closingReason.${step.reason}`)],
        [f('note'), step.note],
      ];
    case 'reopening':
      return [[f('reopeningReason'), step.reason]];
  }
}
