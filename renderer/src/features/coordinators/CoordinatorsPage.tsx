import { Alert, Button, Heading, Paragraph, Select, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../app/router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CoordinatorTable } from './CoordinatorTable';
import { filterCoordinators, parseActiveFilter, type ActiveFilter } from './filter';
import { useCoordinators, useServiceUnits } from './queries';

/** The pool of coordinators: search and filter are kept in the address, so they survive a visit to one. */
export function CoordinatorsPage({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const coordinators = useCoordinators();
  const serviceUnits = useServiceUnits();
  const search = query.get('q') ?? '';
  const active = parseActiveFilter(query.get('vis'));
  const listHref = hrefFor(['koordinatorer'], { q: search, vis: active === 'aktive' ? '' : active });

  const setQuery = (next: { q?: string; vis?: ActiveFilter }) => {
    const q = next.q ?? search;
    const vis = next.vis ?? active;
    navigate(hrefFor(['koordinatorer'], { q, vis: vis === 'aktive' ? '' : vis }), { replace: true });
  };
  const onEdit = useCallback(
    (id: number) => navigate(hrefFor(['koordinatorer', String(id)], { fra: listHref })),
    [listHref],
  );
  const rows = useMemo(
    () => filterCoordinators(coordinators.data ?? [], search, active),
    [coordinators.data, search, active],
  );
  const noServiceUnits = serviceUnits.data?.filter((s) => s.active).length === 0;
  const total = coordinators.data?.length ?? 0;

  return (
    <section className="page">
      <div className="page-header">
        <Heading level={1} data-size="lg">
          {t('coordinators.title')}
        </Heading>
        <Button
          onClick={() => navigate(hrefFor(['koordinatorer', 'ny'], { fra: listHref }))}
          disabled={noServiceUnits}
        >
          {t('coordinators.new')}
        </Button>
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
      </div>
      <ErrorAlert error={coordinators.error} />
      {coordinators.isPending ? (
        <Spinner aria-label={t('app.loading')} />
      ) : (
        <>
          <p role="status" className="count-line">
            {t('coordinators.count', { shown: rows.length, total })}
          </p>
          {total === 0 ? (
            <Paragraph>{t('coordinators.empty')}</Paragraph>
          ) : rows.length === 0 ? (
            <Paragraph>{t('coordinators.noMatch')}</Paragraph>
          ) : (
            <div className="table-scroll">
              <CoordinatorTable rows={rows} onEdit={onEdit} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
