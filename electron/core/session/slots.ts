import type { KeyFile } from '../storage/keyFile';
import { userLookup, wrapKey, type KdfCost } from '../storage/keySlots';

/** The key file with this user's slot replaced by one for the new password (or added). */
export async function withUserSlot(
  keyFile: KeyFile,
  key: Buffer,
  username: string,
  password: string,
  cost: KdfCost,
): Promise<KeyFile> {
  const lookup = userLookup(keyFile.registerId, username);
  const slot = await wrapKey(key, password, keyFile.registerId, { kind: 'user', lookup }, cost);
  return { ...keyFile, slots: [...keyFile.slots.filter((s) => s.lookup !== lookup), slot] };
}

/** The key file with the recovery slot made anew for the same code (format 1 slots are upgraded so). */
export async function withRecoverySlot(
  keyFile: KeyFile,
  key: Buffer,
  code: string,
  cost: KdfCost,
): Promise<KeyFile> {
  const slot = await wrapKey(key, code, keyFile.registerId, { kind: 'recovery' }, cost);
  return { ...keyFile, slots: [slot, ...keyFile.slots.filter((s) => s.kind !== 'recovery')] };
}

export function withoutUserSlot(keyFile: KeyFile, username: string): KeyFile {
  const lookup = userLookup(keyFile.registerId, username);
  return { ...keyFile, slots: keyFile.slots.filter((s) => s.lookup !== lookup) };
}

export function findUserSlot(keyFile: KeyFile, username: string) {
  const lookup = userLookup(keyFile.registerId, username);
  return keyFile.slots.find((s) => s.kind === 'user' && s.lookup === lookup);
}

export function findRecoverySlot(keyFile: KeyFile) {
  return keyFile.slots.find((s) => s.kind === 'recovery');
}

/** A slot of the first key-file format: it wraps the database key itself and cannot be re-sealed. */
export const isLegacySlot = (slot: KeyFile['slots'][number]) => !slot.publicKey || !slot.sealed;
