/**
 * Rule cue/quantifier-subject: a quantifier opening its clause is the subject of the cue verb after
 * it ("Some say ...", "But many argue that ..."), a source of unnamed people; after a quantifier an
 * -s form or a word before an auxiliary is still a noun ("Many claims were false"), and so is "say"
 * after a verb ("have some say"). Issue 16, unnamed-group sources of the PolNeAR dev split;
 * made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a quantifier as the subject of a cue', () => {
  it('"Some say ...", "But many argue that ...", "Still, few believed ..."', () => {
    expect(claimsOf('Harbor\n\nSome say the new ferry fare will hurt commuters.')).toEqual([
      ['Some', 'the new ferry fare will hurt commuters'],
    ]);
    expect(claimsOf('Harbor\n\nThe fare went up. But many argue that the council moved too fast.')).toEqual([
      ['many', 'the council moved too fast'],
    ]);
    expect(claimsOf('Harbor\n\nStill, few believed the ferry would run on time.')).toEqual([
      ['few', 'the ferry would run on time'],
    ]);
  });

  it('leaves a quantifier before a noun alone', () => {
    expect(claimsOf('Harbor\n\nMany claims about the ferry were false.')).toEqual([]);
    expect(claimsOf('Harbor\n\nSome reports were filed late.')).toEqual([]);
    const speakers = claimsOf('Harbor\n\nResidents want to have some say in the ferry timetable.').map((c) => c[0]);
    expect(speakers).not.toContain('some');
  });
});
