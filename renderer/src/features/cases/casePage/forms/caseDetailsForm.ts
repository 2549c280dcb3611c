import { dateInput, formatDay } from '@renderer/components/dates';
import type { Input } from '@shared/api/index';
import type { Applicant, CaseChannel, CaseRecord, Right } from '@shared/domain/case';

import type { ServiceValues } from '../../rowValues';

export { emptyService, isBlankService } from '../../rowValues';
export type { ServiceValues } from '../../rowValues';

/** What the case details form holds; paths mirror the contract (`services.1.provider`). */
export interface CaseDetailsValues {
  receivedDate: string;
  channel: CaseChannel | '';
  appliedBy: Applicant | '';
  appliedByName: string;
  rightsRequested: Right[];
  needDescription: string;
  services: ServiceValues[];
}

export function caseDetailsValues(record: CaseRecord): CaseDetailsValues {
  return {
    receivedDate: formatDay(record.receivedDate),
    channel: record.channel,
    appliedBy: record.appliedBy,
    appliedByName: record.appliedByName,
    rightsRequested: [...record.rightsRequested],
    needDescription: record.needDescription,
    services: record.services.map((s) => ({
      serviceUnitId: s.serviceUnitId === null ? '' : String(s.serviceUnitId),
      provider: s.provider,
      contact: s.contact,
      status: s.status,
    })),
  };
}

/** The form's text in the contract's shape; the schema then judges it. */
export function toCaseUpdate(v: CaseDetailsValues, id: number): Input<'cases.update'> {
  return {
    id,
    receivedDate: dateInput(v.receivedDate) as string,
    channel: (v.channel || undefined) as CaseChannel,
    appliedBy: (v.appliedBy || undefined) as Applicant,
    appliedByName: v.appliedByName,
    // A single checkbox left alone can come back as `false` rather than a list.
    rightsRequested: Array.isArray(v.rightsRequested) ? v.rightsRequested : [],
    needDescription: v.needDescription,
    services: v.services.map((s) => ({
      serviceUnitId: s.serviceUnitId === '' ? null : Number(s.serviceUnitId),
      provider: s.provider,
      contact: s.contact,
      status: s.status,
    })),
  };
}
