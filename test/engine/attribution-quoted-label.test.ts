/**
 * A quoted label after a naming verb or an "as" verb (cue/quoted-label): the quotation is the
 * label the subject gave its object, so the claim ends where the quotation closes, and the
 * speaker is the verb's subject, also one set off by commas inside a relative clause. Made-up
 * sentences; each also checks the reading that must go.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a quoted label is the content (cue/quoted-label)', () => {
  it('ends the content of "which X called “...”" at the closing mark', () => {
    const c = claimWith(
      claimsOf('The harbor levy, which the governor called "a gift to the banks," passed anyway.'),
      'gift to the banks',
    );
    expect(c.text).not.toContain('passed');
    expect(c.speaker?.name).toBe('the governor');
    expect(c.cue).toBe('called');
  });

  it('takes the name set off by commas in the relative clause as the speaker', () => {
    const c = claimWith(
      claimsOf(
        'Perhaps it is a twist of fate, given the push for new tolls -- which the port lawyer, Ann Brightwater, called "pure theater" -- that the vote failed.',
      ),
      'pure theater',
    );
    expect(c.speaker?.name).toBe('Ann Brightwater');
    expect(c.text).not.toContain('vote failed');
  });

  it('reads a quoted label after a body subject ("The union called the offer “...”")', () => {
    const c = claimWith(
      claimsOf('Talks resumed on Monday. The dockworkers union called the offer "an insult to every worker."'),
      'insult',
    );
    expect(c.text).toBe('the offer "an insult to every worker."');
    expect(c.speaker?.name).toContain('dockworkers union');
  });

  it('keeps a list of quoted labels in one claim', () => {
    const c = claimWith(
      claimsOf('Tom Reyes called the councilman a "sore loser," a "bully" and "unfit," then left the hall.'),
      'sore loser',
    );
    expect(c.text).toBe('the councilman a "sore loser," a "bully" and "unfit,"');
  });

  it('takes "described it as “...”" after a lower-case subject', () => {
    const c = claimWith(claimsOf('The ferry board described the budget as "reckless and cruel."'), 'reckless');
    expect(c.cue).toBe('described');
    expect(c.text).toBe('the budget as "reckless and cruel."');
  });
});
