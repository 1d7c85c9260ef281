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
