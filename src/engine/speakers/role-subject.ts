/**
 * A role phrase that spoke in the sentence before is the subject a he/she most likely continues
 * (issue 16, speakers): "the civil lawyer wrote in one email. In another, she added ..." is the
 * lawyer, though the pronoun resolver, which knows only named persons, finds a woman named earlier.
 */
import { PERSON_ROLE_HEADS } from '../data/speaker-heads';
import type { Resolved } from '../attribution/resolved';

const ROLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Whether `pronoun` (he/she), in sentence `sentence`, continues `prev`, a role phrase with no actor behind it. */
export function continuesRoleSubject(pronoun: string, prev: Resolved, sentence: number): boolean {
  if (pronoun !== 'he' && pronoun !== 'she') return false;
  const { speaker } = prev;
  if (speaker.actorId !== null || speaker.anonymous || !prev.person) return false;
  if (sentence - prev.sentence > 1 || sentence < prev.sentence) return false;
  // The first and last words, read off the name (no list of its words: this runs per pronoun claim).
  const name = speaker.name;
  const space = name.indexOf(' ');
  if (space < 0 || !ROLE_DETERMINERS.has(name.slice(0, space).toLowerCase())) return false;
  const head = name.slice(name.lastIndexOf(' ') + 1);
  const gender = PERSON_ROLE_HEADS.get(head);
  if (gender === undefined) return false;
  return gender === null || gender === (pronoun === 'he' ? 'male' : 'female');
}
