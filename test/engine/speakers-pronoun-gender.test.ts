/**
 * Rule resolve/pronoun-gender: a "he" that no rule resolves is not given to a woman the article
 * named as one (a given name, "Mrs.", "spokeswoman"), nor a "she" to a man. Issue 16 (gender-blind
 * "he"), seen reading a PolNeAR dev article ("she opposed the war" given to Vladimir Putin);
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('speakers: a pronoun’s gender', () => {
  it('keeps "he" from a woman named before', () => {
    const speakers = speakersOf(
      'Harbor\n\nAna Ruiz, the mayor’s eldest daughter, noted the rule in an interview last week.\n\nThe plan, he said, would fail.',
    );
    expect(speakers[0]).toBe('Ana Ruiz');
    expect(speakers.slice(1)).not.toContain('Ana Ruiz');
  });

  it('still gives "she" to the woman', () => {
    const speakers = speakersOf(
      'Harbor\n\nAna Ruiz, the mayor’s eldest daughter, noted the rule in an interview last week.\n\nThe plan, she said, would fail.',
    );
    expect(speakers.slice(1)).toContain('Ana Ruiz');
  });
});

describe('speakers: "they" is not a person the article calls "he" or "she" (resolve/they-not-gendered-person)', () => {
  it('keeps "they said" from the woman who spoke before', () => {
    const speakers = speakersOf(
      'Harbor\n\nAna Ruiz, the mayor’s eldest daughter, noted the rule in an interview last week.\n\nThe plan, they said, would fail.',
    );
    expect(speakers[0]).toBe('Ana Ruiz');
    expect(speakers.slice(1)).not.toContain('Ana Ruiz');
  });

  it('still gives "they" to a body that spoke before', () => {
    const speakers = speakersOf(
      'Harbor\n\nThe Harbor Trust noted the rule in a letter last week.\n\nThe plan, they said, would fail.',
    );
    expect(speakers.slice(1)).toContain('Harbor Trust');
  });
});
