/**
 * Catenative verbs: verbs that carry a cue verb in a to-infinitive and keep its subject ("She
 * continues to insist that ...", "He went on to say that ...", "He appeared to suggest that ...").
 * The subject of the catenative verb is the one who speaks.
 *
 * Origin: written for this project (MIT, like the repository), after the aspect and raising verbs
 * around cue verbs in the PolNeAR dev split's missed attributions (Newell, Margolin & Ruths, LREC
 * 2018). Verbs of refusing or intending ("declined to say", "plans to announce") are left out: they
 * report that nothing was said, or not yet; so is "begin" ("I can't begin to think of ..."). Licence: same as this repository.
 */

/** One-word catenatives, every form written out. */
export const CATENATIVE_VERBS: ReadonlySet<string> = new Set([
  'continue',
  'continues',
  'continued',
  'continuing',
  'appear',
  'appears',
  'appeared',
  'appearing',
  'seem',
  'seems',
  'seemed',
  'seeming',
  'proceed',
  'proceeds',
  'proceeded',
  'tend',
  'tends',
  'tended',
]);

/** The first word of a two-word catenative whose second word is "on" ("went on to say"). */
export const CATENATIVE_ON: ReadonlySet<string> = new Set(['go', 'goes', 'went', 'going', 'gone']);
