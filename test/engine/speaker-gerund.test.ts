/**
 * A capitalised gerund that heads a subject clause ("Vilifying those who disagree ... is his way")
 * is an activity, not a speaker: when the article also writes the word in lower case, the slot names
 * no one and credits no source. A name that ends in -ing, written capitalised throughout, still
 * speaks. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const ARTICLE =
  'Critics have accused the governor of vilifying opponents. ' +
  'Vilifying those who disagree and declaring that the election was stolen is his way.';

describe('speakers: a gerund heading a subject clause ("Vilifying those who ...")', () => {
  it('gives the claim no speaker rather than "Vilifying"', () => {
    const b = brief({ text: ARTICLE });
    expect(b.claims.map((c) => c.speaker?.name ?? null)).not.toContain('Vilifying');
  });

  it('credits no source named by the gerund', () => {
    const b = brief({ text: ARTICLE });
    expect(b.sources.map((s) => s.name)).not.toContain('Vilifying');
  });

  it('keeps a surname ending in -ing as the speaker ("Pickering said")', () => {
    const b = brief({ text: 'The vote was close. Pickering said that the count was fair.' });
    expect(b.claims.map((c) => c.speaker?.name ?? null)).toEqual(['Pickering']);
  });
});
