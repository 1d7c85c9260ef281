/**
 * A pronoun's "’s" before a cue's past participle is "has", not a possessive (issue 16, recall:
 * "He’s argued that ...", "She’s warned that ..."); with a passive complement after the
 * participle it is "is" and the pronoun said nothing ("He’s said to be ill"). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: "He’s" + past participle of a cue', () => {
  it('reads "He’s argued that S" like "He has argued that S"', () => {
    const c = claimWith(
      claimsOf('Harbour master Ines Kaur spoke on Monday. She’s argued that the pier needs new piles.'),
      'the pier needs',
    );
    expect(c.cue).toBe('argued');
    expect(c.speaker?.name).toContain('Ines Kaur');
  });

  it('reads the straight apostrophe too ("He\'s warned that")', () => {
    const c = claimWith(
      claimsOf("Port director Sven Aho spoke on Monday. He's warned that the cranes are unsafe."),
      'the cranes are unsafe',
    );
    expect(c.speaker?.name).toContain('Sven Aho');
  });

  it('gives a passive report ("He’s said to be ...", "He’s expected to ...", "He’s accused of ...") no speaker', () => {
    for (const s of [
      'He’s said to be furious.',
      'He’s expected to resign in May.',
      'He’s accused of hiding the losses.',
    ])
      expect(claimsOf(`Port director Sven Aho spoke on Monday. ${s}`)).toEqual([]);
  });
});

describe('claims: a pronoun object with only adverbials after it is no content', () => {
  it('gives "He’s said it over and over" no claim, and keeps "said it was ..."', () => {
    expect(claimsOf('Port director Sven Aho spoke on Monday. He’s said it over and over.')).toEqual([]);
    expect(claimsOf('Port director Sven Aho said it many times before.')).toEqual([]);
    expect(claimWith(claimsOf('Port director Sven Aho said it was over.'), 'it was over').speaker?.name).toContain(
      'Sven Aho',
    );
  });
});
