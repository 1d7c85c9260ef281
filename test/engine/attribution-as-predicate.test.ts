/**
 * A labelling verb with an object and an "as" phrase (cue/as-predicate): the subject speaks, the
 * verb is the cue, the object with its label is the content, whatever the subject ("the union",
 * "opponents"), and with verbs that report only in this frame ("cast", "paint", "see"). Made-up
 * sentences; each also checks a reading that must not report.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { claimsOf, claimWith } from './claims';

describe('claims: VERB + object + "as" + label (cue/as-predicate)', () => {
  it('reads "cast X as Y" with a plural group subject', () => {
    const c = claimWith(
      claimsOf('Opponents cast the zoning measure as an overreach by the harbor board.'),
      'overreach',
    );
    expect(c.cue).toBe('cast');
    expect(c.speaker?.name).toBe('Opponents');
    expect(c.text).toBe('the zoning measure as an overreach by the harbor board');
  });

  it('reads "painted" and "framed" after a lower-case body subject', () => {
    const a = claimWith(
      claimsOf('The dockworkers union painted the wage offer as an insult to its members.'),
      'insult',
    );
    expect(a.cue).toBe('painted');
    expect(a.speaker?.name).toContain('dockworkers union');
    const b = claimWith(claimsOf('The ferry council framed the fare vote as a test of loyalty.'), 'test of loyalty');
    expect(b.cue).toBe('framed');
  });

  it('reads a progressive "is casting herself as"', () => {
    const c = claimWith(
      claimsOf('Councilwoman Ana Brightwater is casting herself as a champion of renters.'),
      'champion',
    );
    expect(c.speaker?.name).toBe('Ana Brightwater');
    expect(c.cue).toBe('casting');
  });

  it('takes the "as" phrase of an object gap ("what critics described as ...")', () => {
    const c = claimWith(
      claimsOf('The mayor stalled for weeks, engaging in what critics described as classic delay tactics.'),
      'classic delay tactics',
    );
    expect(c.cue).toBe('described');
    expect(c.text).toBe('classic delay tactics');
  });

  it('ends a label in a fronted clause at its comma', () => {
    const c = claimWith(claimsOf('When my uncle referred to the judge as a crook, I knew the feud was back.'), 'crook');
    expect(c.text).toBe('the judge as a crook');
    expect(c.cue).toBe('referred to');
  });

  it('takes an attack or esteem told with a label ("gone after X as", "admires X as")', () => {
    const c = claimWith(
      claimsOf('Councilwoman Ana Brightwater has gone after the harbor master as a “pier wrecker.”'),
      'pier wrecker',
    );
    expect(c.speaker?.name).toBe('Ana Brightwater');
    expect(c.cue).toBe('gone after');
    expect(
      claimWith(claimsOf('Ana Brightwater openly admires the ferry captain as a “true leader.”'), 'true leader').cue,
    ).toBe('admires');
  });

  it('reports nothing for a passive, "as soon as", "as a child" or a verb before "as"', () => {
    expect(claimsOf('The harbor levy was described as a giveaway.')).toHaveLength(0);
    expect(claimsOf('We will see the tide tables as soon as they are printed.')).toHaveLength(0);
    expect(claimsOf('He saw the lighthouse as a child.')).toHaveLength(0);
    expect(claimsOf('Overnight interest rates closed higher on Friday as liquidity tightened.')).toHaveLength(0);
  });
});

describe('a one-word label in an object-gap relative clause (cue/gap-label)', () => {
  it('credits the subject with the label after a naming or "as" verb', () => {
    const cases: [string, string][] = [
      ['The board passed a levy that tenants called unfair.', 'tenants'],
      ['The board passed a levy which Ana Brightwater branded reckless.', 'Ana Brightwater'],
      ['The board passed a levy that the harbor master dismissed as pointless.', 'the harbor master'],
      ['The board passed the levy, which the dockworkers called necessary, on Monday.', 'the dockworkers'],
    ];
    for (const [text, speaker] of cases) {
      const b = brief({ text }, { trace: true });
      expect(b.claims, text).toHaveLength(1);
      const c = b.claims[0];
      expect(c.text, text).toMatch(/^(unfair|reckless|pointless|necessary)$/);
      expect(c.speaker?.name, text).toBe(speaker);
      const rules = (b.trace ?? []).filter((e) => e.kind === 'claim' && e.start === c.start).flatMap((e) => e.rules);
      expect(rules, text).toContain('cue/gap-label');
    }
  });

  it('reads no label in a call back, a place called home, a time or an object after the verb', () => {
    for (const text of [
      'She is the friend that Ana Brightwater called back.',
      'It was the port that Ana Brightwater called home.',
      'He is a cousin whom Ana Brightwater called yesterday.',
      'It is the clerk that Ana Brightwater called.',
      'Tenants called unfair rents a scandal.',
    ])
      expect(
        claimsOf(text).filter((c) => !c.text.includes(' ')),
        text,
      ).toHaveLength(0);
  });
});
