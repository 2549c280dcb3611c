import type { Role } from '@shared/api/channel';

export interface Area {
  /** First hash segment, in Norwegian like the rest of what the user sees. */
  path: string;
  labelKey: string;
  roles: readonly Role[];
  /** False until the area's issue has landed: shown, but plainly marked as not there yet. */
  built: boolean;
}

const everyone: readonly Role[] = ['admin', 'saksbehandler', 'leder'];
const caseWorkers: readonly Role[] = ['admin', 'saksbehandler'];

export const areas: readonly Area[] = [
  { path: 'oversikt', labelKey: 'nav.overview', roles: everyone, built: true },
  { path: 'saker', labelKey: 'nav.cases', roles: caseWorkers, built: true },
  { path: 'koordinatorer', labelKey: 'nav.coordinators', roles: caseWorkers, built: true },
  { path: 'opplaering', labelKey: 'nav.training', roles: caseWorkers, built: true },
  { path: 'planer', labelKey: 'nav.plans', roles: caseWorkers, built: true },
  { path: 'rapporter', labelKey: 'nav.reports', roles: everyone, built: true },
  { path: 'logg', labelKey: 'nav.audit', roles: ['admin'], built: true },
  { path: 'innstillinger', labelKey: 'nav.settings', roles: everyone, built: true },
];

export function areasFor(role: Role): Area[] {
  return areas.filter((a) => a.roles.includes(role));
}

/** Where a user lands after login: case workers on Saker (their daily work), a leder on Oversikt. */
export function homeFor(role: Role): string {
  return role === 'leder' ? 'oversikt' : 'saker';
}
