import type { ImportLayout, ValueField } from '@shared/api/imports';
import { caseChannels, decisionOutcomes, rights } from '@shared/domain/case';
import { suggestMapping, suggestTarget, type ImportField } from '@shared/domain/importFields';
import {
  importPlanStatuses,
  suggestChannel,
  suggestOutcome,
  suggestPlanStatus,
  suggestRights,
} from '@shared/domain/importSuggestions';
import { cellText } from '@shared/domain/importValues';
import enumsNb from '@shared/i18n/enums.nb.json' with { type: 'json' };

import { session, type Ctx } from '../context';
import { getSetting } from '../settings/settingsRepo';
import { isBlankRow, readSheet } from './importFiles';
import { ImportRun } from './importRun';
import { Choices, courseForHeader, dataRows, normalRaw, type ParsedSpec, type SheetRow } from './importSpec';
import type { RawSheet } from './readFile';
import { headerKey, headersOf } from './savedMappings';

const TOP_ROWS = 15;
const SAMPLES = 3;

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The header row: among the first rows, the one whose texts name the most fields (title rows
 * and blank rows above it score nothing); the first row with text when none names any.
 */
function guessHeaderRow(sheet: RawSheet): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < Math.min(sheet.rows.length, 20); i++) {
    const row = sheet.rows[i];
    if (isBlankRow(row)) continue;
    const texts = row!.map((c) => (typeof c === 'string' ? c : ''));
    const filled = texts.filter((t) => t.trim() !== '').length;
    const named = suggestMapping(texts, suggestTarget(texts)).filter((f) => f !== null).length;
    const score = named * 10 + (filled > 1 ? filled : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best + 1;
}

/**
 * A header can name a right or a coordinator ("Barnekoordinator"): when the values under it are
 * outcomes (ja, x, innvilget, avslag), the column is that right's decision.
 */
function bySamples(
  fields: (ImportField | null)[],
  headers: string[],
  rows: SheetRow[],
): (ImportField | null)[] {
  const used = new Set(fields);
  return fields.map((field, i) => {
    if (field !== 'coordinator.name') return field;
    const right = suggestRights(headers[i] ?? '');
    const values = rows
      .map((r) => cellText(r.cells[i] ?? null).trim())
      .filter(Boolean)
      .slice(0, 50);
    if (right?.length !== 1 || !values.length || !values.every((v) => suggestOutcome(v) !== null))
      return field;
    const decision = `decision.${right[0]}.outcome` as ImportField;
    return used.has(decision) ? field : decision;
  });
}

export function layout(ctx: Ctx, fileId: string, sheetIndex: number, headerRow?: number): ImportLayout {
  const { sheet } = readSheet(ctx, fileId, sheetIndex);
  const header = Math.min(headerRow ?? guessHeaderRow(sheet), Math.max(sheet.rows.length, 1));
  const headers = headersOf(sheet, header);
  const target = suggestTarget(headers);
  const rows = dataRows(sheet, header);
  const suggested = bySamples(suggestMapping(headers, target), headers, rows);
  const courses = session(ctx).db.prepare('SELECT id, name FROM courses WHERE active = 1').all() as {
    id: number;
    name: string;
  }[];
  const hidden = new Set(sheet.hiddenColumns);
  const key = JSON.stringify(headerKey(headers));
  const saved =
    getSetting(session(ctx).db, 'import.mappings').find((m) => JSON.stringify(m.headers) === key) ?? null;
  return {
    sheet: sheetIndex,
    headerRow: header,
    topRows: sheet.rows.slice(0, TOP_ROWS).map((r) => r.map((c) => cellText(c).slice(0, 80))),
    columns: headers.map((text, index) => ({
      index,
      letter: columnLetter(index),
      header: text.slice(0, 200),
      hidden: hidden.has(index),
      samples: rows
        .map((r) => cellText(r.cells[index] ?? null).trim())
        .filter((t) => t !== '')
        .slice(0, SAMPLES)
        .map((t) => t.slice(0, 80)),
      suggested: suggested[index] ?? null,
      suggestedCourseId: suggested[index] === 'training.date' ? courseForHeader(text, courses) : null,
    })),
    suggestedTarget: saved?.target ?? target,
    saved: saved && { target: saved.target, columns: saved.columns, values: saved.values },
    dataRows: rows.length,
  };
}

type Option = ValueField['options'][number];

/** The register's names (id -> name), in the order of the alphabet, for a select. */
const byName = (names: ReadonlyMap<number, string>) =>
  [...names].sort((a, b) => a[1].localeCompare(b[1], 'nb'));
const IGNORE: Option = { value: 'ignore', label: 'ignore', labelKey: 'importRows.value.ignore' };
const NEW: Option = { value: 'new', label: 'new', labelKey: 'importRows.value.new' };

const rightOptions = (): Option[] => {
  const single = rights.map((r) => ({ value: r, label: r, labelKey: `enums.right.${r}` }));
  const pairs: Option[] = [];
  for (let i = 0; i < rights.length; i++)
    for (let j = i + 1; j < rights.length; j++)
      pairs.push({
        value: `${rights[i]},${rights[j]}`,
        label: `${enumsNb.enums.right[rights[i]!]} + ${enumsNb.enums.right[rights[j]!]}`,
      });
  return [...single, ...pairs];
};

/**
 * The fields whose values must become the register's own: which values the file has, how often,
 * what each is taken to be, and what the user can choose.
 */
export function values(ctx: Ctx, spec: ParsedSpec): ValueField[] {
  const { sheet } = readSheet(ctx, spec.fileId, spec.sheet);
  const choices = new Choices(spec);
  const run = new ImportRun(ctx);
  run.pools(choices);
  const rows = dataRows(sheet, spec.headerRow);
  const fields: {
    field: ImportField;
    options: Option[];
    suggest: (raw: string) => string | null;
    split?: boolean;
  }[] = [];
  const pool = (field: ImportField) => (raw: string) => choices.suggestedPool(field, raw) ?? null;
  for (const field of choices.columns.keys()) {
    if (field === 'case.channel')
      fields.push({
        field,
        options: caseChannels.map((c) => ({ value: c, label: c, labelKey: `enums.channelOption.${c}` })),
        suggest: suggestChannel,
      });
    else if (field === 'case.rightsRequested')
      fields.push({
        field,
        options: rightOptions(),
        suggest: (raw) => suggestRights(raw)?.join(',') || null,
        split: false,
      });
    else if (field === 'decision.outcome' || /^decision\.\w+\.outcome$/.test(field))
      fields.push({
        field,
        options: decisionOutcomes.map((o) => ({
          value: o,
          label: o,
          labelKey: `enums.decisionOutcome.${o}`,
        })),
        suggest: suggestOutcome,
      });
    else if (field === 'plan.status')
      fields.push({
        field,
        options: importPlanStatuses.map((s) => ({
          value: s,
          label: s,
          labelKey: `importRows.planStatus.${s}`,
        })),
        suggest: suggestPlanStatus,
      });
    else if (field === 'coordinator.name')
      fields.push({
        field,
        options: [NEW, ...run.coordinators.map((c) => ({ value: `coordinator:${c.id}`, label: c.name }))],
        suggest: pool(field),
      });
    else if (field === 'case.serviceUnit' || field === 'pool.serviceUnit')
      fields.push({
        field,
        options: [
          NEW,
          ...byName(run.unitNames()).map(([id, name]) => ({ value: `unit:${id}`, label: name })),
        ],
        // A unit the register does not have is made, as the import will do.
        suggest: (raw) => pool(field)(raw) ?? 'new',
      });
    else if (field === 'training.course')
      fields.push({
        field,
        options: byName(run.courseNames()).map(([id, name]) => ({ value: `course:${id}`, label: name })),
        suggest: pool(field),
      });
  }
  return fields.map(({ field, options, suggest }) => {
    const found = new Map<string, { raw: string; count: number }>();
    for (const row of rows) {
      const raw = cellText(choices.cell(row, field) ?? null).trim();
      if (!raw) continue;
      const key = normalRaw(raw);
      const entry = found.get(key) ?? { raw: raw.slice(0, 500), count: 0 };
      entry.count++;
      found.set(key, entry);
    }
    return {
      field,
      options: [...options, IGNORE],
      found: [...found.values()]
        .sort((a, b) => b.count - a.count)
        .slice(0, 2000)
        .map((f) => ({ ...f, suggested: choices.chosen(field, f.raw) ?? suggest(f.raw) })),
    };
  });
}
