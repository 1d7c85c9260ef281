/**
 * Rule source/name-after-fronted-phrase: a speaker phrase that opens with a fronted adverbial and no
 * comma ("Elsewhere in the email Quill says", "Later in the interview Quill said", "In the same
 * letter Quill said") is the name at its end: the source's mention is the name, not the adverbial
 * before it (the claim's speaker was already the named actor). The phrase must open with a
 * capitalised preposition or adverb of time and place.
 */
import type { Range } from '../../schema/brief';
import type { Token } from '../attribution/tokens';

/** First words of a fronted adverbial before a subject ("Elsewhere in", "Later in", "In the same letter"). */
const FRONTED_WORDS: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'elsewhere',
  'later',
  'earlier',
]);

/** The span of the source's mention: `name` when the phrase `t` over `phrase` is a fronted adverbial and then it. */
export function mentionAfterFronted(t: Token[], phrase: Range, name: Range): Range {
  if (name.start <= phrase.start || name.end !== phrase.end || t.length < 3) return phrase;
  // The adverbial opens the phrase, and its sentence: "Bill Gertz in the Washington Times" is a post-modifier.
  const first = t[0].text.charCodeAt(0);
  return first >= 65 && first <= 90 && FRONTED_WORDS.has(t[0].lower) ? name : phrase;
}
