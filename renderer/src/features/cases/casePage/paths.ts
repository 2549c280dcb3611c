import { hrefFor } from '@renderer/app/router';
import type { CaseDetail } from '@shared/api/cases';
import { rights, type NextAction, type Right, type StepKind } from '@shared/domain/case';
import { awaitsMunicipality, decisionsInForce, isAtGovernor, stepsOf } from '@shared/domain/caseSteps';

/** The Norwegian URL segment of each step form: `#/saker/12/vedtak`. */
export const stepSegments = {
  mapping: 'kartlegging',
  consent: 'samtykke',
  interimReply: 'forelopig-svar',
  assessment: 'vurdering',
  decision: 'vedtak',
  appeal: 'klage',
  transition: 'overgang-18',
  closing: 'avslutning',
  reopening: 'gjenapning',
} as const satisfies Record<StepKind, string>;

export function stepKindOf(segment: string | undefined): StepKind | null {
  const found = Object.entries(stepSegments).find(([, s]) => s === segment);
  return found ? (found[0] as StepKind) : null;
}

/** `#/saker/12/koordinator/ny` appoints, `/bytt` changes, `/<appointmentId>` corrects one. */
export function coordinationHref(caseId: number, what: 'ny' | 'bytt' | number, back: string): string {
  return hrefFor(['saker', String(caseId), 'koordinator', String(what)], withBack(back));
}

/** `?rett=barnekoordinator` preselects the right in the assessment and decision forms. */
export function rightOf(value: string | null): Right | null {
  return (rights as readonly string[]).includes(value ?? '') ? (value as Right) : null;
}

/** `fra` keeps the list's filter, so "back" from the case returns to the same list. */
const withBack = (back: string, query: Record<string, string> = {}) =>
  back ? { ...query, fra: back } : query;

export function caseHref(caseId: number, back: string): string {
  return hrefFor(['saker', String(caseId)], withBack(back));
}

export function pageHref(caseId: number, page: 'person' | 'detaljer', back: string): string {
  return hrefFor(['saker', String(caseId), page], withBack(back));
}

export function stepHref(
  caseId: number,
  kind: StepKind,
  back: string,
  options: { stepId?: number; right?: Right } = {},
): string {
  const segments = ['saker', String(caseId), stepSegments[kind]];
  if (options.stepId !== undefined) segments.push(String(options.stepId));
  return hrefFor(segments, withBack(back, options.right ? { rett: options.right } : {}));
}

/** Where the next action is done: a new step, or the step that is waiting for more. */
export function nextActionHref(detail: CaseDetail, action: NextAction, back: string): string {
  const { record } = detail;
  const id = record.id;
  const appeals = stepsOf(record, 'appeal');
  const appealWhere = (test: (a: (typeof appeals)[number]) => boolean) => {
    const appeal = appeals.find(test);
    return stepHref(id, 'appeal', back, appeal ? { stepId: appeal.id } : {});
  };
  switch (action.kind) {
    case 'registerBirth':
      return pageHref(id, 'person', back);
    case 'reassessAppeal':
      return appealWhere((a) => a.reassessment === null);
    case 'forwardAppeal':
      return appealWhere(awaitsMunicipality);
    case 'recordGovernorOutcome':
      return appealWhere(isAtGovernor);
    case 'notify': {
      const decision = decisionsInForce(record).find(
        (d) => d.right === action.right && d.notifiedDate === null,
      );
      return stepHref(id, 'decision', back, decision ? { stepId: decision.id } : { right: action.right });
    }
    case 'assess':
      return stepHref(id, 'assessment', back, { right: action.right });
    case 'decide':
      return stepHref(id, 'decision', back, { right: action.right });
    case 'close':
      return stepHref(id, 'closing', back);
    case 'mapping':
    case 'consent':
    case 'interimReply':
    case 'transition':
      return stepHref(id, action.kind, back);
    default:
      // The steps warnings ask for have their own places (overview/nextStepLinks.ts).
      return caseHref(id, back);
  }
}
