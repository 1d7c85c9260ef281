/**
 * A plain "X said S" inside another claim's content is a claim of its own (issue 16, PolNeAR dev
 * misses: the outer claim's speaker was the only one, so the nested report had the wrong source).
 * Topics and empty objects ("what the charter says about ...") stay inside the outer claim.
 * Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

describe('claims: a nested "X said S"', () => {
  it('"A said B built condos, amounting to what the councillors said was a land grab"', () => {
    const claims = claimsOf(
      'Mayor Ann Ruiz said the developers had used the grant to build luxury flats, amounting to what the councillors said was a land grab.',
    );
    const outer = claims.find((c) => c.text.startsWith('the developers'));
    expect(outer?.speaker?.name).toBe('Ann Ruiz');
    const inner = claims.find((c) => c.speaker?.name === 'the councillors');
    expect(inner?.text).toBe('was a land grab');
  });

  it('"A said S1 and the port authority said S2" after a lost full stop', () => {
    const claims = claimsOf(
      'Ruiz said the agency was taking steps to audit the regional centers The port authority said it would audit them as well.',
    );
    expect(claims.find((c) => c.speaker?.name.includes('port authority'))?.text).toBe('it would audit them as well');
  });

  it('keeps a topic inside the outer claim ("what the charter says about those in office")', () => {
    const claims = claimsOf(
      'The columnist wrote that the mayor should know what the charter says about those in office.',
    );
    expect(claims.some((c) => c.text === 'about those in office')).toBe(false);
  });
});
