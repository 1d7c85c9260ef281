/**
 * Quotation marks that name a term of art or quote a judge's own word are not scare quotes
 * (caveats/quoted-terms.ts); "so-called" and the author's mocking marks stay flagged. Made-up
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const scare = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && k.kind === 'scare-quotes')
    .map((k) => k.text);

describe('quoted terms and judges’ words', () => {
  it('reads a term named by its kind, or introduced by "<kind> of", as a name', () => {
    expect(scare('The bill would end the “stepped-up basis” loophole for heirs.')).toEqual([]);
    expect(scare('The bakery runs on a “pay what you can” model since March.')).toEqual([]);
    expect(scare('The council kept its policy of “managed retreat” along the dunes.')).toEqual([]);
  });

  it('reads a word after a verb of judging as the judge’s word', () => {
    expect(scare('The nurses’ union condemned the “reckless” rota changes.')).toEqual([]);
  });

  it('keeps so-called, the author’s mocking marks and a quote after another quotation', () => {
    expect(scare('The so-called “reform” loophole helps nobody.')).not.toEqual([]);
    expect(scare('These “analysts” never check a single figure.')).not.toEqual([]);
    expect(scare('The club is a “friendly place” that “welcomes everyone” and “judges nobody” now.')).not.toEqual([]);
  });
});

describe('a gloss or a yardstick in quotation marks is mentioned, not doubted (quoted-terms/gloss)', () => {
  it('does not flag a translation, a definition or a named standard', () => {
    expect(scare('The village’s name means “windy hill” in Gaelic.')).toEqual([]);
    expect(scare('The festival, whose name translates literally as “the return of boats,” ends today.')).toEqual([]);
    expect(scare('The court applied the “clear and present danger” test.')).toEqual([]);
  });

  it('still flags irony near a verb of meaning', () => {
    expect(scare('This means the council’s “reform” will cut every pension.').length).toBeGreaterThan(0);
  });
});

describe('words mentioned after a noun of words (quoted-terms/mentioned-words)', () => {
  it('reads the marks after "the term", "the slogan", "the concept of" as a mention', () => {
    expect(scare('Ferry staff now use the term “fare adjustment” for every rise.')).toEqual([]);
    expect(scare('He explained the concept of “slack water” to the new riders.')).toEqual([]);
    expect(scare('The board dropped its hollow slogan “Sail Together” in June.')).toEqual([]);
  });

  it('keeps the author’s marks on a word with no such noun before it', () => {
    expect(scare('The board’s “reform” raised the fares again.')).not.toEqual([]);
    expect(scare('The board was proud of its “reform” of the fares.')).not.toEqual([]);
  });
});
