/**
 * Straight-news descriptions that contain a charged word without the author's charge (issue 16):
 * a verb of criticism whose subject is a work (caveats/criticism-acts.ts), the same
 * verb in its physical sense, the noun of a violent event of record (caveats/event-nouns.ts) and
 * an emotion an event caused in named people (caveats/caused-reactions.ts). Beside each, the
 * author's own use of the word, which stays flagged. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const loaded = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind === 'loaded-language')
    .map((k) => k.text);

describe('verbs of criticism', () => {
  it('reads a work’s criticism as a summary of its findings', () => {
    expect(loaded('A new audit blasts the county’s handling of grants.')).toEqual([]);
    expect(loaded('The inspectors’ report also slams the hospital’s night staffing.')).toEqual([]);
  });

  it('reads the physical sense as no criticism', () => {
    expect(loaded('A delivery van slammed into a bus shelter on Elm Street.')).toEqual([]);
    expect(loaded('Engineers blasted through the granite to widen the tunnel.')).toEqual([]);
  });

  it('keeps the charged verb of a person, and the author’s metaphor with a thing as subject', () => {
    expect(loaded('The governor slammed the transit budget at a press conference.')).not.toEqual([]);
    expect(loaded('This tariff slams struggling bakeries with new costs.')).not.toEqual([]);
  });
});

describe('nouns of violent events of record', () => {
  it('reads a definite event noun as the name of a known event', () => {
    expect(loaded('Relatives of those killed in the massacre laid wreaths on Friday.')).toEqual([]);
    expect(loaded('Survivors of the 1982 Riverside massacre met the minister.')).toEqual([]);
    expect(loaded('The invasion of Corsica began at dawn, the archive shows.')).toEqual([]);
    expect(loaded('Portugal’s invasion of the island was recorded in 1512.')).toEqual([]);
  });

  it('keeps the charge in a predication and the metaphor of immigration', () => {
    expect(loaded('What the council did to the budget was a massacre.')).not.toEqual([]);
    expect(loaded('It was the massacre of honest debate.')).not.toEqual([]);
    expect(loaded('The invasion at the southern border goes on every night.')).not.toEqual([]);
    expect(loaded('The invasion of Turks into the suburbs goes on.')).not.toEqual([]);
  });
});

describe('emotions an event caused', () => {
  it('reads the caused emotion as the object’s reaction', () => {
    expect(loaded('The zoning ruling enraged shop owners on the high street.')).toEqual([]);
    expect(loaded('The early release outraged the victim’s parents.')).toEqual([]);
  });

  it('keeps the emotion as a state or an adjective', () => {
    expect(loaded('An enraged mob gathered outside the hall.')).not.toEqual([]);
    expect(loaded('Frankly, every voter should be outraged at this.')).not.toEqual([]);
  });
});
