import { roles } from '@shared/api/channel';

import { code, flag, integer, stamp, text, type SheetDef } from './exportColumns';

/**
 * The register's own set-up in the export: its users (names and roles, never a secret) and the
 * settings that belong to the register, of which a load takes over the rules.
 */

/** Settings that belong to the register, not to this PC's installation or its keys. */
export const EXPORTED_SETTINGS = [
  'municipality.name',
  'session.idleTimeoutMinutes',
  'register.demo',
  'case.rules',
  'coordination.rules',
  'plan.rules',
  'report.rules',
  'letters.settings',
  'retention.rules',
  'backup.settings',
] as const;
/** What a load takes over: the rules (retention's too) and the letters' set-up. */
export const LOADED_SETTINGS = [
  'case.rules',
  'coordination.rules',
  'plan.rules',
  'report.rules',
  'letters.settings',
  'retention.rules',
] as const;
export type LoadedSetting = (typeof LOADED_SETTINGS)[number];

/** Excel holds at most 32 767 characters in a cell; a longer value (a logo) goes over several rows. */
export const SETTING_PART_CHARS = 30_000;

function settingRows(r: Record<string, unknown>): Record<string, unknown>[] {
  const value = String(r.value);
  const rows: Record<string, unknown>[] = [];
  for (let at = 0, part = 1; at < value.length || part === 1; at += SETTING_PART_CHARS, part++)
    rows.push({ key: r.key, part, value: value.slice(at, at + SETTING_PART_CHARS) });
  return rows;
}

const inList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');

export const SETTINGS_SHEETS: readonly SheetDef[] = [
  {
    key: 'users',
    loaded: false,
    hasId: false,
    // Only these columns: the users table holds no secret, and the key slots live in the key file.
    sql: 'SELECT username, display_name, role, active, created_at FROM users ORDER BY id',
    columns: [
      text('username'),
      text('display_name'),
      code('role', roles),
      flag('active'),
      stamp('created_at'),
    ],
  },
  {
    key: 'settings',
    loaded: true,
    hasId: false,
    sql: `SELECT key, value FROM settings WHERE key IN (${inList(EXPORTED_SETTINGS)}) ORDER BY key`,
    columns: [text('key', { required: true }), integer('part'), text('value', { required: true })],
    expand: settingRows,
  },
];
