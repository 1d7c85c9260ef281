/**
 * Words that may follow a pronoun object of a cue without making a clause of it ("He’s said it
 * over and over", "she said this many times before"): the cue's content is the pronoun, which
 * stands for something said earlier, so there is no claim (attribution/cue.ts emptyContent).
 *
 * Origin: written for edge-brief (issue 16, a false claim on the labelled dev set); MIT. Plain
 * English adverbials, no third-party list.
 */
export const PRO_FORM_OBJECTS: ReadonlySet<string> = new Set(['it', 'this']);

export const PRO_FORM_TAILS: ReadonlySet<string> = new Set(
  'over and again many several countless numerous times time before since then often too also before now yet still'.split(
    ' ',
  ),
);

/**
 * Nouns of saying or holding that a demonstrative points back to ("echoed this concern", "repeated
 * that claim"): a cue whose whole content is "this/that" and one of them restates what an earlier
 * sentence said, so there is no new claim to show (attribution/cue.ts emptyContent).
 */
export const POINTED_BACK_NOUNS: ReadonlySet<string> = new Set(
  (
    'claim claims concern concerns view views sentiment sentiments point points argument arguments assessment ' +
    'message warning idea position criticism complaint charge accusation allegation'
  ).split(' '),
);

/** The demonstratives that point back ("this concern", "that claim"). */
export const POINTED_BACK_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
