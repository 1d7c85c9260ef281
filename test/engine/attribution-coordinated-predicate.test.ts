/**
 * Rule content/coordinated-predicate-of-object: the noun-phrase content of a cue ends before a
 * second predicate of the cue's own subject told in the past ("praised the plan but stopped short
 * of ...", "confessed to the theft and had paint on his hands"); an adjective in -ed, a relative
 * clause's verb, a predicate that reports again and a reported clause stay. Issue 16, over-long
 * contents of the PolNeAR dev split; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a second predicate after a noun-phrase content', () => {
  it('ends the content before "but stopped short of" and "and had"', () => {
    expect(
      claimsOf('Harbor\n\nSenator Paul Ruiz praised the ferry plan but stopped short of backing the harbor tax.'),
    ).toEqual([['Paul Ruiz', 'the ferry plan']]);
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz denied the harbor charges and has since left the board.')).toEqual([
      ['Paul Ruiz', 'the harbor charges'],
    ]);
  });

  it('shows in the trace', () => {
    const text = 'Harbor\n\nSenator Paul Ruiz praised the ferry plan but stopped short of backing the harbor tax.';
    const b = brief({ text }, { trace: true });
    expect(b.trace?.some((e) => e.rules.includes('content/coordinated-predicate-of-object'))).toBe(true);
  });

  it('keeps an adjective, a predicate that reports again and a reported clause', () => {
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz praised the old and neglected ferry piers.')).toEqual([
      ['Paul Ruiz', 'the old and neglected ferry piers'],
    ]);
    expect(
      claimsOf('Harbor\n\nSenator Paul Ruiz promised a veto and attempted to make the case that the tax is unfair.'),
    ).toEqual([['Paul Ruiz', 'a veto and attempted to make the case that the tax is unfair']]);
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz said the fares rose and was angry.')).toEqual([
      ['Paul Ruiz', 'the fares rose and was angry'],
    ]);
  });
});
