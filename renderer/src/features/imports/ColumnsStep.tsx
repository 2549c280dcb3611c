import { Alert, ErrorSummary, Fieldset, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportLayout, ImportTarget, ValueChoice, ValueField } from '@shared/api/imports';
import { importTargets } from '@shared/api/imports';

import { ApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { columnLetter } from './columnLetter';
import { ColumnTable, columnFieldId, courseFieldId } from './ColumnTable';
import { fieldLabelKey } from './fieldCatalogue';
import { columnChoices, mappingProblems, retarget, specOf, type Mapping } from './mapping';
import { useImportValues } from './queries';
import { StepFrame, type StepProps } from './StepFrame';

interface Props extends StepProps {
  fileId: string;
  layout: ImportLayout;
  mapping: Mapping;
  onMapping: (mapping: Mapping) => void;
  /** Values known before core lists them (saved, or chosen before), for core to suggest back. */
  known: ValueChoice[];
  onNext: (fields: ValueField[]) => void;
}

/** Step 3: what the sheet holds, and what each column becomes. */
export function ColumnsStep({ fileId, layout, mapping, onMapping, known, onNext, ...frame }: Props) {
  const { t } = useTranslation();
  const values = useImportValues();
  // Each try remounts the summary, which then takes the focus again.
  const [tries, setTries] = useState(0);
  // Core's own refusal of a column (a field it does not know for the target, one chosen twice).
  const [refused, setRefused] = useState<Record<number, string>>({});
  const [errorCode, setErrorCode] = useState<string | null>(null);

  const problems = mappingProblems(mapping);
  const messages: Record<number, string> = { ...refused };
  const courseMessages: Record<number, string> = {};
  for (const p of problems) {
    if (p.kind === 'course') courseMessages[p.column] = t('imports.columns.courseRequired');
    else
      messages[p.column] ??= t('imports.columns.duplicate', {
        field: t(fieldLabelKey(p.field)),
        letter: columnLetter(p.first),
      });
  }
  const nothingChosen = columnChoices(mapping).length === 0;

  const change = (next: Mapping) => {
    setRefused({});
    setErrorCode(null);
    onMapping(next);
  };
  const next = async () => {
    if (values.isPending) return;
    setTries((n) => n + 1);
    if (problems.length > 0 || nothingChosen) return;
    const mapped = new Set(columnChoices(mapping).map((c) => c.field));
    const spec = specOf(
      fileId,
      layout,
      mapping,
      known.filter((v) => mapped.has(v.field)),
    );
    try {
      onNext(await values.mutateAsync(spec));
    } catch (error) {
      const byColumn: Record<number, string> = {};
      if (error instanceof ApiError) {
        for (const [path, key] of Object.entries(error.fields)) {
          const at = /^columns\.(\d+)\./.exec(path);
          const column = at ? spec.columns[Number(at[1])]?.column : undefined;
          if (column !== undefined) byColumn[column] = t(key);
        }
      }
      setRefused(byColumn);
      setErrorCode(error instanceof ApiError ? error.code : 'INTERNAL');
    }
  };

  const summary = [
    ...(nothingChosen
      ? [{ id: columnFieldId(layout.columns[0]?.index ?? 0), text: t('imports.columns.nothingChosen') }]
      : []),
    ...Object.entries(messages).map(([column, text]) => ({ id: columnFieldId(Number(column)), text })),
    ...Object.entries(courseMessages).map(([column, text]) => ({ id: courseFieldId(Number(column)), text })),
  ];

  return (
    <StepFrame name="columns" {...frame} onNext={() => void next()} nextLoading={values.isPending}>
      <Fieldset>
        <Fieldset.Legend>{t('imports.columns.targetLegend')}</Fieldset.Legend>
        {importTargets.map((target: ImportTarget) => (
          <Radio
            key={target}
            name="import-target"
            value={target}
            checked={mapping.target === target}
            onChange={() => change(retarget(mapping, layout, target))}
            label={t(`imports.columns.target.${target}`)}
          />
        ))}
      </Fieldset>
      {mapping.fromSaved && (
        <Alert data-color="info" data-testid="import-saved-mapping">
          {t('imports.columns.savedUsed')}
        </Alert>
      )}
      <Paragraph>{t('imports.columns.intro')}</Paragraph>
      {tries > 0 && summary.length > 0 && (
        <ErrorSummary key={tries} data-testid="import-column-problems">
          <ErrorSummary.Heading level={3} data-size="xs">
            {t('imports.columns.problemsHeading')}
          </ErrorSummary.Heading>
          <ErrorSummary.List>
            {summary.map((item) => (
              <ErrorSummary.Item key={`${item.id}:${item.text}`}>
                <ErrorSummary.Link
                  href={`#${item.id}`}
                  onClick={(e) => {
                    // The address is the router's: move the focus, not the hash.
                    e.preventDefault();
                    document.getElementById(item.id)?.focus();
                  }}
                >
                  {item.text}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <ColumnTable
        layout={layout}
        mapping={mapping}
        messages={messages}
        courseMessages={courseMessages}
        onMapping={change}
      />
      <ErrorAlert code={errorCode} />
    </StepFrame>
  );
}
