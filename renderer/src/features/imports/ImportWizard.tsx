import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportFile, ImportLayout, ImportReport, ValueField } from '@shared/api/imports';

import { call } from '../../api/client';
import { navigate } from '../../app/router';
import { CheckStep } from './CheckStep';
import { ChooseFileStep } from './ChooseFileStep';
import { ColumnsStep } from './ColumnsStep';
import './imports.css';
import { initialMapping, layoutKey, specOf, type Mapping } from './mapping';
import { IMPORT_SETTINGS_HREF } from './paths';
import { useImportFile } from './queries';
import { RunStep, type ImportDone } from './RunStep';
import { SheetStep } from './SheetStep';
import { StepList, stepNames, type StepName, type StepProps } from './StepFrame';
import { initialValueChoices, knownValues, valueChoicesOf, type ValueChoices } from './valueChoices';
import { ValuesStep } from './ValuesStep';

/** Core keeps an opened file's cells until it is closed: closed on leaving, whichever way. */
function closeFile(open: { current: string | null }) {
  const fileId = open.current;
  open.current = null;
  if (fileId) call('imports.close', { fileId }).catch(() => undefined);
}

/** The sheet to start from: the first visible one with rows. */
function firstSheet(file: ImportFile): number {
  return (file.sheets.find((s) => !s.hidden && s.rows > 0) ?? file.sheets[0])?.index ?? 0;
}

/**
 * Innstillinger → Import → Importer fra Excel: six steps from a workbook to a batch in the
 * register. The choices live here, in memory only (never in drafts or the window's storage);
 * each call sends the choices so far, and nothing is written before the last step.
 */
export function ImportWizard({ browse }: { browse?: () => Promise<string | null> }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<StepName>('file');
  // The heading of a step reached from another takes the focus; the first is reached with the page.
  const [moved, setMoved] = useState(false);
  const openFileId = useRef<string | null>(null);
  useEffect(() => () => closeFile(openFileId), []);

  const [path, setPath] = useState('');
  const [opened, setOpened] = useState<ImportFile | null>(null);
  const polled = useImportFile(opened);
  const file = opened ? (polled.data ?? opened) : null;
  // The sheet chosen; until then the first visible one with rows, known once the file is read.
  const [chosenSheet, setSheet] = useState<number | null>(null);
  const sheet = chosenSheet ?? (file?.state === 'ready' ? firstSheet(file) : 0);
  const [headerRow, setHeaderRow] = useState<number | null>(null);
  const [layout, setLayout] = useState<ImportLayout | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [valueFields, setValueFields] = useState<ValueField[]>([]);
  const [valueChoices, setValueChoices] = useState<ValueChoices>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);

  const go = (next: StepName) => {
    setMoved(true);
    setStep(next);
  };
  const back = () => go(stepNames[Math.max(0, stepNames.indexOf(step) - 1)]!);
  const cancel = () => {
    closeFile(openFileId);
    navigate(IMPORT_SETTINGS_HREF);
  };
  /** Another file (or none): everything chosen for the one before goes with it. */
  const forgetFile = (next: ImportFile | null) => {
    closeFile(openFileId);
    openFileId.current = next?.fileId ?? null;
    setOpened(next);
    setSheet(null);
    setHeaderRow(null);
    setLayout(null);
    setMapping(null);
    setValueFields([]);
    setValueChoices({});
    setReport(null);
  };

  const frame: StepProps = { focusHeading: moved, onBack: back, onCancel: cancel };
  const spec = opened && layout && mapping ? specOf(opened.fileId, layout, mapping) : null;

  return (
    <section className="page import-wizard">
      <Heading level={1} data-size="lg">
        {t('imports.wizard.title')}
      </Heading>
      <StepList current={step} />
      {step === 'file' && (
        <ChooseFileStep
          key="file"
          {...frame}
          path={path}
          onPathChange={(next) => {
            setPath(next);
            if (opened) forgetFile(null);
          }}
          file={file}
          pollError={polled.error}
          browse={browse}
          onOpened={forgetFile}
          onNext={() => go('sheet')}
        />
      )}
      {step === 'sheet' && file && (
        <SheetStep
          key="sheet"
          {...frame}
          file={file}
          sheet={sheet}
          headerRow={headerRow}
          onSheet={(next) => {
            setSheet(next);
            setHeaderRow(null);
          }}
          onHeaderRow={setHeaderRow}
          onNext={(next) => {
            if (!mapping || mapping.layoutKey !== layoutKey(file.fileId, next)) {
              setMapping(initialMapping(file.fileId, next));
              setValueChoices({});
            }
            setLayout(next);
            go('columns');
          }}
        />
      )}
      {step === 'columns' && file && layout && mapping && (
        <ColumnsStep
          key="columns"
          {...frame}
          fileId={file.fileId}
          layout={layout}
          mapping={mapping}
          onMapping={setMapping}
          known={knownValues(layout.saved, valueFields, valueChoices)}
          onNext={(fields) => {
            setValueFields(fields);
            setValueChoices(initialValueChoices(fields, valueChoices));
            go('values');
          }}
        />
      )}
      {step === 'values' && (
        <ValuesStep
          key="values"
          {...frame}
          fields={valueFields}
          choices={valueChoices}
          onChoices={setValueChoices}
          onNext={() => go('check')}
        />
      )}
      {step === 'check' && spec && layout && (
        <CheckStep
          key="check"
          {...frame}
          spec={{ ...spec, values: valueChoicesOf(valueFields, valueChoices) }}
          dataRows={layout.dataRows}
          onNext={(checked) => {
            setReport(checked);
            go('run');
          }}
        />
      )}
      {step === 'run' && spec && report && (
        <RunStep
          key="run"
          {...frame}
          spec={{ ...spec, values: valueChoicesOf(valueFields, valueChoices) }}
          counts={report.counts}
          done={done}
          onDone={(result) => {
            closeFile(openFileId);
            setDone(result);
          }}
        />
      )}
    </section>
  );
}
