/**
 * Rule content/trailing-adjunct-of-object: the noun-phrase content of a cue ends before a phrase
 * of the act's time or occasion ("called for ... in a statement on Thursday", "attacked ...
 * during the debate"); a topic after "on" and a reported clause keep theirs. Issue 16, over-long
 * contents of the PolNeAR dev split; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a phrase of time or occasion after a noun-phrase content', () => {
  it('ends the content before "in a statement on Thursday" and "during the debate"', () => {
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz called for a new ferry terminal in a statement on Thursday.')).toEqual(
      [['Paul Ruiz', 'a new ferry terminal']],
    );
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz attacked the harbor tax plan during the debate.')).toEqual([
      ['Paul Ruiz', 'the harbor tax plan'],
    ]);
  });

  it('shows in the trace', () => {
    const b = brief(
      { text: 'Harbor\n\nSenator Paul Ruiz attacked the harbor tax plan during the debate.' },
      { trace: true },
    );
    expect(b.trace?.some((e) => e.rules.includes('content/trailing-adjunct-of-object'))).toBe(true);
  });

  it('keeps a topic after "on", a clause inside the object and a reported clause whole', () => {
    expect(
      claimsOf('Harbor\n\nSenator Paul Ruiz criticized the mayor\u2019s comments on the ferry statement.'),
    ).toEqual([['Paul Ruiz', 'the mayor\u2019s comments on the ferry statement']]);
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz accused the mayor of lying during the hearing.')).toEqual([
      ['Paul Ruiz', 'the mayor of lying during the hearing'],
    ]);
    expect(claimsOf('Harbor\n\nSenator Paul Ruiz said the ferry would sail again during the summer.')).toEqual([
      ['Paul Ruiz', 'the ferry would sail again during the summer'],
    ]);
  });
});
