import type { RowPreview } from '@shared/api/imports';
import enumsNb from '@shared/i18n/enums.nb.json' with { type: 'json' };
import importRowsNb from '@shared/i18n/importRows.nb.json' with { type: 'json' };

import type { CaseDraft } from './caseRows';
import type { PoolDraft } from './poolDraft';

/**
 * A row as the register will hold it, in the words the case page uses (bokmål, as core's other
 * texts): what the preview shows before anything is written.
 */

const norwegianDate = (iso: string | null): string => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
};

const formatNationalId = (id: string | null) => (id ? `${id.slice(0, 6)} ${id.slice(6)}` : '');

const rightName = (r: keyof typeof enumsNb.enums.right) => enumsNb.enums.right[r];
const planStatus = importRowsNb.importRows.planStatus;

function cell(field: string, value: string): RowPreview['cells'][number] {
  return { label: field, labelKey: `importRows.field.${field.replace(/\./g, '_')}`, value };
}

export function casePreview(d: CaseDraft): RowPreview {
  const cells = [
    cell('person.name', d.person.name),
    cell('person.nationalId', formatNationalId(d.person.nationalId)),
    cell('person.birthDate', norwegianDate(d.person.birthDate)),
    cell('person.dueDate', norwegianDate(d.person.dueDate)),
    cell('person.address', d.person.address),
    cell(
      'guardian1.name',
      d.person.relations.map((r) => [r.name, r.phone, r.email].filter(Boolean).join(', ')).join('; '),
    ),
    cell('case.receivedDate', norwegianDate(d.receivedDate)),
    cell('case.channel', d.channel ? enumsNb.enums.channelOption[d.channel] : ''),
    cell('case.rightsRequested', d.rights.map(rightName).join(', ')),
    cell(
      'decision.outcome',
      d.decisions
        .map(
          (x) =>
            `${rightName(x.right)}: ${enumsNb.enums.decisionOutcome[x.outcome]} ${norwegianDate(x.date)}`,
        )
        .join('; '),
    ),
    cell(
      'coordinator.name',
      d.coordinator
        ? `${d.coordinator.label}${d.coordinator.startDate ? ` fra ${norwegianDate(d.coordinator.startDate)}` : ''}`
        : '',
    ),
    cell('plan.status', d.plan ? planStatus[d.plan.status] : ''),
    cell('case.closedDate', norwegianDate(d.closedDate)),
    cell('case.note', d.note),
  ];
  return { cells: cells.filter((c) => c.value !== '') };
}

export function poolPreview(d: PoolDraft): RowPreview {
  const cells = [
    cell('pool.name', d.name),
    cell('pool.serviceUnit', d.serviceUnit?.label ?? ''),
    cell('pool.position', d.position),
    cell('pool.phone', d.phone),
    cell('pool.email', d.email),
    cell('pool.capacity', d.capacity === null ? '' : String(d.capacity)),
    cell('training.course', d.completions.map((c) => `${c.courseName} ${norwegianDate(c.date)}`).join('; ')),
  ];
  return { cells: cells.filter((c) => c.value !== '') };
}
