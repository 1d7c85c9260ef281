/**
 * Rule cue/written-work: "wrote opinion pieces for the Ledger" names what was written, not what
 * the writer holds; and a degree adverbial after a cue in a relative clause ("the regiment that
 * King George feared the most") is no content. Issue 16 (claims a reader sees are not claims), seen
 * reading unseen PTC train articles; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: "wrote" with a written work as its object', () => {
  it('gives no claim for the works someone wrote', () => {
    expect(claimsOf('Jamal Khan wrote opinion pieces for the Dover Ledger.')).toEqual([]);
    expect(claimsOf('Ann Moss wrote a memoir about the war in 1998.')).toEqual([]);
  });

  it('still reports what someone wrote about a work, and what they wrote that', () => {
    expect(claimsOf('Jamal Khan wrote the book is a hoax.')).toEqual([['Jamal Khan', 'the book is a hoax']]);
    expect(claimsOf('Jamal Khan wrote that the letters were forged.')).toEqual([
      ['Jamal Khan', 'the letters were forged'],
    ]);
  });
});

describe('attribution: a degree adverbial after the cue of a relative clause', () => {
  it('gives no claim "the most"', () => {
    expect(claimsOf('The regiment that Tom Hale feared the most was disbanded in May.')).toEqual([]);
    expect(claimsOf('Tom Hale feared the most dangerous storm would follow.')).toEqual([
      ['Tom Hale', 'the most dangerous storm would follow'],
    ]);
  });
});
