import type { CaseDetail } from '@shared/api/cases';
import type { Right, StepKind } from '@shared/domain/case';
import type { StepOf } from '@shared/domain/caseSteps';

/** What every step form gets: the case, the step when one is corrected, and where to go back. */
export interface StepFormProps<K extends StepKind> {
  detail: CaseDetail;
  step: StepOf<K> | null;
  /** From `?rett=`: the right to assess or decide. */
  right: Right | null;
  back: string;
  cancelHref: string;
}
