import type { TFunction } from 'i18next';

import type { AuditPerson, AuditRow } from '@shared/api/audit';
import { stepKinds } from '@shared/domain/case';

/** A reference to a record (`decision:4`, `person:92`, `goal:3`), not a field name. */
const REFERENCE = /^[A-Za-z_]+:/;
/** Actions whose text is a verb alone, so the kind of record must follow it. */
const BARE_VERBS: ReadonlySet<string> = new Set([
  'read',
  'list',
  'print',
  'export',
  'import',
  'create',
  'update',
  'remove',
  'deactivate',
]);
/** Actions that showed records rather than changed them. */
const SHOWING: ReadonlySet<string> = new Set(['read', 'list', 'print', 'export', 'archive_copy']);
const STEP = new RegExp(`^(${stepKinds.join('|')}):\\d+$`);

/**
 * What a row says happened, in words: a step by its kind ("Registrerte vedtak"), a print by what
 * was printed ("Skrev ut saksoversikten"), a part of a case read ("Åpnet planen"), an action on a kind of record where a phrase exists
 * ("Åpnet saken", "Så i loggen"), else the action itself.
 */
export function whatHappened(t: TFunction, row: Pick<AuditRow, 'action' | 'entity' | 'fields'>): string {
  const { action, entity, fields } = row;
  if (action === 'step_create' || action === 'step_update' || action === 'step_remove') {
    const kind = fields.map((f) => STEP.exec(f)?.[1]).find(Boolean);
    if (kind) return t(`auditLog.stepAction.${action.slice(5)}`, { step: t(`auditLog.stepKinds.${kind}`) });
  }
  if (action === 'print') {
    const what = fields[0]?.startsWith('letter:') ? 'letter' : fields[0];
    if (what && t(`auditLog.printed.${what}`, { defaultValue: '' })) return t(`auditLog.printed.${what}`);
  }
  if (action === 'read' && entity === 'case') {
    // A part of the case read on its own page: the plan, the letters, a letter's draft.
    const part = fields.find((f) => !REFERENCE.test(f));
    if (part && t(`auditLog.readPart.${part}`, { defaultValue: '' })) return t(`auditLog.readPart.${part}`);
  }
  const exact = t(`auditLog.events.${action}_${entity}`, { defaultValue: '' });
  if (exact) return exact;
  // No phrase for this pair: a bare verb gets the kind of record it touched ("Registrerte
  // (demodata)", not "Registrerte"); an action that names its object stands alone.
  const verb = t(`auditLog.actions.${action}`);
  const kind = BARE_VERBS.has(action) ? t(`auditLog.entities.${entity}`, { defaultValue: '' }) : '';
  return kind ? t('auditLog.actionOn', { action: verb, entity: kind.toLowerCase() }) : verb;
}

/**
 * The fields a row read or changed, in words where a text exists; the rest only counted, so no
 * internal name or id ever shows ("navn, telefon og 2 andre felt"). Record references and the
 * persons (shown by name elsewhere) are left out.
 */
export function fieldWords(t: TFunction, row: Pick<AuditRow, 'action' | 'fields'>): string {
  // A read, list or print names what was shown ("agenda", "caseOverview"), which "what happened"
  // already says in words: only a change's fields are listed.
  if (SHOWING.has(row.action)) return '';
  const names = row.fields.filter((f) => !REFERENCE.test(f));
  const known: string[] = [];
  let other = 0;
  for (const f of names) {
    const word = t(`auditLog.fields.${f}`, { defaultValue: '' });
    if (word) known.push(word);
    else other += 1;
  }
  const unique = [...new Set(known)];
  if (unique.length === 0) return other > 0 ? t('auditLog.fieldsOnly', { count: other }) : '';
  return other > 0 ? [...unique, t('auditLog.fieldsOther', { count: other })].join(', ') : unique.join(', ');
}

/** A person by name with their case numbers; a person no longer in the register neutrally. */
export function personLabel(t: TFunction, p: AuditPerson): string {
  if (p.name === null) return t('auditLog.deletedPerson');
  if (p.caseNumbers.length === 0) return p.name;
  return t('auditLog.personWithCases', { name: p.name, cases: p.caseNumbers.join(', ') });
}

/** Who did it: the user's name and user name, or the program itself. */
export function whoDid(t: TFunction, row: Pick<AuditRow, 'username' | 'userDisplayName' | 'userId'>): string {
  if (row.userId === null && row.username === 'system') return t('auditLog.system');
  return row.userDisplayName ? `${row.userDisplayName} (${row.username})` : row.username;
}
