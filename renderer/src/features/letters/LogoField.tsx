import { Button, Field, Label, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { LOGO_MAX_BYTES, logoProblem, logoTypeOf } from '@shared/api/letters';

/** The bytes as base64, a chunk at a time (a spread of 200 000 arguments would overflow the stack). */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Reads a chosen file as a logo: refused when over 200 KB or when its first bytes are not a PNG's
 * or a JPEG's, whatever its name says; otherwise a data URL of the type the bytes tell.
 */
export async function readLogo(file: File): Promise<{ logo: string } | { problem: string }> {
  if (file.size > LOGO_MAX_BYTES) return { problem: 'validation.logoTooLarge' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = logoProblem(bytes);
  if (problem) return { problem };
  return { logo: `data:${logoTypeOf(bytes)!};base64,${base64Of(bytes)}` };
}

/** Choose, see and remove the logo of the letterhead. */
export function LogoField({
  logo,
  error,
  onChange,
  onProblem,
}: {
  logo: string | null;
  error: string | undefined;
  onChange: (logo: string | null) => void;
  onProblem: (key: string) => void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const descriptionId = useId();
  const errorId = useId();
  return (
    <Field>
      <Label htmlFor={inputId}>{t('letters.settings.logo')}</Label>
      <Field.Description id={descriptionId}>{t('letters.settings.logoHelp')}</Field.Description>
      <input
        id={inputId}
        type="file"
        accept="image/png,image/jpeg"
        aria-describedby={error ? `${descriptionId} ${errorId}` : descriptionId}
        aria-invalid={error ? true : undefined}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const read = await readLogo(file);
          if ('problem' in read) onProblem(read.problem);
          else onChange(read.logo);
        }}
      />
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      {logo ? (
        <div className="button-row">
          <img
            src={logo}
            alt={t('letters.settings.logoPreview')}
            style={{ maxHeight: '4.5rem', maxWidth: '10rem' }}
          />
          <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange(null)}>
            {t('letters.settings.logoRemove')}
          </Button>
        </div>
      ) : (
        <Paragraph data-size="sm">{t('letters.settings.logoNone')}</Paragraph>
      )}
    </Field>
  );
}
