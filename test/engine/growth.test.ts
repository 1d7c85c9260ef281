import { describe, expect, it } from 'vitest';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

// The growth ratio is what stands between a quadratic pass and a hang on hostile input: it must
// tell the two apart, or every test that leans on it cannot fail.
describe('growthRatio', () => {
  const sum = (xs: number[]): number => {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[i];
    return s;
  };
  const pairs = (xs: number[]): number => {
    let s = 0;
    for (let i = 0; i < xs.length; i++) for (let j = 0; j < xs.length; j++) s += xs[i] ^ xs[j];
    return s;
  };
  const make = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

  it('reads linear work as about 2 per doubling', () => {
    expect(growthRatio(make, sum, 2_000_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });

  it('reads quadratic work as over the limit', () => {
    expect(growthRatio(make, pairs, 1_000)).toBeGreaterThan(LINEAR_GROWTH_LIMIT);
  });
});
