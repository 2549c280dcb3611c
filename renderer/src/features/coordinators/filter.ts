import type { Coordinator } from '../../../../shared/api/coordinators';

export type ActiveFilter = 'aktive' | 'inaktive' | 'alle';

export const norwegian = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Lower-cased, accent-folded text for matching what a user types (but æ, ø, å stay letters). */
function fold(text: string): string {
  return text.toLocaleLowerCase('nb').replace(/[éèê]/g, 'e').replace(/[üú]/g, 'u');
}

/** Every word of the query must appear in one of the searchable fields. */
export function filterCoordinators(list: Coordinator[], query: string, active: ActiveFilter): Coordinator[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return list.filter((c) => {
    if (active === 'aktive' && !c.active) return false;
    if (active === 'inaktive' && c.active) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [c.name, c.serviceUnitName, c.position, c.phone.replace(/[\s-]/g, ''), c.email].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}

export function parseActiveFilter(value: string | null): ActiveFilter {
  return value === 'inaktive' || value === 'alle' ? value : 'aktive';
}
