import { courseTypes } from '@shared/domain/training';

import { code, date, flag, id, integer, recorded, ref, stamp, text, type SheetDef } from './exportColumns';

/**
 * The export's sheets of the coordinator pool: coordinators and their service units, courses with
 * their training sessions and completions, and guidance sessions with who took part.
 */

export const COORDINATOR_SHEETS: readonly SheetDef[] = [
  {
    key: 'coordinators',
    loaded: true,
    hasId: true,
    sql: `SELECT id, name, service_unit_id, position, phone, email, capacity, active, created_at, updated_at
          FROM coordinators ORDER BY id`,
    columns: [
      id,
      text('name', { required: true }),
      ref('service_unit_id', 'serviceUnits'),
      text('position'),
      text('phone'),
      text('email'),
      integer('capacity', true),
      flag('active'),
      stamp('created_at'),
      stamp('updated_at'),
    ],
  },
  {
    key: 'serviceUnits',
    loaded: true,
    hasId: true,
    sql: 'SELECT id, name, active, created_at, updated_at FROM service_units ORDER BY id',
    columns: [id, text('name', { required: true }), flag('active'), stamp('created_at'), stamp('updated_at')],
  },
  {
    key: 'courses',
    loaded: true,
    hasId: true,
    sql: `SELECT id, name, provider, type, validity_months, required, active, created_at, updated_at
          FROM courses ORDER BY id`,
    columns: [
      id,
      text('name', { required: true }),
      text('provider'),
      code('type', courseTypes),
      integer('validity_months', true),
      flag('required'),
      flag('active'),
      stamp('created_at'),
      stamp('updated_at'),
    ],
  },
  {
    key: 'trainingSessions',
    loaded: true,
    hasId: true,
    sql: `SELECT id, course_id, date, place, note, recorded_by, recorded_at, updated_at
          FROM training_sessions ORDER BY id`,
    columns: [id, ref('course_id', 'courses'), date('date'), text('place'), text('note'), ...recorded],
  },
  {
    key: 'completions',
    loaded: true,
    hasId: true,
    sql: `SELECT id, coordinator_id, course_id, session_id, date, note, recorded_by, recorded_at
          FROM training_completions ORDER BY id`,
    columns: [
      id,
      ref('coordinator_id', 'coordinators'),
      ref('course_id', 'courses'),
      ref('session_id', 'trainingSessions', true),
      date('date'),
      text('note'),
      text('recorded_by'),
      stamp('recorded_at'),
    ],
  },
  {
    key: 'guidance',
    loaded: true,
    hasId: true,
    sql: `SELECT id, date, topic, note, recorded_by, recorded_at, updated_at FROM guidance_sessions ORDER BY id`,
    columns: [id, date('date'), text('topic', { required: true }), text('note'), ...recorded],
  },
  {
    key: 'guidanceParticipants',
    loaded: true,
    hasId: false,
    sql: `SELECT session_id, coordinator_id FROM guidance_participants ORDER BY session_id, coordinator_id`,
    columns: [ref('session_id', 'guidance'), ref('coordinator_id', 'coordinators')],
  },
];
