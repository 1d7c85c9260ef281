/**
 * Words that decide whether a parenthetical "as" clause (", as the mayor said.") credits the
 * clause it leans on (attribution/as-parenthetical.ts).
 *
 * Origin: written for this project (MIT, like the repository), from the English grammar of "as"
 * clauses: a modal makes the report hypothetical ("as X would agree"), a negation or a stance
 * adverb in the leaning clause leaves its scope unclear ("Y is far from safe, as X claims": X
 * claims Y is safe) or marks the writer's own voice ("Perhaps ..."), and a few cue verbs have a
 * sense that is no report ("as he had shown with courage", "as we found out").
 * Licence: same as this repository.
 */

/** Modals before the cue of an "as" clause: the report is hypothetical. */
export const AS_CLAUSE_MODALS: ReadonlySet<string> = new Set([
  'would',
  'could',
  'might',
  'may',
  'should',
  'must',
  'will',
  'can',
]);

/** Cue lemmas that after "as" mostly demonstrate, discover or concur rather than report. */
export const AS_CLAUSE_NON_REPORTS: ReadonlySet<string> = new Set(['show', 'find', 'agree', 'learn', 'discover']);

/** Negations in the leaning clause: which side of it the "as" clause credits is unclear. */
export const AS_CLAUSE_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'no', 'nor', 'far']);

/** Stance adverbs opening the leaning clause: the writer's own voice. */
export const AS_CLAUSE_STANCE_OPENERS: ReadonlySet<string> = new Set([
  'perhaps',
  'maybe',
  'surely',
  'certainly',
  'clearly',
  'obviously',
  'indeed',
  'arguably',
]);

/** A conjunction or subordinator right before the comma: the "as" clause belongs to what follows ("and, as X said, ..."). */
export const AS_CLAUSE_OPENERS_BEFORE: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'so',
  'yet',
  'because',
  'that',
  'while',
  'if',
  'when',
  'since',
  'although',
  'though',
]);

/** Connectives that may open a sentence before its "as" clause ("Yet, as X observed, ..."). */
export const AS_CLAUSE_LEAD_CONNECTIVES: ReadonlySet<string> = new Set([
  'and',
  'but',
  'yet',
  'so',
  'still',
  'indeed',
  'however',
  'now',
  'again',
]);
