/**
 * Whether a speaker pronoun can stand for an actor (issue 16, claims): "it said" is never a person
 * ("..., it said" after a clinic's owner's name is still the agency), and "he"/"she" never a body,
 * a country or a place. A name with no actor, and "they", fit anything.
 */
import type { Actor } from '../../schema/brief';
import { PERSON_ROLE_HEADS } from '../data/speaker-heads';
import { SUBJECT_PRONOUNS } from '../data/speaker-words';
import { genderOf } from '../actors/gender';
import type { Resolved } from '../attribution/resolved';

export function pronounFits(pronoun: string, actor: Actor | null | undefined): boolean {
  if (!actor) return true;
  if (pronoun === 'it') return actor.type !== 'person';
  // (Rule resolve/pronoun-gender: "he" is no woman the article named as one, "she" no man.)
  if (pronoun === 'he' || pronoun === 'she') return actor.type === 'person' && genderFits(pronoun, actor);
  // (Rule resolve/they-not-gendered-person: "they said" after Ann Moss spoke is a group, not Moss,
  // whom the article calls "she"; a person of no known gender may be "they".)
  if (pronoun === 'they') return actor.type !== 'person' || genderOf(actor) === null;
  return true;
}

function genderFits(pronoun: 'he' | 'she', actor: Actor): boolean {
  const g = genderOf(actor);
  return g === null || g === (pronoun === 'he' ? 'male' : 'female');
}

/**
 * Whether "it" can stand for a name found before it (issue 16, speakers): only a name Engine I
 * made an actor of, and not a person ("The average benefit, it says, ..." after an economist
 * spoke is the report, not her; "the museum of History and Culture ... it would tell" is no
 * "Culture"). Other pronouns as `pronounFits`.
 */
export function pronounFitsName(pronoun: string, actor: Actor | null | undefined): boolean {
  if (pronoun === 'it') return !!actor && actor.type !== 'person';
  return pronounFits(pronoun, actor);
}

/** The actor with id `id` (a loop: this runs per pronoun claim), or null. */
export function actorById(actors: readonly Actor[], id: string | null): Actor | null {
  if (id === null) return null;
  for (let k = 0; k < actors.length; k++) if (actors[k].id === id) return actors[k];
  return null;
}

/** "a council spokesman", "the city's lawyer": a phrase that names one person by role, never an "it". */
export function isPersonByRole(name: string): boolean {
  return PERSON_ROLE_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Rule resolve/no-other-pronoun-carried: a speaker left as an unresolved pronoun ("it says")
 * carries on only as that same pronoun; "“...,” he said" after it is not "it".
 */
export function isOtherPronoun(speaker: { name: string; actorId: string | null }, pronoun: string): boolean {
  const name = speaker.name.toLowerCase();
  return speaker.actorId === null && name !== pronoun && SUBJECT_PRONOUNS.has(name);
}

/** "He acknowledged ..." never continues "critics would call them ...": a singular pronoun, a plural speaker. */
export const SINGULAR_PERSONAL: ReadonlySet<string> = new Set(['he', 'she']);

/**
 * Can "it" carry the previous claim's speaker on? A body, a country or an outlet with an actor
 * ("The port authority said ... It said"), or a phrase with none that could speak; never a
 * person ("An economist spoke ... The benefit, it says, ..." is a report's).
 */
export function carriesIt(prev: Resolved, actors: readonly Actor[]): boolean {
  const actor = actorById(actors, prev.speaker.actorId);
  if (actor) return actor.type !== 'person';
  // "a council spokesman said ... “...,” it says": a person by role is no "it" either.
  return prev.person && !isPersonByRole(prev.speaker.name);
}
/** A speaker phrase ending in a lower-case plural ("critics", "two officials"). */
export function isCommonPlural(name: string): boolean {
  // (Asked per pronoun claim: a last word of three letters or fewer is ruled out before it is copied.)
  if (name.length - name.lastIndexOf(' ') - 1 <= 3) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && last === last.toLowerCase();
}
