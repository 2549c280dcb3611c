import { hrefFor } from '@renderer/app/router';

/** The sections of the plan page; a form returns to its own section (`#/planer/12?vis=mal`). */
export const planSections = ['oversikt', 'punkter', 'mal', 'ansvarsgruppe', 'moter'] as const;
export type PlanSection = (typeof planSections)[number];

export const sectionQuery = 'vis';

export function planHref(caseId: number, section?: PlanSection): string {
  return hrefFor(['planer', String(caseId)], section ? { [sectionQuery]: section } : {});
}

/** A form of the plan: `#/planer/12/mal/ny`, `#/planer/12/tiltak/7`. */
export function planFormHref(caseId: number, ...segments: (string | number)[]): string {
  return hrefFor(['planer', String(caseId), ...segments.map(String)]);
}

export const sectionId = (section: PlanSection) => `plan-${section}`;
