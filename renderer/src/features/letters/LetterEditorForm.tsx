import { Alert, Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useController, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import type { CaseDetail } from '@shared/api/cases';
import {
  letterRecordInput,
  type LetterDraft,
  type LetterKind,
  type LetterSettings,
} from '@shared/api/letters';
import { parseNorwegianDate } from '@shared/domain/dates';

import { call } from '../../api/client';
import { navigate } from '../../app/router';
import { useSessionStatus } from '../../app/session';
import { dateInput, formatDay } from '../../components/dates';
import { DraftNotice } from '../../components/DraftNotice';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DateField } from '../../components/fields';
import { errorText } from '../../components/formErrors';
import { FormFooter } from '../../components/FormFooter';
import { useCheckedSave } from '../../components/useCheckedSave';
import { useRouteDraft } from '../../components/useDraft';
import { caseHref } from '../cases/casePage/paths';
import { LetterSheet } from './LetterSheet';
import { letterPrintHref } from './paths';
import { useRecordLetter } from './queries';

interface Values {
  date: string;
  expectedDate: string;
  reason: string;
  recordStep: boolean;
  /** A decision letter: record the decision as notified on the letter's date. */
  markNotified: boolean;
  /** The user's own text once they edit it; null while the text follows each new fill. */
  ownText: string | null;
  /** Not a field of the form (the text is kept beside it): here so core's refusal can name it. */
  text?: string;
}

/** What the template is filled with. */
interface FillParams {
  date: string;
  expectedDate: string | null;
  reason: string;
}

const sameParams = (a: FillParams, b: FillParams) =>
  a.date === b.date && a.expectedDate === b.expectedDate && a.reason === b.reason;

/** Core's field paths -> this form's fields. */
const FIELD_FOR: Record<string, keyof Values> = {
  date: 'date',
  text: 'text',
  'interimReply.reason': 'reason',
  'interimReply.expectedDate': 'expectedDate',
};

/**
 * The letter to review: its date (and for an interim reply the expected date and reason), the
 * text, a preview on the letterhead. "Lagre og skriv ut" records it on the case and opens its
 * print layout. A changed date or reason fills the text again while it is as filled; once the
 * user has edited it, filling again is their choice, so no edit is lost unasked.
 */
export function LetterEditorForm({
  detail,
  kind,
  decisionId,
  back,
  initial,
  letterhead,
}: {
  detail: CaseDetail;
  kind: LetterKind;
  decisionId: number | null;
  back: string;
  initial: LetterDraft;
  letterhead: LetterSettings;
}) {
  const { t } = useTranslation();
  const { record } = detail;
  const backHref = caseHref(record.id, back);
  const municipality = useSessionStatus().data?.municipality ?? '';
  const recordLetter = useRecordLetter();
  const canMarkNotified =
    kind === 'decision' &&
    initial.decision !== null &&
    initial.decision.notifiedDate === null &&
    !initial.caseClosed;
  const methods = useForm<Values>({
    defaultValues: {
      date: formatDay(initial.date),
      expectedDate: formatDay(initial.expectedDate),
      reason: initial.reason,
      // One action does the whole job, unless a reply is already recorded.
      recordStep: kind === 'interimReply' && !initial.interimReplyRecorded,
      // The same for a decision the family has not been recorded as told of (an open case).
      markNotified: canMarkNotified,
      ownText: null,
    },
  });
  const { register, handleSubmit, setError, getValues, control, formState } = methods;
  const formDraft = useRouteDraft('letter', methods);
  const err = errorText(formState.errors, t);
  const { run, errorCode, otherProblems } = useCheckedSave<Values>(
    setError,
    [],
    (path) => FIELD_FOR[path] ?? null,
  );
  const [date, recordStep] = useWatch({ control, name: ['date', 'recordStep'] });

  // What the template is filled with: the first fill's, then the dates and reason as last left.
  const [params, setParams] = useState<FillParams>({
    date: initial.date,
    expectedDate: initial.expectedDate,
    reason: initial.reason,
  });
  const filled = useQuery({
    queryKey: ['letters.draft', record.id, kind, decisionId, params],
    queryFn: () => call('letters.draft', { caseId: record.id, kind, decisionId, ...params }),
    initialData: sameParams(params, initial) ? initial : undefined,
    placeholderData: keepPreviousData,
    // Each draft is a read in the log: asked for when the inputs change, never in the background.
    staleTime: Infinity,
  });
  const draft = filled.data ?? initial;
  // A form value, so an edited text is kept in the form's draft with the dates.
  const { field: ownTextField } = useController({ control, name: 'ownText' });
  const ownText = ownTextField.value;
  const setOwnText = ownTextField.onChange;
  const text = ownText ?? draft.text;
  const edited = ownText !== null && ownText !== draft.text;

  /** The dates and reason as typed now, when they are valid dates. */
  const typedParams = (v: Values): FillParams | null => {
    const day = parseNorwegianDate(v.date);
    const expected = v.expectedDate.trim() === '' ? null : parseNorwegianDate(v.expectedDate);
    if (!day || (kind === 'interimReply' && v.expectedDate.trim() !== '' && !expected)) return null;
    return { date: day, expectedDate: kind === 'interimReply' ? expected : null, reason: v.reason.trim() };
  };

  /** Fills again with what is typed now. Leaving a field unchanged asks nothing. */
  const refill = () => {
    const next = typedParams(getValues());
    if (next) setParams((prev) => (sameParams(prev, next) ? prev : next));
  };

  // Saving right after changing a date must not record a text filled for the old one (its
  // appeal deadline, its expected date): the text is filled again and the user looks once more.
  const [refilledBeforeSave, setRefilledBeforeSave] = useState(false);
  const textIsStale = (v: Values) => {
    const typed = typedParams(v);
    return filled.isFetching || (typed !== null && !sameParams(typed, draft));
  };

  /** A field's registration that also fills the text again when the field is left. */
  const refilling = (name: 'date' | 'expectedDate' | 'reason') => {
    const registration = register(name);
    return {
      ...registration,
      onBlur: async (event: { target: unknown; type?: unknown }) => {
        await registration.onBlur(event);
        refill();
      },
    };
  };

  const onSubmit = handleSubmit((v) => {
    if (textIsStale(v)) {
      refill();
      setRefilledBeforeSave(true);
      return;
    }
    setRefilledBeforeSave(false);
    return run(
      letterRecordInput,
      {
        caseId: record.id,
        kind,
        decisionId,
        date: dateInput(v.date),
        text,
        interimReply:
          kind === 'interimReply' && v.recordStep
            ? { reason: v.reason, expectedDate: dateInput(v.expectedDate) }
            : null,
        markNotified: canMarkNotified && v.markNotified,
      },
      async (input) => {
        const letter = await recordLetter.mutateAsync(input);
        await formDraft.discard();
        navigate(letterPrintHref(letter.id, backHref));
      },
    );
  });

  const { decision } = draft;
  const data = draft;
  return (
    <form onSubmit={onSubmit} noValidate className="form-stack">
      <DraftNotice draft={formDraft} />
      {data.caseClosed && <Alert data-color="info">{t('letters.editor.closedNote')}</Alert>}
      <DateField label={t('letters.editor.date')} error={err('date')} registration={refilling('date')} />
      {kind === 'interimReply' && (
        <>
          <DateField
            label={t('letters.editor.expectedDate')}
            error={err('expectedDate')}
            registration={refilling('expectedDate')}
          />
          <Textfield
            label={t('letters.editor.reason')}
            description={t('letters.editor.reasonHelp')}
            multiline
            rows={3}
            error={err('reason')}
            {...refilling('reason')}
          />
        </>
      )}
      {data.appealDeadline && decision && (
        <Paragraph>
          {t('letters.editor.appealDeadline', {
            date: formatDay(data.appealDeadline),
            from:
              decision.notifiedDate !== null
                ? `${t('letters.editor.fromNotified')} (${formatDay(decision.notifiedDate)})`
                : t('letters.editor.fromLetter'),
          })}
        </Paragraph>
      )}
      <Textfield
        label={t('letters.editor.text')}
        description={t('letters.editor.textHelp')}
        multiline
        rows={22}
        error={err('text')}
        name="text"
        value={text}
        onChange={(event) => setOwnText(event.target.value)}
      />
      <ErrorAlert error={filled.error} />
      {refilledBeforeSave && (
        <Alert data-color="warning" role="status">
          {t('letters.editor.refilledBeforeSave')}
        </Alert>
      )}
      {edited && (
        <div>
          <Paragraph data-size="sm">{t('letters.editor.refillHelp')}</Paragraph>
          <Button type="button" variant="secondary" onClick={() => setOwnText(null)}>
            {t('letters.editor.refill')}
          </Button>
        </div>
      )}
      {canMarkNotified && (
        <Checkbox
          label={t('letters.editor.markNotified')}
          description={t('letters.editor.markNotifiedHelp')}
          {...register('markNotified')}
        />
      )}
      {kind === 'interimReply' && (
        <div>
          {data.interimReplyRecorded && <Paragraph>{t('letters.editor.alreadyRecorded')}</Paragraph>}
          <Checkbox
            label={t('letters.editor.recordStep')}
            description={recordStep ? t('letters.editor.recordStepHelp') : undefined}
            {...register('recordStep')}
          />
        </div>
      )}
      <section aria-labelledby="letter-preview" className="case-section">
        <Heading level={2} data-size="sm" id="letter-preview">
          {t('letters.editor.preview')}
        </Heading>
        <LetterSheet
          letterhead={letterhead}
          municipalityName={municipality}
          date={parseNorwegianDate(date) ?? draft.date}
          caseNumber={record.caseNumber}
          text={text}
        />
      </section>
      <FormFooter
        saving={recordLetter.isPending}
        errorCode={errorCode}
        otherProblems={otherProblems}
        cancelHref={backHref}
        saveLabel="letters.editor.save"
        draft={formDraft}
      />
    </form>
  );
}
