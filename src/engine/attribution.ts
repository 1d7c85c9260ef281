/**
 * Attribution: who said what (claims) and on whose word (sources).
 *
 * Not yet implemented (issue: Engine II): returns no claims and no sources.
 */
import type { Actor, Claim, Source } from '../schema/brief';
import type { Doc } from './document';

export interface Attribution {
  claims: Claim[];
  sources: Source[];
}

export function findAttribution(_doc: Doc, _actors: Actor[]): Attribution {
  return { claims: [], sources: [] };
}
