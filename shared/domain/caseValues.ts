/**
 * The values a case's own fields take (DOMAIN.md section 3), on their own so that the contract's
 * schema of those fields (shared/api/caseFields.ts) and the case record (case.ts, which re-exports
 * them) import them without importing each other.
 */

export const rights = ['individuellPlan', 'koordinator', 'barnekoordinator'] as const;
export type Right = (typeof rights)[number];

/** How the case reached the KE: an application, a report from a service, or the KE itself. */
export const caseChannels = ['electronicForm', 'paper', 'oral', 'serviceReport', 'ownInitiative'] as const;
export type CaseChannel = (typeof caseChannels)[number];

export const applicants = ['person', 'guardian', 'nextOfKin', 'proxy', 'service', 'ke'] as const;
export type Applicant = (typeof applicants)[number];
