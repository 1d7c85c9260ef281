/**
 * A bare "say" after a preposition or "like", or set off by commas on both sides, means "for
 * example" and reports nothing ("among say farmers", "a city like, say, Lyon"); an inverted cue
 * after a comma ("..., say analysts") still reports. Issue 16 (cues that are not verbs of saying),
 * found reading briefs of unseen PTC train articles; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: "say" meaning "for example"', () => {
  it('is no cue', () => {
    expect(claimsOf('The firm never courted voters among say farmers in Iowa.')).toEqual([]);
    expect(claimsOf('A small country like, say, Belgium could not afford it.')).toEqual([]);
    expect(claimsOf('The council could, say, raise taxes.')).toEqual([]);
  });

  it('leaves an inverted cue after a comma', () => {
    expect(claimsOf('Things are bad, say analysts, but improving.')).toEqual([['analysts', 'Things are bad']]);
  });
});
