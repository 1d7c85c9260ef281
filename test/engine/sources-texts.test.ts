/**
 * A text that speaks for its writers ("the museum's own website states", "the article read") is a
 * document source, and a later "the article" or "it" is the same source. Made-up text.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

describe('texts as sources', () => {
  it('types a website or article speaking with no actor named as a document', () => {
    const b = brief({ text: "The Kessock Museum's own website states that the founder was a sailor." });
    expect(b.sources.map((s) => `${s.name} (${s.type})`)).toEqual(["The Kessock Museum's own website (document)"]);
  });

  it('keeps "a Times article" ... "the article read" ... "it added" one source on every claim', () => {
    const text =
      'Twenty years ago, a Times article hailed the mayor as a hero.\n\n' +
      '“The mayor has saved the harbour,” the article read.\n\n' +
      '“The mayor has cleared the debts,” it added.';
    const b = brief({ text });
    expect(b.sources.map((s) => s.name)).toEqual(['a Times article']);
    expect(b.claims.every((c) => c.sourceIds.length === 1)).toBe(true);
  });
});
