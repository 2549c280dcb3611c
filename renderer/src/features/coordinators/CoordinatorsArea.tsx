import type { Route } from '../../app/router';
import { CoordinatorFormPage } from './CoordinatorFormPage';
import { CoordinatorsPage } from './CoordinatorsPage';

/** `#/koordinatorer`, `#/koordinatorer/ny`, `#/koordinatorer/<id>`; the list's search and filter live in the query. */
export function CoordinatorsArea({ route }: { route: Route }) {
  const [, sub] = route.segments;
  if (sub === 'ny') return <CoordinatorFormPage id={null} back={route.query.get('fra') ?? ''} />;
  if (sub && /^\d+$/.test(sub))
    return <CoordinatorFormPage key={sub} id={Number(sub)} back={route.query.get('fra') ?? ''} />;
  return <CoordinatorsPage query={route.query} />;
}
