/** A small seeded PRNG (mulberry32): the demo must come out byte-identical on every run. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(values: readonly T[]): T;
  /** `length` characters from `alphabet`. */
  token(length: number, alphabet?: string): string;
  /** A numeric id string of `length` digits that does not start with 0. */
  digits(length: number): string;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => {
    if (values.length === 0) throw new RangeError('pick from an empty list');
    return values[int(0, values.length - 1)] as T;
  };
  const token = (length: number, alphabet = ALPHANUMERIC): string =>
    Array.from({ length }, () => alphabet[int(0, alphabet.length - 1)]).join('');
  const digits = (length: number): string => String(int(1, 9)) + token(length - 1, '0123456789');
  return { next, int, pick, token, digits };
}
