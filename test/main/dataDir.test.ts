import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { dataDirFor, dataFolderRefusal, localAppFolderFor, logDirFor, resolvedFolder } from '@main/dataDir';

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

  it('falls back to AppData\\Local in the home folder, never the roaming userData, when LOCALAPPDATA is not set', () => {
    const roamingUserData = 'C:\\Users\\kari\\AppData\\Roaming\\Samordna';
    const home = () => 'C:\\Users\\kari';
    for (const env of [{}, { LOCALAPPDATA: '' }, { LOCALAPPDATA: '  ' }]) {
      const folder = dataDirFor('win32', env, roamingUserData, home);
      expect(folder).toBe('C:\\Users\\kari\\AppData\\Local\\Samordna\\data');
      expect(dataFolderRefusal(folder, 'win32', winEnv)).toBeNull();
    }
    expect(logDirFor('win32', {}, roamingUserData, home)).toBe(
      'C:\\Users\\kari\\AppData\\Local\\Samordna\\logs',
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

  it('sees through trailing dots and spaces, which Windows drops from each name', () => {
    expect(refusal('C:\\Users\\ola\\AppData\\Roaming.\\Samordna')).toBe('roaming');
    expect(refusal('C:\\Users\\ola\\AppData\\Roaming. .\\Samordna', {})).toBe('roaming');
    expect(refusal('C:\\Users\\kari\\OneDrive - Nordby kommune \\Samordna')).toBe('oneDrive');
    expect(refusal('D:\\Sky\\Privat...\\x')).toBe('oneDrive');
    expect(refusal('C:\\Users\\kari\\Dropbox.\\KE', {})).toBe('dropbox');
    // A local folder written with a trailing space or dot is still that local folder.
    expect(refusal('C:\\Samordna \\data.')).toBeNull();
  });

  it('refuses a path written with 8.3 short names, which hide the folder’s own name', () => {
    expect(refusal('C:\\Users\\kari\\ONEDRI~1\\Samordna')).toBe('shortName');
    expect(refusal('C:\\PROGRA~2\\Samordna')).toBe('shortName');
    expect(refusal('c:/users/kari/appdat~1/roamin~1/samordna')).toBe('shortName');
    // A tilde without a digit after it is an ordinary name.
    expect(refusal('D:\\Samordna~data\\x')).toBeNull();
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

describe('the folder as the disk has it', () => {
  // A fake realpath: C:\KE is a junction into OneDrive, D:\Link a link onto a share.
  const links: Record<string, string> = {
    'C:\\KE': 'C:\\Users\\kari\\OneDrive - Nordby kommune\\KE',
    'D:\\Link': '\\\\filserver\\ke',
    'C:\\': 'C:\\',
    'D:\\': 'D:\\',
  };
  const realpath = (p: string) => {
    const target = links[p];
    if (target === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return target;
  };

  it('resolves the deepest folder that exists and joins on the part not yet made', () => {
    expect(resolvedFolder('C:\\KE\\Samordna\\data', 'win32', realpath)).toBe(
      'C:\\Users\\kari\\OneDrive - Nordby kommune\\KE\\Samordna\\data',
    );
    expect(resolvedFolder('D:/Link/data', 'win32', realpath)).toBe('\\\\filserver\\ke\\data');
    expect(resolvedFolder('C:\\Samordna', 'win32', realpath)).toBe('C:\\Samordna');
  });

  it('lets the check refuse a link the written path does not show', () => {
    const written = 'C:\\KE\\Samordna\\data';
    expect(dataFolderRefusal(written, 'win32', winEnv)).toBeNull();
    expect(dataFolderRefusal(resolvedFolder(written, 'win32', realpath), 'win32', winEnv)).toBe('oneDrive');
    expect(dataFolderRefusal(resolvedFolder('D:\\Link\\x', 'win32', realpath), 'win32', winEnv)).toBe(
      'network',
    );
  });

  it('leaves a folder that cannot be resolved at all, or is not a full path, as it is', () => {
    const nothing = () => {
      throw new Error('EACCES');
    };
    expect(resolvedFolder('E:\\x\\y', 'win32', nothing)).toBe('E:\\x\\y');
    expect(resolvedFolder('data', 'win32', () => 'C:\\cwd')).toBe('data');
    expect(
      resolvedFolder('/home/kari/ke/data', 'linux', (p) =>
        p === '/home/kari' ? '/mnt/Dropbox' : realpath(p),
      ),
    ).toBe('/mnt/Dropbox/ke/data');
  });
});
