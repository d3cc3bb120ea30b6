import { describe, expect, it } from 'vitest';
import { shareDomain } from '@/charts/shareDomain';
import { analyseCustomers } from '@/lib/analysis/customerAnalysis';

const pts = (...shares: number[]) => shares.map((valueShare) => ({ valueShare }));

describe('shareDomain', () => {
  it.each([
    { name: 'no points: 0–100%', points: pts(), expected: [0, 1] },
    { name: 'a curve inside 0–100% keeps 0–100%', points: pts(0, 0.7, 0.95, 1), expected: [0, 1] },
    // 600, 300, 200, −100 (net 1,000): cumulative 60%, 90%, 110%, 100%.
    { name: 'Pareto with net returns peaks at 110%', points: pts(0, 0.6, 0.9, 1.1, 1), expected: [0, 1.1] },
    {
      name: 'a peak of 123% widens to the next 10 points, 130%',
      points: pts(0, 1.23, 1),
      expected: [0, 1.3],
    },
    // 1.2 computed as 1.2000000000000002 must stay 120%, not become 130%.
    { name: 'float noise above a round value', points: pts(0, 1.2000000000000002, 1), expected: [0, 1.2] },
    // Ascending −100, 200, 300, 600 (net 1,000): cumulative −10%, 10%, 40%, 100%.
    { name: 'Lorenz with net returns dips to −10%', points: pts(0, -0.1, 0.1, 0.4, 1), expected: [-0.1, 1] },
    { name: 'a dip of −25% widens to −30%', points: pts(0, -0.25, 1), expected: [-0.3, 1] },
    { name: 'both ways at once', points: pts(-0.05, 1.31), expected: [-0.1, 1.4] },
    { name: 'non-finite shares are ignored', points: pts(Number.NaN, Infinity, 0.5), expected: [0, 1] },
  ])('$name → $expected', ({ points, expected }) => {
    expect(shareDomain(points)).toEqual(expected);
  });

  it('holds every point of the drawn Pareto and Lorenz curves of a list with returns', () => {
    // Net 1,000; the three positive customers hold 1,100 (110%), the return takes 100 back.
    const analysis = analyseCustomers([200, -100, 600, 300]);
    expect(shareDomain(analysis.pareto)).toEqual([0, 1.1]);
    expect(shareDomain(analysis.lorenz)).toEqual([-0.1, 1]);
  });
});
