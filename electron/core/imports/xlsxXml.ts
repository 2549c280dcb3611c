import { refuse } from './importRefusal';

/**
 * The .xlsx's XML as read while it inflates, before exceljs builds anything: which entries are
 * the workbook's sheets, shared strings and styles, and how large each sheet is. Read with
 * regular expressions over the bytes as they come, so a sheet too large for memory is refused
 * before any parser holds it.
 */

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

/** An attribute's value in a tag's attribute text, or null. */
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
export class SheetScan {
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
export class TextPart {
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

export interface WorkbookParts {
  sheets: SheetDef[];
  sharedStrings: string | null;
  styles: string | null;
}

/** The sheets of xl/workbook.xml and the parts xl/_rels/workbook.xml.rels points to. */
export function workbookParts(workbookXml: string, relsXml: string): WorkbookParts {
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
