import { z } from 'zod';

import { ADMIN_ONLY, channel } from './channel';
import { username } from './fields';

/** Why a backup was taken: shown in the list and in its manifest. */
export const backupReasons = [
  'manual',
  'lock',
  'logout',
  'close',
  'daily',
  'beforeRestore',
  'beforeMigration',
] as const;
export type BackupReason = (typeof backupReasons)[number];

/**
 * The readable part of a backup file (docs/backup.md): what it holds and how to check it, in
 * plain JSON at the start of the file. Nothing in it is personal data.
 */
export interface BackupManifest {
  format: 'samordna-backup';
  formatVersion: number;
  appVersion: string;
  schemaVersion: number;
  createdAt: string;
  /** The user who took it, or "automatisk" with the reason. */
  createdBy: string;
  reason: BackupReason;
  municipality: string;
  registerId: string;
  /** Rows per table at the moment of the backup. */
  counts: Record<string, number>;
  /** The newest audit row at the moment of the backup: restoring checks the log against it. */
  auditHead: { count: number; hash: string };
  database: { bytes: number; sha256: string };
}

export interface BackupFile {
  /** Full path of the file. */
  file: string;
  fileName: string;
  /** The folder beside the register, or the second place the administrator chose. */
  location: 'local' | 'second';
  createdAt: string;
  reason: BackupReason;
  bytes: number;
}

export interface BackupSettings {
  /** A second place (share, USB stick, synced folder); null when none is chosen. */
  secondFolder: string | null;
  /** Oversikt warns an administrator when the newest backup is older than this. */
  maxAgeDays: number;
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

export interface BackupStatus {
  settings: BackupSettings;
  localFolder: string;
  newest: BackupFile | null;
  newestSecond: BackupFile | null;
  /** No backup, or the newest is older than maxAgeDays. */
  overdue: boolean;
  /** No second location chosen, or nothing written there yet. */
  secondMissing: boolean;
  /** The last automatic backup that failed, and why (Norwegian), until one succeeds. */
  lastFailure: { at: string; message: string } | null;
  /** Newest first, both locations. */
  files: BackupFile[];
}

export interface BackupInspection {
  manifest: BackupManifest;
  /** Made by a newer Samordna: it cannot be restored here. */
  tooNew: boolean;
  /** The database inside matches the manifest's checksum. */
  intact: boolean;
}

/** What proves the right to a backup: the recovery code, or a password valid when it was taken. */
export const backupSecret = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('recoveryCode'),
    recoveryCode: z.string().trim().min(1, { message: 'validation.required' }).max(100),
  }),
  z.object({
    kind: z.literal('password'),
    username,
    password: z.string().min(1, { message: 'validation.required' }).max(256),
  }),
]);
export type BackupSecret = z.input<typeof backupSecret>;

const backupPath = z
  .string()
  .trim()
  .min(1, { message: 'validation.required' })
  .max(1000, { message: 'validation.tooLong' });

export const backupSettingsInput = z.object({
  secondFolder: backupPath.nullable(),
  maxAgeDays: z
    .number()
    .int()
    .min(1, { message: 'validation.numberRange' })
    .max(90, { message: 'validation.numberRange' }),
  keepDaily: z
    .number()
    .int()
    .min(1, { message: 'validation.numberRange' })
    .max(60, { message: 'validation.numberRange' }),
  keepWeekly: z
    .number()
    .int()
    .min(0, { message: 'validation.numberRange' })
    .max(52, { message: 'validation.numberRange' }),
  keepMonthly: z
    .number()
    .int()
    .min(0, { message: 'validation.numberRange' })
    .max(120, { message: 'validation.numberRange' }),
});

export const backupApi = {
  'backup.status': channel<BackupStatus>()(z.object({}), ADMIN_ONLY),
  /** "Ta sikkerhetskopi nå": writes, verifies and rotates; returns the files written. */
  'backup.create': channel<BackupFile[]>()(z.object({}), ADMIN_ONLY),
  'backup.updateSettings': channel<BackupStatus>()(backupSettingsInput, ADMIN_ONLY),
  /**
   * Reads a backup file's manifest. Without a session only while there is no usable register
   * (first screen on a new PC, lost key file, damaged register); otherwise an administrator's.
   */
  'backup.inspect': channel<BackupInspection>()(z.object({ file: backupPath }), 'public'),
  /**
   * Restores a backup: the current register (if any) is moved aside, never deleted; the restored
   * one is verified and migrated; then the user logs in. Same access as inspect.
   */
  'backup.restore': channel<{ manifest: BackupManifest; movedAsideTo: string | null }>()(
    z.object({ file: backupPath, secret: backupSecret }),
    'public',
  ),
};
