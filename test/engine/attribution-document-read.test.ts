/**
 * "read" beside a quotation whose subject is a written thing (issue 16, recall): "“...,” the
 * letter read." and "“...,” read a statement from ..." give the quotation to the document; a
 * person reading ("She read “The Raven” aloud") reports nothing.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a document that "reads" a quotation', () => {
  it('credits the quotation to the letter or statement that reads it', () => {
    const claims = claimsOf(
      'The ferry board met on Tuesday. “The north pier must close before winter,” the letter read. “We cannot wait for the repair money,” read a statement from the harbor office.',
    );
    expect(claimWith(claims, 'north pier').speaker?.name).toBe('the letter');
    expect(claimWith(claims, 'repair money').speaker?.name).toContain('statement');
  });

  it('leaves a person reading a title alone', () => {
    const claims = claimsOf('The ferry board met on Tuesday. Ms. Hale read “The Long Pier” aloud to the children.');
    expect(claims).toEqual([]);
  });
});
