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

describe('claims: a cue word right before a singular verb ("A police report was filed")', () => {
  it('makes no claim of a noun before "was"/"is"', () => {
    for (const s of ['A police report was filed on Friday.', 'By noon the new plan is dead.'])
      expect(claimsOf(s)).toEqual([]);
  });

  it('keeps a report with a gap ("a policy experts say could fail")', () => {
    expect(claimsOf('It is a policy that experts say could fail.').map((c) => c.text)).toEqual(['could fail']);
    expect(claimsOf('He named a bishop who the victims say was complicit.').map((c) => c.text)).toEqual([
      'was complicit',
    ]);
  });

  it('keeps "Officials say it was a mistake"', () => {
    expect(claimsOf('Officials say it was a mistake.').map((c) => c.text)).toEqual(['it was a mistake']);
  });
});

describe('claims: a named modifier before a cue noun ("the Vegas attack is")', () => {
  it('reads "the Dallas attack is unspeakable" as a noun, no claim by "Dallas"', () => {
    expect(claimsOf('The savagery of the Dallas attack is unspeakable.')).toEqual([]);
  });
});
