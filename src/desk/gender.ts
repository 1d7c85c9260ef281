/**
 * Quoted people by inferred gender, the way the Gender Gap Tracker reports it: a lower bound from
 * evidence in the text, never a guess. Uses only the engine's own data: honorifics and gendered
 * role nouns (src/engine/data/titles.ts: Mr., Mrs., Ms., spokeswoman, chairman …) in the speaker's
 * name or its actor's roles, else the first name when it is on exactly one of the Moby male/female
 * first-name lists (src/engine/data/first-names.ts). Only people (actor type `person`) get a
 * gender; organisations, anonymous and unresolved speakers are `unknown`, and so is a person whose
 * evidence disagrees or whose first name is on both lists or on neither.
 *
 * Limits: a name's usual gender is not a person's gender; names outside the English lists
 * (many non-Anglophone names) stay `unknown`, so the unknown share is part of the figure.
 */
import { genderOfFirstName } from '../engine/data/first-names';
import { GENDER_OF_TITLE } from '../engine/data/titles';

export type InferredGender = 'female' | 'male' | 'unknown';

export const GENDER_METHOD =
  'Inferred, never guessed: an honorific or gendered role (Mr., Mrs., Ms., spokeswoman, chairman …) in the name or the actor’s roles, else a first name found on only one of the Moby male/female first-name lists. People only; anonymous, unresolved and conflicting cases, and names outside the English lists, are unknown. A name’s usual gender is not a person’s gender: read the figure as an estimate with its unknown share.';

export interface GenderEvidence {
  name: string;
  /** The actor's type, null when the speaker is not resolved to an actor. */
  type: string | null;
  anonymous: boolean;
  /** The actor's roles ("spokeswoman", "Sen."), if any. */
  roles?: readonly string[];
}

export function inferGender({ name, type, anonymous, roles = [] }: GenderEvidence): InferredGender {
  if (anonymous || type !== 'person') return 'unknown';
  const words = name.split(/\s+/).filter(Boolean);
  const found = new Set<'female' | 'male'>();
  for (const word of [...words.slice(0, 1), ...roles.flatMap((r) => r.split(/\s+/))]) {
    const title = GENDER_OF_TITLE.get(word.toLowerCase().replace(/\.$/, ''));
    if (title) found.add(title);
  }
  if (found.size === 0 && words.length >= 2) {
    const first = genderOfFirstName(words[0]);
    if (first) found.add(first);
  }
  return found.size === 1 ? [...found][0] : 'unknown';
}
