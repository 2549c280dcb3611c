import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID, scrypt } from 'node:crypto';
import { CoreError } from '../errors';
import type { KdfParams, KeySlot } from './keyFile';

export interface KdfCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt recommendation: about 128 MiB and a few hundred ms per attempt. */
export const DEFAULT_KDF: KdfCost = { N: 2 ** 17, r: 8, p: 1 };

function deriveKek(secret: string, kdf: KdfParams): Promise<Buffer> {
  const maxmem = 256 * kdf.N * kdf.r + 16 * 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(
      secret.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      32,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem },
      (e, key) => (e ? reject(e) : resolve(key)),
    ),
  );
}

/** Binds a slot to its register and its own id, so a slot cannot be moved to another file. */
function aad(registerId: string, slotId: string): Buffer {
  return Buffer.from(`samordna-slot:v1:${registerId}:${slotId}`);
}

export function userLookup(registerId: string, username: string): string {
  return createHash('sha256').update(`${registerId}:${username.toLowerCase()}`).digest('hex');
}

export async function wrapKey(
  key: Buffer,
  secret: string,
  registerId: string,
  slot: { kind: KeySlot['kind']; lookup?: string },
  cost: KdfCost,
): Promise<KeySlot> {
  const id = randomUUID();
  const kdf: KdfParams = { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
  const kek = await deriveKek(secret, kdf);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(registerId, id));
  const ct = Buffer.concat([cipher.update(key), cipher.final()]);
  kek.fill(0);
  return {
    id,
    ...slot,
    kdf,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
  };
}

/** The database key, or null if the secret is wrong (GCM authentication fails). */
export async function unwrapKey(slot: KeySlot, secret: string, registerId: string): Promise<Buffer | null> {
  const kek = await deriveKek(secret, slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(aad(registerId, slot.id));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(slot.ct, 'base64')), decipher.final()]);
    if (key.length !== 32) throw new CoreError('KEY_FILE_DAMAGED');
    return key;
  } catch (error) {
    if (error instanceof CoreError) throw error;
    return null;
  } finally {
    kek.fill(0);
  }
}
