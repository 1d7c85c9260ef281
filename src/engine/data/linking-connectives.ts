/**
 * Words for caveats/linking-connectives.ts: stance markers that, opening a sentence, link it to the
 * one before (add a stronger point, correct, sum up) rather than comment on the facts: "In fact,
 * the plant closed a year early", "In short, the firm kept the profitable mines". Inside a
 * predicate the same words assert ("the plan is, in fact, a tax rise") and stay stance.
 *
 * Origin: compiled by hand for this project from the author-voice caveats on PolNeAR dev news
 * reports (a sentence-opening "In fact," or "In short," read as the reporter's opinion); a subset
 * of data/subjectivity.ts STANCE_MARKERS, no third-party list copied. Licence: same as this
 * repository.
 */
export const LINKING_CONNECTIVES: readonly string[] = ['in fact', 'in short'];
