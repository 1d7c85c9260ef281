/**
 * A cue in an object relative clause set off by commas ("the plan, which critics called a disaster,
 * was dropped") says only what lies before the clause's closing comma, as a subject relative ("the
 * mayor, who said ..., left") already did. Issue 16, found reading briefs of unseen PTC train
 * articles; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a cue in an object relative clause', () => {
  it('ends the claim at the clause’s closing comma', () => {
    expect(claimsOf('The plan, which critics called a disaster, was dropped.')).toEqual([['critics', 'a disaster']]);
    expect(claimsOf('Avenatti, whom Tucker Carlson has dubbed a showman, is representing the woman.')).toEqual([
      ['Tucker Carlson', 'a showman'],
    ]);
  });

  it('keeps a subject relative as before', () => {
    expect(claimsOf('The mayor, who said the plan was sound, left early.')).toEqual([
      ['The mayor', 'the plan was sound'],
    ]);
  });
});
