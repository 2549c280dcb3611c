import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFor, dataFolderRefusal, localAppFolderFor, logDirFor } from '../../electron/main/dataDir';

const winEnv = {
  LOCALAPPDATA: 'C:\\Users\\kari\\AppData\\Local',
  APPDATA: 'C:\\Users\\kari\\AppData\\Roaming',
  OneDrive: 'C:\\Users\\kari\\OneDrive - Nordby kommune',
  OneDriveCommercial: 'C:\\Users\\kari\\OneDrive - Nordby kommune',
  OneDriveConsumer: 'D:\\Sky\\Privat',
};

describe('where the register is stored', () => {
  it('is in the local, not the roaming, profile on Windows', () => {
    expect(dataDirFor('win32', winEnv, 'C:\\Users\\kari\\AppData\\Roaming\\Samordna')).toBe(
      'C:\\Users\\kari\\AppData\\Local\\Samordna\\data',
    );
  });

  it('keeps the preferences file and the error log in the same local folder', () => {
    expect(localAppFolderFor('win32', winEnv, 'C:\\Users\\kari\\AppData\\Roaming\\Samordna')).toBe(
      'C:\\Users\\kari\\AppData\\Local\\Samordna',
    );
    expect(logDirFor('win32', winEnv, 'C:\\ignored')).toBe('C:\\Users\\kari\\AppData\\Local\\Samordna\\logs');
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
    expect(logDirFor('linux', {}, '/home/kari/.config/Samordna')).toBe('/home/kari/.config/Samordna/logs');
  });
});

describe('a data folder for the live register', () => {
  const refusal = (folder: string, env: Record<string, string | undefined> = winEnv) =>
    dataFolderRefusal(folder, 'win32', env);

  it('accepts the default folder and other local folders', () => {
    expect(refusal(dataDirFor('win32', winEnv, 'C:\\x'))).toBeNull();
    expect(refusal('D:\\Samordna\\data')).toBeNull();
    expect(refusal('d:/samordna/data/')).toBeNull();
    expect(refusal('\\\\?\\C:\\Samordna\\data')).toBeNull();
    // A folder merely named like a sync client, but not one, is a path segment of its own.
    expect(refusal('C:\\Data\\MyOneDrive\\Samordna')).toBeNull();
  });

  it('refuses a network share, however it is written', () => {
    for (const folder of [
      '\\\\filserver\\ke\\Samordna',
      '//filserver/ke/Samordna',
      '\\\\?\\UNC\\filserver\\ke\\Samordna',
      '\\\\.\\UNC\\filserver\\ke',
      '\\\\filserver.kommune.local\\ke$',
      '\\/filserver\\ke',
    ]) {
      expect(refusal(folder), folder).toBe('network');
    }
  });

  it('refuses OneDrive by the environment, by name, in any case and with forward slashes', () => {
    expect(refusal('C:\\Users\\kari\\OneDrive - Nordby kommune\\Samordna')).toBe('oneDrive');
    expect(refusal('c:/users/KARI/onedrive - nordby kommune/samordna')).toBe('oneDrive');
    expect(refusal('D:\\Sky\\Privat\\Samordna')).toBe('oneDrive');
    expect(refusal('D:\\sky\\privat')).toBe('oneDrive');
    // By a segment starting with OneDrive, when the environment says nothing.
    expect(refusal('E:\\OneDrive\\Samordna', {})).toBe('oneDrive');
    expect(refusal('C:\\Users\\kari\\OneDriveTemp\\x', {})).toBe('oneDrive');
  });

  it('does not take a folder whose name only begins like the OneDrive folder', () => {
    expect(refusal('D:\\Sky\\PrivatArkiv\\Samordna')).toBeNull();
  });

  it('refuses Dropbox', () => {
    expect(refusal('C:\\Users\\kari\\Dropbox\\Samordna')).toBe('dropbox');
    expect(refusal('C:\\Users\\kari\\Dropbox (Nordby kommune)\\KE')).toBe('dropbox');
    expect(refusal('c:/users/kari/DROPBOX/ke')).toBe('dropbox');
  });

  it('refuses the roaming profile', () => {
    expect(refusal('C:\\Users\\kari\\AppData\\Roaming\\Samordna\\data')).toBe('roaming');
    expect(refusal('c:/users/kari/appdata/roaming')).toBe('roaming');
    expect(refusal('H:\\Profiler\\AppData\\Roaming\\Samordna', {})).toBe('roaming');
  });

  it('sees through .. and . segments in both directions', () => {
    expect(refusal('C:\\Users\\kari\\AppData\\Local\\Samordna\\..\\..\\Roaming\\Samordna')).toBe('roaming');
    expect(refusal('C:\\Samordna\\..\\Users\\kari\\.\\Dropbox\\ke')).toBe('dropbox');
    expect(refusal('C:/Users/kari/AppData/Local/../../OneDrive - Nordby kommune/x')).toBe('oneDrive');
    // Leaving the OneDrive folder by .. is leaving it.
    expect(refusal('C:\\Users\\kari\\OneDrive - Nordby kommune\\..\\Samordna')).toBeNull();
  });

  it('refuses a folder that is not a full path', () => {
    expect(refusal('data')).toBe('notAbsolute');
    expect(refusal('..\\data')).toBe('notAbsolute');
    expect(refusal('C:data')).toBe('notAbsolute');
    expect(refusal('\\Samordna')).toBe('notAbsolute');
  });

  it('on other systems refuses relative paths and sync folders by name', () => {
    expect(dataFolderRefusal('/home/kari/.config/Samordna/data', 'linux', {})).toBeNull();
    expect(dataFolderRefusal('data', 'linux', {})).toBe('notAbsolute');
    expect(dataFolderRefusal('/home/kari/Dropbox/ke', 'linux', {})).toBe('dropbox');
    expect(dataFolderRefusal('/home/kari/OneDrive/ke', 'darwin', {})).toBe('oneDrive');
    expect(dataFolderRefusal('/home/kari/x/../Dropbox', 'linux', {})).toBe('dropbox');
  });
});
