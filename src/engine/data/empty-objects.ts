/**
 * Objects of a verb of saying that report no statement ("said nothing about the deal", "has said
 * little publicly", "would say nothing more"): the one who spoke kept quiet, and there is no claim.
 * Written for edge-brief; MIT. Plain English grammar, no third-party list.
 */

/** Quantifiers that, as the whole object of a verb of saying, say that nothing (much) was said. */
export const EMPTY_OBJECT_HEADS: ReadonlySet<string> = new Set(['nothing', 'little', 'less', 'none']);

/** Degree words before such a quantifier ("very little", "next to nothing", "almost nothing"). */
export const EMPTY_OBJECT_DEGREES: ReadonlySet<string> = new Set([
  'very',
  'so',
  'too',
  'relatively',
  'comparatively',
  'almost',
  'virtually',
  'practically',
  'next',
  'to',
  'precious',
]);

/** Words right after the quantifier that keep it the object ("nothing more", "little publicly", "nothing about"). */
export const EMPTY_OBJECT_TAILS: ReadonlySet<string> = new Set([
  'more',
  'else',
  'further',
  'publicly',
  'since',
  'beyond',
  'about',
  'of',
  'on',
  'regarding',
  'concerning',
  'to',
  'in',
  'at',
  'during',
  'when',
  'as',
  'new',
  'yet',
  'so',
  'far',
]);
