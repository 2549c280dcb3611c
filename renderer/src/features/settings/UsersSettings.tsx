import { Alert, Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { UserRow } from '@shared/api/users';

import { call } from '../../api/client';
import { formatDateTime } from '../../components/dates';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListTable } from '../../components/lists/ListTable';
import { NewUserForm } from './NewUserForm';
import { ResetPasswordForm } from './ResetPasswordForm';

const USERS_KEY = ['users.list'] as const;

export function UsersSettings({ currentUserId }: { currentUserId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => call('users.list', {}) });
  const [resetting, setResetting] = useState<UserRow | null>(null);
  const [confirming, setConfirming] = useState<UserRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: USERS_KEY });
  const deactivate = useMutation({
    mutationFn: (user: UserRow) => call('users.deactivate', { userId: user.id }),
    onSuccess: (_, user) => {
      setConfirming(null);
      setNotice(t('settings.userDeactivated', { name: user.displayName }));
      return refresh();
    },
  });
  const unlock = useMutation({
    mutationFn: (user: UserRow) => call('users.unlock', { userId: user.id }),
    onSuccess: (_, user) => {
      setNotice(t('settings.userUnlocked', { name: user.displayName }));
      return refresh();
    },
  });

  return (
    <div className="form-stack">
      <Paragraph>{t('settings.usersIntro')}</Paragraph>
      <ErrorAlert error={users.error ?? deactivate.error ?? unlock.error} />
      {notice && (
        <Alert data-color="success" role="status">
          {notice}
        </Alert>
      )}
      {users.data && (
        <ListTable
          zebra
          caption={t('settings.usersCaption')}
          headers={[
            t('settings.userName'),
            t('settings.userUsername'),
            t('settings.userRole'),
            t('settings.status'),
            t('settings.userLastLogin'),
            <span className="visually-hidden">{t('settings.status')}</span>,
          ]}
        >
          {users.data.map((user) => (
            <Table.Row key={user.id}>
              <Table.Cell>{user.displayName}</Table.Cell>
              <Table.Cell>{user.username}</Table.Cell>
              <Table.Cell>{t(`roles.${user.role}`)}</Table.Cell>
              <Table.Cell>
                <div className="button-row">
                  <Tag data-color={user.active ? 'success' : 'neutral'}>
                    {user.active ? t('settings.active') : t('settings.inactive')}
                  </Tag>
                  {user.active && user.locked && <Tag data-color="danger">{t('settings.locked')}</Tag>}
                </div>
              </Table.Cell>
              <Table.Cell>
                {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('settings.userNever')}
              </Table.Cell>
              <Table.Cell>
                {user.active && (
                  <div className="button-row">
                    {user.locked && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        aria-label={t('settings.unlockLabel', { name: user.displayName })}
                        onClick={() => unlock.mutate(user)}
                        loading={unlock.isPending && unlock.variables?.id === user.id}
                      >
                        {t('settings.unlock')}
                      </Button>
                    )}
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      aria-label={t('settings.userResetLabel', { name: user.displayName })}
                      onClick={() => setResetting(user)}
                    >
                      {t('settings.userReset')}
                    </Button>
                    {user.id !== currentUserId && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        onClick={() => setConfirming(user)}
                      >
                        {t('settings.deactivate')}
                      </Button>
                    )}
                  </div>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </ListTable>
      )}
      {confirming && (
        <Alert
          data-color="warning"
          role="alertdialog"
          aria-label={t('settings.deactivateLabel', { name: confirming.displayName })}
        >
          <Paragraph>{t('settings.userDeactivateConfirm', { name: confirming.displayName })}</Paragraph>
          <div className="button-row">
            <Button
              data-color="danger"
              onClick={() => deactivate.mutate(confirming)}
              loading={deactivate.isPending}
            >
              {t('settings.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {t('settings.cancel')}
            </Button>
          </div>
        </Alert>
      )}
      {resetting && (
        <ResetPasswordForm
          user={resetting}
          onDone={(message) => {
            setResetting(null);
            setNotice(message);
            // A new password also frees a locked user.
            return refresh();
          }}
          onCancel={() => setResetting(null)}
        />
      )}
      <NewUserForm
        onCreated={(user) => {
          setNotice(t('settings.userCreated', { name: user.displayName }));
          return refresh();
        }}
      />
    </div>
  );
}
