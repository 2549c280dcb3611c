import { z } from 'zod';

import type { DeadlineKind, Right } from '../domain/case';
import type { AgendaRow, CaseDetail, CaseListRow } from './cases';
import { CASE_WORKERS, channel } from './channel';
import type { Coordinator } from './coordinators';
import { id, isoDate } from './fields';
import type { PlanDetail } from './plans';

/**
 * Print layouts (#/print/...). Personal data that leave the register on paper or as a PDF are
 * logged as `print` rows naming the persons, so "who took my case out" can be answered; each
 * layout reads through one channel here so the print and its log row cannot part.
 * Leadership gets only the anonymised report (reports.*): none of these.
 */

/** The saksoversikt: the case page and the plan page in one read. */
export interface CaseOverviewPrint {
  case: CaseDetail;
  /** The plan page; its `plan` is null when no plan is recorded. */
  plan: PlanDetail;
}

/** One running deadline of an open case. */
export interface DeadlinePrintRow {
  caseId: number;
  caseNumber: string;
  personName: string;
  kind: DeadlineKind;
  /** The right an appeal or 18-year deadline belongs to. */
  right: Right | null;
  dueDate: string;
  state: 'running' | 'dueSoon' | 'overdue';
  /** Whole days from today (negative when passed). */
  daysLeft: number;
  legalReference: string;
}

export interface DeadlinesPrint {
  rows: DeadlinePrintRow[];
  /** 18-year deadlines are listed this many months ahead (the warning setting). */
  age18Months: number;
  today: string;
}

export interface CoordinatorsPrint {
  /** Active coordinators, by name. */
  coordinators: Coordinator[];
  today: string;
}

export interface AgendaPrint {
  rows: AgendaRow[];
  today: string;
}

/** The saksbehandlingsprotokoll: the cases received in the period, as `cases.protocol` lists them. */
export interface ProtocolPrint {
  rows: CaseListRow[];
  from: string;
  to: string;
  today: string;
}

export const printApi = {
  'print.caseOverview': channel<CaseOverviewPrint>()(z.object({ id }), CASE_WORKERS),
  'print.coordinators': channel<CoordinatorsPrint>()(z.object({}), CASE_WORKERS),
  'print.deadlines': channel<DeadlinesPrint>()(z.object({}), CASE_WORKERS),
  'print.agenda': channel<AgendaPrint>()(z.object({}), CASE_WORKERS),
  'print.protocol': channel<ProtocolPrint>()(z.object({ from: isoDate, to: isoDate }), CASE_WORKERS),
};
