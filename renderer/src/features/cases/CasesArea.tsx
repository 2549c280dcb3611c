import type { Route } from '../../app/router';
import { CasePage } from './casePage/CasePage';
import { CasesPage } from './CasesPage';
import { NewCasePage } from './NewCasePage';
import { ProtocolPage } from './ProtocolPage';

/**
 * `#/saker` (the list; search and filters in the query), `#/saker/ny`, `#/saker/protokoll`,
 * `#/saker/<id>` and `#/saker/<id>/<step>[/<stepId>]` (the case page and its step forms).
 */
export function CasesArea({ route }: { route: Route }) {
  const [, sub, ...rest] = route.segments;
  if (sub === 'ny') return <NewCasePage back={route.query.get('fra') ?? ''} />;
  if (sub === 'protokoll') return <ProtocolPage query={route.query} />;
  if (sub && /^\d+$/.test(sub))
    return <CasePage key={sub} id={Number(sub)} rest={rest} back={route.query.get('fra') ?? ''} />;
  return <CasesPage />;
}
