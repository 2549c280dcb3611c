import type { Migration } from './migration';

/**
 * Schema v5: individual plans (DOMAIN.md section 5). One plan per case, with the nine points of
 * the regulation, goals and their measures, the responsibility group and its meetings. Everything
 * goes with its case; a measure goes with its goal, a meeting's participants with the meeting.
 *
 * A member who took part in a meeting is not deleted while referred (no cascade from members):
 * the meeting's record keeps who was there.
 */
export const plans: Migration = {
  version: 5,
  name: 'plans',
  up(db) {
    db.exec(`
      CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
        wanted INTEGER NOT NULL CHECK (wanted IN (0, 1)),
        tool TEXT CHECK (tool IS NULL OR tool IN ('paper', 'sampro', 'samspill', 'other')),
        tool_reference TEXT NOT NULL DEFAULT '',
        period_start TEXT,
        period_end TEXT CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
        next_revision_date TEXT,
        last_evaluation_date TEXT,
        closed_date TEXT,
        closed_note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE plan_points (
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        point TEXT NOT NULL CHECK (point IN ('goalsResourcesNeeds', 'participants', 'coordinator',
          'contributions', 'measures', 'implementation', 'periodRevision', 'consent', 'cooperation')),
        covered INTEGER NOT NULL CHECK (covered IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (plan_id, point)
      ) STRICT;

      CREATE TABLE plan_goals (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        area TEXT NOT NULL CHECK (area IN ('health', 'dailyLiving', 'kindergartenSchool', 'workActivity',
          'leisure', 'familyNetwork', 'housing', 'finances', 'other')),
        status TEXT NOT NULL CHECK (status IN ('notStarted', 'inProgress', 'achieved', 'discontinued')),
        target_date TEXT,
        achieved_date TEXT,
        CHECK ((status = 'achieved') = (achieved_date IS NOT NULL))
      ) STRICT;
      CREATE INDEX plan_goals_plan ON plan_goals(plan_id, position);

      CREATE TABLE plan_measures (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES plan_goals(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        text TEXT NOT NULL,
        service_unit_id INTEGER REFERENCES service_units(id),
        due_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('planned', 'inProgress', 'done', 'cancelled'))
      ) STRICT;
      CREATE INDEX plan_measures_goal ON plan_measures(goal_id, position);
      CREATE INDEX plan_measures_service_unit ON plan_measures(service_unit_id);

      CREATE TABLE plan_members (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('service', 'family')),
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        service_unit_id INTEGER REFERENCES service_units(id),
        CHECK ((kind = 'service') = (service_unit_id IS NOT NULL)),
        UNIQUE (id, plan_id)
      ) STRICT;
      CREATE INDEX plan_members_plan ON plan_members(plan_id);
      CREATE INDEX plan_members_service_unit ON plan_members(service_unit_id);

      CREATE TABLE plan_meetings (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('start', 'responsibilityGroup', 'evaluation')),
        other_participants TEXT NOT NULL DEFAULT '',
        minutes_written INTEGER NOT NULL CHECK (minutes_written IN (0, 1)),
        minutes_reference TEXT NOT NULL DEFAULT '',
        next_meeting_date TEXT CHECK (next_meeting_date IS NULL OR next_meeting_date >= date),
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (id, plan_id)
      ) STRICT;
      CREATE INDEX plan_meetings_plan ON plan_meetings(plan_id, date);

      -- plan_id ties meeting and member to the same plan: a meeting never names another plan's member.
      CREATE TABLE plan_meeting_participants (
        meeting_id INTEGER NOT NULL,
        member_id INTEGER NOT NULL,
        plan_id INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, member_id),
        FOREIGN KEY (meeting_id, plan_id) REFERENCES plan_meetings(id, plan_id) ON DELETE CASCADE,
        FOREIGN KEY (member_id, plan_id) REFERENCES plan_members(id, plan_id)
      ) STRICT;
      -- The list's "plans to start": open cases with IP granted. Its terms are the query's own
      -- (planList.ts countToStart), so SQLite can count from this index instead of every case.
      CREATE INDEX cases_ip_granted_open ON cases(id)
        WHERE status <> 'closed' AND rights_granted LIKE '%"individuellPlan"%';
      CREATE INDEX plan_meeting_participants_member ON plan_meeting_participants(member_id);
    `);
  },
};
