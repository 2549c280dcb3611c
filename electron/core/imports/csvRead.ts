import { Readable } from 'node:stream';

import type { ImportNotice, RawCell } from '@shared/api/imports';

import { checkSheetSize, ImportRefusal, refuse } from './importRefusal';
import {
  padRows,
  startsWith,
  textCell,
  yieldNow,
  type Progress,
  type RawWorkbook,
  type ReadLimits,
} from './rawWorkbook';

/**
 * A text file as one sheet: its encoding found from its bytes (a BOM, else UTF-8 if it decodes,
 * else Windows-1252), its delimiter from its first records, then csv-parse in chunks, so the
 * row and column limits are checked while it parses and the process is never held for long.
 */

type Encoding = 'utf8' | 'utf8Bom' | 'windows1252' | 'utf16';

/** The file as text, or null when it is not text (binary bytes where text has none). */
export function decodeText(bytes: Buffer): { text: string; encoding: Encoding } | null {
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

export async function readCsv(
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
        checkSheetSize(name, lastFilled, row.length, limits);
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
  padRows(rows, width);
  onProgress?.(total, total);
  return {
    format: 'csv',
    fileName,
    notices,
    sheets: [{ name, hidden: false, hiddenColumns: [], rows }],
  };
}
