import type { RowReport } from '@shared/api/imports';
import { readDate } from '@shared/domain/importDates';
import type { ImportField } from '@shared/domain/importFields';
import {
  cellText,
  joinName,
  readEmail,
  readName,
  readNumber,
  readPhone,
  readText,
} from '@shared/domain/importValues';

import { audit } from '../context';
import { insertCoordinator } from '../coordinators/coordinatorsRepo';
import { insertCompletion } from '../training/trainingRepo';
import { recordCreated } from './importBatches';
import { poolPreview } from './importPreview';
import type { ImportRun } from './importRun';
import { normalRaw, RowLog, type Choices, type SheetRow } from './importSpec';
import type { PoolDraft } from './poolDraft';

const isEmpty = (c: unknown) => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

export class PoolImporter {
  /** Coordinators of the register and of earlier rows, by name as typed in any order. */
  private readonly byName = new Map<string, { id: number; row: number | null }>();

  constructor(
    private readonly run: ImportRun,
    private readonly choices: Choices,
  ) {
    const counts = new Map<string, number>();
    for (const c of run.coordinators) {
      const key = nameKey(c.name);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      this.byName.set(key, { id: c.id, row: null });
    }
    // A name two coordinators share names nobody for sure: such rows make new ones, with a note.
    for (const [key, n] of counts) if (n > 1) this.byName.delete(key);
  }

  importRow(row: SheetRow): RowReport {
    const log = new RowLog();
    const draft = this.read(row, log);
    if (!draft) return this.run.report(row, 'error', '', null, log, { cells: [] });
    const preview = poolPreview(draft);
    const known = this.byName.get(nameKey(draft.name));
    try {
      const outcome = this.run.attempt(() => {
        let id = known?.id;
        if (id === undefined) {
          if (!draft.serviceUnit) {
            log.problem('pool.serviceUnit', 'importRows.problem.serviceUnitMissing');
            return null;
          }
          id = insertCoordinator(
            this.run.db,
            {
              name: draft.name,
              serviceUnitId: this.run.serviceUnit(draft.serviceUnit.ref),
              position: draft.position,
              phone: draft.phone,
              email: draft.email,
              capacity: draft.capacity,
              active: true,
            },
            this.run.at,
          );
          audit(this.run.ctx, {
            action: 'create',
            entity: 'coordinator',
            entityId: id,
            fields: ['name', 'serviceUnitId', 'position', 'phone', 'email', 'capacity', 'active'],
          });
          recordCreated(this.run.db, this.run.batchId, 'coordinator', id);
          this.run.counts.coordinators++;
        } else if (known?.row === null) {
          log.note('pool.name', 'importRows.note.coordinatorExists');
        }
        const added = this.completions(id, draft, log);
        return { id, kind: known ? ('join' as const) : ('create' as const), added };
      });
      if (!outcome) return this.run.report(row, 'error', draft.name, null, log, preview);
      if (!known) this.byName.set(nameKey(draft.name), { id: outcome.id, row: row.row });
      const kind = outcome.kind === 'join' && outcome.added === 0 ? 'skip' : outcome.kind;
      if (known?.row) log.note('pool.name', 'importRows.note.sameCoordinatorAs', { row: known.row });
      return this.run.report(row, kind, draft.name, null, log, preview);
    } catch (error) {
      log.fromError(error, 'problem');
      return this.run.report(row, 'error', draft.name, null, log, preview);
    }
  }

  private completions(coordinatorId: number, draft: PoolDraft, log: RowLog): number {
    const { db, ctx } = this.run;
    let added = 0;
    const exists = db.prepare(
      'SELECT 1 FROM training_completions WHERE coordinator_id = ? AND course_id = ? AND date = ?',
    );
    for (const c of draft.completions) {
      if (c.date > this.run.today) {
        log.note('training.date', 'importRows.note.completionInFuture', { course: c.courseName });
        continue;
      }
      if (exists.get(coordinatorId, c.courseId, c.date)) continue;
      const id = insertCompletion(
        db,
        { coordinatorId, courseId: c.courseId, date: c.date, note: '' },
        this.run.by,
        this.run.at,
      );
      audit(ctx, {
        action: 'create',
        entity: 'completion',
        entityId: id,
        fields: [`coordinator:${coordinatorId}`, 'courseId', 'date', 'note'],
      });
      recordCreated(db, this.run.batchId, 'completion', id);
      this.run.counts.completions++;
      added++;
    }
    return added;
  }

  private read(row: SheetRow, log: RowLog): PoolDraft | null {
    const { choices } = this;
    const cell = (f: ImportField) => choices.cell(row, f);
    const text = (f: ImportField, max: number) => {
      const read = readText(cell(f), max);
      return read.ok ? read.value : '';
    };
    const full = readName(cell('pool.name'));
    const first = readName(cell('pool.firstName'));
    const last = readName(cell('pool.lastName'));
    const name = (full.ok && full.value) || joinName(first.ok ? first.value : '', last.ok ? last.value : '');
    if (!name) log.problem('pool.name', 'importRows.problem.nameMissing');
    const contact = (f: ImportField, reader: typeof readPhone) => {
      if (isEmpty(cell(f))) return '';
      const read = reader(cell(f));
      if (read.ok) return read.value;
      log.note(f, read.key, read.values);
      return '';
    };
    let capacity: number | null = null;
    if (!isEmpty(cell('pool.capacity'))) {
      const read = readNumber(cell('pool.capacity'), { integer: true, min: 0, max: 500 });
      if (read.ok) capacity = read.value;
      else log.note('pool.capacity', read.key, read.values);
    }
    const unitRaw = cellText(cell('pool.serviceUnit') ?? null).trim();
    const unit = unitRaw ? this.run.unitRef('pool.serviceUnit', unitRaw, choices, log) : null;
    const draft: PoolDraft = {
      name,
      serviceUnit: unit
        ? { ref: unit, label: 'newName' in unit ? unit.newName : this.run.unitName(unit.id) }
        : null,
      position: text('pool.position', 120),
      phone: contact('pool.phone', readPhone),
      email: contact('pool.email', readEmail),
      capacity,
      completions: this.readCompletions(row, log),
    };
    return log.problems.length ? null : draft;
  }

  /**
   * Completions: a course column with a date column, and date columns that each stand for a
   * course (chosen when mapping). A date that cannot be read is a note; the rest comes in.
   */
  private readCompletions(row: SheetRow, log: RowLog): PoolDraft['completions'] {
    const { choices, run } = this;
    const out: PoolDraft['completions'] = [];
    const courseRaw = cellText(choices.cell(row, 'training.course') ?? null).trim();
    const courseTo = courseRaw
      ? (choices.chosen('training.course', courseRaw) ?? choices.suggestedPool('training.course', courseRaw))
      : undefined;
    const courseId = courseTo?.startsWith('course:') ? Number(courseTo.slice(7)) : null;
    if (courseRaw && courseId === null && courseTo !== 'ignore')
      log.note('training.course', 'importRows.note.poolUnmatched', { value: courseRaw.slice(0, 60) });
    for (const column of choices.columns.get('training.date') ?? []) {
      const raw = row.cells[column] ?? null;
      if (isEmpty(raw)) continue;
      const course = choices.courseOf.get(column) ?? courseId;
      if (course === null || !run.courseName(course)) {
        if (!courseRaw) log.note('training.date', 'importRows.note.courseMissing');
        continue;
      }
      const read = readDate(raw, run.today);
      if (!read.ok) {
        log.note('training.date', read.key, read.values);
        continue;
      }
      out.push({ courseId: course, courseName: run.courseName(course)!, date: read.value });
    }
    return out;
  }
}

const nameKey = (name: string): string => {
  const read = readName(name);
  return normalRaw(read.ok ? read.value : name);
};
