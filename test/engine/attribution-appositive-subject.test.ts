/**
 * Two speaker faults seen reading a PolNeAR dev wire report (issue 16); made-up sentences.
 * - cue/cue-after-content: "Ana Ruiz, the mayor's daughter, noted the rule": the bare name before
 *   an appositive is the subject it describes, not what the appositive said.
 * - resolve/no-other-pronoun-carried: a speaker left as the pronoun "it" ("The fare, it says, would
 *   be $3") is not carried on to a later "he said".
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a name before its appositive', () => {
  it('speaks, and is not the content', () => {
    expect(
      claimsOf('Harbor\n\nAna Ruiz, the mayor’s eldest daughter, noted the rule in an interview last week.'),
    ).toEqual([['Ana Ruiz', 'the rule in an interview last week']]);
  });
});

describe('attribution: an unresolved "it" speaker', () => {
  it('is not carried on to "he"', () => {
    const speakers = claimsOf(
      'Harbor\n\nThe average fare, it says, would be $3.\n\nThe plan, he said, would fail.',
    ).map(([speaker]) => speaker);
    expect(speakers.slice(0, 2)).toEqual(['it', 'it']);
    expect(speakers.slice(2)).not.toContain('it');
  });
});
