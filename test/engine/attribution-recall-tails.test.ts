/**
 * Claims whose cue comes late or whose content goes on after the cue clause (issue 16, recall),
 * each with a made-up article and the reading that must stay out.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a finding verb closing its sentence (cue/trailing-finding)', () => {
  it('reads "S, a review by X shows." as the review finding S', () => {
    const c = claimWith(
      claimsOf(
        'The ferry board met on Monday. Repairs to the north pier ran two years late, a review by the harbor auditor shows.',
      ),
      'north pier',
    );
    expect(c.text).toBe('Repairs to the north pier ran two years late');
    expect(c.cue).toBe('shows');
    expect(c.speaker?.name).toContain('review');
  });

  it('leaves a clause of its own out ("..., as the footage showed.")', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. The queue had cleared before dawn, as the camera footage showed.',
    );
    expect(claims.filter((c) => c.text.includes('queue'))).toEqual([]);
  });

  it('needs an evidence noun after the comma ("..., the ferry finally showed.")', () => {
    const claims = claimsOf(
      'The ferry board met on Monday. Passengers waited for hours, and the ferry finally showed.',
    );
    expect(claims.filter((c) => c.text.includes('Passengers'))).toEqual([]);
  });
});
