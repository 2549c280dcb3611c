import type { z } from 'zod';

import { appointmentsApi } from './appointments';
import { archiveApi } from './archive';
import { auditApi } from './audit';
import { backupApi } from './backup';
import { casesApi } from './cases';
import type { Channel } from './channel';
import { coordinatorsApi } from './coordinators';
import { dashboardsApi } from './dashboards';
import { draftsApi } from './drafts';
import { importsApi } from './imports';
import { lettersApi } from './letters';
import { personsApi } from './persons';
import { plansApi } from './plans';
import { printApi } from './print';
import { registerExportApi } from './registerExport';
import { reportsApi } from './reports';
import { retentionApi } from './retention';
import { serviceUnitsApi } from './serviceUnits';
import { sessionApi } from './session';
import { settingsApi } from './settings';
import { trainingApi } from './training';
import { usersApi } from './users';

/**
 * The whole contract between renderer and main. Channel names, inputs, outputs and access rules
 * come from here only: preload, IPC registration, the host and the renderer client derive from it.
 */
export const api = {
  ...sessionApi,
  ...usersApi,
  ...settingsApi,
  ...serviceUnitsApi,
  ...coordinatorsApi,
  ...personsApi,
  ...casesApi,
  ...draftsApi,
  ...appointmentsApi,
  ...trainingApi,
  ...plansApi,
  ...dashboardsApi,
  ...reportsApi,
  ...printApi,
  ...lettersApi,
  ...auditApi,
  ...backupApi,
  ...importsApi,
  ...registerExportApi,
  ...retentionApi,
  ...archiveApi,
};

export type Api = typeof api;
export type ChannelName = keyof Api;
export type Input<K extends ChannelName> = z.input<Api[K]['input']>;
export type ParsedInput<K extends ChannelName> = z.output<Api[K]['input']>;
export type Output<K extends ChannelName> = Api[K] extends Channel<z.ZodType, infer O> ? O : never;

export const channelNames = Object.keys(api) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

export type { Result, ApiErrorShape, ErrorCode } from './errors';
export type { Role } from './channel';
