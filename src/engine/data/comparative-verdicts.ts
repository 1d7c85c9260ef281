/**
 * Words for caveats/comparative-verdicts.ts: the comparatives of merit by which a writer ranks
 * ("no better example of", "far better than", "much worse than"), the degree words before them,
 * and what after "than" makes the comparison a measure against a forecast instead ("than
 * expected", "than forecast").
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall classes), not copied from any list or corpus.
 */

/** Comparatives of merit (not of size: "no bigger than 30 centimetres" is a measure). */
export const MERIT_COMPARATIVES: readonly string[] = ['better', 'worse', 'clearer', 'finer', 'starker'];

/** Degree words that make a ranking of merit a verdict: "far better than", "much worse than". */
export const MERIT_DEGREES: readonly string[] = ['far', 'much', 'vastly', 'infinitely', 'immeasurably'];

/** After "than": a measure against a forecast, a report ("far better than expected"). */
export const FORECAST_WORDS: readonly string[] = [
  'expected',
  'forecast',
  'forecasts',
  'predicted',
  'anticipated',
  'feared',
  'hoped',
  'planned',
  'estimated',
  'projected',
  'thought',
  'usual',
  'average',
  'normal',
  'last',
  'in',
  'at',
  'on',
  'during',
  'before',
  'a',
];
