/**
 * Speakers of stance and labelling verbs (PolNeAR dev recall, issue 16): "The woman disputes
 * the idea ..." is her stance, as "Ruiz disputes ..." is.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a stance verb after "the" or a possessive and a role noun (strongSubject)', () => {
  it('takes "the woman", "her lawyer" as the one holding the stance', () => {
    const claims = claimsOf(
      'A tenant was evicted from the harbor flats in May. The woman disputes the claim that she owed rent. Her lawyer wants a new hearing.',
    );
    const disputed = claimWith(claims, 'owed rent');
    expect(disputed.text).toBe('the claim that she owed rent');
    expect(disputed.speaker?.name).toBe('The woman');
    expect(claimWith(claims, 'new hearing').speaker?.name).toBe('Her lawyer');
  });

  it('leaves an indefinite role noun alone', () => {
    const claims = claimsOf('A woman disputes the claim that the flats were empty.');
    expect(claims.filter((c) => c.text.includes('flats'))).toEqual([]);
  });
});

describe('claims: a labelling verb after a subject with a set-off example phrase (cue/as-predicate)', () => {
  it('gives "Critics of X, like Y, see Z as ..." to the critics', () => {
    const claims = claimsOf(
      'The ferry levy ends in May. Critics of the levy, like Senator Ana Ruiz, see its renewal as a chance to fix the harbor budget.',
    );
    const c = claimWith(claims, 'renewal');
    expect(c.text).toBe('its renewal as a chance to fix the harbor budget');
    expect(c.speaker?.name).toBe('Critics of the levy');
  });
});
