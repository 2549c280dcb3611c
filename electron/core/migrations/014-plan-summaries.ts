import type { Migration } from './migration';

/**
 * Schema v14: each plan's summary as the plans list and IP-fremdrift filter, sort and count on,
 * stored with the day the calendar may change it (`valid_until`, NULL = no day will), so a new
 * day derives again only the plans whose day has come (issue 17). Written in the transaction of
 * every change that feeds it (derived/refreshDerived.ts) and by plans/planSummaries.ts.
 *
 * A migration has no "today", so the summaries of an existing register, and of any plan written
 * by a path that does not derive (the register export's load, the demo generator), start out
 * pending: valid_until '0000-01-01', which the first read of the day derives. A trigger adds the
 * pending row with the plan, so no plan is ever without one. `derived_on` is the day a row was
 * derived on: a clock set back before it derives the row again too. IP-fremdrift counts over
 * plan_summaries_figures alone (status, warnings, open goals: the rows hold the warnings' JSON too,
 * which a count need not read); plan_summaries_warnings holds the plans with any warning, and
 * plan_goals_achieved the goals achieved, by date (the period's figure).
 *
 * Derived and rebuilt from the plan tables, so left out of the register export.
 */
export const planSummaries: Migration = {
  version: 14,
  name: 'plan summaries',
  up(db) {
    db.exec(`
      CREATE TABLE plan_summaries (
        plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        case_id INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'notStarted',
        last_evaluation TEXT,
        goals INTEGER NOT NULL DEFAULT 0,
        goals_achieved INTEGER NOT NULL DEFAULT 0,
        measures INTEGER NOT NULL DEFAULT 0,
        measures_done INTEGER NOT NULL DEFAULT 0,
        progress_percent INTEGER,
        coordinator_id INTEGER,
        meetings_last_year INTEGER NOT NULL DEFAULT 0,
        warnings TEXT NOT NULL DEFAULT '[]',
        warning_count INTEGER NOT NULL DEFAULT 0,
        warning_kinds INTEGER NOT NULL DEFAULT 0,
        measure_overdue_date TEXT,
        derived_on TEXT NOT NULL DEFAULT '0000-01-01',
        valid_until TEXT DEFAULT '0000-01-01'
      ) STRICT;
      CREATE INDEX plan_summaries_valid_until ON plan_summaries (valid_until);
      CREATE INDEX plan_summaries_derived_on ON plan_summaries (derived_on);
      CREATE INDEX plan_summaries_figures ON plan_summaries (status, warning_kinds, goals, goals_achieved);
      CREATE INDEX plan_summaries_warnings ON plan_summaries (warning_kinds) WHERE warning_kinds <> 0;
      CREATE INDEX plan_goals_achieved ON plan_goals (achieved_date) WHERE status = 'achieved';
      INSERT INTO plan_summaries (plan_id, case_id) SELECT id, case_id FROM plans;
      CREATE TRIGGER plans_summary_insert AFTER INSERT ON plans BEGIN
        INSERT INTO plan_summaries (plan_id, case_id) VALUES (new.id, new.case_id);
      END;
    `);
  },
};
