import type { Goal, GoalFields, Measure, MeasureFields } from '@shared/domain/plan';

import type { Db } from '../storage/database';

/** A plan's goals and the measures under each, both kept in order by `position`. */

interface StoredGoal {
  id: number;
  plan_id: number;
  position: number;
  text: string;
  area: Goal['area'];
  status: Goal['status'];
  target_date: string | null;
  achieved_date: string | null;
}

interface StoredMeasure {
  id: number;
  goal_id: number;
  position: number;
  text: string;
  service_unit_id: number | null;
  service_unit_name: string | null;
  due_date: string | null;
  status: Measure['status'];
}

const toMeasure = (r: StoredMeasure): Measure => ({
  id: r.id,
  goalId: r.goal_id,
  position: r.position,
  text: r.text,
  serviceUnitId: r.service_unit_id,
  serviceUnitName: r.service_unit_name,
  dueDate: r.due_date,
  status: r.status,
});

const toGoal = (r: StoredGoal, measures: Measure[]): Goal => ({
  id: r.id,
  position: r.position,
  text: r.text,
  area: r.area,
  status: r.status,
  targetDate: r.target_date,
  achievedDate: r.achieved_date,
  measures,
});

const MEASURE_SELECT = `SELECT m.*, s.name AS service_unit_name
  FROM plan_measures m LEFT JOIN service_units s ON s.id = m.service_unit_id`;

/** Goals of the plans given (all when none is given), in order, each with its measures in order. */
export function loadGoals(db: Db, planId?: number): Map<number, Goal[]> {
  const goals = (
    planId === undefined
      ? db.prepare('SELECT * FROM plan_goals ORDER BY plan_id, position').all()
      : db.prepare('SELECT * FROM plan_goals WHERE plan_id = ? ORDER BY position').all(planId)
  ) as StoredGoal[];
  const measures = (
    planId === undefined
      ? db.prepare(`${MEASURE_SELECT} ORDER BY m.goal_id, m.position`).all()
      : db
          .prepare(
            `${MEASURE_SELECT} WHERE m.goal_id IN (SELECT id FROM plan_goals WHERE plan_id = ?)
             ORDER BY m.goal_id, m.position`,
          )
          .all(planId)
  ) as StoredMeasure[];
  const byGoal = new Map<number, Measure[]>();
  for (const m of measures) {
    const list = byGoal.get(m.goal_id);
    if (list) list.push(toMeasure(m));
    else byGoal.set(m.goal_id, [toMeasure(m)]);
  }
  const byPlan = new Map<number, Goal[]>();
  for (const g of goals) {
    const goal = toGoal(g, byGoal.get(g.id) ?? []);
    const list = byPlan.get(g.plan_id);
    if (list) list.push(goal);
    else byPlan.set(g.plan_id, [goal]);
  }
  return byPlan;
}

export function planGoals(db: Db, planId: number | null): Goal[] {
  return planId === null ? [] : (loadGoals(db, planId).get(planId) ?? []);
}

const goalParams = (g: GoalFields) => ({
  text: g.text,
  area: g.area,
  status: g.status,
  targetDate: g.targetDate,
  achievedDate: g.achievedDate,
});

/** A new goal goes last. */
export function insertGoal(db: Db, planId: number, g: GoalFields): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plan_goals (plan_id, position, text, area, status, target_date, achieved_date)
       VALUES (@planId, (SELECT count(*) FROM plan_goals WHERE plan_id = @planId), @text, @area, @status,
         @targetDate, @achievedDate)`,
    )
    .run({ planId, ...goalParams(g) });
  return Number(lastInsertRowid);
}

export function updateGoal(db: Db, id: number, g: GoalFields): void {
  db.prepare(
    `UPDATE plan_goals SET text = @text, area = @area, status = @status, target_date = @targetDate,
       achieved_date = @achievedDate WHERE id = @id`,
  ).run({ ...goalParams(g), id });
}

/** Removes a goal (its measures go with it) and closes the gap in the order. */
export function deleteGoal(db: Db, planId: number, id: number): void {
  db.prepare('DELETE FROM plan_goals WHERE id = ?').run(id);
  renumber(db, 'plan_goals', 'plan_id', planId);
}

/** Positions 0, 1, 2, ... in the present order: a removal leaves no gap. */
function renumber(db: Db, table: 'plan_goals' | 'plan_measures', parent: string, parentId: number): void {
  const ids = db
    .prepare(`SELECT id FROM ${table} WHERE ${parent} = ? ORDER BY position, id`)
    .all(parentId) as { id: number }[];
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  ids.forEach((r, i) => set.run(i, r.id));
}

/** Swaps the positions of two rows of the same table. */
export function swapPositions(
  db: Db,
  table: 'plan_goals' | 'plan_measures',
  a: { id: number; position: number },
  b: { id: number; position: number },
): void {
  const set = db.prepare(`UPDATE ${table} SET position = ? WHERE id = ?`);
  set.run(b.position, a.id);
  set.run(a.position, b.id);
}

const measureParams = (m: MeasureFields) => ({
  text: m.text,
  serviceUnitId: m.serviceUnitId,
  dueDate: m.dueDate,
  status: m.status,
});

export function insertMeasure(db: Db, goalId: number, m: MeasureFields): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO plan_measures (goal_id, position, text, service_unit_id, due_date, status)
       VALUES (@goalId, (SELECT count(*) FROM plan_measures WHERE goal_id = @goalId), @text, @serviceUnitId,
         @dueDate, @status)`,
    )
    .run({ goalId, ...measureParams(m) });
  return Number(lastInsertRowid);
}

export function updateMeasure(db: Db, id: number, m: MeasureFields): void {
  db.prepare(
    `UPDATE plan_measures SET text = @text, service_unit_id = @serviceUnitId, due_date = @dueDate,
       status = @status WHERE id = @id`,
  ).run({ ...measureParams(m), id });
}

export function deleteMeasure(db: Db, goalId: number, id: number): void {
  db.prepare('DELETE FROM plan_measures WHERE id = ?').run(id);
  renumber(db, 'plan_measures', 'goal_id', goalId);
}
