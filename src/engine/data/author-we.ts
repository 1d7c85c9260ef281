/**
 * Words for caveats/author-we.ts: the verbs of a newsroom's own routine after its "we" ("we
 * contacted the ministry", "we reported last week"), which leave a sentence a report, and the
 * adverbs allowed between "we" and its verb.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen opinion writing), not copied from any list or corpus.
 */

/** What a newsroom's "we" does in a report: asking, reaching, reviewing, publishing ("We examine the record"). */
export const NEWSROOM_VERBS: readonly string[] = [
  'contacted',
  'reached',
  'reported',
  'requested',
  'obtained',
  'reviewed',
  'spoke',
  'called',
  'emailed',
  'e-mailed',
  'messaged',
  'interviewed',
  'analyzed',
  'analysed',
  'examined',
  'surveyed',
  'polled',
  'published',
  'wrote',
  'asked',
  'sent',
  'filed',
  'learned',
  'learnt',
  'confirmed',
  'verified',
  'updated',
  'examine',
  'explain',
  'report',
  'update',
  'contact',
  'will',
  "we'll",
];

/** Adverbs between "we" and its verb: "we simply cannot", "we still have". */
export const WE_ADVERBS: readonly string[] = [
  'all',
  'also',
  'really',
  'simply',
  'just',
  'still',
  'now',
  'already',
  'certainly',
  'surely',
  'clearly',
  'truly',
  'actually',
  'then',
  'today',
  'no',
  'longer',
];
