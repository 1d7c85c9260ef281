/**
 * Judging adjectives that grade conduct only when they qualify a noun of policy, ideas or conduct
 * ("dangerous policies", "a failed agenda", "toxic rhetoric"), read by caveats/conduct-judgements.ts.
 * Alone they are left out of the loaded terms because news uses them of facts ("a dangerous storm",
 * "a massive earthquake", "a failed bank", "toxic waste"); before a noun of what people decide,
 * say or believe they are the writer's verdict on it.
 *
 * Origin: written for edge-brief from general English usage (issue 16, subjectivity on unseen
 * text); no list copied. Licence: Written for edge-brief; MIT.
 */
export const CONDUCT_JUDGES: readonly string[] = [
  'dangerous',
  'massive',
  'huge',
  'extreme',
  'radical',
  'failed',
  'failing',
  'harmful',
  'toxic',
  'divisive',
  'bad',
  'terrible',
  'awful',
  'cruel',
  'destructive',
  'disastrous',
  'reckless',
  'weak',
  'lax',
  'hateful',
  'bizarre',
  'corrupt',
  'flawed',
  'botched',
  'chaotic',
  'incoherent',
  'wrong',
];

/** Nouns of what people decide, say or believe: policy, ideas, talk, conduct. */
export const CONDUCT_NOUNS: readonly string[] = [
  'policy',
  'policies',
  'agenda',
  'agendas',
  'ideology',
  'ideologies',
  'idea',
  'ideas',
  'rhetoric',
  'views',
  'propaganda',
  'tactics',
  'scheme',
  'schemes',
  'decision',
  'decisions',
  'behavior',
  'behaviour',
  'remarks',
  'narrative',
  'approach',
  'stance',
  'doctrine',
  'experiment',
  'gamble',
  'obsession',
  'handling',
  'leadership',
  'mandates',
  'priorities',
  'choices',
];
