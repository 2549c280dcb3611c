import { z } from 'zod';

import { applicants, caseChannels, rights } from '../domain/caseValues';
import { id, isoDate, optionalText } from './fields';

/** A service the person receives or needs, as the case records it. */
const serviceInput = z.object({
  serviceUnitId: id.nullable().default(null),
  provider: optionalText(120),
  contact: optionalText(200),
  status: z.enum(['receives', 'needs']).default('receives'),
});

const rightsRequested = z
  .array(z.enum(rights))
  .min(1, { message: 'validation.rightRequired' })
  .refine((list) => new Set(list).size === list.length, { message: 'validation.invalid' });

export const caseFields = z.object({
  receivedDate: isoDate,
  channel: z.enum(caseChannels, { message: 'validation.required' }),
  appliedBy: z.enum(applicants, { message: 'validation.required' }),
  appliedByName: optionalText(120),
  rightsRequested,
  /** The Marker form's first question: the illness, injury or disability, kept short. */
  needDescription: optionalText(1000),
  services: z.array(serviceInput).max(30).default([]),
});
/** A case's own fields as the contract parsed them: what `CaseRecord` holds besides its ids. */
export type CaseFieldValues = z.output<typeof caseFields>;
