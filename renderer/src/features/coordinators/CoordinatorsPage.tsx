import { Alert, Button, Heading, Paragraph, Select, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { hrefFor, navigate } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CountLine } from '../../components/lists/CountLine';
import { printHref } from '../print/paths';
import { CoordinatorTable } from './CoordinatorTable';
import {
  filterCoordinators,
  parseActiveFilter,
  parseTrainingFilter,
  trainingFilters,
  type ActiveFilter,
  type TrainingFilter,
} from './filter';
import { coordinatorHref } from './paths';
import { useCoordinators, useServiceUnits } from './queries';

const trainingFilterLabels: Record<TrainingFilter, string> = {
  alle: 'all',
  opplaert: 'trained',
  'gaar-ut': 'expiresSoon',
  utlopt: 'expired',
  'ikke-opplaert': 'never',
  'uten-gyldig': 'notValid',
};

interface Filters {
  q: string;
  vis: ActiveFilter;
  opplaering: TrainingFilter;
}

/** The list's address; the defaults are left out, so a plain list is plainly `#/koordinatorer`. */
function listAddress({ q, vis, opplaering }: Filters): string {
  return hrefFor(['koordinatorer'], {
    q,
    vis: vis === 'aktive' ? '' : vis,
    opplaering: opplaering === 'alle' ? '' : opplaering,
  });
}

/** The pool of coordinators: search and filters are kept in the address, so they survive a visit to one. */
export function CoordinatorsPage({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const coordinators = useCoordinators();
  const serviceUnits = useServiceUnits();
  const filters: Filters = {
    q: query.get('q') ?? '',
    vis: parseActiveFilter(query.get('vis')),
    opplaering: parseTrainingFilter(query.get('opplaering')),
  };
  const { q: search, vis: active, opplaering: training } = filters;
  const listHref = listAddress(filters);

  const setQuery = (next: Partial<Filters>) =>
    navigate(listAddress({ ...filters, ...next }), { replace: true });
  const pageHref = useCallback((id: number) => coordinatorHref(id, listHref), [listHref]);
  const rows = useMemo(
    () => filterCoordinators(coordinators.data ?? [], search, active, training),
    [coordinators.data, search, active, training],
  );
  const noServiceUnits = serviceUnits.data?.filter((s) => s.active).length === 0;
  const total = coordinators.data?.length ?? 0;

  return (
    <section className="page">
      <div className="page-header">
        <Heading level={1} data-size="lg">
          {t('coordinators.title')}
        </Heading>
        <div className="button-row no-print">
          <Button
            onClick={() => navigate(hrefFor(['koordinatorer', 'ny'], { fra: listHref }))}
            disabled={noServiceUnits}
          >
            {t('coordinators.new')}
          </Button>
          <Button asChild variant="secondary">
            <a href={printHref('koordinatorer', listHref)}>{t('print.link.coordinators')}</a>
          </Button>
        </div>
      </div>
      <Paragraph>{t('coordinators.intro')}</Paragraph>
      {noServiceUnits && <Alert data-color="warning">{t('coordinators.needServiceUnit')}</Alert>}
      <div className="filter-row" role="search">
        <Textfield
          label={t('coordinators.search')}
          description={t('coordinators.searchHelp')}
          type="search"
          value={search}
          onChange={(e) => setQuery({ q: e.target.value })}
        />
        <div className="field">
          <label htmlFor="coordinator-active-filter">{t('coordinators.show')}</label>
          <Select
            id="coordinator-active-filter"
            value={active}
            onChange={(e) => setQuery({ vis: parseActiveFilter(e.target.value) })}
          >
            <option value="aktive">{t('coordinators.showActive')}</option>
            <option value="inaktive">{t('coordinators.showInactive')}</option>
            <option value="alle">{t('coordinators.showAll')}</option>
          </Select>
        </div>
        <div className="field">
          <label htmlFor="coordinator-training-filter">{t('coordinators.trainingFilter.label')}</label>
          <Select
            id="coordinator-training-filter"
            value={training}
            onChange={(e) => setQuery({ opplaering: parseTrainingFilter(e.target.value) })}
          >
            {(Object.keys(trainingFilters) as TrainingFilter[]).map((value) => (
              <option key={value} value={value}>
                {t(`coordinators.trainingFilter.${trainingFilterLabels[value]}`)}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <ErrorAlert error={coordinators.error} />
      {coordinators.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : (
        <>
          <CountLine>{t('coordinators.count', { shown: rows.length, total })}</CountLine>
          {total === 0 ? (
            <Paragraph>{t('coordinators.empty')}</Paragraph>
          ) : rows.length === 0 ? (
            <Paragraph>{t('coordinators.noMatch')}</Paragraph>
          ) : (
            <div className="table-scroll">
              <CoordinatorTable rows={rows} hrefFor={pageHref} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
