import {
  Fieldset,
  Paragraph,
  Radio,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useMemo, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../../../../shared/api/appointments';
import { matchesWords } from '../../../../components/textSearch';
import { TrainingTag } from '../../../coordinators/TrainingTag';

/** Rows drawn at once: a search finds the rest among a thousand coordinators. */
const SHOWN = 50;

/**
 * The pool as radio buttons in a table, the most suitable first (core's order), with what the
 * choice depends on beside each name: service unit, caseload against capacity, training.
 */
export function CandidatePicker({
  candidates,
  selected,
  registration,
  error,
}: {
  candidates: readonly Candidate[];
  selected: string;
  registration: UseFormRegisterReturn;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [query, setQuery] = useState('');
  const matches = useMemo(
    () => candidates.filter((c) => matchesWords([c.name, c.serviceUnitName, c.position], query)),
    [candidates, query],
  );
  // The chosen one stays in view (and in the form) while the search shows others.
  const chosen = candidates.find((c) => String(c.id) === selected);
  const shown = matches.slice(0, SHOWN);
  if (chosen && !shown.includes(chosen)) shown.push(chosen);

  if (candidates.length === 0) return <Paragraph>{t('case.coordination.picker.emptyPool')}</Paragraph>;
  return (
    <Fieldset aria-describedby={error ? errorId : undefined}>
      <Fieldset.Legend>{t('case.coordination.picker.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('case.coordination.picker.help')}</Fieldset.Description>
      <Textfield
        label={t('case.coordination.picker.filter')}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter in the search box searches; it must not send the whole form.
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <p role="status" className="count-line">
        {t('case.coordination.picker.shown', {
          shown: Math.min(matches.length, SHOWN),
          total: candidates.length,
        })}
        {matches.length > SHOWN ? ` ${t('case.coordination.picker.more')}` : ''}
      </p>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      {shown.length === 0 ? (
        <Paragraph>{t('case.coordination.picker.noneMatch')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra className="candidate-table">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('case.coordination.picker.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('case.coordination.picker.unit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('case.coordination.picker.caseload')}</Table.HeaderCell>
                <Table.HeaderCell>{t('case.coordination.picker.training')}</Table.HeaderCell>
                <Table.HeaderCell>{t('case.coordination.picker.fit')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((c) => {
                const full = c.capacity !== null && c.caseload >= c.capacity;
                return (
                  <Table.Row key={c.id}>
                    <Table.Cell>
                      <Radio
                        label={c.name}
                        description={c.position || undefined}
                        value={String(c.id)}
                        aria-invalid={error ? true : undefined}
                        {...registration}
                      />
                    </Table.Cell>
                    <Table.Cell>{c.serviceUnitName}</Table.Cell>
                    <Table.Cell>
                      {c.capacity === null
                        ? c.caseload
                        : t('case.coordination.picker.caseloadOf', {
                            caseload: c.caseload,
                            capacity: c.capacity,
                          })}
                      {full && <> ({t('case.coordination.picker.full')})</>}
                    </Table.Cell>
                    <Table.Cell>
                      <TrainingTag status={c.training} />
                    </Table.Cell>
                    <Table.Cell>
                      {[
                        c.inCaseServices && t('case.coordination.picker.inServices'),
                        c.current && t('case.coordination.picker.current'),
                      ]
                        .filter(Boolean)
                        .join('. ')}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </div>
      )}
    </Fieldset>
  );
}
