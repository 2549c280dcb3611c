import { crc32 } from 'node:zlib';

import { UnzipInflate } from 'fflate';

import { ImportRefusal, megabytes, refuse } from './importRefusal';

/**
 * The .xlsx's zip, checked before exceljs sees it: its entries read from the central directory
 * as exceljs's zip reader reads them, each one inflated here while every byte that comes out is
 * counted (the sizes the zip declares are never trusted), and a rebuilt zip of only the parts
 * exceljs needs, so it reads exactly what was counted.
 */

export interface ZipEntry {
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
export function zipEntries(buf: Buffer): ZipEntry[] {
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
export class Unpacked {
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
export async function inflateEntry(
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

/** An entry to copy into the rebuilt zip, under the name exceljs looks for. */
export interface KeptEntry {
  entry: ZipEntry;
  name: string;
}

/**
 * A zip of only the parts exceljs needs to read the cells, with the compressed data of the
 * entries checked above copied as they are: exceljs reads exactly what was counted, and never
 * sees images, drawings, comments, pivot caches, external links, hyperlink targets or macros.
 * Shared strings and styles get the names exceljs looks for.
 */
export function slimZip(buf: Buffer, parts: KeptEntry[]): Buffer {
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
