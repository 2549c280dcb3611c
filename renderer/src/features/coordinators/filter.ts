import type { Coordinator } from '@shared/api/coordinators';
import type { TrainingState } from '@shared/domain/training';

import { matchesWords } from '../../components/textSearch';

export type ActiveFilter = 'aktive' | 'inaktive' | 'alle';

/** Training status as kept in the address (`opplaering=utlopt`); Norwegian, like the rest of it. */
export const trainingFilters = {
  alle: null,
  opplaert: ['trained'],
  'gaar-ut': ['expiresSoon'],
  utlopt: ['expired'],
  'ikke-opplaert': ['never'],
  // Who needs training before (or while) holding cases: the dashboard's question, as a filter.
  'uten-gyldig': ['expired', 'never'],
} as const satisfies Record<string, readonly TrainingState[] | null>;
export type TrainingFilter = keyof typeof trainingFilters;

export const norwegian = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Every word of the query must appear in one of the searchable fields. */
export function filterCoordinators(
  list: Coordinator[],
  query: string,
  active: ActiveFilter,
  training: TrainingFilter = 'alle',
): Coordinator[] {
  const states: readonly TrainingState[] | null = trainingFilters[training];
  return list.filter((c) => {
    if (active === 'aktive' && !c.active) return false;
    if (active === 'inaktive' && c.active) return false;
    if (states && !states.includes(c.training.state)) return false;
    return matchesWords(
      [c.name, c.serviceUnitName, c.position, c.phone.replace(/[\s-]/g, ''), c.email],
      query,
    );
  });
}

export function parseActiveFilter(value: string | null): ActiveFilter {
  return value === 'inaktive' || value === 'alle' ? value : 'aktive';
}

export function parseTrainingFilter(value: string | null): TrainingFilter {
  return value !== null && Object.hasOwn(trainingFilters, value) ? (value as TrainingFilter) : 'alle';
}
