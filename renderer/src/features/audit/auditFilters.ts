import { AUDIT_ACTIONS, CASE_NUMBER_MAX, type AuditAction, type AuditQuery } from '@shared/api/audit';

import { hrefFor } from '../../app/router';

/**
 * The Logg's filters, in the address so a link opens the log filtered (the case page's "Hvem har
 * sett saken"): `#/logg?person=12&sakId=7&sak=2027-0042&bruker=kari&handling=read&fra=2027-03-01&til=...`.
 * The case page links by the case's id (`sakId`), which holds for any case number; `sak` is the
 * number as typed in the filter (and shown in the heading). Anything malformed in the address is
 * dropped, never sent.
 */
export interface LogFilter {
  personId?: number;
  /** The case, by id: wins over the number in core. */
  caseId?: number;
  caseNumber?: string;
  username?: string;
  action?: AuditAction;
  from?: string;
  to?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A typed case number, trimmed, or undefined when it cannot be one: empty, too long, or with
 * control characters. Any other shape is taken: a register loaded from a workbook keeps its own
 * numbers (SAK/2019/17), and the number is only compared in core, never put in a query's text.
 */
export function caseNumberOf(raw: string): string | undefined {
  const v = raw.trim();
  return v.length > 0 && v.length <= CASE_NUMBER_MAX && !/\p{Cc}/u.test(v) ? v : undefined;
}
const isAction = (v: string): v is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(v);

export function filterFromQuery(query: URLSearchParams): LogFilter {
  const f: LogFilter = {};
  const person = query.get('person') ?? '';
  if (/^[1-9]\d{0,9}$/.test(person)) f.personId = Number(person);
  const caseId = query.get('sakId') ?? '';
  if (/^[1-9]\d{0,9}$/.test(caseId)) f.caseId = Number(caseId);
  const caseNumber = caseNumberOf(query.get('sak') ?? '');
  if (caseNumber !== undefined) f.caseNumber = caseNumber;
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
    sakId: f.caseId === undefined ? '' : String(f.caseId),
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
    caseId: f.caseId,
    // By id when the address has it: the number is then only for the heading.
    caseNumber: f.caseId === undefined ? f.caseNumber : undefined,
    username: f.username,
    action: f.action,
    from: f.from,
    to: f.to,
  };
}
