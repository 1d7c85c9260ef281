/**
 * A participle set off by commas after its noun is passive ("The new bridge, announced in May, will
 * cost ...", "The First Amendment, approved four years later, aimed at ..."): the noun is what was
 * announced, not a speaker. Issue 16, seen in PTC train opinion pieces; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a participle set off by commas', () => {
  it('makes no claim of "The new bridge, announced in May, will cost ..."', () => {
    expect(
      claimsOf(
        'Harbor\n\nThe new bridge, announced in May, will cost $4 million. The harbor law, approved two years later, ' +
          'aimed at keeping the port open. The settlement, confirmed in court last week, essentially ends the case.',
      ),
    ).toEqual([]);
  });

  it('still reads an inverted speech tag and a verb after an appositive', () => {
    const claims = claimsOf(
      'Harbor\n\nThat ban, declared the harbor council, applies to every boat. The packet, a guide for new pilots, ' +
        'instructed pilots to slow down near the pier, or to stop.',
    );
    expect(claims.map((c) => c[0])).toContain('the harbor council');
    expect(claims.some((c) => String(c[1]).startsWith('to slow down'))).toBe(true);
  });
});

describe('attribution: a participle with a particle or adverb before its "by" agent', () => {
  it('makes no claim of "the clips tweeted out by a councillor" or "the rumour put about widely by rivals"', () => {
    expect(
      claimsOf(
        'Harbor\n\nThe fuss over the clips tweeted out by a councillor is a sign of the times. ' +
          'The rumour put about widely by rivals was false.',
      ),
    ).toEqual([]);
  });

  it('still reads a "that" clause after the particle and its "by" phrase', () => {
    const claims = claimsOf('Harbor\n\nThe pilot wrote back by email that the pier had flooded.');
    expect(claims.some((c) => String(c[1]).includes('the pier had flooded'))).toBe(true);
  });
});
