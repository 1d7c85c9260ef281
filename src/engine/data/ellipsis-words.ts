/**
 * Words of an elliptical clause after a cue (attribution/cue.ts `emptyContent`).
 *
 * Origin: written for this project (MIT, like the repository), from English grammar: the
 * auxiliaries, modals and negation that may close a clause whose verb is left out.
 * Licence: same as this repository.
 */

/**
 * Verb forms that, after a pronoun, make an elliptical clause with nothing said ("as rich as he
 * says he is", "as the bank said they would", "she said she might not"): auxiliaries and modals
 * besides those in speaker-words' AUX.
 */
export const ELLIPSIS_VERBS: ReadonlySet<string> = new Set([
  'be',
  'been',
  'am',
  'not',
  "n't",
  'too',
  'should',
  'might',
  'may',
  'must',
  'shall',
]);
