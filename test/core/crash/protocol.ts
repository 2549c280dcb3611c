/**
 * What the crash test's parent (crashRun.ts) and its child (writer.ts) say to each other. The
 * parent passes a WriterConfig as the child's one argument (JSON); the child answers with one
 * JSON line per event on stdout, each written synchronously before the next call, so whatever
 * the parent reads after a SIGKILL is exactly what the child had done.
 */
import type { KdfCost } from '@core/storage/keySlots';

export interface TrackedUser {
  id: number;
  username: string;
  password: string;
}

export interface WriterConfig {
  dataDir: string;
  kdf: KdfCost;
  /** Seeds the child's choices (which write, which inputs). */
  seed: number;
  /** Round number: makes names and user names unique across children. */
  round: number;
  admin: { username: string; password: string };
  /** Active users other than the administrator whose password the parent knows. */
  users: TrackedUser[];
  /** Cases known to exist, for recording steps. */
  caseIds: number[];
  serviceUnitIds: number[];
  /** Try backup.create (skipped for the rest of the child once it returns an error). */
  backup: boolean;
}

/** One write the child is about to make (`begin`), with everything needed to judge it later. */
export type WriteOp =
  | { kind: 'serviceUnit'; name: string }
  | { kind: 'coordinator'; name: string; serviceUnitId: number }
  | { kind: 'case'; personName: string; nationalId: string | null }
  | { kind: 'step'; caseId: number; stepKind: 'mapping' | 'consent' }
  | { kind: 'changePassword'; oldPassword: string; newPassword: string }
  | { kind: 'userCreate'; username: string; password: string }
  | { kind: 'userReset'; userId: number; username: string; oldPassword: string; newPassword: string }
  | { kind: 'userDeactivate'; userId: number; username: string }
  | { kind: 'backup' };

export type OpKind = WriteOp['kind'];
export const OP_KINDS: readonly OpKind[] = [
  'serviceUnit',
  'coordinator',
  'case',
  'step',
  'changePassword',
  'userCreate',
  'userReset',
  'userDeactivate',
  'backup',
];

/** What an acknowledged write returned that the parent checks for. */
export interface AckResult {
  id?: number;
  caseNumber?: string;
  /** backup.create: the files written, and when the backup was taken. */
  files?: string[];
  createdAt?: string;
}

export type WriterLine =
  /** Logged in: the writes start now (the parent's kill timer starts here). */
  | { t: 'ready'; pid: number }
  | { t: 'begin'; n: number; op: WriteOp }
  /** dispatch returned ok. */
  | { t: 'ack'; n: number; result: AckResult; ms: number }
  /** dispatch returned an error: nothing acknowledged. */
  | { t: 'fail'; n: number; code: string; fields?: Record<string, string>; ms: number }
  /** backup.create is not there yet (an error result): the child stops trying. */
  | { t: 'backupUnavailable'; code: string }
  /** The child cannot go on (logged to stderr too); it exits with code 3. */
  | { t: 'fatal'; message: string };
