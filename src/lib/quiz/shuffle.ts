/**
 * Seeded shuffling, so the same seed always gives the same order (a static page, a review and a
 * printed handout agree) without Math.random inside pure code.
 */

/** 32-bit FNV-1a hash of a string: turns a readable seed such as a question id into a number. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a small, well-distributed PRNG returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator; returns a new array and leaves the input alone. */
export function seededShuffle<T>(items: readonly T[], seed: string | number): T[] {
  const random = mulberry32(typeof seed === 'number' ? seed : hashSeed(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * A shuffle that, for two or more distinct items, never returns the original order, so an ordering
 * question never shows its answer. Tries successive seeds, then falls back to a rotation.
 */
export function shuffleAwayFromOriginal<T>(items: readonly T[], seed: string): T[] {
  if (items.length < 2) return [...items];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const candidate = seededShuffle(items, `${seed}#${attempt}`);
    if (candidate.some((item, index) => item !== items[index])) return candidate;
  }
  return [...items.slice(1), items[0] as T];
}
