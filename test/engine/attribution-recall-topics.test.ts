/**
 * Speech reported by its subject matter the cue pass used to miss (issue 16, recall): a topic cue
 * with a manner adverb inside it ("spoke candidly of"). Each with a made-up sentence and the
 * reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a manner adverb inside a topic cue', () => {
  it('reads "spoke candidly of X" like "spoke of X"', () => {
    const c = claimWith(claimsOf('Harbour master Ines Kaur spoke candidly of her fears for the ferry.'), 'her fears');
    expect(c.cue).toBe('spoke candidly of');
    expect(c.speaker?.name).toContain('Ines Kaur');
  });

  it('reads "talked openly about X"', () => {
    const c = claimWith(
      claimsOf('Coach Lena Ortiz talked openly about the injury that ended her season.'),
      'the injury',
    );
    expect(c.speaker?.name).toContain('Lena Ortiz');
  });

  it('leaves a plain verb with an adverb alone ("walked slowly about the square")', () => {
    expect(claimsOf('Coach Lena Ortiz walked slowly about the square.')).toEqual([]);
  });
});

describe('claims: "weighed in" on a topic', () => {
  it('reads "X weighed in on Y" like "X commented on Y"', () => {
    const c = claimWith(claimsOf('Port director Sven Aho weighed in on the dispute over night shifts.'), 'the dispute');
    expect(c.cue).toBe('weighed in');
    expect(c.speaker?.name).toContain('Sven Aho');
  });

  it('reads a quotation before "X weighed in"', () => {
    const c = claimWith(claimsOf('“The shifts are too long,” port director Sven Aho weighed in.'), 'too long');
    expect(c.speaker?.name).toContain('Sven Aho');
  });
});
