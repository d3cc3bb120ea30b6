import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { isNewEnough, platformPackage } = require('../../scripts/ensure-node.cjs') as {
  isNewEnough: (version: string) => boolean;
  platformPackage: () => string;
};

describe('ensure-node', () => {
  it.each([
    { version: 'v20.20.2', expected: false },
    { version: '22.11.0', expected: false },
    { version: '22.12.0', expected: true },
    { version: '23.0.0', expected: true },
    { version: 'v24.21.0', expected: true },
  ])('Node $version is new enough: $expected', ({ version, expected }) => {
    expect(isNewEnough(version)).toBe(expected);
  });

  it('names the npm platform package of this machine', () => {
    expect(platformPackage()).toMatch(/^node-(linux|darwin|win)-(x64|arm64|ppc64|s390x|armv7l)$/);
  });
});
