import { z } from 'zod';

import { ADMIN_ONLY, CASE_WORKERS, channel } from './channel';
import { id, requiredText } from './fields';

/** A tjenestested: where coordinators work (helsestasjon, PPT, skole, ...). */
export interface ServiceUnit {
  id: number;
  name: string;
  active: boolean;
  /** Active coordinators registered at this unit. */
  coordinatorCount: number;
}

export const serviceUnitInput = z.object({ name: requiredText(120), active: z.boolean().default(true) });
export type ServiceUnitInput = z.input<typeof serviceUnitInput>;

export const serviceUnitsApi = {
  'serviceUnits.list': channel<ServiceUnit[]>()(z.object({}), CASE_WORKERS),
  'serviceUnits.create': channel<ServiceUnit>()(serviceUnitInput, ADMIN_ONLY),
  'serviceUnits.update': channel<ServiceUnit>()(serviceUnitInput.extend({ id }), ADMIN_ONLY),
};
