/**
 * How online news describes videos and posts (issue 16, cues that are not verbs of saying in the
 * narrow sense): a passive verb of perception before the speech verb ("the man is heard saying",
 * "she can be seen shouting"), and a post credited after its quotation ("..., the bar posted on
 * its Facebook page"). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claims = (text: string) => brief({ text }).claims.map((c) => `${c.speaker?.name ?? 'null'} | ${c.text}`);

describe('a speaker heard or seen in a video', () => {
  it('credits the quotation before "X is heard saying" to X, not the words after the verb', () => {
    const got = claims('“You are finished,” the man is heard saying on the video.');
    expect(got).toContain('the man | “You are finished,”');
    expect(got.some((c) => c.includes('on the video'))).toBe(false);
  });

  it('finds the speaker of "X can be heard saying" before a quotation', () => {
    expect(claims('The driver can be heard saying “slow down” on the recording.')[0]).toMatch(/^The driver \| /);
  });

  it('keeps a coordinated predicate’s quotation without guessing its speaker', () => {
    const got = claims('A dispatcher reached a woman who was crying and can be heard saying, “let me in.”');
    expect(got).toEqual(['null | “let me in.”']);
  });
});

describe('a post credited after its quotation', () => {
  it('credits "..., the bar posted on its Facebook page" to the bar', () => {
    const got = claims('“We have let the employee go,” the Lantern bar posted on its Facebook page.');
    expect(got).toEqual(['the Lantern bar | “We have let the employee go,”']);
  });

  it('reads "the post below" and "posted a loss" as no cue', () => {
    expect(claims('The firm posted a loss of $3 million. The post below was removed.')).toEqual([]);
  });
});
