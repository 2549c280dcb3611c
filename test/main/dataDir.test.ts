import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFor } from '../../electron/main/dataDir';

describe('where the register is stored', () => {
  it('is in the local, not the roaming, profile on Windows', () => {
    const env = {
      LOCALAPPDATA: 'C:\\Users\\kari\\AppData\\Local',
      APPDATA: 'C:\\Users\\kari\\AppData\\Roaming',
    };
    expect(dataDirFor('win32', env, 'C:\\Users\\kari\\AppData\\Roaming\\Samordna')).toBe(
      'C:\\Users\\kari\\AppData\\Local\\Samordna\\data',
    );
  });

  it('falls back to userData on Windows when LOCALAPPDATA is not set', () => {
    expect(dataDirFor('win32', {}, 'C:\\Users\\kari\\AppData\\Roaming\\Samordna')).toBe(
      'C:\\Users\\kari\\AppData\\Roaming\\Samordna\\data',
    );
  });

  it('is beside userData on other systems', () => {
    expect(dataDirFor('linux', { LOCALAPPDATA: '/ignored' }, '/home/kari/.config/Samordna')).toBe(
      path.join('/home/kari/.config/Samordna', 'data'),
    );
  });
});
