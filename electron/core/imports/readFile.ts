import { open, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';

import { IMPORT_LIMITS, type ImportNotice } from '@shared/api/imports';

import { decodeText, readCsv } from './csvRead';
import { ImportRefusal, megabytes, refuse, type RefusalReason } from './importRefusal';
import { startsWith, type Progress, type RawWorkbook, type ReadLimits } from './rawWorkbook';
import { readCells } from './xlsxCells';
import { checkPackage } from './xlsxPackage';

/**
 * Reads an import file (DESIGN.md 12, "Moving in") into raw cells, and nothing more: which
 * column means what is the wizard's business. The file is identified by its content, never by
 * its name. Nothing in it is evaluated or run: a formula gives its cached result, a macro is
 * never touched. Everything that could make the process allocate without bound is refused
 * before it is parsed: the file's size, an .xlsx's unpacked size (inflated here, counted, never
 * trusting the sizes the zip declares), its sheets, rows, columns, cells and merged ranges.
 * Cell text is never used as an object key (arrays and Maps only).
 *
 * This file reads the bytes and picks the reader; the .xlsx is checked in xlsxPackage.ts (its
 * zip in zipEntries.ts, its XML in xlsxXml.ts) and read in xlsxCells.ts, a text file in csvRead.ts.
 */

export { ImportRefusal, refusalReasons, type RefusalReason } from './importRefusal';
export { detectDelimiter } from './csvRead';
export type { RawSheet, RawWorkbook, ReadLimits } from './rawWorkbook';

export async function readImportFile(
  path: string,
  onProgress?: (done: number, total: number) => void,
  limits: ReadLimits = IMPORT_LIMITS,
): Promise<RawWorkbook> {
  const fileName = basename(path);
  const extension = extname(fileName).toLowerCase();
  const bytes = await readBounded(path, limits.maxFileBytes);

  if (startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes, fileName, extension, limits, onProgress);
  if (startsWith(bytes, ZIP_EMPTY)) return refuse('notWorkbook');
  if (startsWith(bytes, OLE_MAGIC)) return refuse(oleReason(bytes));

  const text = decodeText(bytes);
  if (!text || looksLikeMarkup(text.text)) return refuse('notWorkbook');
  const notices: ImportNotice[] = [];
  if (!['.csv', '.txt', '.tsv', '.tab'].includes(extension))
    notices.push({ key: 'importFile.notice.readAsText' });
  notices.push({ key: `importFile.notice.encoding.${text.encoding}` });
  return readCsv(text.text, fileName, extension, notices, limits, onProgress);
}

async function readXlsx(
  bytes: Buffer,
  fileName: string,
  extension: string,
  limits: ReadLimits,
  onProgress: Progress,
): Promise<RawWorkbook> {
  const { slim, notices, compressed } = await checkPackage(bytes, extension, limits, onProgress);
  // Progress: inflating and checking was the first half, reading the cells is the second.
  const total = compressed * 2;
  const sheets = await readCells(slim, notices, limits, (rowsDone, allRows) =>
    onProgress?.(compressed + Math.floor((compressed * rowsDone) / allRows), total),
  );
  if (sheets.every((s) => !s.rows.length)) return refuse('empty');
  onProgress?.(total, total);
  return { format: 'xlsx', fileName, notices, sheets };
}

async function readBounded(path: string, maxBytes: number): Promise<Buffer> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) return refuse('unreadable');
    if (stat.size === 0) return refuse('empty');
    if (stat.size > maxBytes) return refuse('tooLarge', { maxMb: megabytes(maxBytes) });
    // Never more than the size seen, plus one byte to notice a file still growing.
    const buffer = Buffer.alloc(stat.size + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > stat.size) return refuse('tooLarge', { maxMb: megabytes(maxBytes) });
    if (filled === 0) return refuse('empty');
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' || code === 'ENOTDIR' ? 'notFound' : 'unreadable');
  } finally {
    await handle?.close();
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * An OLE compound file: Excel's encrypted .xlsx keeps its package in one, next to a stream
 * named EncryptionInfo; an old .xls has a stream named Workbook (Book before Excel 97). The
 * names are in the directory as UTF-16LE.
 */
function oleReason(bytes: Buffer): RefusalReason {
  const has = (name: string) => bytes.includes(Buffer.from(name, 'utf16le'));
  if (has('EncryptionInfo') || has('EncryptedPackage')) return 'passwordProtected';
  if (has('Workbook') || has('Book')) return 'oldXls';
  return 'notWorkbook';
}

/** An HTML page or an XML file saved with an .xls name (web systems' "Excel export"). */
function looksLikeMarkup(text: string): boolean {
  const start = text.slice(0, 2000).trimStart().toLowerCase();
  return start.startsWith('<') && /<(\?xml|!doctype|html|table|workbook)\b/.test(start);
}
