/**
 * Rule content/ends-at-with-absolute: ", with <noun phrase> <cue participle>" opens a report of
 * its own, so the content before it ends at the comma. Issue 16 (one span swallowing another
 * speaker's report); made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: ", with X saying ..." after a claim', () => {
  it('ends the first claim at the comma and gives the second its own speaker', () => {
    expect(claimsOf('Ann Moss refused to fire the ferry clerk, with her spokesman saying he would stay on.')).toEqual([
      ['Ann Moss', 'to fire the ferry clerk'],
      ['her spokesman', 'he would stay on'],
    ]);
  });

  it('ends a finding before another poll "showing" something', () => {
    expect(claimsOf('Harbor\n\nPolls show a tie, with Gallup showing Moss ahead by three points.')[0]).toEqual([
      'Polls',
      'a tie',
    ]);
  });

  it('keeps a "with" phrase that reports nothing', () => {
    expect(claimsOf('Officials said the ferry plan was sound, with everything going well.')[0]?.[1]).toBe(
      'the ferry plan was sound, with everything going well',
    );
  });
});
