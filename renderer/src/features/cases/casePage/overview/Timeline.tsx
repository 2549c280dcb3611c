import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDateTime, formatDay } from '@renderer/components/dates';
import type { CaseDetail } from '@shared/api/cases';
import type { CaseStep } from '@shared/domain/case';
import { closingInForce, stepDate } from '@shared/domain/caseSteps';

import { stepHref } from '../paths';
import { RemoveStepConfirm } from './RemoveStepConfirm';
import { stepFacts, stepTitle, type Fact } from './stepFacts';

/** Every recorded step, oldest first, after the receipt that started the case. */
export function Timeline({ detail, back }: { detail: CaseDetail; back: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [removed, setRemoved] = useState(false);
  const removeButtons = useRef(new Map<number, HTMLButtonElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { record } = detail;
  // A closed case keeps its history as it is: only the closing itself can be corrected or undone.
  const closing = closingInForce(record);

  const receipt: Fact[] = [
    [t('case.field.channel'), t(`enums.channel.${record.channel}`)],
    [
      t('case.field.appliedBy'),
      [t(`enums.applicant.${record.appliedBy}`), record.appliedByName].filter(Boolean).join(', '),
    ],
  ];

  return (
    <section aria-labelledby="case-timeline" className="case-section">
      <Heading level={2} data-size="sm" id="case-timeline" ref={headingRef} tabIndex={-1}>
        {t('case.timelineTitle')}
      </Heading>
      {removed && (
        <Alert data-color="success" role="status">
          {t('case.removed')}
        </Alert>
      )}
      <ol className="timeline">
        <li>
          <Heading level={3} data-size="2xs">
            {t('case.timelineEntry', {
              date: formatDay(record.receivedDate),
              what: t('case.stepTitle.received'),
            })}
          </Heading>
          <FactList facts={receipt} />
        </li>
        {record.steps.map((step) => (
          <StepEntry
            key={step.id}
            step={step}
            detail={detail}
            back={back}
            changeable={closing === null || closing.id === step.id}
            removeRef={(el) => {
              if (el) removeButtons.current.set(step.id, el);
              else removeButtons.current.delete(step.id);
            }}
            onRemove={() => {
              setRemoved(false);
              setConfirming(step.id);
            }}
          >
            {confirming === step.id && (
              <RemoveStepConfirm
                caseId={record.id}
                stepId={step.id}
                what={t('case.stepRef', {
                  what: stepTitle(t, step, detail),
                  date: formatDay(stepDate(step)),
                })}
                onCancel={() => {
                  setConfirming(null);
                  removeButtons.current.get(step.id)?.focus();
                }}
                onRemoved={() => {
                  setConfirming(null);
                  setRemoved(true);
                  headingRef.current?.focus();
                }}
              />
            )}
          </StepEntry>
        ))}
      </ol>
      {record.steps.length === 0 && <Paragraph>{t('case.noSteps')}</Paragraph>}
    </section>
  );
}

function StepEntry({
  step,
  detail,
  back,
  changeable,
  removeRef,
  onRemove,
  children,
}: {
  step: CaseStep;
  detail: CaseDetail;
  back: string;
  changeable: boolean;
  removeRef: (el: HTMLButtonElement | null) => void;
  onRemove: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const title = stepTitle(t, step, detail);
  const date = formatDay(stepDate(step));
  const which = t('case.stepRef', { what: title, date });
  return (
    <li>
      <div className="timeline-head">
        <Heading level={3} data-size="2xs">
          {t('case.timelineEntry', { date, what: title })}
        </Heading>
        {changeable && (
          <div className="button-row">
            <Button asChild variant="secondary" data-size="sm">
              <a href={stepHref(detail.record.id, step.kind, back, { stepId: step.id })}>
                {t('case.edit')} <span className="visually-hidden">{which}</span>
              </a>
            </Button>
            <Button variant="tertiary" data-color="danger" data-size="sm" ref={removeRef} onClick={onRemove}>
              {t('case.remove')} <span className="visually-hidden">{which}</span>
            </Button>
          </div>
        )}
      </div>
      <FactList facts={stepFacts(t, step, detail)} />
      <p className="recorded-by">
        {t('case.recordedBy', { name: step.recordedBy, at: formatDateTime(step.recordedAt) })}
      </p>
      {children}
    </li>
  );
}

export function FactList({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <dl className="facts facts-inline">
      {facts.map(([label, value], i) => (
        <div key={i}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
