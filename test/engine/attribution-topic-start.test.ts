/**
 * Where content starts and ends (PolNeAR dev recall, issue 16): "on" before a possessive name opens
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

describe('claims: a second subject with a base-form cue ends the content (content/next-subject-report)', () => {
  it('splits "A want X, and Bs want Y" at the plural subject', () => {
    const claims = claimsOf(
      'The harbor levy is up for renewal. Landlords want a lower levy, and Greens want a rent freeze.',
    );
    expect(claimWith(claims, 'lower levy').text).toBe('a lower levy');
    const c = claimWith(claims, 'rent freeze');
    expect(c.text).toBe('a rent freeze');
    expect(c.speaker?.name).toBe('Greens');
  });
});
