import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * Issue 17's one write path: the tables a case's or a plan's derived state is made of are written
 * only by the modules below. Anywhere else, a write would skip the checks, the refresh of what is
 * stored as derived, or the audit row. Migrations are left out: they shape the tables.
 */
const GUARDED = [
  'cases',
  'case_steps',
  'appointments',
  'persons',
  'plans',
  'plan_goals',
  'plan_measures',
  'plan_members',
  'plan_meetings',
];

/** Each module allowed to write, the writes it may hold, and why. */
const ALLOWED: Record<string, { writes: string[]; why: string }> = {
  'electron/core/cases/caseWriter.ts': {
    writes: [
      'INSERT cases',
      'UPDATE cases',
      'DELETE cases',
      'INSERT case_steps',
      'UPDATE case_steps',
      'DELETE case_steps',
    ],
    why: 'the case and step writer',
  },
  'electron/core/persons/personWriter.ts': {
    writes: ['INSERT persons', 'UPDATE persons', 'DELETE persons'],
    why: 'the person writer',
  },
  'electron/core/appointments/appointmentWriter.ts': {
    writes: ['INSERT appointments', 'UPDATE appointments', 'DELETE appointments'],
    why: 'the appointment writer',
  },
  'electron/core/cases/casesRepo.ts': {
    writes: ['UPDATE cases'],
    why: "the case's derived columns themselves (writeSummary), written by derived/refreshDerived.ts",
  },
  'electron/core/cases/caseFiguresRepo.ts': {
    writes: ['UPDATE cases'],
    why: "the case's dashboard figures, derived columns written by derived/refreshDerived.ts",
  },
  'electron/core/plans/plansRepo.ts': {
    writes: [
      'INSERT plans',
      'UPDATE plans',
      'INSERT plan_members',
      'UPDATE plan_members',
      'DELETE plan_members',
      'INSERT plan_meetings',
      'UPDATE plan_meetings',
      'DELETE plan_meetings',
    ],
    why: "the plan's rows, written by the plan service (issue 17 part C1)",
  },
  'electron/core/plans/planGoalsRepo.ts': {
    writes: [
      'INSERT plan_goals',
      'UPDATE plan_goals',
      'DELETE plan_goals',
      'INSERT plan_measures',
      'UPDATE plan_measures',
      'DELETE plan_measures',
      // Reordering goals or measures: the table is named by the caller.
      'UPDATE ${table}',
    ],
    why: "the plan's goals and measures, written by the plan service (issue 17 part C1)",
  },
  'electron/core/registerExport/writeLoadedCases.ts': {
    writes: [
      'INSERT persons',
      'INSERT cases',
      'INSERT case_steps',
      'UPDATE case_steps',
      'INSERT appointments',
    ],
    why: 'bulk: a whole register loaded from its export into an empty one; loadExport.ts refreshes every case after',
  },
  'electron/core/registerExport/writeLoadedPlans.ts': {
    writes: [
      'INSERT plans',
      'INSERT plan_goals',
      'INSERT plan_measures',
      'INSERT plan_members',
      'INSERT plan_meetings',
    ],
    why: 'bulk: the plans of a register loaded from its export; loadExport.ts refreshes every case after',
  },
  'electron/core/retention/anonymiseCases.ts': {
    writes: [
      'INSERT persons',
      'UPDATE persons',
      'UPDATE cases',
      'UPDATE case_steps',
      'UPDATE appointments',
      'UPDATE plans',
      'UPDATE plan_goals',
      'UPDATE plan_measures',
      'UPDATE plan_members',
      'UPDATE plan_meetings',
    ],
    why: 'bulk: retention blanks the free text of many cases at once and refreshes each case after',
  },
  'electron/core/retention/deleteCases.ts': {
    writes: ['DELETE cases', 'DELETE persons'],
    why: 'bulk: retention deletes expired cases with all that cascades from them; nothing derived is left',
  },
};

const WRITE =
  /\b(INSERT(?:\s+OR\s+[A-Z]+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+[A-Z]+)?|DELETE\s+FROM)\s+["`[]?(\$\{\w+\}|\w+)/g;

/** The SQL writes in a source text, as `VERB table` (a table named at run time as `${name}`). */
function sqlWrites(source: string): string[] {
  return [...source.matchAll(WRITE)].map(([, verb, table]) => `${verb!.split(/\s+/)[0]} ${table}`);
}

const isGuarded = (write: string) => {
  const table = write.slice(write.indexOf(' ') + 1);
  return GUARDED.includes(table) || table.startsWith('${');
};

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : coreFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const root = path.resolve(__dirname, '../../..');
const found = new Map(
  coreFiles(path.join(root, 'electron/core')).map((file) => [
    path.relative(root, file).split(path.sep).join('/'),
    sqlWrites(readFileSync(file, 'utf8')).filter(isGuarded),
  ]),
);

describe('one write path (issue 17)', () => {
  it('reads a write however the SQL is laid out, and a table named at run time', () => {
    expect(
      sqlWrites(`db.prepare(\`INSERT INTO\n  cases (id) VALUES (?)\`); db.prepare("DELETE FROM case_steps");
        db.prepare('UPDATE  appointments SET x = 1'); db.prepare(\`UPDATE \${table} SET position = ?\`);
        db.prepare('INSERT OR IGNORE INTO persons (id) VALUES (1)'); db.prepare('REPLACE INTO "plans" VALUES (1)');
        db.prepare('SELECT * FROM cases'); // an update of the case`),
    ).toEqual([
      'INSERT cases',
      'DELETE case_steps',
      'UPDATE appointments',
      'UPDATE ${table}',
      'INSERT persons',
      'REPLACE plans',
    ]);
  });

  it('finds the writers it allows (the scan reads the tree)', () => {
    expect(found.get('electron/core/cases/caseWriter.ts')).toContain('INSERT case_steps');
    expect(found.get('electron/core/appointments/appointmentWriter.ts')).toContain('UPDATE appointments');
    expect(found.get('electron/core/persons/personWriter.ts')).toContain('UPDATE persons');
  });

  it('writes the tables of derived state only in the allowed modules', () => {
    const stray = [...found].flatMap(([file, writes]) =>
      writes.filter((w) => !ALLOWED[file]?.writes.includes(w)).map((w) => `${file}: ${w}`),
    );
    expect(stray).toEqual([]);
  });
});
