/**
 * Rule content/quoted-label-end: content that closes on a short quotation ends with it when a dash,
 * "meaning", a participle or (after a stance cue) a time phrase follows: those are the writer's
 * words. Issue 16, over-long contents of the PolNeAR dev split; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: content that ends on a quoted label', () => {
  it('ends at the closing mark before a time phrase or a dash', () => {
    expect(
      claimsOf('Harbor\n\nGovernor Ann Ruiz described the mayor as a “disgrace” after he cut the school budget.'),
    ).toEqual([['Ann Ruiz', 'the mayor as a “disgrace”']]);
    expect(
      claimsOf('Harbor\n\nGovernor Ann Ruiz likened the ferry plan to “burning money” - a charge that stung.'),
    ).toEqual([['Ann Ruiz', 'the ferry plan to “burning money”']]);
  });

  it('keeps what modifies the quoted words, or goes on with another quotation', () => {
    expect(claimsOf('Harbor\n\nGovernor Ann Ruiz likened the mayor to a “hungry fox” in a henhouse.')).toEqual([
      ['Ann Ruiz', 'the mayor to a “hungry fox” in a henhouse'],
    ]);
    expect(claimsOf('Harbor\n\nGovernor Ann Ruiz said the plan was “a disaster” during the storm.')).toEqual([
      ['Ann Ruiz', 'the plan was “a disaster” during the storm'],
    ]);
  });
});
