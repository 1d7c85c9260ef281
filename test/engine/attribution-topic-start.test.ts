/**
 * Where a topic content starts (PolNeAR dev recall, issue 16): "on" before a possessive name opens
 * the topic ("commented on Ruiz’s remarks"), not a channel ("said on Telegram").
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: "on" and a possessive name after a cue (contentAfter)', () => {
  it('keeps the possessive name in the topic', () => {
    const claims = claimsOf(
      'The harbor deal was signed. Governor Lena Dahl has also commented on Ruiz’s handling of it.',
    );
    const c = claimWith(claims, 'handling');
    expect(c.text).toBe('on Ruiz’s handling of it');
    expect(c.speaker?.name).toBe('Lena Dahl');
  });

  it('still skips a channel name', () => {
    const claims = claimsOf('Governor Lena Dahl said on Telegram the harbor deal was dead.');
    expect(claimWith(claims, 'harbor deal').text).toBe('the harbor deal was dead');
  });
});
