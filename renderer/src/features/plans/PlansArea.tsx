import type { Route } from '../../app/router';
import { PlanPage } from './planPage/PlanPage';
import { PlansPage } from './PlansPage';

/**
 * `#/planer` (the list; its search and filters live in the query) and `#/planer/<caseId>/…`, the
 * plan page of a case and its forms (the segments after the id). Anything else shows the list.
 */
export function PlansArea({ route }: { route: Route }) {
  const [, id, ...segments] = route.segments;
  if (id && /^\d+$/.test(id)) return <PlanPage key={id} caseId={Number(id)} segments={segments} />;
  return <PlansPage query={route.query} />;
}
