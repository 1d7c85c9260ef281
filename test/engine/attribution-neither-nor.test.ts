/**
 * "Neither X nor Y said ..." negates the saying as "did not say" does: the claim keeps the
 * negation in its cue and never reads as Y saying it (attribution/neither-nor.ts). Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const cuesOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.cue, c.text]);

describe('attribution: a neither-nor subject', () => {
  it('keeps the negation in the cue', () => {
    expect(cuesOf('Neither Dana Whitlock nor the harbour master said the pier would reopen.')).toEqual([
      ['the harbour master', 'neither … nor … said', 'the pier would reopen'],
    ]);
    expect(cuesOf('Neither the warden nor his deputy has said whether the gates will open.')).toEqual([
      ['his deputy', 'neither … nor … has said', 'whether the gates will open'],
    ]);
  });

  it('leaves "neither" inside the content and a plain coordination alone', () => {
    expect(cuesOf('The warden said neither the gates nor the fences would be repaired.')).toEqual([
      ['The warden', 'said', 'neither the gates nor the fences would be repaired'],
    ]);
    expect(cuesOf('Neither the gates nor the fences will be repaired, the warden said.')).toEqual([
      ['the warden', 'said', 'Neither the gates nor the fences will be repaired'],
    ]);
  });
});
