import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  randomUUID,
  scrypt,
  type KeyObject,
} from 'node:crypto';

import { CoreError } from '../errors';
import type { KdfParams, KeySlot, Sealed } from './keyFile';

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
function aad(registerId: string, slotId: string, part = ''): Buffer {
  return Buffer.from(`samordna-slot:v1:${registerId}:${slotId}${part}`);
}

export function userLookup(registerId: string, username: string): string {
  return createHash('sha256').update(`${registerId}:${username.toLowerCase()}`).digest('hex');
}

/**
 * Names a database key without revealing it: which key a key file (or a backup) was made for.
 * A re-key changes it.
 */
export function keyCheck(key: Buffer, registerId: string): string {
  return createHmac('sha256', key).update(`samordna-key-check:${registerId}`).digest('base64').slice(0, 22);
}

function gcmSeal(kek: Buffer, plain: Buffer, additional: Buffer) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(additional);
  const ct = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ct: ct.toString('base64'),
  };
}

/** The plain bytes, or null when the key is wrong (GCM authentication fails). */
function gcmOpen(
  kek: Buffer,
  box: { iv: string; tag: string; ct: string },
  additional: Buffer,
): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(box.iv, 'base64'));
    decipher.setAAD(additional);
    decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(box.ct, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * Seals the database key to a slot's public key (X25519, HKDF-SHA256, AES-256-GCM). Anyone
 * holding the register's key can seal a new key to every slot without knowing their secrets:
 * this is what lets a re-key keep the other users' passwords and the recovery code working.
 */
export function sealKey(key: Buffer, publicKeyDer: string, registerId: string, slotId: string): Sealed {
  const recipient = createPublicKey({
    key: Buffer.from(publicKeyDer, 'base64'),
    format: 'der',
    type: 'spki',
  });
  const ephemeral = generateKeyPairSync('x25519');
  const epk = ephemeral.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const kek = sealingKek(
    diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipient }),
    epk,
    registerId,
    slotId,
  );
  try {
    return { epk, ...gcmSeal(kek, key, aad(registerId, slotId, ':sealed')) };
  } finally {
    kek.fill(0);
  }
}

function unsealKey(sealed: Sealed, privateKey: KeyObject, registerId: string, slotId: string): Buffer | null {
  const ephemeral = createPublicKey({ key: Buffer.from(sealed.epk, 'base64'), format: 'der', type: 'spki' });
  const kek = sealingKek(diffieHellman({ privateKey, publicKey: ephemeral }), sealed.epk, registerId, slotId);
  try {
    return gcmOpen(kek, sealed, aad(registerId, slotId, ':sealed'));
  } finally {
    kek.fill(0);
  }
}

function sealingKek(shared: Buffer, epk: string, registerId: string, slotId: string): Buffer {
  const kek = Buffer.from(
    hkdfSync('sha256', shared, Buffer.from(epk), `samordna-seal:v2:${registerId}:${slotId}`, 32),
  );
  shared.fill(0);
  return kek;
}

/**
 * A new slot: a fresh X25519 key pair whose private key is wrapped with the secret (scrypt, then
 * AES-256-GCM), and the database key sealed to its public key.
 */
export async function wrapKey(
  key: Buffer,
  secret: string,
  registerId: string,
  slot: { kind: KeySlot['kind']; lookup?: string },
  cost: KdfCost,
): Promise<KeySlot> {
  const id = randomUUID();
  const kdf: KdfParams = { name: 'scrypt', ...cost, salt: randomBytes(16).toString('base64') };
  const pair = generateKeyPairSync('x25519');
  const privateDer = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
  const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const kek = await deriveKek(secret, kdf);
  try {
    return {
      id,
      ...slot,
      kdf,
      ...gcmSeal(kek, privateDer, aad(registerId, id)),
      publicKey,
      sealed: sealKey(key, publicKey, registerId, id),
    };
  } finally {
    kek.fill(0);
    privateDer.fill(0);
  }
}

export interface UnlockedKeys {
  /** The key the slot holds now. */
  key: Buffer;
  /** During an unfinished re-key: the new key, which the database may already have. */
  nextKey: Buffer | null;
}

/**
 * The keys a slot holds for the secret, or null if the secret is wrong. A slot of the first
 * format (before key pairs) wraps the database key itself.
 */
export async function unlockSlot(
  slot: KeySlot,
  secret: string,
  registerId: string,
): Promise<UnlockedKeys | null> {
  const kek = await deriveKek(secret, slot.kdf);
  const inner = gcmOpen(kek, slot, aad(registerId, slot.id));
  kek.fill(0);
  if (!inner) return null;
  if (!slot.publicKey || !slot.sealed) {
    if (inner.length !== 32) throw new CoreError('KEY_FILE_DAMAGED');
    return { key: inner, nextKey: null };
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: inner, format: 'der', type: 'pkcs8' });
  } catch {
    throw new CoreError('KEY_FILE_DAMAGED');
  } finally {
    inner.fill(0);
  }
  const key = unsealKey(slot.sealed, privateKey, registerId, slot.id);
  if (!key || key.length !== 32) throw new CoreError('KEY_FILE_DAMAGED');
  const nextKey = slot.next ? unsealKey(slot.next, privateKey, registerId, slot.id) : null;
  return { key, nextKey };
}

/** The database key, or null if the secret is wrong. */
export async function unwrapKey(slot: KeySlot, secret: string, registerId: string): Promise<Buffer | null> {
  const unlocked = await unlockSlot(slot, secret, registerId);
  unlocked?.nextKey?.fill(0);
  return unlocked?.key ?? null;
}
