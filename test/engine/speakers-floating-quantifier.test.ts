/**
 * A quantifier floated after its subject ("the senators all said", "who have both said") counts the
 * speaker; it is not the speaker. At the clause start ("Both said") it is the subject. Issue 16
 * (function words as speakers), found reading briefs of unseen PTC train articles; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('speakers: a floating quantifier', () => {
  it('leaves the speaker it counts', () => {
    expect(speakersOf('The senators all said the nominee should testify.')).toEqual(['The senators']);
    expect(speakersOf('The two senators, who have both said the nominee should testify, met on Monday.')).toEqual([
      'The two senators',
    ]);
  });

  it('is the subject at the clause start', () => {
    expect(speakersOf('Both said the plan failed.')).toEqual(['Both']);
    expect(speakersOf('They met a panel that all agreed the plan failed.')).toEqual(['all']);
  });
});
