/**
 * A linear scale for islands: maps a numeric domain onto a pixel range, with d3-array's nice ticks.
 * d3-scale's scaleLinear does the same but brings d3-interpolate and d3-color (about 7 KB gzipped)
 * for colour and date interpolation that number-to-pixel charts never use; the island budget is
 * 40 KB, so charts use this instead.
 */
import { ticks as niceTicks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  /** Evenly spaced, human-friendly values within the domain (d3-array's `ticks`). */
  ticks: (count?: number) => number[];
  /** The value at a position in the range (for pointer input). */
  invert: (position: number) => number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  // A zero-width domain maps everything to the middle of the range instead of dividing by zero.
  const scale = ((value: number) =>
    span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0)) as LinearScale;
  scale.ticks = (count = 5) => niceTicks(Math.min(d0, d1), Math.max(d0, d1), count);
  scale.invert = (position: number) => (r1 === r0 ? d0 : d0 + ((position - r0) / (r1 - r0)) * span);
  scale.domain = domain;
  scale.range = range;
  return scale;
}
