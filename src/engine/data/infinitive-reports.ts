/**
 * Words for caveats/infinitive-reports.ts: verbs of saying in their base form, which report
 * somebody's words after "to" ("have begun to argue that ...", "had the courage to say ..."), and
 * (factive "admit" and "concede" are left out: "nobody wants to admit the plan is a hoax" asserts it),
 * the subjects that make such a report the author's own ("I dare to say", "it is fair to say").
 *
 * Origin: compiled by hand for this project from the false alarms seen on the CheckThat! 2025
 * English dev split (reported speech without a quotation read as the author's); common English
 * words, no third-party list copied. Licence: same as this repository.
 */
export const BASE_SAYING_VERBS: readonly string[] = (
  'say argue claim insist suggest contend assert declare allege complain warn ' +
  'maintain announce proclaim predict charge tell write tweet'
).split(' ');

/** First words of a sentence whose "to say" is the author's own: "I", "we", "it is fair to say", "suffice it to say". */
export const OWN_SUBJECTS: readonly string[] =
  'i we you it one there this that suffice needless sad safe fair hard easy let'.split(' ');

/** Words after the verb that open a question, not a report: "refused to say whether ...". */
export const QUESTION_OPENERS: readonly string[] = 'whether if why how what when where who which'.split(' ');
