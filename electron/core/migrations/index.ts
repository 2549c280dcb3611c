import { initial } from './001-initial';
import { cases } from './002-cases';
import { drafts } from './003-drafts';
import { coordination } from './004-coordination';
import { plans } from './005-plans';
import { letters } from './006-letters';
import { dashboardIndexes } from './007-dashboard-indexes';
import { imports } from './008-imports';
import { caseOutcomes } from './009-case-outcomes';
import { archiveCopies } from './010-archive-copies';
import { retention } from './011-retention';
import { auditPersons } from './012-audit-persons';
import { caseSearch } from './013-case-search';
import { planSummaries } from './014-plan-summaries';
import { caseFigures } from './015-case-figures';
import { agendaFacts } from './016-agenda-facts';
import type { Migration } from './migration';

/** Every schema version in order. Add a file and a line here; never change a released one. */
export const migrations: readonly Migration[] = [
  initial,
  cases,
  drafts,
  coordination,
  plans,
  letters,
  dashboardIndexes,
  imports,
  caseOutcomes,
  archiveCopies,
  retention,
  auditPersons,
  caseSearch,
  planSummaries,
  caseFigures,
  agendaFacts,
];
export const LATEST_VERSION = migrations.at(-1)!.version;
export type { Migration };
