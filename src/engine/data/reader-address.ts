/**
 * Words of the author addressing the reader (caveats/reader-address.ts): the reflexive object of
 * an order to the reader ("Ask yourself ...", "Brace yourselves ..."), orders to imagine or weigh
 * something that open a sentence ("Picture the scene", "Consider the cost"), and what the reader is
 * supposed to think after "you may / might / could / would" ("You might wonder why ...", "you would
 * be forgiven for thinking ..."). A news report tells its reader nothing to do or think.
 *
 * Origin: written for edge-brief from general English usage (issue 16, author voice on unseen
 * text); no list copied. Licence: Written for edge-brief; MIT.
 */

/** The reader as the object of an order: "Ask yourself", "Brace yourselves". */
export const READER_REFLEXIVES: readonly string[] = ['yourself', 'yourselves'];

/** Orders that open a sentence and ask the reader to imagine or weigh something. */
export const READER_ORDERS: readonly string[] = ['imagine', 'picture', 'consider', 'think about', 'think of'];

/** Modals before the reader's supposed thought: "you may wonder", "you would be forgiven". */
export const READER_MODALS: readonly string[] = ['may', 'might', 'could', 'would', "'d"];

/** The reader's supposed thoughts after "you" and a modal. */
export const READER_THOUGHTS: readonly string[] = [
  'wonder',
  'ask',
  'think',
  'assume',
  'suppose',
  'expect',
  'guess',
  'imagine',
  'be forgiven',
  'be tempted',
  'be surprised',
  'be excused',
];

/**
 * Verbs of perception after a negated "you": "You didn't see him act", "You won't read about it
 * in the papers", "You never hear them admit it": the writer tells the reader what is missing.
 */
export const READER_UNSEEN_VERBS: readonly string[] = ['see', 'hear', 'read', 'find', 'notice', 'catch', 'spot'];

/** Negations between "you" and the verb: "didn't", "won't", "will not", "never", "rarely". */
export const READER_NEGATIONS: readonly string[] = [
  "don't",
  "didn't",
  "won't",
  'never',
  'rarely',
  'seldom',
  'not',
  'will',
  'do',
  'did',
];

/** Words before "you" that make it a condition or an instruction: "If you don't see the comet, ...". */
export const READER_CONDITIONS: readonly string[] = [
  'if',
  'when',
  'unless',
  'until',
  'once',
  'whether',
  'where',
  'in case',
];
