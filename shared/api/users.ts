import { z } from 'zod';

import { ADMIN_ONLY, channel, roles, type Role } from './channel';
import { id, password, requiredText, username } from './fields';

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  /** Locked after too many wrong passwords, until an administrator frees it (`users.unlock`). */
  locked: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export const newUserInput = z.object({
  username,
  displayName: requiredText(120),
  role: z.enum(roles),
  password,
});
export type NewUserInput = z.input<typeof newUserInput>;

export const usersApi = {
  'users.list': channel<UserRow[]>()(z.object({}), ADMIN_ONLY),
  'users.create': channel<UserRow>()(newUserInput, ADMIN_ONLY),
  /** Gives the user a new key slot with the new password; the old one stops working. */
  'users.resetPassword': channel<null>()(z.object({ userId: id, newPassword: password }), ADMIN_ONLY),
  /** Frees a user locked after too many wrong passwords. */
  'users.unlock': channel<null>()(z.object({ userId: id }), ADMIN_ONLY),
  /** Removes the user's key slot: their password no longer opens the register. */
  'users.deactivate': channel<null>()(z.object({ userId: id }), ADMIN_ONLY),
};
