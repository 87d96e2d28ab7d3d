import type { RandomSource } from './types';

/** The platform's CSPRNG (Web Crypto), available in browsers, workers and Node ≥ 19. */
export const cryptoRandom: RandomSource = (bytes) => {
  globalThis.crypto.getRandomValues(bytes);
};

/** A deterministic source for tests only (xorshift128+ seeded by splitmix32); never use it for exports. */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return (bytes) => {
    for (let i = 0; i < bytes.length; i += 4) {
      const word = next();
      for (let j = 0; j < 4 && i + j < bytes.length; j++) bytes[i + j] = (word >>> (8 * j)) & 0xff;
    }
  };
}

/** A uniform number in (0, 1] with 53 random bits. */
export function uniformOpenZero(random: RandomSource): number {
  const bytes = new Uint8Array(8);
  random(bytes);
  // 21 high bits and 32 low bits: 53 bits, the precision of a double.
  const high = bytes[0]! | (bytes[1]! << 8) | ((bytes[2]! & 0x1f) << 16);
  const low = (bytes[3]! | (bytes[4]! << 8) | (bytes[5]! << 16) | (bytes[6]! << 24)) >>> 0;
  return (high * 2 ** 32 + low + 1) / 2 ** 53;
}

/** A random identifier: 16 bytes as 32 hexadecimal characters. */
export function randomId(random: RandomSource): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
