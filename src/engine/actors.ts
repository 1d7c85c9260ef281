/**
 * Actors: people, organisations, countries, places and groups, one per entity, with roles,
 * aliases, mentions (pronouns resolved) and salience.
 *
 * Not yet implemented (issue: Engine I): returns no actors.
 */
import type { Actor } from '../schema/brief';
import type { Doc } from './document';

export function findActors(_doc: Doc): Actor[] {
  return [];
}
