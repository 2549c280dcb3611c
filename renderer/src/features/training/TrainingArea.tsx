import type { Route } from '../../app/router';
import { CourseFormPage } from './CourseFormPage';
import { GuidanceFormPage } from './GuidanceFormPage';
import { trainingSegments } from './paths';
import { SessionFormPage } from './SessionFormPage';
import { TrainingPage } from './TrainingPage';

/**
 * `#/opplaering` (the overview), and the forms `#/opplaering/samling/ny`, `#/opplaering/samling/<id>`,
 * the same for `veiledning` and `kurs`. Anything else shows the overview.
 */
export function TrainingArea({ route }: { route: Route }) {
  const [, kind, which] = route.segments;
  const id = which === 'ny' ? null : which && /^\d+$/.test(which) ? Number(which) : undefined;
  if (id !== undefined) {
    // Keyed by the address, so going from one record's form to another's starts afresh.
    const key = `${kind}/${which}`;
    if (kind === trainingSegments.session) return <SessionFormPage key={key} id={id} />;
    if (kind === trainingSegments.guidance) return <GuidanceFormPage key={key} id={id} />;
    if (kind === trainingSegments.course) return <CourseFormPage key={key} id={id} />;
  }
  return <TrainingPage />;
}
