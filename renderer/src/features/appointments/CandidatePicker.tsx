import {
  Alert,
  Button,
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

import { dateInput, formatDay } from '@renderer/components/dates';
import { CountLine } from '@renderer/components/lists/CountLine';
import { matchesWords } from '@renderer/components/textSearch';
import { warningSentence } from '@renderer/features/cases/casePage/texts';
import { TrainingTag } from '@renderer/features/coordinators/TrainingTag';
import type { Candidate } from '@shared/api/appointments';
import { isIsoDate } from '@shared/domain/calendar';
import { choiceWarnings } from '@shared/domain/coordination';

/**
 * The suggestions shown before a search or "Vis alle": core's best ranked (in the case's services,
 * trained, with room, fewest cases), enough to choose from without a page of names.
 */
export const SUGGESTIONS = 6;

/**
 * The pool as radio buttons in a table: by default only the best suggestions (core's order), a
 * search over name, service unit and position, or the whole pool on request; with what the
 * choice depends on beside each name. The chosen one is named under the list with the warnings
 * the case will show once the appointment starts (the same function core's case warnings come
 * from), at once.
 */
export function CandidatePicker({
  candidates,
  selected,
  registration,
  error,
  familyWish,
  startText,
  today,
}: {
  candidates: readonly Candidate[];
  selected: string;
  registration: UseFormRegisterReturn;
  error: string | undefined;
  /** The form's answer to "was the family's wish followed", for the note beside the choice. */
  familyWish: string;
  /** The start date field's text: the case warns from that day, when it is still ahead. */
  startText: string;
  today: string;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const searching = query.trim() !== '';
  const matches = useMemo(
    () =>
      searching
        ? candidates.filter((c) => matchesWords([c.name, c.serviceUnitName, c.position], query))
        : candidates,
    [candidates, query, searching],
  );
  const listed = searching || showAll ? matches : matches.slice(0, SUGGESTIONS);
  // The chosen one stays in view (and in the form) while the search or the suggestions leave it out.
  const chosen = candidates.find((c) => String(c.id) === selected);
  const shown = chosen && !listed.includes(chosen) ? [...listed, chosen] : listed;
  const start = dateInput(startText);
  const { warnings, from } = chosen
    ? choiceWarnings(chosen, start !== null && isIsoDate(start) ? start : null, today)
    : { warnings: [], from: null };

  if (candidates.length === 0) return <Paragraph>{t('case.coordination.picker.emptyPool')}</Paragraph>;
  const total = candidates.length;
  const count = searching
    ? t('case.coordination.picker.matches', { count: matches.length })
    : showAll || total <= SUGGESTIONS
      ? t('case.coordination.picker.all', { total })
      : t('case.coordination.picker.suggestions', { shown: listed.length, total });
  return (
    <Fieldset aria-describedby={error ? errorId : undefined} className="candidate-picker">
      <Fieldset.Legend>{t('case.coordination.picker.legend')}</Fieldset.Legend>
      <Textfield
        label={t('case.coordination.picker.filter')}
        className="candidate-search"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter in the search box searches; it must not send the whole form.
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <div className="candidate-count">
        <CountLine>{count}</CountLine>
        {!searching && total > SUGGESTIONS && (
          <Button type="button" variant="tertiary" data-size="sm" onClick={() => setShowAll(!showAll)}>
            {showAll
              ? t('case.coordination.picker.showSuggestions')
              : t('case.coordination.picker.showAll', { total })}
          </Button>
        )}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      {shown.length === 0 ? (
        <Paragraph>{t('case.coordination.picker.noneMatch')}</Paragraph>
      ) : (
        <div className="table-scroll">
          <Table zebra data-size="sm" className="candidate-table">
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
      <p className="count-line">{t('case.coordination.picker.help')}</p>
      <div className="candidate-choice">
        {chosen && (
          <Paragraph>
            {t('case.coordination.picker.chosen', { name: chosen.name, unit: chosen.serviceUnitName })}
          </Paragraph>
        )}
        {/* Only the warnings are live: the radio itself says who is chosen as the arrows move. */}
        <div aria-live="polite" className="candidate-warnings">
          {chosen && (warnings.length > 0 || familyWish === 'notFollowed') && (
            <Alert data-color="warning">
              {warnings.length > 0 && (
                <>
                  <Paragraph>
                    {from
                      ? t('case.coordination.picker.warnFrom', { date: formatDay(from) })
                      : t('case.coordination.picker.warnIntro')}
                  </Paragraph>
                  <ul>
                    {warnings.map((w) => (
                      <li key={w.kind}>{warningSentence(t, w)}</li>
                    ))}
                  </ul>
                </>
              )}
              {familyWish === 'notFollowed' && (
                <Paragraph>{t('case.coordination.picker.wishNotFollowed')}</Paragraph>
              )}
            </Alert>
          )}
        </div>
      </div>
    </Fieldset>
  );
}
