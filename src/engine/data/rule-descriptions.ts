/**
 * Words for caveats/rule-descriptions.ts: the nouns of a rule or scheme that open an "Under the
 * new policy, ..." frame, the modals a rule states its obligations with, and the subordinators that
 * bound an obligation by the subject's own procedure ("while their claims are decided").
 *
 * Origin: compiled by hand for this project from the false alarms seen on the CheckThat! 2025
 * English dev split and PolNeAR dev (descriptions of rules read as the author's prescription);
 * common English words, no third-party list copied. Licence: same as this repository.
 */

/** Nouns of a rule, law or scheme ("Under the bill, ...", "Under the new rules, ..."). */
export const RULE_NOUNS: readonly string[] = [
  'law',
  'laws',
  'rule',
  'rules',
  'policy',
  'policies',
  'program',
  'programme',
  'plan',
  'proposal',
  'bill',
  'act',
  'regulation',
  'regulations',
  'agreement',
  'deal',
  'scheme',
  'order',
  'orders',
  'guidelines',
  'guidance',
  'treaty',
  'protocol',
  'terms',
  'code',
  'statute',
  'ordinance',
  'legislation',
  'measure',
  'arrangement',
  'requirements',
  'mandate',
  'system',
  'settlement',
  'constitution',
  'contract',
  'ruling',
  'decree',
  'directive',
  'framework',
  'pact',
  'accord',
];

/** The modals that state a rule's obligation ("must", "has to"); "should" and "ought" advise. */
export const RULE_MODALS: readonly string[] = ['must', 'have', 'has'];

/** Subordinators that bound an obligation in time or by procedure. */
export const PROCEDURE_BOUNDS: readonly string[] = ['while', 'until', 'till', 'before', 'once', 'pending', 'after'];

/** After a bound, the subject's own process: "while their claims ...", "before they enroll". */
export const OWN_PROCESS: readonly string[] = ['their', 'his', 'her', 'its', 'they', 'he', 'she'];

/** Subjects that make an obligation the speaker's own call ("we must", "you have to", "this must"). */
export const DEICTIC_SUBJECTS: readonly string[] = [
  'we',
  'you',
  'i',
  'they',
  'it',
  'he',
  'she',
  'this',
  'that',
  'these',
  'those',
  'one',
  'everyone',
  'somebody',
  'someone',
];

/**
 * Goals of a procedure whose requirements a "To ...," frame opens: "To qualify, families must earn
 * less than ...", "To apply, visitors need to ...". Strategic goals ("To win, the party must ...")
 * are advice and are not here.
 */
export const PROCEDURE_GOALS: readonly string[] = [
  'qualify',
  'apply',
  'register',
  'enroll',
  'enrol',
  'vote',
  'enter',
  'claim',
  'join',
  'participate',
  'graduate',
  'renew',
];
