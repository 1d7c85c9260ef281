/**
 * A closing double mark typed where a quotation opens (issue 16, recall): web copy often opens a
 * reader's quote with ” and credits it after a dash. No quotation is open, the mark starts its
 * line or follows a space, and a word follows it: it opens the quotation.
 */
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/engine/text/paragraphs';
import { findQuotes } from '../../src/engine/text/quotes';
import { claimsOf, claimWith } from './claims';

const texts = (text: string) => findQuotes(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

describe('quotation scanner: a reversed opening mark', () => {
  it('opens a quotation with a closing mark at a line start or after a space', () => {
    const text = '”The pier is our town’s heart. Keep it open.” ― Ana Ruiz\n\nShe wrote ”never again” on the sign.';
    expect(texts(text)).toEqual(['”The pier is our town’s heart. Keep it open.”', '”never again”']);
  });

  it('still closes an open quotation, and a mark after a word closes', () => {
    const text = 'He said “the pier ”is closed.';
    expect(texts(text)).toEqual(['“the pier ”']);
  });

  it('credits each reader quote to the name after its dash', () => {
    const claims = claimsOf(
      'Readers wrote in after the vote.\n\n”The pier is our town’s heart. Without it we lose the summer trade.” ― Ana Ruiz\n\n”I am afraid the council will sell it. Nobody asked us.” ― Tom Berg',
    );
    expect(claimWith(claims, 'summer trade').speaker?.name).toBe('Ana Ruiz');
    expect(claimWith(claims, 'Nobody asked us').speaker?.name).toBe('Tom Berg');
  });
});
