/**
 * Whether a speaker pronoun can stand for an actor (issue 16, claims): "it said" is never a person
 * ("..., it said" after a clinic's owner's name is still the agency), and "he"/"she" never a body,
 * a country or a place. A name with no actor, and "they", fit anything.
 */
import type { Actor } from '../../schema/brief';

export function pronounFits(pronoun: string, actor: Actor | null | undefined): boolean {
  if (!actor) return true;
  if (pronoun === 'it') return actor.type !== 'person';
  if (pronoun === 'he' || pronoun === 'she') return actor.type === 'person';
  return true;
}
