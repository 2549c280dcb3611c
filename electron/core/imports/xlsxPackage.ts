import type { ImportNotice } from '@shared/api/imports';

import { checkSheetSize, count, refuse } from './importRefusal';
import { yieldNow, type Progress, type ReadLimits } from './rawWorkbook';
import { SheetScan, TextPart, workbookParts, type WorkbookParts } from './xlsxXml';
import { inflateEntry, slimZip, Unpacked, zipEntries, type KeptEntry, type ZipEntry } from './zipEntries';

/**
 * An .xlsx package checked before exceljs sees it: every entry inflated and counted, the
 * workbook's sheets found and scanned for their size, the sheet, row, column, cell and merge
 * limits applied, macros noticed, and a slim zip of only the parts exceljs needs to read cells.
 */

const MAX_CELLS = 1_500_000;
const MAX_MERGES = 10_000;

/** The worksheet entries exceljs parses (it matches the name, anywhere in the path). */
const EXCELJS_WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

export interface CheckedPackage {
  /** What exceljs reads: only the parts it needs, each one inflated and counted here. */
  slim: Buffer;
  notices: ImportNotice[];
  /** The zip's compressed bytes: progress counts them twice, for the checking and for the cells. */
  compressed: number;
}

export async function checkPackage(
  buf: Buffer,
  extension: string,
  limits: ReadLimits,
  onProgress: Progress,
): Promise<CheckedPackage> {
  const entries = zipEntries(buf);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookEntry = byName.get('xl/workbook.xml');
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  if (!workbookEntry) return refuse('notWorkbook');
  if (!relsEntry) return refuse('damaged');

  // Progress: inflating and checking is the first half, reading the cells the second.
  const compressed = entries.reduce((n, e) => n + e.compressedSize, 0) || 1;
  const inflate = countingInflater(buf, compressed, limits, onProgress);
  onProgress?.(0, compressed * 2);

  // The workbook's own parts first, to know which entries are its sheets.
  const workbookXml = new TextPart();
  const relsXml = new TextPart();
  const contentTypes = new TextPart();
  await inflate(workbookEntry, (c) => workbookXml.push(c));
  await inflate(relsEntry, (c) => relsXml.push(c));
  const parts = workbookParts(workbookXml.text(), relsXml.text());
  if (!parts.sheets.length) return refuse('damaged');
  if (parts.sheets.length > limits.maxSheets)
    return refuse('tooManySheets', { max: count(limits.maxSheets) });

  const sheetNames = new Map<string, string>();
  for (const sheet of parts.sheets)
    if (sheet.path && EXCELJS_WORKSHEET.test(sheet.path)) sheetNames.set(sheet.path, sheet.name);
  const scans = new Map<string, SheetScan>();
  for (const entry of entries) {
    if (entry === workbookEntry || entry === relsEntry) continue;
    let onData: ((chunk: Uint8Array) => void) | null = null;
    if (sheetNames.has(entry.name)) {
      const scan = new SheetScan();
      scans.set(entry.name, scan);
      onData = (c) => scan.push(c);
    } else if (entry.name === '[Content_Types].xml') onData = (c) => contentTypes.push(c);
    await inflate(entry, onData);
  }
  checkScans(scans, sheetNames, limits);

  const notices: ImportNotice[] = [];
  if (hasMacros(extension, contentTypes, entries)) notices.push({ key: 'importFile.notice.macrosIgnored' });
  const keep = exceljsParts(byName, workbookEntry, relsEntry, parts, scans.keys());
  return { slim: slimZip(buf, keep), notices, compressed };
}

const hasMacros = (extension: string, contentTypes: TextPart, entries: ZipEntry[]) =>
  ['.xlsm', '.xltm', '.xlam'].includes(extension) ||
  /macroEnabled/i.test(contentTypes.text()) ||
  entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name));

/** The entries exceljs needs to read the cells, under the names it looks for. */
function exceljsParts(
  byName: Map<string, ZipEntry>,
  workbookEntry: ZipEntry,
  relsEntry: ZipEntry,
  parts: WorkbookParts,
  sheetPaths: Iterable<string>,
): KeptEntry[] {
  const keep: KeptEntry[] = [
    { entry: workbookEntry, name: 'xl/workbook.xml' },
    { entry: relsEntry, name: 'xl/_rels/workbook.xml.rels' },
  ];
  const shared = [
    [parts.sharedStrings, 'xl/sharedStrings.xml'],
    [parts.styles, 'xl/styles.xml'],
  ] as const;
  for (const [path, name] of shared) {
    const entry = byName.get(path ?? '') ?? byName.get(name);
    if (entry) keep.push({ entry, name });
  }
  for (const path of sheetPaths) keep.push({ entry: byName.get(path)!, name: path });
  return keep;
}

/**
 * Inflates entries one after another, counting what they unpack to across the whole file, and
 * reporting progress on the first half of the bar as the compressed bytes are read.
 */
function countingInflater(buf: Buffer, compressed: number, limits: ReadLimits, onProgress: Progress) {
  const total = compressed * 2;
  let done = 0;
  let yielded = { done: 0, unpacked: 0 };
  const unpacked = new Unpacked(limits.maxUnpackedBytes);
  // Yields every 256 kB read or 8 MB inflated, whichever comes first.
  const tick = async (bytes: number) => {
    done += bytes;
    if (done - yielded.done >= 256 * 1024 || unpacked.total - yielded.unpacked >= 8 * 1024 * 1024) {
      yielded = { done, unpacked: unpacked.total };
      onProgress?.(Math.min(done, compressed), total);
      await yieldNow();
    }
  };
  return (entry: ZipEntry, onData: ((chunk: Uint8Array) => void) | null) =>
    inflateEntry(buf, entry, unpacked, onData, tick);
}

/** Refuses a sheet, or the whole workbook, too large for exceljs to hold, before it reads any. */
function checkScans(scans: Map<string, SheetScan>, sheetNames: Map<string, string>, limits: ReadLimits) {
  const maxCells = limits.maxCells ?? MAX_CELLS;
  const maxMerges = limits.maxMerges ?? MAX_MERGES;
  let cells = 0;
  for (const [path, scan] of scans) {
    const sheet = sheetNames.get(path) ?? path;
    if (scan.broken) refuse('damaged');
    checkSheetSize(sheet, scan.lastRow, scan.lastColumn, limits);
    if (scan.merges > maxMerges) refuse('tooManyMerges', { sheet, max: count(maxMerges) });
    cells += scan.cells + scan.mergedCells;
  }
  if (cells > maxCells) refuse('tooManyCells', { max: count(maxCells) });
}
