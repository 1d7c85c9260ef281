/**
 * An -ing word after a determiner and right before a finite verb is that verb's subject, a noun
 * ("this internal grumbling took place"), not a participle cue with the words before it as its
 * speaker. A participle set off after a real subject still reports. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

describe('claims: an -ing noun that is a subject ("the grumbling took place")', () => {
  it('makes no claim of "this internal grumbling took place" or "the constant warning was ignored"', () => {
    for (const s of [
      'Long before this internal grumbling took place, the union met.',
      'By June the constant warning was ignored.',
      'Their loud complaining lasted for weeks.',
    ])
      expect(claimsOf(s).map((c) => c.speaker?.name ?? null)).toEqual([]);
  });

  it('keeps a participle cue after its subject ("The mayor, warning that ...")', () => {
    const claims = claimsOf('The mayor, warning that the river rose, said the bridge is closed.');
    expect(claims.map((c) => c.text)).toEqual(['the river rose', 'the bridge is closed']);
  });
});
