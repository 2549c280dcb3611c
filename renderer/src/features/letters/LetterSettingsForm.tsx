import { Alert, Button, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import {
  letterPlaceholders,
  letterSettingsInput,
  unknownPlaceholders,
  type LetterKind,
  type LetterSettings,
} from '@shared/api/letters';

import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText } from '../../components/formErrors';
import { FormProblems } from '../../components/FormFooter';
import { useCheckedSave } from '../../components/useCheckedSave';
import { LogoField } from './LogoField';
import { useLetterSettings, useUpdateLetterSettings } from './queries';

interface Values {
  unitName: string;
  address: string;
  phone: string;
  email: string;
  appealInstance: string;
  logo: string;
  templates: { interimReply: string; decision: string };
}

const FIELDS = ['unitName', 'address', 'phone', 'email', 'appealInstance', 'logo'];

/** `templates.decision.placeholder.navnn` is shown at the template it is in. */
function fieldFor(path: string): string | null {
  const template = /^templates\.(interimReply|decision)\b/.exec(path);
  if (template) return `templates.${template[1]}`;
  return FIELDS.includes(path) ? path : null;
}

/** Innstillinger → Brev (administrator): the letterhead, the logo and the two templates. */
export function LetterSettingsForm() {
  const { t } = useTranslation();
  const settings = useLetterSettings();
  if (settings.isPending) return <Spinner aria-label={t('app.loading')} />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return <LetterSettingsFields initial={settings.data} />;
}

/** The form, filled with the settings as they were when it opened. */
function LetterSettingsFields({ initial }: { initial: LetterSettings }) {
  const { t } = useTranslation();
  const update = useUpdateLetterSettings();
  const [logo, setLogo] = useState<string | null>(initial.logo);
  const [saved, setSaved] = useState(false);
  const { logo: _stored, ...fields } = initial;
  const { register, handleSubmit, setError, clearErrors, setValue, control, formState } = useForm<Values>({
    defaultValues: { ...fields, logo: '' },
  });
  const templates = useWatch({ control, name: 'templates' });
  const err = errorText(formState.errors, t);
  const { run, errorCode, otherProblems } = useCheckedSave<Values>(setError, FIELDS, fieldFor);

  const onSubmit = handleSubmit(async (v) => {
    setSaved(false);
    const ok = await run(letterSettingsInput, { ...v, logo }, (input) => update.mutateAsync(input));
    setSaved(ok);
  });

  /** A template's message names the placeholders that do not exist, as typed now. */
  const templateError = (kind: LetterKind) => {
    const shown = err(`templates.${kind}`);
    if (!shown) return undefined;
    const names = unknownPlaceholders(kind, templates?.[kind] ?? '');
    return names.length > 0
      ? t('letters.settings.unknownPlaceholders', { names: names.map((n) => `{${n}}`).join(', ') })
      : shown;
  };

  return (
    <form onSubmit={onSubmit} noValidate className="form-stack narrow">
      <Paragraph>{t('letters.settings.intro')}</Paragraph>
      <Textfield label={t('letters.settings.unitName')} error={err('unitName')} {...register('unitName')} />
      <Textfield
        label={t('letters.settings.address')}
        description={t('letters.settings.addressHelp')}
        multiline
        rows={3}
        error={err('address')}
        {...register('address')}
      />
      <Textfield label={t('letters.settings.phone')} error={err('phone')} {...register('phone')} />
      <Textfield label={t('letters.settings.email')} error={err('email')} {...register('email')} />
      <Textfield
        label={t('letters.settings.appealInstance')}
        description={t('letters.settings.appealInstanceHelp')}
        error={err('appealInstance')}
        {...register('appealInstance')}
      />
      <LogoField
        logo={logo}
        error={err('logo')}
        onChange={(next) => {
          clearErrors('logo');
          setLogo(next);
        }}
        onProblem={(key) => setError('logo', { type: 'validate', message: key })}
      />
      {(['interimReply', 'decision'] as const).map((kind) => (
        <div key={kind} className="form-stack">
          <Textfield
            label={t(
              kind === 'interimReply'
                ? 'letters.settings.templateInterim'
                : 'letters.settings.templateDecision',
            )}
            description={t('letters.settings.templateHelp', {
              list: letterPlaceholders[kind].map((p) => `{${p}}`).join(', '),
            })}
            multiline
            rows={16}
            error={templateError(kind)}
            {...register(`templates.${kind}`)}
          />
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() =>
                setValue(`templates.${kind}`, t(`letters.defaults.${kind}`), { shouldDirty: true })
              }
            >
              {t(
                kind === 'interimReply' ? 'letters.settings.resetInterim' : 'letters.settings.resetDecision',
              )}
            </Button>
          </div>
        </div>
      ))}
      <FormProblems errorCode={errorCode} otherProblems={otherProblems} />
      {saved && <Alert data-color="success">{t('letters.settings.saved')}</Alert>}
      <div>
        <Button type="submit" loading={update.isPending}>
          {t('letters.settings.save')}
        </Button>
      </div>
    </form>
  );
}
