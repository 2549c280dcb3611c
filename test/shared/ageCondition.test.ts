import { describe, expect, it } from 'vitest';

import { addDays, ageOn, birthdayAt } from '@shared/domain/calendar';
import type { CaseStep, Transition } from '@shared/domain/case';
import { defaultCaseRules } from '@shared/domain/case';
import { isLater } from '@shared/domain/caseSteps';
import { ageConditionMet, deriveCase } from '@shared/domain/deriveCase';

import { assessment, caseOf, decision, mapping, person, transition } from './caseFactory';

const rules = defaultCaseRules;

/** The held-out review's case: born 10 January 2008, so 18 on 10 January 2026. */
const born = '2008-01-10';
const granted = () => [mapping('2025-05-20', true), decision('barnekoordinator', '2025-06-01')];
const metOn = (steps: CaseStep[], onDate: string, birthDate: string | null = born) =>
  ageConditionMet('barnekoordinator', { steps }, { birthDate }, rules, onDate);

describe('the barnekoordinator age condition', () => {
  it('applies to barnekoordinator only', () => {
    expect(
      ageConditionMet('koordinator', { steps: [] }, { birthDate: born }, rules, '2030-01-01'),
    ).toBeNull();
    expect(
      ageConditionMet('individuellPlan', { steps: [] }, { birthDate: born }, rules, '2030-01-01'),
    ).toBeNull();
  });

  it('is met for a child not yet born', () => {
    expect(metOn([], '2026-09-01', null)).toBe(true);
  });

  it('without an extension, is met the day before the 18th birthday and not on it', () => {
    expect(metOn(granted(), '2026-01-09')).toBe(true);
    expect(metOn(granted(), '2026-01-10')).toBe(false);
  });

  it('is met while an extension runs', () => {
    const steps = [...granted(), transition('2025-12-20', 'extended', '2026-06-30')];
    expect(metOn(steps, '2026-01-10')).toBe(true);
    expect(metOn(steps, '2026-03-15')).toBe(true);
  });

  it('is met on the extension’s end date itself and not the day after', () => {
    const steps = [...granted(), transition('2025-12-20', 'extended', '2026-06-30')];
    expect(metOn(steps, '2026-06-30')).toBe(true);
    expect(metOn(steps, '2026-07-01')).toBe(false);
  });

  it('is not met once the extension has expired (the review: seen 1 September 2026)', () => {
    const steps = [...granted(), transition('2025-12-20', 'extended', '2026-06-30')];
    expect(metOn(steps, '2026-09-01')).toBe(false);
  });

  it('is not met after an extension is followed by "ended", but was met before that', () => {
    const steps = [
      ...granted(),
      transition('2025-12-20', 'extended', '2026-06-30'),
      transition('2026-03-01', 'ended'),
    ];
    expect(metOn(steps, '2026-02-28')).toBe(true);
    expect(metOn(steps, '2026-03-01')).toBe(false);
    expect(metOn(steps, '2026-04-01')).toBe(false);
  });

  it('is not met after an extension is followed by "ordinary koordinator"', () => {
    const steps = [
      ...granted(),
      transition('2025-12-20', 'extended', '2026-06-30'),
      transition('2026-02-01', 'ordinaryCoordinator'),
    ];
    expect(metOn(steps, '2026-02-15')).toBe(false);
  });

  it('with two extensions, follows the latest: a longer one carries it on', () => {
    const steps = [
      ...granted(),
      transition('2025-12-20', 'extended', '2026-06-30'),
      transition('2026-06-15', 'extended', '2027-06-30'),
    ];
    expect(metOn(steps, '2026-09-01')).toBe(true);
    expect(metOn(steps, '2027-06-30')).toBe(true);
    expect(metOn(steps, '2027-07-01')).toBe(false);
  });

  it('with two extensions, follows the latest: a shorter one cuts it short', () => {
    const steps = [
      ...granted(),
      transition('2025-12-20', 'extended', '2027-06-30'),
      transition('2026-03-01', 'extended', '2026-06-30'),
    ];
    expect(metOn(steps, '2026-09-01')).toBe(false);
  });

  it('on the same date, the transition recorded later wins', () => {
    const extendedThenEnded = [
      ...granted(),
      transition('2025-12-20', 'extended', '2026-06-30'),
      transition('2025-12-20', 'ended'),
    ];
    expect(metOn(extendedThenEnded, '2026-02-01')).toBe(false);
    const endedThenExtended = [
      ...granted(),
      transition('2025-12-20', 'ended'),
      transition('2025-12-20', 'extended', '2026-06-30'),
    ];
    expect(metOn(endedThenExtended, '2026-02-01')).toBe(true);
  });

  it('an extension without an end date lasts until the day before the extension age', () => {
    const steps = [...granted(), transition('2025-12-20', 'extended')];
    expect(metOn(steps, '2033-01-09')).toBe(true);
    expect(metOn(steps, '2033-01-10')).toBe(false);
  });

  it('counts no extension when the settings allow none', () => {
    const steps = [...granted(), transition('2025-12-20', 'extended', '2026-06-30')];
    const none = { barnekoordinatorMaxAge: 0 };
    expect(ageConditionMet('barnekoordinator', { steps }, { birthDate: born }, none, '2026-03-01')).toBe(
      false,
    );
  });

  it('judges on the date asked about: an extension recorded later does not count before its date', () => {
    const steps = [...granted(), transition('2026-02-01', 'extended', '2026-06-30')];
    expect(metOn(steps, '2026-01-20')).toBe(false);
    expect(metOn(steps, '2026-02-01')).toBe(true);
  });
});

describe('the age condition on the case page (deriveCase)', () => {
  const bkCondition = (steps: CaseStep[], today: string) =>
    deriveCase(caseOf('2025-05-20', steps), person(born), rules, today).rights.find(
      (r) => r.right === 'barnekoordinator',
    )?.ageConditionMet;

  it('is not met when re-assessed on 1 September 2026 after the extension to 30 June ran out', () => {
    const steps = [
      ...granted(),
      transition('2025-12-20', 'extended', '2026-06-30'),
      assessment('barnekoordinator', '2026-09-01'),
    ];
    expect(bkCondition(steps, '2026-09-01')).toBe(false);
  });

  it('is not met when seen on 1 September 2026, though the assessment before the decision met it', () => {
    // The usual order: assessed before the decision, extended later; the page shows today's state.
    const steps = [
      mapping('2025-05-20', true),
      assessment('barnekoordinator', '2025-05-25'),
      decision('barnekoordinator', '2025-06-01'),
      transition('2025-12-20', 'extended', '2026-06-30'),
    ];
    expect(bkCondition(steps, '2026-09-01')).toBe(false);
    expect(bkCondition(steps, '2026-03-01')).toBe(true);
  });

  it('is not met when seen on 1 September 2026 with no assessment to judge it by', () => {
    const steps = [...granted(), transition('2025-12-20', 'extended', '2026-06-30')];
    expect(bkCondition(steps, '2026-09-01')).toBe(false);
  });

  it('is not met when re-assessed after the extension was ended', () => {
    const steps = [
      ...granted(),
      transition('2025-12-20', 'extended', '2026-06-30'),
      transition('2026-03-01', 'ended'),
      assessment('barnekoordinator', '2026-04-01'),
    ];
    expect(bkCondition(steps, '2026-04-02')).toBe(false);
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the age condition on generated histories', () => {
  const rnd = random(20261206);
  const int = (n: number) => Math.floor(rnd() * n);
  const birth = '2008-01-10';
  const day18 = birthdayAt(birth, 18);
  const lastExtensionDay = addDays(birthdayAt(birth, rules.barnekoordinatorMaxAge), -1);

  function history(): Transition[] {
    const steps: Transition[] = [];
    for (let i = int(4); i > 0; i--) {
      const date = addDays(day18, int(900) - 300);
      const outcome = (['extended', 'extended', 'ended', 'ordinaryCoordinator'] as const)[int(4)]!;
      const until = outcome !== 'extended' || int(5) === 0 ? null : addDays(date, int(800) + 1);
      steps.push(transition(date, outcome, until));
    }
    return steps;
  }

  it('is met past 18 exactly when the latest transition up to that day is an extension covering it', () => {
    for (let run = 0; run < 400; run++) {
      const steps = history();
      const onDate = addDays(day18, int(1200) - 200);
      const met = metOn(steps, onDate, birth);
      if (ageOn(birth, onDate) < 18) {
        expect(met).toBe(true);
        continue;
      }
      const known = steps.filter((t) => t.date <= onDate);
      const latest = known.find((t) => known.every((o) => o === t || isLater(t, o)));
      const covers = latest?.outcome === 'extended' && onDate <= (latest.extendedUntil ?? lastExtensionDay);
      expect(met, JSON.stringify({ onDate, steps })).toBe(covers && onDate <= lastExtensionDay);
    }
  });

  it('is never met past 18 after an "ended" recorded after every other transition', () => {
    for (let run = 0; run < 200; run++) {
      const steps = history();
      const lastDate =
        steps
          .map((t) => t.date)
          .sort()
          .at(-1) ?? day18;
      const endedOn = addDays(lastDate > day18 ? lastDate : day18, int(60));
      const withEnd = [...steps, transition(endedOn, 'ended')];
      for (const later of [0, 1, 30, 400]) {
        expect(metOn(withEnd, addDays(endedOn, later), birth)).toBe(false);
      }
    }
  });
});
