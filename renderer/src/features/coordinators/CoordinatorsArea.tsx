import type { Route } from '../../app/router';
import { CompletionFormPage } from './CompletionFormPage';
import { CoordinatorFormPage } from './CoordinatorFormPage';
import { CoordinatorPage } from './CoordinatorPage';
import { CoordinatorsPage } from './CoordinatorsPage';
import { wayBack } from './paths';

/**
 * `#/koordinatorer` (the list; its search and filters live in the query), `#/koordinatorer/ny`,
 * `#/koordinatorer/<id>` (the coordinator page), `#/koordinatorer/<id>/endre` and
 * `#/koordinatorer/<id>/opplaering` (a completed course). `fra` is the list or case to go back to.
 */
export function CoordinatorsArea({ route }: { route: Route }) {
  const [, sub, page] = route.segments;
  const back = wayBack(route.query.get('fra'));
  if (sub === 'ny') return <CoordinatorFormPage id={null} back={back} />;
  if (sub && /^\d+$/.test(sub)) {
    const id = Number(sub);
    if (page === 'endre') return <CoordinatorFormPage key={sub} id={id} back={back} />;
    if (page === 'opplaering') return <CompletionFormPage key={sub} id={id} back={back} />;
    return <CoordinatorPage key={sub} id={id} back={back} />;
  }
  return <CoordinatorsPage query={route.query} />;
}
