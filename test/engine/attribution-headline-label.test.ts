/**
 * Headline labels before a colon (PolNeAR dev recall, issue 16): "Poll: ..." and "X on Topic: ..."
 * give the line after the colon to the poll or to X.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

const BODY =
  '\n\nThe city council met on Monday to discuss the budget. Mayor Ana Ruiz said the plan would be ready soon.\n';

describe('claims: a headline label naming its speaker (name-colon/line)', () => {
  it('gives a poll or a study label its finding', () => {
    const claims = claimsOf(`Survey: Renters Abandon Big Cities for Suburbs.${BODY}`);
    const c = claimWith(claims, 'Renters Abandon');
    expect(c.speaker?.name).toBe('Survey');
  });

  it('reads "X on Topic:" as X speaking on the topic', () => {
    const claims = claimsOf(`Mayor Ruiz on Housing: The Costs Are Alarming.${BODY}`);
    const c = claimWith(claims, 'Costs Are Alarming');
    expect(c.text).toBe('The Costs Are Alarming');
    expect(c.speaker?.name).toBe('Ana Ruiz');
  });

  it('leaves genre labels and topic labels alone', () => {
    for (const title of [
      'Analysis: Why the Budget Vote Split.',
      'Special Report: The Harbor Deal.',
      'Focus on Housing: What the Budget Means.',
    ]) {
      const claims = claimsOf(`${title}${BODY}`);
      expect(claims.filter((c) => c.start < title.length)).toEqual([]);
    }
  });
});
