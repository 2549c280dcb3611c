import { describe, expect, it, vi } from 'vitest';

import {
  backupFileDialogOptions,
  choosePath,
  folderDialogOptions,
  importFileDialogOptions,
  registerChoosers,
  type ChooserDeps,
  type ChooserEvent,
} from '@main/choosers';
import { isTrustedSender } from '@main/security';
import { channelNames } from '@shared/api';
import {
  CHOOSE_BACKUP_FILE_CHANNEL,
  CHOOSE_FOLDER_CHANNEL,
  CHOOSE_IMPORT_FILE_CHANNEL,
} from '@shared/api/bridge';

/** Electron's open dialog, recorded; it answers with `choice`. */
function deps(choice: { canceled: boolean; filePaths: string[] }) {
  return {
    showOpenDialog: vi.fn<ChooserDeps['showOpenDialog']>(async () => choice),
    log: vi.fn<ChooserDeps['log']>(),
  } satisfies ChooserDeps;
}

function eventFrom(url: string, parent: unknown = null): ChooserEvent {
  return { senderFrame: { url, parent }, sender: { id: 1 } };
}

const ourPage = () => eventFrom('app://samordna/#/sikkerhetskopi/gjenopprett');

describe('the dialogs', () => {
  it('opens one file, offering Samordna backups (.samordna) first', () => {
    const options = backupFileDialogOptions();
    expect(options.title).toBe('Velg sikkerhetskopi');
    expect(options.properties).toContain('openFile');
    expect(options.properties).not.toContain('multiSelections');
    expect(options.filters?.[0]).toEqual({ name: 'Sikkerhetskopi fra Samordna', extensions: ['samordna'] });
  });

  it('opens one folder, where a new folder may be made', () => {
    const options = folderDialogOptions();
    expect(options.title).toBe('Velg mappe for sikkerhetskopier');
    expect(options.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    expect(options.properties).not.toContain('openFile');
  });
});

describe('choosing a path', () => {
  it('gives the one path the user chose, the dialog owned by the window that asked', async () => {
    const d = deps({ canceled: false, filePaths: ['E:\\Samordna\\samordna-2027-03-10.samordna'] });
    const event = ourPage();
    await expect(choosePath(event, backupFileDialogOptions(), d)).resolves.toBe(
      'E:\\Samordna\\samordna-2027-03-10.samordna',
    );
    expect(d.showOpenDialog).toHaveBeenCalledWith(event.sender, backupFileDialogOptions());
  });

  it('gives null when the user cancels or chooses nothing', async () => {
    await expect(
      choosePath(ourPage(), folderDialogOptions(), deps({ canceled: true, filePaths: [] })),
    ).resolves.toBeNull();
    await expect(
      choosePath(ourPage(), folderDialogOptions(), deps({ canceled: true, filePaths: ['/tmp/x'] })),
    ).resolves.toBeNull();
    await expect(
      choosePath(ourPage(), folderDialogOptions(), deps({ canceled: false, filePaths: [] })),
    ).resolves.toBeNull();
  });

  it('gives null when the dialog fails, and logs why in main only', async () => {
    const d = deps({ canceled: false, filePaths: [] });
    d.showOpenDialog.mockRejectedValueOnce(new Error('no display'));
    await expect(choosePath(ourPage(), folderDialogOptions(), d)).resolves.toBeNull();
    expect(d.log).toHaveBeenCalledOnce();
  });
});

describe('the IPC handlers', () => {
  function register(d: ChooserDeps) {
    const handlers = new Map<string, (event: ChooserEvent, ...args: unknown[]) => Promise<unknown>>();
    registerChoosers({ handle: (channel, listener) => handlers.set(channel, listener) }, d, isTrustedSender);
    return handlers;
  }

  it('are three channels outside the contract', () => {
    const handlers = register(deps({ canceled: true, filePaths: [] }));
    expect([...handlers.keys()]).toEqual([
      CHOOSE_BACKUP_FILE_CHANNEL,
      CHOOSE_FOLDER_CHANNEL,
      CHOOSE_IMPORT_FILE_CHANNEL,
    ]);
    for (const channel of handlers.keys()) expect(channelNames).not.toContain(channel);
  });

  it('open the right dialog for our window, whatever the page sends along', async () => {
    const d = deps({ canceled: false, filePaths: ['/media/usb/Samordna'] });
    const handlers = register(d);
    await expect(handlers.get(CHOOSE_FOLDER_CHANNEL)!(ourPage(), { properties: ['openFile'] })).resolves.toBe(
      '/media/usb/Samordna',
    );
    expect(d.showOpenDialog).toHaveBeenLastCalledWith(expect.anything(), folderDialogOptions());
    await handlers.get(CHOOSE_BACKUP_FILE_CHANNEL)!(ourPage(), 'C:\\Windows');
    expect(d.showOpenDialog).toHaveBeenLastCalledWith(expect.anything(), backupFileDialogOptions());
    await handlers.get(CHOOSE_IMPORT_FILE_CHANNEL)!(ourPage());
    expect(d.showOpenDialog).toHaveBeenLastCalledWith(expect.anything(), importFileDialogOptions());
  });

  it('refuse an iframe or another page without opening a dialog', async () => {
    const d = deps({ canceled: false, filePaths: ['/home/kari/x.samordna'] });
    const handlers = register(d);
    const iframe = eventFrom('app://samordna/', { url: 'app://samordna/' });
    const elsewhere = eventFrom('https://evil.example/');
    for (const handler of handlers.values()) {
      await expect(handler(iframe)).resolves.toBeNull();
      await expect(handler(elsewhere)).resolves.toBeNull();
    }
    expect(d.showOpenDialog).not.toHaveBeenCalled();
  });
});
