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
