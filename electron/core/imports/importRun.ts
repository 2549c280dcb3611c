import type { ImportCounts, RowOutcome, RowPreview, RowReport } from '@shared/api/imports';

import { audit, session, type Ctx } from '../context';
import { insertCoordinator, listCoordinators } from '../coordinators/coordinatorsRepo';
import type { Db } from '../storage/database';
import { listCourses } from '../training/trainingRepo';
import { recordCreated } from './importBatches';
import { normalRaw, type Choices, type RowLog } from './importSpec';

export type UnitRef = { id: number } | { newName: string };

/** A name for a coordinator's unit when the cases sheet names a new coordinator without one. */
const UNKNOWN_UNIT = 'Tjenestested ikke oppgitt (import)';

const emptyCounts = (): ImportCounts => ({
  rows: 0,
  create: 0,
  join: 0,
  skip: 0,
  error: 0,
  persons: 0,
  cases: 0,
  decisions: 0,
  appointments: 0,
  plans: 0,
  coordinators: 0,
  serviceUnits: 0,
  completions: 0,
});

/**
 * One pass over a sheet's rows, the same for the dry run and the import: each row in its own
 * savepoint (a row that fails leaves nothing behind), the whole in one transaction that the dry
 * run rolls back. So the dry run's report is what the import will do, row for row.
 */
export class ImportRun {
  readonly db: Db;
  readonly today: string;
  readonly at: string;
  readonly by: string;
  readonly counts = emptyCounts();
  readonly rows: RowReport[] = [];
  batchId = 0;
  readonly coordinators: { id: number; name: string; serviceUnitId: number }[];
  private readonly units: Map<number, string>;
  private readonly courses: Map<number, string>;
  private readonly newUnits = new Map<string, number>();
  private readonly newCoordinators = new Map<string, number>();

  constructor(readonly ctx: Ctx) {
    const { db, user } = session(ctx);
    this.db = db;
    this.today = ctx.today();
    this.at = ctx.config.now().toISOString();
    this.by = user.username;
    this.coordinators = listCoordinators(db).filter((c) => c.active);
    this.units = new Map(
      (db.prepare('SELECT id, name FROM service_units').all() as { id: number; name: string }[]).map((u) => [
        u.id,
        u.name,
      ]),
    );
    this.courses = new Map(listCourses(db).map((c) => [c.id, c.name]));
  }

  /**
   * One row's writing in its own savepoint: when it fails, the row leaves nothing behind, not in
   * the register and not in what this run counts or remembers having created.
   */
  attempt<T>(work: () => T): T {
    const counts = { ...this.counts };
    const units = new Map(this.newUnits);
    const coordinators = new Map(this.newCoordinators);
    try {
      return this.db.transaction(work)();
    } catch (error) {
      Object.assign(this.counts, counts);
      this.newUnits.clear();
      units.forEach((v, k) => this.newUnits.set(k, v));
      this.newCoordinators.clear();
      coordinators.forEach((v, k) => this.newCoordinators.set(k, v));
      throw error;
    }
  }

  /** The register's names each pool field is matched against. */
  pools(choices: Choices): void {
    const units = [...this.units].map(([id, name]) => ({ id, name }));
    choices.setPool('case.serviceUnit', 'unit', units);
    choices.setPool('pool.serviceUnit', 'unit', units);
    choices.setPool('coordinator.name', 'coordinator', this.coordinators);
    choices.setPool(
      'training.course',
      'course',
      [...this.courses].map(([id, name]) => ({ id, name })),
    );
  }

  report(
    row: { row: number },
    outcome: RowOutcome,
    title: string,
    person: RowReport['person'],
    log: RowLog,
    preview: RowPreview,
  ): RowReport {
    this.counts.rows++;
    this.counts[outcome]++;
    const report = {
      row: row.row,
      outcome,
      title,
      person,
      problems: log.problems,
      notes: log.notes,
      preview,
    };
    this.rows.push(report);
    return report;
  }

  unitNames(): ReadonlyMap<number, string> {
    return this.units;
  }

  unitName(id: number): string {
    return this.units.get(id) ?? '';
  }

  courseNames(): ReadonlyMap<number, string> {
    return this.courses;
  }

  courseName(id: number): string | undefined {
    return this.courses.get(id);
  }

  unitRef(
    field: 'pool.serviceUnit' | 'case.serviceUnit',
    raw: string,
    choices: Choices,
    log: RowLog,
  ): UnitRef | null {
    const to = choices.chosen(field, raw) ?? choices.suggestedPool(field, raw);
    if (to === 'ignore') return null;
    if (to === 'new' || to === undefined) {
      if (to === undefined) log.note(field, 'importRows.note.unitNew', { value: raw.slice(0, 60) });
      return { newName: raw.slice(0, 120) };
    }
    const id = Number(/^unit:(\d+)$/.exec(to)?.[1]);
    return this.units.has(id) ? { id } : { newName: raw.slice(0, 120) };
  }

  /** A unit of the register, or one this import creates (once per name). */
  serviceUnit(ref: UnitRef): number {
    if ('id' in ref) return ref.id;
    const key = normalRaw(ref.newName);
    const made = this.newUnits.get(key);
    if (made !== undefined) return made;
    const sameName = [...this.units].find(([, name]) => normalRaw(name) === key);
    if (sameName) return sameName[0];
    const id = Number(
      this.db
        .prepare('INSERT INTO service_units (name, active, created_at, updated_at) VALUES (?, 1, ?, ?)')
        .run(ref.newName, this.at, this.at).lastInsertRowid,
    );
    audit(this.ctx, { action: 'create', entity: 'serviceUnit', entityId: id, fields: ['name', 'active'] });
    recordCreated(this.db, this.batchId, 'serviceUnit', id);
    this.newUnits.set(key, id);
    this.counts.serviceUnits++;
    return id;
  }

  /** A coordinator of the pool, or one this import creates (once per name) in the case's unit. */
  coordinator(ref: UnitRef, unitId: number | null, log: RowLog): number {
    if ('id' in ref) return ref.id;
    const key = normalRaw(ref.newName);
    const made = this.newCoordinators.get(key);
    if (made !== undefined) return made;
    if (unitId === null)
      log.note('coordinator.name', 'importRows.note.coordinatorUnitUnknown', { name: ref.newName });
    const id = insertCoordinator(
      this.db,
      {
        name: ref.newName,
        serviceUnitId: unitId ?? this.serviceUnit({ newName: UNKNOWN_UNIT }),
        position: '',
        phone: '',
        email: '',
        capacity: null,
        active: true,
      },
      this.at,
    );
    audit(this.ctx, {
      action: 'create',
      entity: 'coordinator',
      entityId: id,
      fields: ['name', 'serviceUnitId', 'position', 'phone', 'email', 'capacity', 'active'],
    });
    recordCreated(this.db, this.batchId, 'coordinator', id);
    this.newCoordinators.set(key, id);
    this.counts.coordinators++;
    return id;
  }
}
