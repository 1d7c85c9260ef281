/**
 * Words for caveats/certain-forecasts.ts: the modals of the future and the adverbs of certainty or
 * inevitability by which a writer forecasts with certainty ("will never admit", "will inevitably
 * raise", "will undoubtedly cost").
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall classes), not copied from any list or corpus.
 */

/** The modals of the future that open such a forecast. */
export const FUTURE_MODALS: readonly string[] = ['will', "won't"];

/** Adverbs of certainty or inevitability between the modal and its verb. */
export const CERTAINTY_ADVERBS: readonly string[] = [
  'never',
  'inevitably',
  'invariably',
  'undoubtedly',
  'unquestionably',
  'certainly',
  'assuredly',
];
