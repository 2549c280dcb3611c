import { Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { checkPassword } from '@shared/domain/passwordEstimator';
import type { PasswordOwner, PasswordVerdict } from '@shared/domain/passwordStrength';

const LEVEL = { weak: 1, fair: 2, strong: 3 } as const;

/**
 * How strong a new password looks, while it is typed: the verdict core gives when it is saved
 * (shared/domain/passwordStrength), so what is shown as weak here is what core refuses.
 * zxcvbn's lists load with the first password typed, not with the screen.
 */
export function PasswordStrengthHint(props: {
  password: string;
  owner: PasswordOwner;
  /** The message key the field shows already (core's refusal): not said twice. */
  fieldError?: string | undefined;
}) {
  const { password, owner, fieldError } = props;
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  const { username, displayName, municipality } = owner;

  useEffect(() => {
    if (!password) return;
    let current = true;
    checkPassword(password, { username, displayName, municipality }).then(
      (next) => current && setVerdict(next),
      () => undefined, // no hint is shown; core still checks the password when it is saved
    );
    return () => {
      current = false;
    };
  }, [password, username, displayName, municipality]);

  if (!password || !verdict) return null;
  // Too short is said by the field itself (its description, and its error on saving).
  const { problem: refused } = verdict;
  const problem = refused === 'validation.passwordTooShort' || refused === fieldError ? null : refused;
  return (
    <div className="password-strength" aria-live="polite">
      <meter min={0} max={3} low={1.5} high={2.5} optimum={3} value={LEVEL[verdict.strength]} aria-hidden />
      <Paragraph data-size="sm">
        {t('password.strength')}: <strong>{t(`password.${verdict.strength}`)}</strong>
        {problem && <> {t(problem)}</>}
        {verdict.hint && <> {t(`password.hint.${verdict.hint}`)}</>}
      </Paragraph>
    </div>
  );
}
