import { z } from 'zod';
import { ADMIN_ONLY, ALL_ROLES, channel } from './channel';
import { requiredText } from './fields';

export interface Settings {
  municipalityName: string;
  /** Minutes without activity before the register locks (closes the database, forgets the key). */
  idleTimeoutMinutes: number;
  demo: boolean;
}

export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 120;

export const settingsInput = z.object({
  municipalityName: requiredText(120),
  idleTimeoutMinutes: z
    .number({ message: 'validation.idleTimeoutInvalid' })
    .int({ message: 'validation.idleTimeoutInvalid' })
    .min(MIN_IDLE_MINUTES, { message: 'validation.idleTimeoutInvalid' })
    .max(MAX_IDLE_MINUTES, { message: 'validation.idleTimeoutInvalid' }),
});
export type SettingsInput = z.input<typeof settingsInput>;

export const settingsApi = {
  'settings.get': channel<Settings>()(z.object({}), ALL_ROLES),
  'settings.update': channel<Settings>()(settingsInput, ADMIN_ONLY),
};
