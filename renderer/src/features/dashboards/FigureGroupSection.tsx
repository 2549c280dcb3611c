import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { DashboardKey, Figure, FigureGroup, Period } from '@shared/api/dashboards';

import { navigate } from '../../app/router';
import { FigureChart, type ChartBar } from './FigureChart';
import { figureHref } from './paths';
import { figureLabel, groupTitle, numberFormat } from './texts';

interface Props {
  dashboard: DashboardKey;
  group: FigureGroup;
  /** The period the figures cover, carried into each figure's list. */
  period: Period | null;
  /** Case workers open the list behind a figure; a leder sees the counts only. */
  canOpenLists: boolean;
  /** The threshold a leder's small counts were hidden by (null: exact counts). */
  threshold: number | null;
}

/** A count a leder is not shown: "<5" when small (a screen reader hears "skjult, under 5"), else "skjult". */
function HiddenCount({ hidden, threshold }: { hidden: Figure['hidden']; threshold: number | null }) {
  const { t } = useTranslation();
  if (hidden !== 'small' || threshold === null) return <>{t('dashboards.hiddenOther')}</>;
  return (
    <>
      <span aria-hidden="true">{`<${threshold}`}</span>
      <span className="visually-hidden">{t('dashboards.hiddenSmall', { threshold })}</span>
    </>
  );
}

/** One group of a dashboard: its heading and what it counts, the chart, and the same figures as a table. */
export function FigureGroupSection({ dashboard, group, period, canOpenLists, threshold }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const format = numberFormat(i18n.language);
  const title = groupTitle(t, dashboard, group.key);
  const bars: ChartBar[] = group.figures.map((f) => ({
    label: figureLabel(t, dashboard, group.key, f),
    value: f.value,
    href: canOpenLists && f.value !== null ? figureHref(dashboard, group.key, f.key, period) : null,
  }));

  return (
    <section aria-labelledby={headingId} className="dashboard-group" data-testid={`group-${group.key}`}>
      <Heading level={3} data-size="sm" id={headingId}>
        {title}
      </Heading>
      <Paragraph data-size="sm" className="dashboard-explanation">
        {t(`dashboards.group.${dashboard}.${group.key}.explanation`)}
      </Paragraph>
      {bars.length === 0 ? (
        <Paragraph>{t('dashboards.noFigures')}</Paragraph>
      ) : (
        <div className="dashboard-group-body">
          <FigureChart bars={bars} format={format} onOpen={(href) => navigate(href)} />
          <Table className="dashboard-table figure-table" data-size="sm">
            <caption className="visually-hidden">{title}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('dashboards.figureColumn')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="number">
                  {t('dashboards.countColumn')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {bars.map((bar, i) => (
                <Table.Row key={group.figures[i]!.key}>
                  <Table.HeaderCell scope="row">{bar.label}</Table.HeaderCell>
                  <Table.Cell className="number">
                    {bar.value === null ? (
                      <HiddenCount hidden={group.figures[i]!.hidden} threshold={threshold} />
                    ) : bar.href ? (
                      // The number alone says little in a list of links: the name says which figure.
                      <Link
                        href={bar.href}
                        aria-label={t('dashboards.figureLink', {
                          count: format(bar.value),
                          figure: bar.label,
                        })}
                      >
                        {format(bar.value)}
                      </Link>
                    ) : (
                      format(bar.value)
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
