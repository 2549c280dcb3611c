import type { CaseService, CaseStep } from '../../../shared/domain/case';

/**
 * A step with every free text emptied and every code, date and link kept: what the leadership
 * report counts (outcomes, dates, reasons as codes) stays, what a person could be known by goes.
 * A step kind without free text comes back as it was.
 */
export function scrubStep(step: CaseStep): CaseStep {
  switch (step.kind) {
    case 'mapping':
      return { ...step, participants: '', childViews: '' };
    case 'consent':
      return { ...step, givenByName: '', scope: '' };
    case 'interimReply':
      return { ...step, reason: '' };
    case 'assessment':
      return { ...step, conditions: step.conditions.map((c) => ({ ...c, note: '' })) };
    case 'decision':
      return { ...step, reasons: '', legalBasis: '' };
    case 'transition':
      return { ...step, note: '' };
    case 'closing':
      return { ...step, note: '' };
    case 'reopening':
      return { ...step, reason: '' };
    case 'appeal':
      return step;
  }
}

/** The services the case named: which unit and whether received or needed stay; names go. */
export const scrubServices = (services: readonly CaseService[]): CaseService[] =>
  services.map((s) => ({ ...s, provider: '', contact: '' }));
