import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { PDFDocument, rgb } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';

import { makeArchivePackage, writeSynced, type ArchivePackageDeps } from '@core/archive/archivePackage';

import { withRawDb, tempDir, type TestCore } from '../harness';
import { auditSince, lastAuditId, letterRegister, now } from '../letters/letterRegister';

/** A small real PDF as a renderer would give: one A4 page, a box drawn, no text (no fonts). */
async function tinyPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 700, width: 200, height: 80, color: rgb(0.2, 0.3, 0.6) });
  return doc.save();
}

/** The closed case B of the letter register, with its refusal sent as a letter. */
async function closedCase() {
  const { core, ids } = await letterRegister();
  const draft = await core.ok('letters.draft', {
    caseId: ids.b,
    kind: 'decision',
    decisionId: ids.decisionB,
    date: '2027-02-21',
  });
  await core.ok('letters.record', {
    caseId: ids.b,
    kind: 'decision',
    decisionId: ids.decisionB,
    date: '2027-02-21',
    text: draft.text,
    markNotified: false,
  });
  return { core, caseId: ids.b };
}

function depsFor(core: TestCore, change: Partial<ArchivePackageDeps> = {}) {
  const routes: string[] = [];
  const logged: unknown[] = [];
  const deps: ArchivePackageDeps = {
    dispatch: (channel, input) => core.dispatch(channel, input),
    renderPdf: async (route) => {
      routes.push(route);
      return tinyPdf();
    },
    language: 'nb',
    now,
    log: (error) => logged.push(error),
    ...change,
  };
  return { deps, routes, logged };
}

const copies = (core: TestCore) =>
  withRawDb(
    core.dataDir,
    (db) => (db.prepare('SELECT count(*) AS n FROM archive_copies').get() as { n: number }).n,
  );

/** Everything under a folder, hidden files too, as relative paths. */
const everything = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('making the archive package', () => {
  it('writes the overview and each letter as PDF/A and the events as CSV in a new folder, and records it', async () => {
    const { core, caseId } = await closedCase();
    const parent = tempDir();
    const { deps, routes } = depsFor(core);
    const { caseNumber } = (await core.ok('cases.get', { id: caseId })).record;
    const before = await lastAuditId(core);
    const outcome = await makeArchivePackage(caseId, parent, deps);
    const stem = `${caseNumber}_2027-03-01`;
    expect(outcome).toMatchObject({ status: 'made', folder: path.join(parent, stem), files: 3 });
    expect(routes).toEqual([`#/print/sak/${caseId}`, expect.stringMatching(/^#\/print\/brev\/\d+$/)]);
    expect(everything(parent)).toEqual([
      stem,
      `${stem}/${stem}_brev-1-vedtak.pdf`,
      `${stem}/${stem}_hendelser.csv`,
      `${stem}/${stem}_saksoversikt.pdf`,
    ]);
    const overview = path.join(parent, stem, `${stem}_saksoversikt.pdf`);
    // qpdf finds the file sound, and the XMP claims PDF/A-2 with the title and the municipality.
    execFileSync('qpdf', ['--check', overview]);
    const xmp = readFileSync(overview, 'latin1');
    expect(xmp).toMatch(/pdfaid:part(>|=")2/);
    expect(xmp).toContain(`Saksoversikt ${caseNumber}`);
    expect(xmp).toContain('Marker kommune');
    const csv = readFileSync(path.join(parent, stem, `${stem}_hendelser.csv`), 'utf8');
    expect(csv.startsWith('\uFEFFDato,Hendelse')).toBe(true);
    expect(csv).toContain('2027-02-10,Vedtak,Individuell plan,');
    if (outcome.status !== 'made') throw new Error('not made');
    expect(outcome.copy).toMatchObject({ caseId, documents: 2, madeBy: 'Kari Nordmann' });
    expect(await copies(core)).toBe(1);
    // Of the case (core's timer may take a backup in between).
    const ofCase = (await auditSince(core, before)).filter((r) => r.entity === 'case');
    expect(ofCase.map((r) => r.action)).toEqual(['export', 'archive_copy']);
  });

  it('writes owner-only files in an owner-only folder, all synced before the copy is recorded', async () => {
    const { core, caseId } = await closedCase();
    const parent = tempDir();
    const steps: string[] = [];
    const { deps } = depsFor(core, {
      dispatch: (channel, input) => {
        steps.push(channel);
        return core.dispatch(channel, input);
      },
      syncFolder: (folder) => steps.push(`sync ${path.relative(parent, folder) || '.'}`),
    });
    const outcome = await makeArchivePackage(caseId, parent, deps);
    if (outcome.status !== 'made') throw new Error(`not made: ${JSON.stringify(outcome)}`);
    const stem = path.basename(outcome.folder);
    expect(steps).toEqual(['archive.contents', `sync ${stem}`, 'sync .', 'archive.record']);
    if (process.platform !== 'win32') {
      expect(statSync(outcome.folder).mode & 0o777).toBe(0o700);
      for (const file of readdirSync(outcome.folder))
        expect(statSync(path.join(outcome.folder, file)).mode & 0o777, file).toBe(0o600);
    }
  });

  it('records nothing when the folder cannot be synced, and removes what it wrote', async () => {
    const { core, caseId } = await closedCase();
    const parent = tempDir();
    const { deps } = depsFor(core, {
      syncFolder: () => {
        throw Object.assign(new Error('I/O error'), { code: 'EIO' });
      },
    });
    expect(await makeArchivePackage(caseId, parent, deps)).toEqual({
      status: 'failed',
      reason: 'writeFailed',
    });
    expect(everything(parent)).toEqual([]);
    expect(await copies(core)).toBe(0);
  });

  it('writes each file new and synced: the default writer refuses to write over a file', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'a.pdf');
    await writeSynced(file, 'first');
    await expect(writeSynced(file, 'second')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(file, 'utf8')).toBe('first');
  });

  it('never overwrites: a second package the same day goes in "(2)"', async () => {
    const { core, caseId } = await closedCase();
    const parent = tempDir();
    const first = await makeArchivePackage(caseId, parent, depsFor(core).deps);
    const second = await makeArchivePackage(caseId, parent, depsFor(core).deps);
    expect(first.status).toBe('made');
    expect(second).toMatchObject({ status: 'made', folder: expect.stringMatching(/_2027-03-01 \(2\)$/) });
    expect(await copies(core)).toBe(2);
  });

  it('leaves nothing behind and records nothing when a letter fails to render', async () => {
    const { core, caseId } = await closedCase();
    const parent = tempDir();
    const { deps, logged } = depsFor(core, {
      renderPdf: async (route) => {
        if (route.includes('brev')) throw new Error('Chromium gave up');
        return tinyPdf();
      },
    });
    expect(await makeArchivePackage(caseId, parent, deps)).toEqual({
      status: 'failed',
      reason: 'renderFailed',
    });
    expect(everything(parent)).toEqual([]);
    expect(await copies(core)).toBe(0);
    expect(logged).toHaveLength(1);
  });

  it('removes the files it wrote when a write fails half-way', async () => {
    const { core, caseId } = await closedCase();
    const parent = tempDir();
    mkdirSync(path.join(parent, 'annet'));
    let writes = 0;
    const { deps } = depsFor(core, {
      writeFile: async (file, data) => {
        if (++writes === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        writeFileSync(file, data);
      },
    });
    expect(await makeArchivePackage(caseId, parent, deps)).toEqual({
      status: 'failed',
      reason: 'writeFailed',
    });
    // The folder that was there stays; nothing of this run does.
    expect(everything(parent)).toEqual(['annet']);
    expect(await copies(core)).toBe(0);
  });

  it('refuses a folder that is not there, a relative path, and a PDF that cannot become PDF/A', async () => {
    const { core, caseId } = await closedCase();
    const parent = tempDir();
    const { deps } = depsFor(core);
    expect(await makeArchivePackage(caseId, path.join(parent, 'finnes-ikke'), deps)).toEqual({
      status: 'failed',
      reason: 'folderMissing',
    });
    expect(await makeArchivePackage(caseId, 'relativ/mappe', deps)).toMatchObject({
      reason: 'folderMissing',
    });
    const broken = depsFor(core, { renderPdf: async () => new TextEncoder().encode('not a pdf') }).deps;
    expect(await makeArchivePackage(caseId, parent, broken)).toEqual({
      status: 'failed',
      reason: 'renderFailed',
    });
    expect(everything(parent)).toEqual([]);
    expect(await copies(core)).toBe(0);
  });

  it('passes core’s refusal on, in Norwegian, for a case that does not exist', async () => {
    const { core } = await closedCase();
    const parent = tempDir();
    const outcome = await makeArchivePackage(999, parent, depsFor(core).deps);
    expect(outcome).toMatchObject({ status: 'failed', reason: 'refused', message: expect.any(String) });
    expect(everything(parent)).toEqual([]);
  });
});
