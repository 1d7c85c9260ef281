/** Test helpers for the attribution suites: the claims the engine finds in a made-up text, and the one holding a fragment. */
import { findActors } from '../../src/engine/actors';
import { findAttribution } from '../../src/engine/attribution';
import { analyse } from '../../src/engine/document';
import type { Claim } from '../../src/schema/brief';

/** Attribution alone (actors found first), as brief() runs it before the later passes. */
export function claimsOf(text: string): Claim[] {
  const doc = analyse(text);
  return findAttribution(doc, findActors(doc)).claims;
}

/** The claim whose text holds `fragment`; throws, listing the claims, when none does. */
export function claimWith(claims: Claim[], fragment: string): Claim {
  const c = claims.find((x) => x.text.includes(fragment));
  if (!c)
    throw new Error(
      `no claim contains ${JSON.stringify(fragment)}; claims: ${JSON.stringify(claims.map((x) => x.text))}`,
    );
  return c;
}
