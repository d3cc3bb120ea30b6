import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearScale } from '@/charts/linearScale';

describe('linearScale', () => {
  it.each([
    { domain: [0, 1], range: [40, 300], value: 0.5, expected: 170 },
    { domain: [0, 1], range: [200, 12], value: 0, expected: 200 },
    { domain: [0, 1], range: [200, 12], value: 1, expected: 12 },
    { domain: [-10, 10], range: [0, 100], value: 5, expected: 75 },
    { domain: [3, 3], range: [0, 100], value: 3, expected: 50 },
  ] as const)('maps $value from $domain to $range', ({ domain, range, value, expected }) => {
    expect(linearScale(domain, range)(value)).toBeCloseTo(expected, 10);
  });

  it('gives nice ticks within the domain', () => {
    expect(linearScale([0, 1], [0, 100]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearScale([0, 1000], [0, 100]).ticks(4)).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('inverts what it maps (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, width, t) => {
          const scale = linearScale([start, start + width], [10, 500]);
          const value = start + t * width;
          expect(scale.invert(scale(value))).toBeCloseTo(value, 3);
        },
      ),
    );
  });
});
