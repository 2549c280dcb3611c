import type { RelationKind } from '@shared/domain/case';

/**
 * The rows the person and case forms repeat: a guardian or next of kin, and a service. Paths
 * mirror the contract (`relations.0.name`, `services.1.provider`), so the schema's and core's
 * messages land beside the right field.
 */
export interface RelationValues {
  name: string;
  relation: RelationKind | '';
  parentalResponsibility: boolean;
  mayConsent: boolean;
  phone: string;
  email: string;
  address: string;
}

export interface ServiceValues {
  serviceUnitId: string;
  provider: string;
  contact: string;
  status: 'receives' | 'needs';
}

/** What a row component needs of react-hook-form's field array; the page owns the array. */
export interface Rows<V> {
  fields: readonly { id: string }[];
  append: (value: V) => void;
  remove: (index: number) => void;
}

export const emptyRelation: RelationValues = {
  name: '',
  relation: '',
  parentalResponsibility: false,
  mayConsent: false,
  phone: '',
  email: '',
  address: '',
};

export const emptyService: ServiceValues = {
  serviceUnitId: '',
  provider: '',
  contact: '',
  status: 'receives',
};

/** A row added and left empty: taken out on save rather than refused. */
export const isBlankRelation = (r: RelationValues) =>
  !r.name.trim() && !r.relation && !r.phone.trim() && !r.email.trim() && !r.address.trim();
export const isBlankService = (s: ServiceValues) =>
  !s.serviceUnitId && !s.provider.trim() && !s.contact.trim();
