import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createErrorLogger } from '@main/errorLog';
import {
  createIncidents,
  desktopTexts,
  fill,
  incidentMessage,
  preferencesFileMessage,
  readRendererReport,
  type MessageBoxOptions,
} from '@main/incidents';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'samordna-incidents-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function setup(answer = 0) {
  const shown: MessageBoxOptions[] = [];
  let release: (n: number) => void = () => undefined;
  const deps = {
    logger: createErrorLogger({ dir, appRoot: '/app' }),
    texts: () => desktopTexts(undefined),
    showMessage: vi.fn((options: MessageBoxOptions) => {
      shown.push(options);
      return new Promise<number>((resolve) => {
        release = resolve;
      });
    }),
    reloadWindow: vi.fn(),
    quit: vi.fn(),
  };
  return { incidents: createIncidents(deps), deps, shown, answer: () => release(answer) };
}

const logText = () => readFileSync(path.join(dir, 'samordna.log'), 'utf8');

describe('an unexpected error', () => {
  it('in main is logged without its message and told calmly in Norwegian with the incident id', () => {
    const { incidents, shown } = setup();
    const incident = incidents.mainError('uncaughtException', new Error('Kari Nordmann 01017012345'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      type: 'warning',
      title: 'Noe uventet skjedde',
      message: 'Samordna støtte på en uventet feil. Det som allerede er lagret i registeret, er trygt.',
      buttons: ['OK'],
    });
    expect(shown[0]!.detail).toContain(incident);
    expect(shown[0]!.detail).toContain(dir);
    expect(logText()).toContain(incident);
    expect(logText()).not.toContain('Kari');
    expect(logText()).not.toContain('01017012345');
  });

  it('shows one message at a time and logs every error', async () => {
    const { incidents, shown, answer } = setup();
    incidents.mainError('uncaughtException', new Error('a'));
    incidents.mainError('unhandledRejection', new Error('b'));
    expect(shown).toHaveLength(1);
    answer();
    await vi.waitFor(() => {
      incidents.mainError('uncaughtException', new Error('c'));
      expect(shown).toHaveLength(2);
    });
    expect(logText().trim().split('\n').length).toBeGreaterThanOrEqual(3);
  });

  it("from the window is checked, logged as the renderer's, and offers to reload", async () => {
    const { incidents, shown, deps, answer } = setup(1);
    expect(incidents.rendererError({ event: 'steal', kind: 'x', stack: '' })).toBeNull();
    expect(incidents.rendererError('nonsense')).toBeNull();
    const incident = incidents.rendererError({
      event: 'unhandledrejection',
      kind: 'TypeError',
      stack: '    at render (app://samordna/assets/index-x1.js:1:200)',
    });
    expect(incident).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}$/);
    const entry = JSON.parse(logText().trim()) as Record<string, unknown>;
    expect(entry).toMatchObject({
      where: 'renderer',
      event: 'unhandledrejection',
      kind: 'TypeError',
      frames: ['assets/index-x1.js:1:200'],
    });
    expect(shown[0]!.buttons).toEqual(['OK', 'Last inn vinduet på nytt']);
    answer();
    await vi.waitFor(() => expect(deps.reloadWindow).toHaveBeenCalledOnce());
  });

  it('from a window in an error loop is shown once and logged once, counted', async () => {
    const { incidents, shown, answer } = setup();
    const loop = { event: 'error', kind: 'TypeError', stack: '    at tick (app://samordna/assets/a.js:1:2)' };
    const first = incidents.rendererError(loop);
    expect(shown).toHaveLength(1);
    answer();
    // The dialog is closed: the same error again neither brings it back nor writes a new line.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < 50; i += 1) expect(incidents.rendererError(loop)).toBe(first);
    expect(shown).toHaveLength(1);
    expect(logText().trim().split('\n')).toHaveLength(1);
    // A different error is told.
    incidents.rendererError({ ...loop, stack: '    at other (app://samordna/assets/a.js:7:7)' });
    expect(shown).toHaveLength(2);
  });

  it("when the window's process is gone, offers to reload it or quit", async () => {
    const { incidents, shown, deps, answer } = setup(1);
    incidents.windowGone({ reason: 'oom', exitCode: -1 });
    expect(shown[0]).toMatchObject({
      message: 'Vinduet til Samordna stoppet uventet. Det som allerede er lagret i registeret, er trygt.',
      buttons: ['Last inn vinduet på nytt', 'Avslutt'],
      cancelId: 1,
    });
    expect(JSON.parse(logText().trim())).toMatchObject({ event: 'render-process-gone', code: 'OOM' });
    answer();
    await vi.waitFor(() => expect(deps.quit).toHaveBeenCalledOnce());
  });

  it('a clean exit of the window is logged but not shown', () => {
    const { incidents, shown } = setup();
    incidents.windowGone({ reason: 'clean-exit' });
    expect(shown).toHaveLength(0);
  });
});

describe('the message texts', () => {
  it('follow the chosen language', () => {
    expect(incidentMessage(desktopTexts('nn'), 'main', 'AB12-CD34', 'C:\\logs').title).toBe(
      'Noko uventa skjedde',
    );
    expect(incidentMessage(desktopTexts('en'), 'main', 'AB12-CD34', 'C:\\logs').detail).toContain(
      'AB12-CD34',
    );
  });

  it('fill placeholders and leave unknown ones', () => {
    expect(fill('{{a}} og {{b}}', { a: '1' })).toBe('1 og {{b}}');
  });

  it('cut a report from the window to size', () => {
    expect(readRendererReport({ event: 'error', kind: 'k'.repeat(500), stack: 's'.repeat(20_000) })).toEqual({
      event: 'error',
      kind: 'k'.repeat(100),
      stack: 's'.repeat(8_000),
    });
  });
});

describe('a preferences file that stops the start', () => {
  it('names the file and the reason calmly in Norwegian, changes nothing, and offers only to quit', () => {
    const file = 'C:\\Users\\kari\\AppData\\Local\\Samordna\\preferences.json';
    const unreadable = preferencesFileMessage(desktopTexts(undefined), 'unreadable', file);
    expect(unreadable).toMatchObject({
      type: 'warning',
      title: 'Innstillingsfilen til Samordna kan ikke leses',
      buttons: ['Avslutt'],
      defaultId: 0,
      cancelId: 0,
    });
    expect(unreadable.message).toContain(file);
    expect(unreadable.detail).toContain('ikke gyldig JSON');
    expect(unreadable.detail).toContain('Be IT-støtten rette filen');
    expect(unreadable.detail).toContain('D:/Samordna/data');
    const badFolder = preferencesFileMessage(desktopTexts('en'), 'dataFolder', file);
    expect(badFolder.detail).toContain('“dataFolder” in the file is not a folder name');
    expect(badFolder.detail).not.toContain('{{');
  });
});
