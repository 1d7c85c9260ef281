/**
 * An agentless passive report after a fronted clause (PolNeAR dev recall, issue 16): "Although
 * ..., it is considered a threat" reports a judgement nobody is named for.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: an agentless passive after a fronted clause (agentless-passive)', () => {
  it('takes the short subject after the fronted clause or phrase', () => {
    const claims = claimsOf(
      'The ferry fleet is old. Although the old ferries rarely sink, they are considered a hazard in winter storms. Perhaps worst of all, inspectors have been blamed for ignoring the rust.',
    );
    const considered = claimWith(claims, 'hazard');
    expect(considered.text).toBe('they are considered a hazard in winter storms');
    expect(considered.speaker).toBeNull();
    expect(claimWith(claims, 'ignoring the rust').text).toBe('inspectors have been blamed for ignoring the rust');
  });
});
