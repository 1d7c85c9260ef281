/**
 * A negated verb of saying or of stance keeps its claim, with the negation in the cue a reader
 * sees: "has not said whether ..." and "does not want to ..." must not read as "said" and "wants".
 * "not only said" is no negation. Issue 16 (briefs a reader can trust), found reading briefs of
 * unseen PTC train articles; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const cuesOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.cue, c.text]);

describe('attribution: a negated cue', () => {
  it('keeps its negation in the cue', () => {
    expect(cuesOf('The mayor has not said what the plan would cost.')).toEqual([
      ['The mayor', 'has not said', 'what the plan would cost'],
    ]);
    expect(cuesOf("The governor didn't say whether the bridge would reopen.")).toEqual([
      ['The governor', "didn't say", 'whether the bridge would reopen'],
    ]);
    expect(cuesOf('The senator does not want to raise taxes.')).toEqual([
      ['The senator', 'does not want', 'to raise taxes'],
    ]);
  });

  it('leaves a plain cue and a negation inside the content alone', () => {
    expect(cuesOf('The mayor said the plan had not failed.')).toEqual([
      ['The mayor', 'said', 'the plan had not failed'],
    ]);
  });
});
