/**
 * Words for caveats/authentic-labels.ts: the adjectives by which a writer awards or withholds the
 * label of the genuine article ("real leaders", "true conservatives", "the real scandal"), and the
 * nouns after which that adjective is a verdict rather than a measure ("real wages", "real
 * estate", "a true story", "real time" are left out by being absent here).
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall classes), not copied from any list or corpus.
 */

/** The adjectives of authenticity. */
export const AUTHENTIC_ADJECTIVES: readonly string[] = ['real', 'true', 'genuine'];

/** People by standing or conviction: "real leaders", "true patriots" judge who deserves the name. */
export const AUTHENTIC_PEOPLE: readonly string[] = [
  'leader',
  'leaders',
  'leadership',
  'fighter',
  'fighters',
  'reformer',
  'reformers',
  'patriot',
  'patriots',
  'conservative',
  'conservatives',
  'liberal',
  'liberals',
  'progressive',
  'progressives',
  'statesman',
  'statesmen',
  'champion',
  'champions',
  'hero',
  'heroes',
  'believers',
  'friend',
  'friends',
];

/** What matters, by the writer's ranking: "the real scandal", "the real problem". */
export const AUTHENTIC_ISSUES: readonly string[] = [
  'scandal',
  'problem',
  'problems',
  'issue',
  'culprit',
  'culprits',
  'villain',
  'villains',
  'threat',
  'danger',
  'tragedy',
  'outrage',
  'reform',
  'change',
];
