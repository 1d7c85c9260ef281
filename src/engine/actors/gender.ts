/**
 * The gender the actors pass found for a person (from an honorific, a gendered title or a given
 * name: actors/merge.ts), kept beside the brief's actors rather than in them: the contract has
 * no gender field, and the brief never states one. Read by the speaker rules ("he said" is not a
 * woman's).
 */
import type { Actor } from '../../schema/brief';

const GENDERS = new WeakMap<Actor, 'male' | 'female'>();

export function setGender(actor: Actor, gender: 'male' | 'female' | null): void {
  if (gender) GENDERS.set(actor, gender);
}

/** The person's gender, null when none was found (or the actor was rebuilt by a later pass). */
export function genderOf(actor: Actor): 'male' | 'female' | null {
  return GENDERS.get(actor) ?? null;
}
