import { AUDIT_ACTIONS, type AuditAction, type AuditQuery } from '../../../../shared/api/audit';
import { hrefFor } from '../../app/router';

/**
 * The Logg's filters, in the address so a link opens the log filtered (the case page's "Hvem har
 * sett saken"): `#/logg?person=12&sak=2027-0042&bruker=kari&handling=read&fra=2027-03-01&til=...`.
 * Anything malformed in the address is dropped, never sent.
 */
export interface LogFilter {
  personId?: number;
  caseNumber?: string;
  username?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const CASE_NUMBER = /^\d{4}-\d{1,6}$/;
const isAction = (v: string): v is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(v);

export function filterFromQuery(query: URLSearchParams): LogFilter {
  const f: LogFilter = {};
  const person = query.get('person') ?? '';
  if (/^[1-9]\d{0,9}$/.test(person)) f.personId = Number(person);
  const caseNumber = (query.get('sak') ?? '').trim();
  if (CASE_NUMBER.test(caseNumber)) f.caseNumber = caseNumber;
  const username = (query.get('bruker') ?? '').trim();
  if (username && username.length <= 64) f.username = username;
  const action = query.get('handling') ?? '';
  if (isAction(action)) f.action = action;
  const from = query.get('fra') ?? '';
  if (ISO_DATE.test(from)) f.from = from;
  const to = query.get('til') ?? '';
  if (ISO_DATE.test(to)) f.to = to;
  return f;
}

export function logHref(f: LogFilter): string {
  return hrefFor(['logg'], {
    person: f.personId === undefined ? '' : String(f.personId),
    sak: f.caseNumber ?? '',
    bruker: f.username ?? '',
    handling: f.action ?? '',
    fra: f.from ?? '',
    til: f.to ?? '',
  });
}

export function toAuditQuery(f: LogFilter): AuditQuery {
  return {
    personId: f.personId,
    caseNumber: f.caseNumber,
    username: f.username,
    action: f.action,
    from: f.from,
    to: f.to,
  };
}
