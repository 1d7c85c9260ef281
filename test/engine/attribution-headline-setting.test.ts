/**
 * Rule name-colon/headline-setting: in a Title Case line "Name In Place: “...”", the speaker before
 * the colon ends before a preposition of place or occasion; the place is where it was said, not who
 * said it. Issue 16 (a place as a speaker), seen reading an unseen PTC train headline; made-up lines.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('attribution: a headline speaker before "In Place:"', () => {
  it('leaves the place out of the speaker', () => {
    expect(speakersOf('Ferry Boss Ann Moss In Dover: “The Port Is Doomed!”\n\nAnn Moss spoke on Monday.')).toEqual([
      'Ann Moss',
    ]);
    expect(speakersOf('Moss At Harbour Rally: “We Will Win”\n\nAnn Moss spoke on Monday.')).toEqual(['Ann Moss']);
  });
});
