import { z } from 'zod';

import { ALL_ROLES, channel, type Role } from './channel';
import { password, requiredText, username } from './fields';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

export interface SessionStatus {
  /**
   * setup: no register yet (set one up, or restore a backup); locked: a register exists but no
   * one is logged in; open: logged in; keyMissing: a database with no readable key file (put
   * the key file back or restore a backup, never a new register); damaged: the database is
   * missing, empty or failed its check (restore the newest backup).
   */
  state: 'setup' | 'locked' | 'open' | 'keyMissing' | 'damaged';
  /** The data folder, so the screens for keyMissing and damaged can say where the files belong. */
  dataFolder: string;
  /**
   * keyMissing and damaged: the full path of the newest backup in the local backup folder, so
   * the screen can offer it; null (or absent) when there is none or in the other states.
   */
  newestBackup?: string | null;
  /** A register made by `npm run demo`: the UI shows a DEMO banner. */
  demo: boolean;
  /** The municipality's name, readable before login (it is not personal data). */
  municipality: string | null;
  user: SessionUser | null;
  /** Minutes of inactivity before the register locks itself. */
  idleTimeoutMinutes: number;
}

export const sessionApi = {
  'session.status': channel<SessionStatus>()(z.object({}), 'public'),
  'session.setup': channel<{ recoveryCode: string; user: SessionUser }>()(
    z.object({
      municipality: requiredText(120),
      displayName: requiredText(120),
      username,
      password,
    }),
    'public',
  ),
  'session.confirmRecoveryStored': channel<null>()(z.object({}), ['admin']),
  'session.login': channel<SessionUser>()(
    z.object({
      username: z.string().trim().toLowerCase().min(1, { message: 'validation.required' }),
      password: z.string().min(1, { message: 'validation.required' }),
    }),
    'public',
  ),
  'session.logout': channel<null>()(z.object({}), ALL_ROLES),
  /** Lock now (leaving the desk): like the idle lock, the same user logs in and carries on. */
  'session.lock': channel<null>()(z.object({}), ALL_ROLES),
  /** The user did something in the window: postpones the idle lock. */
  'session.activity': channel<null>()(z.object({}), ALL_ROLES),
  'session.changePassword': channel<null>()(
    z.object({
      currentPassword: z.string().min(1, { message: 'validation.required' }),
      newPassword: password,
    }),
    ALL_ROLES,
  ),
  /** The recovery code from setup lets an administrator set a new password while locked. */
  'session.recover': channel<null>()(
    z.object({
      recoveryCode: z.string().trim().min(1, { message: 'validation.required' }),
      username,
      newPassword: password,
    }),
    'public',
  ),
};
