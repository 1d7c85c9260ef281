/**
 * Growth-ratio timing for tests: how much longer the work takes on twice the input, measured in
 * one run on the same machine, so a busy shared machine slows both sides alike. Linear work gives
 * about 2, n log n a little more, quadratic about 4. Absolute budgets live in `npm run bench:engine`.
 *
 * The ratio is read over two doublings (n against 4n) and its square root returned: a burst of
 * noise that doubles one timing moves the answer by a factor of 1.4, not 2. Over one doubling, a
 * linear pass measured 4.1 against the limit of 3 while another process ran beside the tests.
 */

/** Linear work stays under this ratio (2 plus room for noise); quadratic work is near 4. */
export const LINEAR_GROWTH_LIMIT = 3;

/**
 * Best-of-`runs` time of `work(make(n))` and `work(make(4n))`, runs interleaved after a warm-up,
 * and the square root of their ratio (the growth per doubling). When the ratio is over the limit it is measured up to twice more with more runs
 * (a burst of noise from other processes can hit one side), and the lowest ratio is returned:
 * superlinear work stays over the limit however often it is measured.
 */
export function growthRatio<T>(make: (n: number) => T, work: (input: T) => unknown, n: number, runs = 3): number {
  const once = (): number => {
    const small = make(n);
    const large = make(4 * n);
    work(small);
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < runs; i++) {
      a = Math.min(
        a,
        time(() => work(small)),
      );
      b = Math.min(
        b,
        time(() => work(large)),
      );
    }
    return Math.sqrt(b / Math.max(a, 0.05));
  };
  let ratio = once();
  for (let retry = 0; retry < 2 && ratio > LINEAR_GROWTH_LIMIT; retry++) {
    runs *= 2;
    ratio = Math.min(ratio, once());
  }
  return ratio;
}

function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}
