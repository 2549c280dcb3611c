import { parseNorwegianDate } from '@shared/domain/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** dd.mm.åååå, the way Norwegian offices write dates (local time). */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** dd.mm.åååå of an ISO calendar date (YYYY-MM-DD), with no time zone in the way; '' for none. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/**
 * A date field's text for the contract: empty is null, a date in any form `parseNorwegianDate`
 * reads (dd.mm.åååå, 14.9, 140926, …) becomes ISO, and anything else is passed on as typed so
 * the schema puts `validation.dateInvalid` beside the field.
 */
export function dateInput(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  return parseNorwegianDate(t) ?? t;
}
