/**
 * Speech reported by its subject matter the cue pass used to miss (issue 16, recall): a topic cue
 * with a manner adverb inside it ("spoke candidly of"), and a cue inside a fronted clause ("Before X
 * commented, Y said ..."), which keeps to its clause. Each with a made-up sentence and the
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

describe('claims: a cue in a fronted clause keeps to its clause', () => {
  it('gives the main clause\'s "that" to its own cue ("Before X had commented on Y, Z said that ...")', () => {
    const claims = claimsOf(
      'Before port officials had commented on the fire, Senator Mia Holt said at a rally that a crane had collapsed.',
    );
    expect(claimWith(claims, 'a crane had collapsed').speaker?.name).toContain('Mia Holt');
    expect(claimWith(claims, 'the fire').text).toBe('on the fire');
  });

  it('gives a cue with nothing before the comma no content ("Before X commented, Z said ...")', () => {
    const claims = claimsOf('Before port officials commented, Senator Mia Holt said that a crane had collapsed.');
    expect(claimWith(claims, 'a crane had collapsed').speaker?.name).toContain('Mia Holt');
    expect(claims.filter((c) => c.text.includes('Holt'))).toEqual([]);
  });
});

describe('claims: the content of a cue in a fronted clause ends at its comma', () => {
  it('ends "While X said S, Y ..." at the comma', () => {
    const c = claimWith(
      claimsOf('While Mayor Ines Kaur said the ferry was safe, engineers closed the pier for a week.'),
      'the ferry was safe',
    );
    expect(c.text).toBe('the ferry was safe');
  });

  it('ends the content at the comma when the cue stands deep in a long fronted clause', () => {
    const c = claimWith(
      claimsOf(
        'Since no one can know if the boats really belong to the pilots who say they own them, they are held until that can be checked.',
      ),
      'they own them',
    );
    expect(c.text).toBe('they own them');
  });

  it('keeps a list inside the content of a fronted cue', () => {
    const c = claimWith(
      claimsOf('If Mayor Ines Kaur said the ferry should serve Oslo, Bergen, and Tromsø, the board would object.'),
      'the ferry',
    );
    expect(c.text).toBe('the ferry should serve Oslo, Bergen, and Tromsø');
  });

  it('keeps a comma inside the content of a main-clause cue', () => {
    const c = claimWith(claimsOf('Mayor Ines Kaur said the ferry, which sails at noon, was safe.'), 'the ferry');
    expect(c.text).toBe('the ferry, which sails at noon, was safe');
  });
});

describe('claims: a report verb in the passive with its agent (cue/passive-agent)', () => {
  it('reads "X was first reported by Y" as Y reporting X', () => {
    const c = claimWith(claimsOf('The toll plan was first reported by the Harbour Gazette.'), 'The toll plan');
    expect(c.cue).toBe('reported');
    expect(c.speaker?.name).toContain('Harbour Gazette');
  });

  it('leaves a pronoun subject alone ("It was reported by ...")', () => {
    expect(claimsOf('It was reported by the Harbour Gazette.')).toEqual([]);
  });
});

describe('claims: "when" after a negated cue asks what went unsaid', () => {
  it('reads "X did not say when S" as the claim "when S"', () => {
    const c = claimWith(claimsOf('Port director Sven Aho did not say when the pier would reopen.'), 'the pier');
    expect(c.text).toBe('when the pier would reopen');
    expect(c.speaker?.name).toContain('Sven Aho');
  });

  it('keeps "said when she resigned" as the time of saying', () => {
    expect(claimsOf('Port director Ines Kaur said when she resigned.')).toEqual([]);
  });
});
