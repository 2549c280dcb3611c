import type { RowReport } from '@shared/api/imports';
import { ageOn } from '@shared/domain/calendar';
import { grantedRoles } from '@shared/domain/coordination';
import { ipGrantedFrom } from '@shared/domain/planOverview';

import { appoint } from '../appointments/appointmentWriter';
import { loadCaseWithPerson } from '../cases/caseDetail';
import { createCase, recordStep } from '../cases/caseWriter';
import type { Ctx } from '../context';
import { writerOf } from '../derived/writer';
import { CoreError } from '../errors';
import { findPerson, findPersonByNationalId } from '../persons/personsRepo';
import { createPerson } from '../persons/personWriter';
import { savePlan } from '../plans/planWriter';
import type { Db } from '../storage/database';
import { readCaseRow, type CaseDraft } from './caseRows';
import { recordCreated } from './importBatches';
import { casePreview } from './importPreview';
import type { ImportRun } from './importRun';
import { normalRaw, type Choices, type RowLog, type SheetRow } from './importSpec';

/** Who a row is about, across the rows of one run: the same person twice is one person. */
interface Seen {
  personId: number;
  row: number;
}

export class CaseImporter {
  private readonly byNationalId = new Map<string, Seen>();
  private readonly byNameAndDate = new Map<string, Seen>();
  private readonly caseRows = new Map<string, number>();

  constructor(
    private readonly run: ImportRun,
    private readonly choices: Choices,
  ) {}

  importRow(row: SheetRow): RowReport {
    const { ctx, db, today } = this.run;
    const { draft, log, title } = readCaseRow(row, this.choices, today, (raw, rowLog) =>
      this.run.unitRef('case.serviceUnit', raw, this.choices, rowLog),
    );
    if (!draft) return this.run.report(row, 'error', title, null, log, { cells: [] });
    const personKey =
      draft.person.nationalId ??
      `${normalRaw(draft.person.name)}|${draft.person.birthDate ?? ''}|${draft.person.dueDate ?? ''}`;
    const seen = (draft.person.nationalId ? this.byNationalId : this.byNameAndDate).get(personKey);
    let person: RowReport['person'] = null;
    try {
      const outcome = this.run.attempt(() => {
        const found = this.person(draft, seen, log);
        person = found.report;
        const duplicate = this.duplicate(found.personId, draft);
        if (duplicate) {
          log.note(null, duplicate.key, duplicate.values);
          return { kind: 'skip' as const, personId: found.personId };
        }
        this.writeCase(ctx, db, found.personId, draft, log);
        return { kind: 'create' as const, personId: found.personId };
      });
      if (outcome.kind === 'create') {
        (draft.person.nationalId ? this.byNationalId : this.byNameAndDate).set(
          personKey,
          seen ?? { personId: outcome.personId, row: row.row },
        );
        this.caseRows.set(`${outcome.personId}|${draft.receivedDate}`, row.row);
      }
      return this.run.report(row, outcome.kind, title, person, log, casePreview(draft));
    } catch (error) {
      log.fromError(error, 'problem');
      // Nothing of the row is written: nor is its person, whatever it would have been.
      return this.run.report(row, 'error', title, null, log, casePreview(draft));
    }
  }

  /** The row's person: the same as an earlier row, one in the register (by number), or new. */
  private person(
    draft: CaseDraft,
    seen: Seen | undefined,
    log: RowLog,
  ): { personId: number; report: RowReport['person'] } {
    const { ctx, db } = this.run;
    if (seen) return { personId: seen.personId, report: { kind: 'sameAsRow', row: seen.row } };
    if (draft.person.nationalId) {
      const existing = findPersonByNationalId(db, draft.person.nationalId);
      if (existing) {
        if (normalRaw(existing.name) !== normalRaw(draft.person.name))
          log.note('person.name', 'importRows.note.nameDiffers', { name: existing.name });
        return { personId: existing.id, report: { kind: 'existing' } };
      }
    }
    const { id: personId } = createPerson(
      writerOf(ctx, db),
      { ...draft.person, interpreterNeeded: false, interpreterLanguage: '' },
      'person.',
    );
    recordCreated(db, this.run.batchId, 'person', personId);
    this.run.counts.persons++;
    return { personId, report: { kind: 'new' } };
  }

  /** The same case twice (same person, same received date): in the register or earlier in the file. */
  private duplicate(
    personId: number,
    draft: CaseDraft,
  ): { key: string; values: Record<string, string | number> } | null {
    const earlier = this.caseRows.get(`${personId}|${draft.receivedDate}`);
    if (earlier !== undefined) return { key: 'importRows.skip.sameCase', values: { row: earlier } };
    const existing = this.run.db
      .prepare('SELECT case_number FROM cases WHERE person_id = ? AND received_date = ? LIMIT 1')
      .get(personId, draft.receivedDate) as { case_number: string } | undefined;
    if (existing) return { key: 'importRows.skip.caseExists', values: { caseNumber: existing.case_number } };
    return null;
  }

  private writeCase(ctx: Ctx, db: Db, personId: number, draft: CaseDraft, log: RowLog): void {
    const person = findPerson(db, personId)!;
    const child = person.birthDate === null || ageOn(person.birthDate, draft.receivedDate) < 18;
    // Without a channel column the report says it once; an empty cell in one is said on the row.
    if (!draft.channel && this.choices.has('case.channel'))
      log.note('case.channel', 'importRows.note.channelDefault');
    const unitId = draft.serviceUnit ? this.run.serviceUnit(draft.serviceUnit) : null;
    const w = writerOf(ctx, db);
    const caseId = createCase(w, personId, person, {
      receivedDate: draft.receivedDate,
      channel: draft.channel ?? 'paper',
      appliedBy: child ? 'guardian' : 'person',
      appliedByName: '',
      rightsRequested: draft.rights,
      needDescription: draft.note,
      services:
        unitId === null ? [] : [{ serviceUnitId: unitId, provider: '', contact: '', status: 'receives' }],
    });
    recordCreated(db, this.run.batchId, 'case', caseId);
    this.run.counts.cases++;
    // Decisions are the case itself: one that breaks the order of the law fails the row.
    for (const d of [...draft.decisions].sort((a, b) => a.date.localeCompare(b.date))) {
      try {
        recordStep(w, caseId, {
          kind: 'decision',
          right: d.right,
          outcome: d.outcome,
          reasons: '',
          legalBasis: '',
          decisionDate: d.date,
          notifiedDate: d.notifiedDate,
        });
      } catch (error) {
        // The date's column: the right's own, else the one for every right.
        throw relabel(error, (f) =>
          f === 'decisionDate'
            ? this.choices.has(`decision.${d.right}.date`)
              ? `decision.${d.right}.date`
              : 'decision.date'
            : f === 'notifiedDate'
              ? 'decision.notifiedDate'
              : `decision.${f}`,
        );
      }
      this.run.counts.decisions++;
    }
    this.appoint(caseId, draft, unitId, log);
    this.plan(caseId, draft, log);
    if (draft.closedDate) {
      try {
        recordStep(w, caseId, { kind: 'closing', date: draft.closedDate, reason: 'other', note: '' });
      } catch (error) {
        log.fromError(error, 'note', 'case.closedDate.');
      }
    }
  }

  private appoint(caseId: number, draft: CaseDraft, unitId: number | null, log: RowLog): void {
    const wanted = draft.coordinator;
    if (!wanted) return;
    if (!wanted.startDate) {
      log.note('coordinator.startDate', 'importRows.note.coordinatorNoStart', { name: wanted.label });
      return;
    }
    const { record } = loadCaseWithPerson(this.run.db, caseId);
    const role = grantedRoles(record)[0];
    if (!role) {
      log.note('coordinator.name', 'importRows.note.coordinatorNoGrant', { name: wanted.label });
      return;
    }
    try {
      this.run.attempt(() => {
        const coordinatorId = this.run.coordinator(wanted.ref, unitId, log);
        appoint(writerOf(this.run.ctx, this.run.db), caseId, {
          coordinatorId,
          role: role.role,
          startDate: wanted.startDate!,
          familyWish: 'noWish',
          familyNotifiedDate: null,
          partnersNotifiedDate: null,
        });
      });
      this.run.counts.appointments++;
    } catch (error) {
      log.fromError(error, 'note', 'coordinator.');
    }
  }

  /**
   * The plan as far as the file tells it: wanted or not, its period start when the file gives one
   * (the plan then reads as active or in progress), closed with its date. Without a start date an
   * "active" plan is registered as wanted only: its status follows from what is recorded later.
   */
  private plan(caseId: number, draft: CaseDraft, log: RowLog): void {
    const wanted = draft.plan;
    if (!wanted || wanted.status === 'notStarted') return;
    if (ipGrantedFrom(loadCaseWithPerson(this.run.db, caseId).record) === null) {
      log.note('plan.status', 'importRows.note.planNoGrant');
      return;
    }
    const notWanted = wanted.status === 'notWanted';
    const startField = this.choices.has('plan.startDate') ? 'plan.startDate' : 'plan.status';
    const periodStart = notWanted || wanted.status === 'inProgress' ? null : wanted.startDate;
    const closedDate = wanted.status === 'closed' ? wanted.closedDate : null;
    try {
      this.run.attempt(() =>
        savePlan(
          this.run.ctx,
          this.run.db,
          caseId,
          {
            wanted: !notWanted,
            tool: null,
            toolReference: '',
            periodStart,
            periodEnd: null,
            nextRevisionDate: notWanted ? null : wanted.nextRevisionDate,
            lastEvaluationDate: null,
            closedDate,
            closedNote: '',
          },
          this.run.at,
        ),
      );
      this.run.counts.plans++;
      if (wanted.status === 'inProgress') log.note('plan.status', 'importRows.note.planWantedOnly');
      if ((wanted.status === 'active' || wanted.status === 'closed') && !periodStart)
        log.note(startField, 'importRows.note.planNoStart');
      if (wanted.status === 'closed' && !closedDate)
        log.note('plan.status', 'importRows.note.planNoClosedDate');
    } catch (error) {
      log.fromError(error, 'note', 'plan.');
    }
  }
}

/** A refusal of a step, its fields named as the import's fields the values came from. */
function relabel(error: unknown, fieldOf: (stepField: string) => string): unknown {
  if (!(error instanceof CoreError) || !error.fields) return error;
  return new CoreError(
    error.code,
    Object.fromEntries(Object.entries(error.fields).map(([f, k]) => [fieldOf(f.replace(/^step\./, '')), k])),
  );
}
