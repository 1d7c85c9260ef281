/**
 * Passive reports that name nobody ("was accused of", "is thought to", "was viewed as"): each cue
 * verb, by its lemma in cues.ts, with the words after its participle that make it a report
 * (attribution/agentless-passive.ts). "is expected to" is left out (mostly schedules), and so is
 * "described as".
 *
 * Origin: written for edge-brief (issue 16, recall: the agentless-passive class of the PolNeAR dev
 * misses); MIT. Plain English vocabulary, no third-party list.
 */
/** Each verb (by lemma) and the words after its participle that make it a report. */
export const PASSIVE_REPORT_COMPLEMENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['accuse', 'of'],
      ['suspect', 'of'],
      ['blame', 'for'],
      ['fault', 'for'],
      ['criticize', 'for as'],
      ['criticise', 'for as'],
      ['condemn', 'for as'],
      ['consider', 'to a an'],
      ['think', 'to'],
      ['believe', 'to'],
      ['say', 'to'],
      ['allege', 'to'],
      ['view', 'as'],
    ] as const
  ).map(([lemma, words]) => [lemma, new Set(words.split(' '))]),
);

/**
 * Verbs (by lemma) whose participle before "to" after a pronoun's "’s" is passive ("He’s said to be
 * ill", "She’s expected to run"), where "’s" is "is"; after other verbs it is "has" ("He’s promised to ...").
 */
export const PASSIVE_BEFORE_TO: ReadonlySet<string> = new Set(
  'say report think believe expect allege rumor rumour know understand consider suppose'.split(' '),
);
