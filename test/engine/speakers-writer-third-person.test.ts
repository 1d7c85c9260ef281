/**
 * Rule speakers/writer-in-third-person: the writer naming themself ("this author has written about
 * it before", "as this reporter noted", "the present writer believes") is the author's voice, as
 * "I" is, not a speaker called "this author". Issue 16, seen reading a PTC train article; made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakers = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? 'null');

describe('speakers/writer-in-third-person', () => {
  it('gives the writer naming themself no claim and no source', () => {
    const text =
      'The ferry board met on Monday. As this reporter has written before, the new timetable will not be the last. ' +
      'The present writer believes the pier should be rebuilt.';
    const b = brief({ text }, { trace: true });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual([]);
    expect(b.sources.map((s) => s.name)).toEqual([]);
    expect(b.trace?.some((e) => e.rules.includes('speakers/writer-in-third-person'))).toBe(true);
  });

  it('leaves the author of a book or a letter, who is someone else', () => {
    expect(speakers('The author of the letter wrote that the pier is unsafe.')).toEqual(['The author of the letter']);
    expect(speakers('The author argues that the pier is unsafe.')).toEqual(['The author']);
  });
});
