/**
 * An -ing form of a verb of saying between a determiner and a finite verb of saying is the
 * subject's noun, not a cue ("The warning says ...", "the county warning said ..."): the claim is
 * the record's, and no claim opens with the verb "says". The progressive ("is warning that")
 * stays a cue. Issue 16, found reading an unseen PTC train brief; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: an -ing noun before a verb of saying', () => {
  it('makes the record the speaker', () => {
    expect(claimsOf('The warning says roads will close at noon.')).toEqual([
      ['The warning', 'roads will close at noon'],
    ]);
    expect(claimsOf('The county warning says roads will close at noon.')).toEqual([
      ['The county warning', 'roads will close at noon'],
    ]);
    expect(claimsOf('The ruling said the law was void.')).toEqual([['The ruling', 'the law was void']]);
  });

  it('keeps the progressive as a cue', () => {
    expect(claimsOf('The mayor is warning that roads will close.')).toEqual([['The mayor', 'roads will close']]);
  });
});
