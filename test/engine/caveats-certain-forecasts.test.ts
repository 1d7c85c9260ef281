/**
 * A forecast the writer makes with certainty: "will" + an adverb of certainty or of inevitability
 * ("will never admit", "will inevitably raise", "will undoubtedly") + a verb, in the writer's own
 * clause (certain-forecasts/absolute-forecast). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('a forecast made with certainty', () => {
  it('flags "will never", "will inevitably", "will undoubtedly" before a verb', () => {
    expect(author('The ruling party will never admit it was wrong.').join()).toContain('will never admit');
    expect(author('The council will inevitably raise rates again.').join()).toContain('will inevitably raise');
    expect(author('The new bridge will never be finished on time.').join()).toContain('will never be');
    expect(author('The merger will undoubtedly cost jobs in the valley.').join()).toContain('will undoubtedly cost');
  });

  it('leaves reported forecasts, past habits and plain futures alone', () => {
    expect(author('The company said the plant will never reopen.')).toEqual([]);
    expect(author('“We will never give up,” the striking nurses chanted.')).toEqual([]);
    expect(author('He never admitted the payments, the court heard.')).toEqual([]);
    expect(author('The council will raise rates by 2 percent in April.')).toEqual([]);
    expect(author('The museum will be closed on Mondays until June.')).toEqual([]);
  });

  it('leaves what a rule lays down alone ("under the new rules")', () => {
    expect(author('The council will never again hold meetings on a Saturday, under the new rules.')).toEqual([]);
    expect(author('Under the new law, landlords will never be able to evict in winter.')).toEqual([]);
  });
});
