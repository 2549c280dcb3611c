import { checkPassword } from '@shared/domain/passwordEstimator';
import type { PasswordOwner } from '@shared/domain/passwordStrength';

import { CoreError } from '../errors';

/**
 * Refuses a new password that the rules of shared/domain/passwordStrength refuse (its owner's
 * names, common or easily guessed passwords), with the reason on the field it came in.
 */
export async function refuseWeakPassword(
  password: string,
  owner: PasswordOwner,
  field: string,
): Promise<void> {
  const { problem } = await checkPassword(password, owner);
  if (problem) throw new CoreError('VALIDATION', { [field]: problem });
}
