import { describe, expect, it } from 'vitest';

import { checkPassword } from '@shared/domain/passwordEstimator';
import { judgePassword, ownerInputs, type PasswordEstimate } from '@shared/domain/passwordStrength';

const OWNER = { username: 'kari.admin.test', displayName: 'Kari Nordmann', municipality: 'Testvik kommune' };
const estimate = (
  score: PasswordEstimate['score'],
  more: Partial<PasswordEstimate> = {},
): PasswordEstimate => ({
  score,
  warning: null,
  commonChars: 0,
  ...more,
});

describe('the rules for a new password', () => {
  it('refuses the user name, in any case, alone or inside', () => {
    for (const password of ['kari.admin.test', 'KARI.ADMIN.TEST', 'min kari.admin.test 1'])
      expect(judgePassword(password, OWNER, estimate(4)).problem).toBe('validation.passwordIsUsername');
  });

  it('refuses a short user name only as the whole password', () => {
    const owner = { username: 'ola' };
    expect(judgePassword('kokosbolle ola sier hei', owner, estimate(4)).problem).toBeNull();
  });

  it('refuses the municipality’s name, with or without “kommune”', () => {
    for (const password of ['Testvik kommune!', 'jeg bor i testvik', 'TESTVIK2026TESTVIK'])
      expect(judgePassword(password, OWNER, estimate(4)).problem).toBe('validation.passwordHasMunicipality');
    // "Ås" is too short to look for inside words: "gråsprengt" is not about Ås.
    expect(
      judgePassword('gråsprengt kunstgress', { municipality: 'Ås kommune' }, estimate(4)).problem,
    ).toBeNull();
  });

  it('refuses what zxcvbn scores below 3, naming leaked passwords as such', () => {
    expect(judgePassword('abcdefghijkl', {}, estimate(2)).problem).toBe('validation.passwordWeak');
    expect(judgePassword('passord12345', {}, estimate(2, { commonChars: 12 })).problem).toBe(
      'validation.passwordCommon',
    );
    expect(judgePassword('abcdefghijkl', {}, estimate(1, { warning: 'similarToCommon' })).problem).toBe(
      'validation.passwordCommon',
    );
    expect(judgePassword('abcdefghijkl', {}, estimate(3)).problem).toBeNull();
  });

  it('calls 3 fair and 4 strong, and a refused one weak', () => {
    expect(judgePassword('abcdefghijkl', {}, estimate(3)).strength).toBe('fair');
    expect(judgePassword('abcdefghijkl', {}, estimate(4)).strength).toBe('strong');
    expect(judgePassword('kort', {}, estimate(4))).toMatchObject({
      problem: 'validation.passwordTooShort',
      strength: 'weak',
    });
  });

  it('turns zxcvbn’s warning into a hint of our own', () => {
    expect(judgePassword('aaaaaaaaaaaa', {}, estimate(0, { warning: 'simpleRepeat' })).hint).toBe('repeat');
    expect(judgePassword('abcdefghijkl', {}, estimate(3, { warning: 'sequences' })).hint).toBe('sequence');
    expect(judgePassword('abcdefghijkl', {}, estimate(4, { warning: 'sequences' })).hint).toBeNull();
  });

  it('gives zxcvbn the owner’s names whole and word by word', () => {
    expect(ownerInputs(OWNER)).toEqual([
      'kari.admin.test',
      'kari',
      'admin',
      'test',
      'kari nordmann',
      'nordmann',
      'testvik kommune',
      'testvik',
      'kommune',
    ]);
  });
});

describe('the verdict with zxcvbn’s lists', () => {
  it.each([
    ['aaaaaaaaaaaa', 'validation.passwordWeak'],
    ['passord12345', 'validation.passwordCommon'],
    ['qwertyuiopasdf', 'validation.passwordCommon'],
    ['kari.admin.test', 'validation.passwordIsUsername'],
    ['kari nordmann 12', 'validation.passwordWeak'],
  ])('refuses %s', async (password, problem) => {
    expect((await checkPassword(password, OWNER)).problem).toBe(problem);
  });

  it.each(['blåbærsyltetøy i kjelleren', 'lederpassord 2026', 'sju grønne elefanter danser'])(
    'accepts %s',
    async (password) => {
      expect((await checkPassword(password, OWNER)).problem).toBeNull();
    },
  );
});
