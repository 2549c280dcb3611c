/**
 * zxcvbn (@zxcvbn-ts) with its lists of leaked passwords, names and words: some 6 MB that take a
 * few tenths of a second and about 80 MB of memory to load, so they are imported on the first
 * password checked, never at start (in the renderer they are chunks of their own).
 */

import {
  judgePassword,
  ownerInputs,
  type PasswordEstimate,
  type PasswordOwner,
  type PasswordVerdict,
} from './passwordStrength';

type Estimator = (password: string, userInputs: string[]) => PasswordEstimate;

let loading: Promise<Estimator> | undefined;

async function createEstimator(): Promise<Estimator> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  // No translations: the feedback comes as keys, which passwordStrength maps to our own texts.
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return (password, userInputs) => {
    const result = zxcvbn.check(password, userInputs);
    const commonChars = result.sequence
      .filter((m) => m.pattern === 'dictionary' && String(m.dictionaryName).startsWith('passwords'))
      .reduce((sum, m) => sum + m.token.length, 0);
    return { score: result.score, warning: result.feedback.warning, commonChars };
  };
}

/** The estimator, loaded once; a failed load is tried again at the next call. */
export function loadPasswordEstimator(): Promise<Estimator> {
  loading ??= createEstimator().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The verdict on a new password for its owner (see passwordStrength.ts). */
export async function checkPassword(password: string, owner: PasswordOwner): Promise<PasswordVerdict> {
  const estimate = (await loadPasswordEstimator())(password, ownerInputs(owner));
  return judgePassword(password, owner, estimate);
}
