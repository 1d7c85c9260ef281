/**
 * A demonstrative verdict: "That is precisely the problem.", "This is the whole point." — a pointing subject, a copula and a noun of what is wrong or what matters,
 * closing the sentence: the writer names what the facts before amount to
 * (demonstrative-verdicts/pointed-verdict). Every sentence here is made up for this file.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const SUBJECTIVE = new Set(['opinion', 'speculation', 'loaded-language', 'scare-quotes', 'hedge']);
const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && SUBJECTIVE.has(k.kind))
    .map((k) => k.text.toLowerCase());

describe('a demonstrative verdict', () => {
  it('flags "That is precisely the problem." and "This is the whole point."', () => {
    expect(author('That is precisely the problem.').join()).toContain('that is precisely the problem');
    expect(author('This is the whole point.').join()).toContain('this is the whole point');
    expect(author('And that was exactly the mistake.').join()).toContain('that was exactly the mistake');
  });

  it('leaves a reported verdict and a noun with a complement alone', () => {
    expect(author('That is the problem, the engineers said.')).toEqual([]);
    expect(author('This is the point where the river floods.')).toEqual([]);
    expect(author('That is the plan for the harbour.')).toEqual([]);
  });
});
