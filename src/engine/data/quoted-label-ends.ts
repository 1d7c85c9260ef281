/**
 * Words after a short quotation that end the reported content there (attribution/quoted-label-end.ts):
 * a linker that opens the writer's own words ("..., meaning"), and the openers of a time phrase
 * after a stance's quoted object ("as a “disgrace” after ...", "“lazy” during ..."); not "in",
 * "on" or "at", which as often modify the quoted words' noun ("a “vicious snake” in a song").
 *
 * Origin: written for edge-brief (MIT, like the repository); plain English function words, chosen
 * from the over-long contents of the PolNeAR dev split (issue 16). No third-party list.
 */

/** Linkers after the quotation (and its comma) that open a clause of the writer's. */
export const QUOTED_LABEL_LINKERS: ReadonlySet<string> = new Set(['meaning']);

/** Words that open a time phrase right after a stance's quoted object. */
export const QUOTED_LABEL_ADJUNCTS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'during',
  'while',
  'when',
  'since',
  'until',
  'amid',
  'despite',
  'because',
  // A day named by a word ("Wednesday" and the months are in speaker-words' MONTHS_AND_DAYS);
  // not "then" or "now", which go on with the sentence as often as they date it.
  'yesterday',
  'today',
  'tonight',
  'earlier',
  'last',
]);
