/**
 * Words for caveats/infinitive-reports.ts: verbs of saying in their base form, which report
 * somebody's words after "to" ("have begun to argue that ...", "had the courage to say ..."; the
 * factive "admit" and "concede" are left out, as "nobody wants to admit the plan is a hoax"
 * asserts it, and "tell", "write", "announce", whose object comes first: "to write the letter"), the words that make such a report the
 * author's own ("it is fair to say", "as we might be tempted to say"), the words that start
 * reported words, and the words that open a new clause.
 *
 * Origin: compiled by hand for this project from the false alarms seen on the CheckThat! 2025
 * English dev split (reported speech without a quotation read as the author's) and checked on PTC
 * train; common English words, no third-party list copied. Licence: same as this repository.
 */
export const BASE_SAYING_VERBS: readonly string[] =
  'say argue claim insist suggest contend assert declare allege complain warn maintain proclaim predict'.split(' ');

/** First words of a sentence whose "to say" is the author's own: "it is fair to say", "suffice it to say". */
export const OWN_SUBJECTS: readonly string[] =
  'i we you it one there this that suffice needless sad safe fair hard easy let'.split(' ');

/** The writer or reader before the verb makes the words theirs: "as much as we might be tempted to say". */
export const FIRST_SECOND_PERSON: readonly string[] =
  "i i'm i've i'd i'll me my we we're we've we'd we'll us our you you're you've your".split(' ');

/**
 * What starts reported words straight after the verb: "to say that ...", "to argue it is ...". A
 * determiner is left out: "to write the letter", "to announce a plan" name an object, not words.
 */
export const REPORT_STARTS: readonly string[] = "that it it's he she they he's she's they're there".split(' ');

/** Words that open a new clause: scanning back from a cue past one of them leaves the reported words. */
export const CLAUSE_OPENERS: readonly string[] = 'that which who whom when while because since although though'.split(
  ' ',
);
