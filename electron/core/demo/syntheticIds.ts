/**
 * Numbers with valid check digits (the classic weights) for demo and test registers. `synthetic`
 * adds 80 to the month as Tenor does, so no real person can have the number; `dnumber` adds 40
 * to the day. `gender` gives the individual number's last digit the parity the classic rule
 * gives a man (odd) or a woman (even), so a generated person's number matches the name. `taken`
 * holds numbers already given out, which are skipped.
 */
export function nationalIdFor(
  birthDate: string,
  options: {
    synthetic?: boolean;
    dnumber?: boolean;
    start?: number;
    taken?: Set<string>;
    gender?: 'female' | 'male';
  } = {},
): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const day = d + (options.dnumber ? 40 : 0);
  const month = m + (options.synthetic ? 80 : 0);
  const base = `${pad(day)}${pad(month)}${pad(y % 100)}`;
  // 2000–2039 take individual numbers 500–999; 1900–1999 take 000–499.
  const first = options.start ?? (y >= 2000 ? 500 : 100);
  for (let individual = first; individual < first + 400; individual++) {
    if (options.gender && individual % 2 !== (options.gender === 'male' ? 1 : 0)) continue;
    const digits = `${base}${String(individual).padStart(3, '0')}`;
    const k1 = check(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === null) continue;
    const k2 = check(`${digits}${k1}`, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === null) continue;
    const id = `${digits}${k1}${k2}`;
    if (options.taken?.has(id)) continue;
    options.taken?.add(id);
    return id;
  }
  throw new Error(`no valid number for ${birthDate}`);
}

function check(digits: string, weights: number[]): number | null {
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

const pad = (n: number) => String(n).padStart(2, '0');
