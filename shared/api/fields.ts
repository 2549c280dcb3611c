import { z } from 'zod';

/**
 * Field schemas shared by the contract and the forms. Messages are translation keys
 * (shared/i18n), so the renderer shows them in the user's language next to the field.
 */
export const requiredText = (max: number) =>
  z.string().trim().min(1, { message: 'validation.required' }).max(max, { message: 'validation.tooLong' });

export const optionalText = (max: number) =>
  z.string().trim().max(max, { message: 'validation.tooLong' }).default('');

export const id = z.number().int().positive();

/** Passwords: long enough that a stolen laptop's key file resists guessing (see the UI text). */
export const MIN_PASSWORD_LENGTH = 12;
export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { message: 'validation.passwordTooShort' })
  .max(256, { message: 'validation.tooLong' });

export const username = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { message: 'validation.usernameInvalid' })
  .max(64, { message: 'validation.tooLong' })
  .regex(/^[a-z0-9._-]+$/, { message: 'validation.usernameInvalid' });

/** Norwegian phone: 8 digits, optionally +47/0047, spaces allowed; empty is allowed. */
export const phone = z
  .string()
  .trim()
  .max(30, { message: 'validation.tooLong' })
  .refine((v) => v === '' || /^(\+47|0047)?\d{8}$/.test(v.replace(/[\s-]/g, '')), {
    message: 'validation.phoneInvalid',
  })
  .default('');

export const email = z
  .string()
  .trim()
  .max(200, { message: 'validation.tooLong' })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'validation.emailInvalid' })
  .default('');

/**
 * The dates the register can hold. Nothing it records lies outside them, and the calendar
 * arithmetic (deadlines, holidays) needs four-digit years from 100 on: year 0000 is read as 1900
 * by `Date.UTC`, and 9999 plus a deadline has five digits.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `v` names a day the calendar has, as `Date` reads it (the proleptic Gregorian calendar
 * from year 0000). A date of the right shape is counted rather than parsed: every step read checks
 * its dates (electron/core/cases/stepReader.ts), and a `Date` and its ISO text cost several times
 * more. Anything else, which the shape has already refused, is read by `Date` as before.
 */
export function isCalendarDay(v: string): boolean {
  if (!DATE_SHAPE.test(v)) {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }
  const year = Number(v.slice(0, 4));
  const month = Number(v.slice(5, 7));
  const day = Number(v.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** An ISO calendar date (YYYY-MM-DD) that exists; the forms turn dd.mm.åååå into this. */
export const isoDate = z
  .string({ message: 'validation.dateInvalid' })
  .regex(DATE_SHAPE, { message: 'validation.dateInvalid' })
  .refine(isCalendarDay, { message: 'validation.dateInvalid', abort: true })
  .refine((v) => v >= EARLIEST_DATE, { message: 'validation.dateTooEarly', abort: true })
  .refine((v) => v <= LATEST_DATE, { message: 'validation.dateTooLate' });

export const optionalDate = isoDate.nullable().default(null);
