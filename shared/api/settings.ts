import { z } from 'zod';

import { ADMIN_ONLY, ALL_ROLES, channel } from './channel';
import { requiredText } from './fields';

export interface Settings {
  municipalityName: string;
  /** Minutes without activity before the register locks (closes the database, forgets the key). */
  idleTimeoutMinutes: number;
  /** Wrong passwords in a row after which a user is locked until an administrator frees it. */
  maxFailedLogins: number;
  demo: boolean;
}

export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 120;
export const MIN_FAILED_LOGINS = 3;
export const MAX_FAILED_LOGINS = 50;
export const DEFAULT_MAX_FAILED_LOGINS = 10;

export const settingsInput = z.object({
  municipalityName: requiredText(120),
  idleTimeoutMinutes: z
    .number({ message: 'validation.idleTimeoutInvalid' })
    .int({ message: 'validation.idleTimeoutInvalid' })
    .min(MIN_IDLE_MINUTES, { message: 'validation.idleTimeoutInvalid' })
    .max(MAX_IDLE_MINUTES, { message: 'validation.idleTimeoutInvalid' }),
  /** Left out: unchanged (it is kept outside the register, where login reads it). */
  maxFailedLogins: z
    .number({ message: 'validation.maxFailedLoginsInvalid' })
    .int({ message: 'validation.maxFailedLoginsInvalid' })
    .min(MIN_FAILED_LOGINS, { message: 'validation.maxFailedLoginsInvalid' })
    .max(MAX_FAILED_LOGINS, { message: 'validation.maxFailedLoginsInvalid' })
    .optional(),
});
export type SettingsInput = z.input<typeof settingsInput>;

export const settingsApi = {
  'settings.get': channel<Settings>()(z.object({}), ALL_ROLES),
  'settings.update': channel<Settings>()(settingsInput, ADMIN_ONLY),
};
