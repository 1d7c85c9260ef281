/**
 * Nouns of the occasion a subject spoke on, in a phrase between the subject and its cue ("X in a
 * radio interview said"): the phrase is not part of the speaker. Written for edge-brief; MIT.
 */
export const CHANNEL_NOUNS: ReadonlySet<string> = new Set([
  'interview',
  'statement',
  'speech',
  'letter',
  'email',
  'memo',
  'filing',
  'tweet',
  'post',
  'video',
  'testimony',
  'op-ed',
  'column',
  'essay',
  'briefing',
  'conference',
  'appearance',
  'broadcast',
  'podcast',
  'hearing',
]);
