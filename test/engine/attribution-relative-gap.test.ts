/**
 * Rules cue/relative-gap-report and cue/relative-gap-subject: a report inside a relative clause
 * whose pronoun is the subject of what was said ("the man who Brown said was driving"). The speaker
 * is who comes after the pronoun, what they said ends where the sentence's own verb begins, and that
 * verb's speaker is the phrase before the pronoun, not the last noun before it ("the party"). Issue
 * 16 ("the other person of two in the sentence"), seen reading an unseen PTC train article;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a report in a relative clause whose pronoun is the subject', () => {
  it('gives the sentence’s own claim to the phrase before the pronoun', () => {
    expect(claimsOf('A third guest that Jones claimed was at the party says she was not there.')).toEqual([
      ['Jones', 'was at the party'],
      ['A third guest', 'she was not there'],
    ]);
    expect(claimsOf('A neighbour whom Smith says was at home has denied any knowledge of the fire.')).toEqual([
      ['A neighbour', 'any knowledge of the fire'],
    ]);
    const traced = brief(
      { text: 'A third guest that Jones claimed was at the party says she was not there.' },
      { trace: true },
    );
    expect(traced.trace?.filter((e) => e.kind === 'claim').map((e) => e.rules[0])).toEqual([
      'cue/relative-gap-report',
      'cue/relative-gap-subject',
    ]);
  });

  it('gives the inner report to who comes after the pronoun', () => {
    expect(claimsOf('The driver who Brown said was speeding told officers he was asleep.')).toEqual([
      ['Brown', 'was speeding'],
      ['The driver', 'he was asleep'],
    ]);
  });
});

describe('attribution: an object relative is no report (cue/object-relative)', () => {
  it('gives no claim to the writer of what the sentence is about', () => {
    expect(claimsOf('The letters that Ann Moss wrote were burned last year.')).toEqual([]);
    expect(claimsOf('The plan that the mayor announced was rejected by the council.')).toEqual([]);
  });

  it('still reads a bridge verb as the report of the gap', () => {
    expect(claimsOf('Crews cleared what Ann Moss said was a landslide.')).toEqual([['Ann Moss', 'was a landslide']]);
  });
});

describe('attribution: a bare plural addressee of "told"', () => {
  it('leaves "police" or "investigators" out of what was told', () => {
    expect(claimsOf('Harbor\n\nAnn Moss told police she had been at home.')).toEqual([
      ['Ann Moss', 'she had been at home'],
    ]);
    expect(claimsOf('Harbor\n\nDan Ruiz told investigators the boat was stolen.')).toEqual([
      ['Dan Ruiz', 'the boat was stolen'],
    ]);
  });

  it('keeps a question word after "asked"', () => {
    expect(claimsOf('Harbor\n\nDan Ruiz asked why the ferry was late.')[0]?.[1]).toMatch(/^why the ferry was late/);
  });
});
