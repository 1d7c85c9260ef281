/**
 * Claim-dense input: 400 KB of `He said "x." ` (30,769 claims) must give every claim, each with
 * its speaker, and stay linear: twice the claims take about twice the time (the absolute target,
 * 200 ms for the whole brief, is held by `npm run bench:engine`).
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/engine/actors';
import { findAttribution } from '../../src/engine/attribution';
import { brief } from '../../src/engine';
import { analyse } from '../../src/engine/document';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth';

describe('attribution on claim-dense text', () => {
  it('finds every "He said “x.”" claim in 400 KB, in linear time', () => {
    const text = 'He said "x." '.repeat(20_000).padEnd(400_000, 'He said "x." ');
    const doc = analyse(text);
    const actors = findActors(doc);
    const { claims } = findAttribution(doc, actors);
    expect(claims.length).toBe(30_769);
    expect(claims[0]).toMatchObject({ text: '"x."', cue: 'said', speaker: { name: 'He' } });
    expect(claims[30_768]).toMatchObject({ text: '"x."', cue: 'said', speaker: { name: 'He' } });
    const make = (n: number) => {
      const d = analyse('He said "x." '.repeat(n));
      return { d, actors: findActors(d) };
    };
    expect(growthRatio(make, ({ d, actors }) => findAttribution(d, actors), 5_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);

  it('stays linear on one run-on sentence of coordinated cues ("she said it, and he said it, ...")', () => {
    const make = (n: number) =>
      'Maria Lopez spoke. ' + 'She said it, and she said it, and he said it, '.repeat(n) + 'she said.';
    expect(growthRatio(make, (text) => brief({ text }), 2_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);

  it('stays linear on one run-on sentence of names and pronouns ("Tom Hale met Ann Boyd and he said ...")', () => {
    // Each pronoun compared every name earlier in its sentence, and looked through the sentence's quotations again.
    const make = (n: number) => 'Tom Hale met Ann Boyd and he said "Reyes lied" and she '.repeat(n);
    expect(growthRatio(make, (text) => brief({ text }), 2_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });

  it('stays linear when one role phrase speaks thousands of times ("The civil lawyer wrote ...")', () => {
    const make = (n: number) =>
      'Maria Lopez spoke. ' + 'The civil lawyer wrote "x," and she added "y," '.repeat(n) + '.';
    expect(growthRatio(make, (text) => brief({ text }), 2_000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);

  it('stays linear on one run-on sentence of participles after "by" ("... by telling pilots the pier leaks ...")', () => {
    // Each participle after "by" looked back to the sentence's start for a "whether" / "that" opening its clause.
    const make = (n: number) => 'Ben warned the board by telling pilots the pier leaks '.repeat(n) + '.';
    expect(growthRatio(make, (text) => brief({ text }), 1_500)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);

  it('stays linear on one run-on sentence of quotations after cue clauses (\'"a," he said, "b c d" ...\')', () => {
    // Each quotation's cue clause looked for the unquoted start of its statement from the sentence's start.
    const make = (n: number) => '"a," he said, "b c d" '.repeat(n);
    expect(growthRatio(make, (text) => brief({ text }), 1_500)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);

  it('stays linear on one run-on sentence of pronoun speakers among names of nobody ("Asked if he said x ...")', () => {
    // Each pronoun read every earlier name in its sentence (and 1,500 characters back) for a person.
    const make = (n: number) => 'Asked if he said x he said x '.repeat(n);
    expect(growthRatio(make, (text) => brief({ text }), 1_500)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  }, 60_000);
});
