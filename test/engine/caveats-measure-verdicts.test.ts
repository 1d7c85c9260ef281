/**
 * Verdicts of measure (caveats/measure-verdicts.ts): the writer weighs an amount against what is
 * needed ("not nearly enough"), a step against a limit ("goes too far") or a choice against reason
 * ("makes perfect sense"). Thresholds, literal distances, "make sense of" and reported speech stay
 * quiet. Every text is made up.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const author = (text: string) =>
  brief({ text })
    .caveats.filter((k) => k.voice === 'author' && k.kind !== 'anonymous-sourcing' && k.kind !== 'single-source')
    .map((k) => k.text);
const flags = (text: string, part: string) => author(text).some((k) => k.includes(part));
const quiet = (text: string) => expect(author(text)).toEqual([]);

describe('an amount judged short of the need', () => {
  it('flags "not nearly enough", "nowhere near enough", "simply not enough", "not doing enough to"', () => {
    expect(flags('The pay rise is not nearly enough.', 'is not nearly enough')).toBe(true);
    expect(flags('The fine is nowhere near enough.', 'is nowhere near enough')).toBe(true);
    expect(flags('Two percent is simply not enough.', 'is simply not enough')).toBe(true);
    expect(flags('The offer isn’t enough, and the union knows it.', 'isn’t enough')).toBe(true);
    expect(flags('An apology is far from enough.', 'is far from enough')).toBe(true);
    expect(flags('The government is not doing enough to help renters.', 'is not doing enough')).toBe(true);
  });

  it('leaves thresholds, counts and reported shortfalls alone', () => {
    quiet('There was not enough food for the refugees.');
    quiet('The 2 percent rise was not enough to offset inflation.');
    quiet('Not enough people voted to meet the threshold.');
    quiet('The village is far enough from the coast to escape flooding.');
    quiet('The team scored enough points to qualify.');
    quiet('Union leaders say the offer is not enough.');
    quiet('“The pay rise is not nearly enough,” the union said.');
  });
});

describe('a step judged past the limit', () => {
  it('flags "goes too far", "went much too far in ..."', () => {
    expect(flags('The new law goes too far.', 'goes too far')).toBe(true);
    expect(flags('The ban goes much too far.', 'goes much too far')).toBe(true);
    expect(flags('The council went too far in closing the library.', 'went too far')).toBe(true);
  });

  it('leaves a start date, a comparison, a distance and reported speech alone', () => {
    quiet('The new law goes into effect on Monday.');
    quiet('The cuts go further than those announced in March.');
    quiet('The ship had gone too far north before the crew noticed.');
    quiet('The minister said the new law went too far.');
  });
});

describe('a choice judged against reason', () => {
  it('flags "makes perfect sense", "makes sense", "would make far more sense"', () => {
    expect(flags('The merger makes perfect sense.', 'makes perfect sense')).toBe(true);
    expect(flags('The decision makes sense.', 'makes sense')).toBe(true);
    expect(flags('It would make far more sense to fix the roads first.', 'make far more sense')).toBe(true);
  });

  it('leaves "make sense of" alone', () => {
    quiet('Investigators are still trying to make sense of the data.');
    quiet('Residents struggled to make sense of the new rules.');
  });
});
