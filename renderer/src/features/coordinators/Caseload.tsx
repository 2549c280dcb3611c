import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

import type { Coordinator } from '@shared/api/coordinators';

type Load = Pick<Coordinator, 'caseload' | 'capacity'>;

export function isOverCapacity(c: Load): boolean {
  return c.capacity !== null && c.caseload > c.capacity;
}

/**
 * "3", or "3 av 5" when a capacity is agreed (in words on the coordinator page: "3 av 5 saker");
 * over capacity is said in words beside it, not by colour alone.
 */
export function Caseload({ coordinator: c, words = false }: { coordinator: Load; words?: boolean }) {
  const { t } = useTranslation();
  let text: string;
  if (c.capacity === null)
    text = words ? t('coordinators.caseloadWords', { count: c.caseload }) : String(c.caseload);
  else if (words) text = t('coordinators.caseloadOfWords', { caseload: c.caseload, count: c.capacity });
  else text = t('coordinators.caseloadOf', { caseload: c.caseload, capacity: c.capacity });
  return (
    <span className="caseload">
      <span className="nowrap">{text}</span>
      {isOverCapacity(c) && (
        <Tag data-color="warning" data-size="sm" className="nowrap">
          {t('coordinators.overCapacity')}
        </Tag>
      )}
    </span>
  );
}
