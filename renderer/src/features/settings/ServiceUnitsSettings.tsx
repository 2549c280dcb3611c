import { Alert, Button, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { serviceUnitInput, type ServiceUnit } from '@shared/api/serviceUnits';

import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText, showApiError, validateWith } from '../../components/formErrors';
import { ListTable } from '../../components/lists/ListTable';
import { norwegian } from '../coordinators/filter';
import { coordinatorKeys, serviceUnitKeys, useServiceUnits } from '../coordinators/queries';
import { RenameServiceUnitForm } from './RenameServiceUnitForm';

export function ServiceUnitsSettings() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const units = useServiceUnits();
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<number | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm({ defaultValues: { name: '' } });
  const err = errorText(formState.errors, t);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: serviceUnitKeys.list }),
      queryClient.invalidateQueries({ queryKey: coordinatorKeys.list }),
    ]);
  const create = useMutation({
    mutationFn: (name: string) => call('serviceUnits.create', { name }),
    onSuccess: refresh,
  });
  const toggle = useMutation({
    mutationFn: (unit: ServiceUnit) =>
      call('serviceUnits.update', { id: unit.id, name: unit.name, active: !unit.active }),
    onSuccess: refresh,
  });

  const onSubmit = handleSubmit(async (values) => {
    setErrorCode(null);
    setAdded(null);
    const input = validateWith(serviceUnitInput, values, setError);
    if (!input) return;
    try {
      const unit = await create.mutateAsync(input.name);
      reset();
      setAdded(unit.name);
    } catch (error) {
      setErrorCode(showApiError(error, setError));
    }
  });
  const sorted = [...(units.data ?? [])].sort((a, b) => norwegian.compare(a.name, b.name));

  return (
    <div className="form-stack">
      <Paragraph>{t('settings.serviceUnitsIntro')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="inline-form">
        <Textfield label={t('settings.serviceUnitName')} error={err('name')} {...register('name')} />
        <Button type="submit" loading={create.isPending}>
          {t('settings.serviceUnitAdd')}
        </Button>
      </form>
      <ErrorAlert code={errorCode} error={units.error ?? toggle.error} />
      {added && <Alert data-color="success">{t('settings.serviceUnitAdded', { name: added })}</Alert>}
      {sorted.length === 0 ? (
        <Paragraph>{t('settings.serviceUnitsEmpty')}</Paragraph>
      ) : (
        <ListTable
          zebra
          caption={t('settings.serviceUnitsCaption')}
          headers={[
            t('settings.serviceUnitName'),
            t('settings.activeCoordinators'),
            t('settings.status'),
            <span className="visually-hidden">{t('settings.status')}</span>,
          ]}
        >
          {sorted.map((unit) => (
            <Table.Row key={unit.id}>
              <Table.Cell>
                {renaming === unit.id ? (
                  <RenameServiceUnitForm
                    unit={unit}
                    onDone={() => {
                      setRenaming(null);
                      return refresh();
                    }}
                    onCancel={() => setRenaming(null)}
                  />
                ) : (
                  unit.name
                )}
              </Table.Cell>
              <Table.Cell>{unit.coordinatorCount}</Table.Cell>
              <Table.Cell>
                <Tag data-color={unit.active ? 'success' : 'neutral'}>
                  {unit.active ? t('settings.active') : t('settings.inactive')}
                </Tag>
              </Table.Cell>
              <Table.Cell>
                <div className="button-row">
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('settings.serviceUnitRenameLabel', { name: unit.name })}
                    onClick={() => setRenaming(unit.id)}
                  >
                    {t('settings.serviceUnitRename')}
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t(unit.active ? 'settings.deactivateLabel' : 'settings.activateLabel', {
                      name: unit.name,
                    })}
                    onClick={() => toggle.mutate(unit)}
                  >
                    {unit.active ? t('settings.deactivate') : t('settings.activate')}
                  </Button>
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </ListTable>
      )}
    </div>
  );
}
