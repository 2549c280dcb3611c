import { z } from 'zod';
import { CASE_WORKERS, channel } from './channel';
import { email, id, optionalText, phone, requiredText } from './fields';

export interface Coordinator {
  id: number;
  name: string;
  serviceUnitId: number;
  serviceUnitName: string;
  position: string;
  phone: string;
  email: string;
  /** Most cases this coordinator should hold at once; null when not set. */
  capacity: number | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export const coordinatorInput = z.object({
  name: requiredText(120),
  serviceUnitId: z
    .number({ message: 'validation.serviceUnitRequired' })
    .int()
    .positive({ message: 'validation.serviceUnitRequired' }),
  position: optionalText(120),
  phone,
  email,
  capacity: z
    .number({ message: 'validation.capacityInvalid' })
    .int({ message: 'validation.capacityInvalid' })
    .min(1, { message: 'validation.capacityInvalid' })
    .max(500, { message: 'validation.capacityInvalid' })
    .nullable()
    .default(null),
  active: z.boolean().default(true),
});
export type CoordinatorInput = z.input<typeof coordinatorInput>;

export const coordinatorsApi = {
  'coordinators.list': channel<Coordinator[]>()(z.object({}), CASE_WORKERS),
  'coordinators.get': channel<Coordinator>()(z.object({ id }), CASE_WORKERS),
  'coordinators.create': channel<Coordinator>()(coordinatorInput, CASE_WORKERS),
  'coordinators.update': channel<Coordinator>()(coordinatorInput.extend({ id }), CASE_WORKERS),
};
