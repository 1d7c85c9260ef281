/**
 * Stance verbs after one person named by role (PolNeAR dev recall, issue 16): "The woman disputes
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
