import { open, type FileHandle } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { UnzipInflate } from 'fflate';
import type { Cell, CellValue, Worksheet } from 'exceljs';
import { IMPORT_LIMITS, type ImportNotice, type RawCell } from '../../../shared/api/imports';
import { CoreError } from '../errors';

/**
 * Reads an import file (DESIGN.md 12, "Moving in") into raw cells, and nothing more: which
 * column means what is the wizard's business. The file is identified by its content, never by
 * its name. Nothing in it is evaluated or run: a formula gives its cached result, a macro is
 * never touched. Everything that could make the process allocate without bound is refused
 * before it is parsed: the file's size, an .xlsx's unpacked size (inflated here, counted, never
 * trusting the sizes the zip declares), its sheets, rows, columns, cells and merged ranges.
 * Cell text is never used as an object key (arrays and Maps only).
 */

export interface RawSheet {
  name: string;
  hidden: boolean;
  /** 0-based. */
  hiddenColumns: number[];
  /** rows[0] is sheet row 1; trailing empty rows and columns trimmed, every row as wide as the sheet. */
  rows: RawCell[][];
}

export interface RawWorkbook {
  format: 'xlsx' | 'csv';
  fileName: string;
  notices: ImportNotice[];
  sheets: RawSheet[];
}

/** The contract's limits, any of which a caller (a test) may lower; two more that guard memory. */
export interface ReadLimits {
  maxFileBytes: number;
  maxUnpackedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxSheets: number;
  /**
   * Cells in the whole workbook, counting every `<c>` element (an empty one with a border too)
   * and every cell a merge covers: exceljs keeps ~360 bytes per cell in memory.
   */
  maxCells?: number;
  /** Merged ranges of one sheet: exceljs checks each new merge against all before it. */
  maxMerges?: number;
}

const MAX_CELLS = 1_500_000;
const MAX_MERGES = 10_000;

export const refusalReasons = [
  'notFound',
  'unreadable',
  'empty',
  'tooLarge',
  'passwordProtected',
  'oldXls',
  'notWorkbook',
  'damaged',
  'unpackedTooLarge',
  'tooManySheets',
  'tooManyRows',
  'tooManyColumns',
  'tooManyCells',
  'tooManyMerges',
  'csvBroken',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

/**
 * A refused file: `IMPORT_REFUSED` with `fields.file` = `importFile.refused.<reason>`, and the
 * values its text needs (the limit, the sheet) in `notice`, for the wizard's `ImportFile.error`.
 */
export class ImportRefusal extends CoreError {
  readonly reason: RefusalReason;
  readonly notice: ImportNotice;
  constructor(reason: RefusalReason, values?: Record<string, string | number>) {
    const key = `importFile.refused.${reason}`;
    super('IMPORT_REFUSED', { file: key });
    this.reason = reason;
    this.notice = values ? { key, values } : { key };
  }
}

const refuse = (reason: RefusalReason, values?: Record<string, string | number>): never => {
  throw new ImportRefusal(reason, values);
};

type Progress = ((done: number, total: number) => void) | undefined;

/** Lets the rest of the process run (core's other calls, the timer) while a large file is read. */
const yieldNow = () => new Promise<void>((resolve) => setImmediate(resolve));

/** 50000 -> "50 000", as the texts write their limits. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const megabytes = (bytes: number) => String(Math.round((bytes / (1024 * 1024)) * 10) / 10);

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

// ---------------------------------------------------------------------------------------------
// The file

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

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

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

type Encoding = 'utf8' | 'utf8Bom' | 'windows1252' | 'utf16';

/** The file as text, or null when it is not text (binary bytes where text has none). */
function decodeText(bytes: Buffer): { text: string; encoding: Encoding } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf8Bom' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf16' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf16' };
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return null;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
  }
  if (control > sample.length / 200) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows1252' };
  }
}

/** An HTML page or an XML file saved with an .xls name (web systems' "Excel export"). */
function looksLikeMarkup(text: string): boolean {
  const start = text.slice(0, 2000).trimStart().toLowerCase();
  return start.startsWith('<') && /<(\?xml|!doctype|html|table|workbook)\b/.test(start);
}

// ---------------------------------------------------------------------------------------------
// CSV

type Delimiter = ';' | ',' | '\t';
const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];
const DELIMITER_NAMES = new Map<Delimiter | null, string>([
  [';', 'semicolon'],
  [',', 'comma'],
  ['\t', 'tab'],
  [null, 'none'],
]);

/**
 * The delimiter of the first records: for each candidate, how many times it occurs outside
 * quotes in each record; the one whose most common count (above 0) is shared by the most
 * records wins, then the one with the higher count. Excel pads every row of a CSV to the same
 * number of fields, so the real delimiter is the consistent one even when the text has commas.
 */
export function detectDelimiter(text: string): Delimiter | null {
  const records: number[][] = [];
  let current = [0, 0, 0];
  let inQuotes = false;
  let empty = true;
  const end = Math.min(text.length, 256 * 1024);
  for (let i = 0; i < end && records.length < 30; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' || ch === '\r') {
      if (!empty) records.push(current);
      current = [0, 0, 0];
      empty = true;
      continue;
    } else {
      const d = DELIMITERS.indexOf(ch as Delimiter);
      if (d >= 0) current[d]!++;
    }
    if (ch !== ' ') empty = false;
  }
  if (!empty && records.length < 30) records.push(current);

  let best: { delimiter: Delimiter; records: number; count: number } | null = null;
  for (const [d, delimiter] of DELIMITERS.entries()) {
    const frequency = new Map<number, number>();
    for (const record of records) {
      const n = record[d]!;
      if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    }
    for (const [n, times] of frequency) {
      if (!best || times > best.records || (times === best.records && n > best.count))
        best = { delimiter, records: times, count: n };
    }
  }
  return best?.delimiter ?? null;
}

async function readCsv(
  text: string,
  fileName: string,
  extension: string,
  notices: ImportNotice[],
  limits: ReadLimits,
  onProgress: Progress,
): Promise<RawWorkbook> {
  const { parse } = await import('csv-parse');
  const delimiter = detectDelimiter(text);
  notices.push({ key: `importFile.notice.delimiter.${DELIMITER_NAMES.get(delimiter)}` });
  const name = (extension ? fileName.slice(0, -extension.length) : fileName) || fileName;

  const CHUNK = 64 * 1024;
  const total = text.length;
  function* chunks() {
    for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
  }
  const parser = Readable.from(chunks()).pipe(
    parse({
      // With no delimiter found, one that never occurs: each line is one field.
      delimiter: delimiter ?? '\u0000',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      info: true,
    }),
  );

  const rows: RawCell[][] = [];
  let width = 0;
  let lastFilled = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { bytes: number };
    }>) {
      const row = record.map(textCell);
      while (row.length && row[row.length - 1] === null) row.pop();
      rows.push(row);
      if (row.length) {
        lastFilled = rows.length;
        if (lastFilled > limits.maxRows) refuse('tooManyRows', { sheet: name, max: count(limits.maxRows) });
        if (row.length > limits.maxColumns)
          refuse('tooManyColumns', { sheet: name, max: count(limits.maxColumns) });
        width = Math.max(width, row.length);
      }
      if (rows.length % 500 === 0) onProgress?.(Math.min(info.bytes, total), total);
      if (rows.length % 1000 === 0) await yieldNow();
    }
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    if ((error as { code?: unknown }).code && String((error as { code: unknown }).code).startsWith('CSV_'))
      return refuse('csvBroken');
    throw error;
  } finally {
    parser.destroy();
  }
  rows.length = lastFilled;
  if (!rows.length) return refuse('empty');
  for (const row of rows) while (row.length < width) row.push(null);
  onProgress?.(total, total);
  return {
    format: 'csv',
    fileName,
    notices,
    sheets: [{ name, hidden: false, hiddenColumns: [], rows }],
  };
}

/** Text as a cell: trimmed (non-breaking and zero-width spaces too), empty -> null. */
function textCell(value: string): string | null {
  const trimmed = value.replace(/^[\s\u200b]+|[\s\u200b]+$/g, '');
  return trimmed === '' ? null : trimmed;
}

// ---------------------------------------------------------------------------------------------
// The zip, checked before exceljs sees it

interface ZipEntry {
  /** As exceljs will see it (a leading slash removed). */
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  /** Declared: only compared with what inflating gives, never trusted. */
  size: number;
  localOffset: number;
  dataStart: number;
  dataEnd: number;
}

const u16 = (b: Buffer, at: number) => b.readUInt16LE(at);
const u32 = (b: Buffer, at: number) => b.readUInt32LE(at);

/**
 * The entries as the central directory lists them, which is what exceljs's zip reader (JSZip)
 * follows: a scan of the local headers in file order can be shown one set of entries while the
 * central directory points the reader at another (overlapping entries make a zip bomb of a few
 * kB). So this reads the central directory, each entry's data where JSZip will read it, and
 * refuses anything JSZip would read differently or that overlaps.
 */
function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (u32(buf, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return refuse('damaged');
  const total = u16(buf, eocd + 10);
  const cdSize = u32(buf, eocd + 12);
  const cdOffset = u32(buf, eocd + 16);
  // ZIP64 (never needed below our limits), split archives, or bytes JSZip would shift offsets by.
  if (
    total === 0xffff ||
    cdSize === 0xffffffff ||
    cdOffset === 0xffffffff ||
    u16(buf, eocd + 4) !== 0 ||
    u16(buf, eocd + 6) !== 0 ||
    u16(buf, eocd + 8) !== total ||
    cdOffset + cdSize !== eocd
  )
    return refuse('damaged');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let p = cdOffset;
  for (let n = 0; n < total; n++) {
    if (p + 46 > eocd || u32(buf, p) !== 0x02014b50) return refuse('damaged');
    const flags = u16(buf, p + 8);
    const method = u16(buf, p + 10);
    const crc = u32(buf, p + 16);
    const compressedSize = u32(buf, p + 20);
    const size = u32(buf, p + 24);
    const nameLength = u16(buf, p + 28);
    const localOffset = u32(buf, p + 42);
    if (p + 46 + nameLength > eocd) return refuse('damaged');
    let name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + u16(buf, p + 30) + u16(buf, p + 32);
    if (p > eocd) return refuse('damaged');
    if (flags & 0x1) return refuse('passwordProtected');
    if (method !== 0 && method !== 8) return refuse('damaged');
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff)
      return refuse('damaged');
    if (localOffset + 30 > cdOffset || u32(buf, localOffset) !== 0x04034b50) return refuse('damaged');
    const dataStart = localOffset + 30 + u16(buf, localOffset + 26) + u16(buf, localOffset + 28);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > cdOffset) return refuse('damaged');
    if (name.startsWith('/')) name = name.slice(1);
    if (names.has(name)) return refuse('damaged');
    names.add(name);
    entries.push({ name, method, crc, compressedSize, size, localOffset, dataStart, dataEnd });
  }
  if (p !== eocd) return refuse('damaged');
  const inOrder = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  for (let i = 1; i < inOrder.length; i++) {
    if (inOrder[i]!.localOffset < inOrder[i - 1]!.dataEnd) return refuse('damaged');
  }
  return entries;
}

/** Counts what every entry inflates to, across the whole file, and stops at the limit. */
class Unpacked {
  total = 0;
  constructor(private readonly max: number) {}
  add(bytes: number) {
    this.total += bytes;
    if (this.total > this.max) refuse('unpackedTooLarge', { maxMb: megabytes(this.max) });
  }
}

/** Compressed bytes pushed into the inflater at a time: at most ~4 MB out of each (deflate's 1:1032). */
const STEP = 4 * 1024;

/**
 * Inflates one entry with fflate's streaming inflater, counting every byte that comes out and
 * refusing as soon as the file's total passes the limit; checks the CRC and the declared size.
 */
async function inflateEntry(
  buf: Buffer,
  entry: ZipEntry,
  unpacked: Unpacked,
  onData: ((chunk: Uint8Array) => void) | null,
  tick: (compressedBytes: number) => Promise<void>,
): Promise<void> {
  const data = buf.subarray(entry.dataStart, entry.dataEnd);
  let out = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    out += chunk.length;
    unpacked.add(chunk.length);
    crc = crc32(chunk, crc);
    onData?.(chunk);
  };
  if (entry.compressedSize === 0 && entry.size === 0) {
    // An empty entry (a folder): nothing to inflate.
  } else if (entry.method === 0) {
    for (let at = 0; at < data.length; at += STEP * 4) {
      take(data.subarray(at, at + STEP * 4));
      await tick(Math.min(STEP * 4, data.length - at));
    }
  } else {
    const inflater = new UnzipInflate();
    let failure: unknown = null;
    let ended = false;
    inflater.ondata = (error, chunk, final) => {
      if (error) failure = error;
      else if (!failure) {
        try {
          take(chunk);
          if (final) ended = true;
        } catch (refusal) {
          failure = refusal;
        }
      }
    };
    let at = 0;
    do {
      const next = Math.min(at + STEP, data.length);
      inflater.push(data.subarray(at, next), next === data.length);
      if (failure) throw failure instanceof ImportRefusal ? failure : new ImportRefusal('damaged');
      await tick(next - at);
      at = next;
    } while (at < data.length);
    if (!ended) refuse('damaged');
  }
  if (out !== entry.size || crc >>> 0 !== entry.crc) refuse('damaged');
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** 'AB' -> 28. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 or $A$1 -> [row, column] (1-based), or null. */
function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  return m ? [Number(m[2]), columnNumber(m[1]!)] : null;
}

const ATTRIBUTES = new Map<string, RegExp>();
function attribute(attributes: string, name: string): string | null {
  let pattern = ATTRIBUTES.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTES.set(name, pattern);
  }
  const m = pattern.exec(attributes);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

const SHEET_TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|v|is|mergeCell|col)(?=[\s/>])([^<>]*)/g;

/**
 * What a worksheet's XML holds, learnt while it inflates, so that a sheet too large for memory
 * is refused before exceljs builds it: the last row and column that hold a value (what the
 * sheet's size is after trimming), the cells exceljs would create, the merged ranges.
 */
class SheetScan {
  lastRow = 0;
  lastColumn = 0;
  cells = 0;
  merges = 0;
  mergedCells = 0;
  broken = false;
  private row = 0;
  private cellRow = 0;
  private column = 0;
  private carry = '';

  push(chunk: Uint8Array) {
    // latin1 keeps every byte one character; the tags are ASCII, and UTF-8's other bytes are ≥ 0x80.
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');
    const cut = text.lastIndexOf('<');
    if (cut < 0 || text.indexOf('>', cut) >= 0) {
      this.scan(text);
      this.carry = '';
    } else {
      // A tag cut by the chunk: kept for the next one (a tag never holds '<').
      this.scan(text.slice(0, cut));
      this.carry = text.slice(cut);
      if (this.carry.length > 1024 * 1024) this.broken = true;
    }
  }

  private scan(text: string) {
    for (const m of text.matchAll(SHEET_TAG)) {
      const attributes = m[2]!;
      switch (m[1]) {
        case 'row': {
          const r = attribute(attributes, 'r');
          this.row = r === null ? this.row + 1 : Number(r);
          this.column = 0;
          this.cellRow = this.row;
          if (!Number.isInteger(this.row) || this.row < 1 || this.row > MAX_ROW) this.broken = true;
          break;
        }
        case 'c': {
          this.cells++;
          const r = attribute(attributes, 'r');
          const at = r === null ? null : cellRef(r);
          if (r !== null && !at) this.broken = true;
          [this.cellRow, this.column] = at ?? [this.row, this.column + 1];
          if (this.column > MAX_COLUMN || this.cellRow > MAX_ROW) this.broken = true;
          break;
        }
        case 'v':
        case 'is':
          if (this.column > 0) {
            this.lastRow = Math.max(this.lastRow, this.cellRow);
            this.lastColumn = Math.max(this.lastColumn, this.column);
          }
          break;
        case 'mergeCell': {
          const [from, to = from] = (attribute(attributes, 'ref') ?? '').split(':');
          const a = cellRef(from ?? '');
          const b = cellRef(to ?? '');
          if (!a || !b || b[0] > MAX_ROW || b[1] > MAX_COLUMN) {
            this.broken = true;
            break;
          }
          this.merges++;
          this.mergedCells += (Math.abs(b[0] - a[0]) + 1) * (Math.abs(b[1] - a[1]) + 1);
          // A merge repeats its first cell's value over the range.
          this.lastRow = Math.max(this.lastRow, a[0], b[0]);
          this.lastColumn = Math.max(this.lastColumn, a[1], b[1]);
          break;
        }
        case 'col': {
          const max = Number(attribute(attributes, 'max') ?? 0);
          const min = Number(attribute(attributes, 'min') ?? 0);
          if (!(max <= MAX_COLUMN && min >= 0)) this.broken = true;
          break;
        }
      }
    }
  }
}

/** Collects an entry's text (the small XML parts), up to a size no real one reaches. */
class TextPart {
  private chunks: Buffer[] = [];
  private length = 0;
  push(chunk: Uint8Array) {
    this.length += chunk.length;
    if (this.length > 16 * 1024 * 1024) refuse('damaged');
    this.chunks.push(Buffer.from(chunk));
  }
  text() {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

const XML_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES.get(name) ?? whole;
  });

interface SheetDef {
  name: string;
  /** The worksheet entry, resolved the way exceljs resolves it. */
  path: string | null;
}

interface WorkbookParts {
  sheets: SheetDef[];
  sharedStrings: string | null;
  styles: string | null;
}

/** The sheets of xl/workbook.xml and the parts xl/_rels/workbook.xml.rels points to. */
function workbookParts(workbookXml: string, relsXml: string): WorkbookParts {
  const targets = new Map<string, { target: string; type: string }>();
  for (const m of relsXml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1]!, 'Id');
    const target = attribute(m[1]!, 'Target');
    if (id !== null && target !== null)
      targets.set(unescapeXml(id), { target: unescapeXml(target), type: attribute(m[1]!, 'Type') ?? '' });
  }
  // exceljs: `xl/${Target.replace(/^(\s|\/xl\/)+/, '')}`.
  const resolve = (target: string) => `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
  const sheets: SheetDef[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const id = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]!);
    const rel = id ? targets.get(unescapeXml(id[1] ?? id[2] ?? '')) : undefined;
    sheets.push({
      name: unescapeXml(attribute(m[1]!, 'name') ?? ''),
      path: rel ? resolve(rel.target) : null,
    });
  }
  const ofType = (suffix: string) => {
    for (const { target, type } of targets.values()) if (type.endsWith(suffix)) return resolve(target);
    return null;
  };
  return { sheets, sharedStrings: ofType('/sharedStrings'), styles: ofType('/styles') };
}

/** The worksheet entries exceljs parses (it matches the name, anywhere in the path). */
const EXCELJS_WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

/**
 * A zip of only the parts exceljs needs to read the cells, with the compressed data of the
 * entries checked above copied as they are: exceljs reads exactly what was counted, and never
 * sees images, drawings, comments, pivot caches, external links, hyperlink targets or macros.
 * Shared strings and styles get the names exceljs looks for.
 */
function slimZip(buf: Buffer, parts: { entry: ZipEntry; name: string }[]): Buffer {
  const pieces: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { entry, name } of parts) {
    const nameBytes = Buffer.from(name, 'utf8');
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.compressedSize, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    const data = buf.subarray(entry.dataStart, entry.dataEnd);
    pieces.push(local, nameBytes, data);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...pieces, ...central, end]);
}

// ---------------------------------------------------------------------------------------------
// .xlsx

/** Worksheet parts exceljs need not parse: ignoring them also avoids its crashes on parts left out. */
const IGNORED_NODES = [
  'hyperlinks',
  'drawing',
  'picture',
  'tableParts',
  'dataValidations',
  'extLst',
  'headerFooter',
  'rowBreaks',
  'pageSetup',
  'printOptions',
  'pageMargins',
  'autoFilter',
];

async function readXlsx(
  buf: Buffer,
  fileName: string,
  extension: string,
  limits: ReadLimits,
  onProgress: Progress,
): Promise<RawWorkbook> {
  const entries = zipEntries(buf);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookEntry = byName.get('xl/workbook.xml');
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  if (!workbookEntry) return refuse('notWorkbook');
  if (!relsEntry) return refuse('damaged');

  // Progress: inflating and checking is the first half, reading the cells the second.
  const compressed = entries.reduce((n, e) => n + e.compressedSize, 0) || 1;
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
  onProgress?.(0, total);

  // The workbook's own parts first, to know which entries are its sheets.
  const workbookXml = new TextPart();
  const relsXml = new TextPart();
  const contentTypes = new TextPart();
  await inflateEntry(buf, workbookEntry, unpacked, (c) => workbookXml.push(c), tick);
  await inflateEntry(buf, relsEntry, unpacked, (c) => relsXml.push(c), tick);
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
    await inflateEntry(buf, entry, unpacked, onData, tick);
  }

  const maxCells = limits.maxCells ?? MAX_CELLS;
  const maxMerges = limits.maxMerges ?? MAX_MERGES;
  let cells = 0;
  for (const [path, scan] of scans) {
    const sheet = sheetNames.get(path) ?? path;
    if (scan.broken) refuse('damaged');
    if (scan.lastRow > limits.maxRows) refuse('tooManyRows', { sheet, max: count(limits.maxRows) });
    if (scan.lastColumn > limits.maxColumns)
      refuse('tooManyColumns', { sheet, max: count(limits.maxColumns) });
    if (scan.merges > maxMerges) refuse('tooManyMerges', { sheet, max: count(maxMerges) });
    cells += scan.cells + scan.mergedCells;
  }
  if (cells > maxCells) refuse('tooManyCells', { max: count(maxCells) });

  const notices: ImportNotice[] = [];
  const macros =
    ['.xlsm', '.xltm', '.xlam'].includes(extension) ||
    /macroEnabled/i.test(contentTypes.text()) ||
    entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name));
  if (macros) notices.push({ key: 'importFile.notice.macrosIgnored' });

  const keep: { entry: ZipEntry; name: string }[] = [
    { entry: workbookEntry, name: 'xl/workbook.xml' },
    { entry: relsEntry, name: 'xl/_rels/workbook.xml.rels' },
  ];
  const sharedStrings = byName.get(parts.sharedStrings ?? '') ?? byName.get('xl/sharedStrings.xml');
  if (sharedStrings) keep.push({ entry: sharedStrings, name: 'xl/sharedStrings.xml' });
  const styles = byName.get(parts.styles ?? '') ?? byName.get('xl/styles.xml');
  if (styles) keep.push({ entry: styles, name: 'xl/styles.xml' });
  for (const path of scans.keys()) keep.push({ entry: byName.get(path)!, name: path });
  const slim = slimZip(buf, keep);

  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(slim as never, { ignoreNodes: IGNORED_NODES });
  } catch {
    return refuse('damaged');
  }

  const worksheets = workbook.worksheets;
  const allRows = worksheets.reduce((n, ws) => n + ws.rowCount, 0) || 1;
  let rowsDone = 0;
  const sheets: RawSheet[] = [];
  for (const worksheet of worksheets) {
    sheets.push(
      await readSheet(worksheet, notices, limits, async (rows) => {
        rowsDone += rows;
        onProgress?.(compressed + Math.floor((compressed * rowsDone) / allRows), total);
        await yieldNow();
      }),
    );
  }
  if (sheets.every((s) => !s.rows.length)) return refuse('empty');
  onProgress?.(total, total);
  return { format: 'xlsx', fileName, notices, sheets };
}

const FORMULA_WITHOUT_VALUE = Symbol('formulaWithoutValue');

async function readSheet(
  worksheet: Worksheet,
  notices: ImportNotice[],
  limits: ReadLimits,
  progress: (rows: number) => Promise<void>,
): Promise<RawSheet> {
  const rows: RawCell[][] = [];
  let width = 0;
  let lastFilled = 0;
  let withoutValue = 0;
  const last = worksheet.rowCount;
  for (let r = 1; r <= last; r++) {
    const row: RawCell[] = [];
    worksheet.findRow(r)?.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cellValue(cell);
      if (value === FORMULA_WITHOUT_VALUE) withoutValue++;
      else if (value !== null) {
        while (row.length < column - 1) row.push(null);
        row[column - 1] = value;
      }
    });
    rows.push(row);
    if (row.length) {
      lastFilled = r;
      width = Math.max(width, row.length);
    }
    if (r % 500 === 0) await progress(500);
  }
  await progress(last % 500);
  rows.length = lastFilled;
  if (rows.length > limits.maxRows)
    refuse('tooManyRows', { sheet: worksheet.name, max: count(limits.maxRows) });
  if (width > limits.maxColumns)
    refuse('tooManyColumns', { sheet: worksheet.name, max: count(limits.maxColumns) });
  for (const row of rows) while (row.length < width) row.push(null);
  if (withoutValue)
    notices.push({
      key: 'importFile.notice.formulaWithoutValue',
      values: { sheet: worksheet.name, count: withoutValue },
    });

  const hiddenColumns: number[] = [];
  (worksheet.columns ?? []).forEach((column, index) => {
    if (column.hidden && index < width) hiddenColumns.push(index);
  });
  return {
    name: worksheet.name,
    hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden',
    hiddenColumns,
    rows,
  };
}

/** A cell's value as read; a merged cell gives the value of the range's first cell. */
function cellValue(cell: Cell): RawCell | typeof FORMULA_WITHOUT_VALUE {
  const source = cell.isMerged ? cell.master : cell;
  return plainValue(source.value);
}

function plainValue(value: CellValue | undefined, depth = 0): RawCell | typeof FORMULA_WITHOUT_VALUE {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateCell(value);
  if (typeof value !== 'object' || depth > 2) return null;
  const has = (key: string) => Object.hasOwn(value, key);
  if (has('error')) return null;
  if (has('formula') || has('sharedFormula')) {
    // Only the value Excel saved; never evaluated here.
    const result = (value as { result?: CellValue }).result;
    if (result === undefined || result === null) return FORMULA_WITHOUT_VALUE;
    const plain = plainValue(result, depth + 1);
    return plain === FORMULA_WITHOUT_VALUE ? null : plain;
  }
  if (has('richText')) {
    const parts = (value as { richText: unknown }).richText;
    if (!Array.isArray(parts)) return null;
    return textCell(
      parts.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join(''),
    );
  }
  // A hyperlink: its text (itself plain or rich).
  if (has('text')) {
    const plain = plainValue((value as { text: CellValue }).text, depth + 1);
    return plain === FORMULA_WITHOUT_VALUE ? null : plain;
  }
  return null;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * exceljs turns a date-formatted serial into a Date at UTC midnight (plus the time of day), by
 * the serial's distance from 1970 — right from 1 March 1900 on. Before that it is a day early,
 * because Excel counts the 29 February 1900 that never was; below serial 1 it is a time of day
 * alone, kept as text. A date-time keeps only its date.
 */
function dateCell(date: Date): RawCell {
  let time = date.getTime();
  if (!Number.isFinite(time)) return null;
  if (time < Date.UTC(1899, 11, 31)) {
    const minutes = Math.round((((time % DAY) + DAY) % DAY) / 60_000) % (24 * 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  if (time < Date.UTC(1900, 2, 1)) time += DAY;
  const iso = new Date(time).toISOString();
  return /^\d{4}-/.test(iso) ? { date: iso.slice(0, 10) } : null;
}
