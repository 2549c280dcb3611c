import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * Issue 18's one step reader: core reads `case_steps.data` only through cases/stepReader.ts
 * (parsed with the contract's step schemas) and names a field inside it in SQL only through
 * cases/stepJson.ts (typed over those schemas). Migrations are left out: they shape the tables.
 */

/** A JSON.parse of something called `data` (`JSON.parse(r.data)`, `JSON.parse(String(row.data))`). */
const PARSE_DATA = /JSON\.parse\(\s*(?:String\(\s*)?[\w.]*\bdata\b/g;
/** SQL reading a field of a `data` column by a literal path. */
const SQL_PATH = /json_extract\(\s*(?:[\w${}]+\.)?data\s*,/g;

/** Modules allowed to do either, and why. */
const ALLOWED: Record<string, string> = {
  'electron/core/cases/stepReader.ts': 'the step reader',
  'electron/core/cases/stepJson.ts': 'the typed paths of step fields',
  'electron/core/drafts/draftsService.ts': "a form's draft (drafts.data), not a step",
};

function coreFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : coreFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const stepReads = (source: string) => [
  ...[...source.matchAll(PARSE_DATA)].map((m) => m[0]),
  ...[...source.matchAll(SQL_PATH)].map((m) => m[0]),
];

const root = path.resolve(__dirname, '../../..');
const found = new Map(
  coreFiles(path.join(root, 'electron/core')).map((file) => [
    path.relative(root, file).split(path.sep).join('/'),
    stepReads(readFileSync(file, 'utf8')),
  ]),
);

describe('one step reader (issue 18)', () => {
  it('finds a read of step JSON however it is written', () => {
    expect(
      stepReads(`...(JSON.parse(r.data) as object); JSON.parse(String(r.data)); JSON.parse( s.data );
        json_extract(s.data, '$.right'); json_extract(data,'$.x'); JSON.parse(r.fields); json_extract(s.value, '$.a')`),
    ).toEqual([
      'JSON.parse(r.data',
      'JSON.parse(String(r.data',
      'JSON.parse( s.data',
      'json_extract(s.data,',
      'json_extract(data,',
    ]);
  });

  it('finds the reader it allows (the scan reads the tree)', () => {
    expect(found.get('electron/core/cases/stepReader.ts')).toEqual(['JSON.parse(data']);
    expect(found.get('electron/core/cases/stepJson.ts')).toContain('json_extract(${table}.data,');
  });

  it('reads step JSON only in the step reader', () => {
    const stray = [...found]
      .filter(([file]) => !(file in ALLOWED))
      .flatMap(([file, reads]) => reads.map((r) => `${file}: ${r}`));
    expect(stray).toEqual([]);
  });
});
