/**
 * A time phrase opening a sentence ("About 30 minutes into the set, ...") is when, never who: a
 * comma segment that opens with a preposition and holds a unit of time is not the speaker of the
 * verbs after it. Issue 16 (time phrases as speakers), seen reading an unseen PTC train article;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const speakersOf = (text: string) => brief({ text }).claims.map((c) => c.speaker?.name ?? null);

describe('speakers: an elapsed-time opener', () => {
  it('gives the verbs to the subject after the time phrase', () => {
    const text =
      'Kate Lowe sang songs about the port. About ten minutes into Lowe’s set, members of FPA booed the band, ' +
      'denounced her lyrics about the harbour, and gave her a minute to finish.';
    expect(speakersOf(text)).toContain('members of FPA');
    expect(speakersOf(text).some((s) => s?.startsWith('About'))).toBe(false);
  });

  it('keeps a count of people as the subject', () => {
    const text = 'About 30 protesters, many of them students, denounced the plan, saying it was unfair.';
    expect(speakersOf(text)).toEqual(['About 30 protesters', 'About 30 protesters']);
  });
});

describe('speakers: two prepositions joined before one object', () => {
  it('keeps "groups on and off campus" whole as the subject', () => {
    const text =
      'Harbor groups on and off campus have denounced the dredging plan as reckless, saying it ignored the tides.';
    expect(speakersOf(text)).toEqual(['Harbor groups on and off campus', 'Harbor groups on and off campus']);
  });
});

describe('speakers: a participle phrase after the head noun', () => {
  it('keeps the head, not the participle’s object, as the speaker', () => {
    const text = 'Protesters marching through the streets chanted that the port must stay open.';
    expect(speakersOf(text)).toEqual(['Protesters marching through the streets']);
  });
});
