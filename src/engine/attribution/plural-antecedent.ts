/**
 * The antecedent of a speaking "they": a plural of people that is the subject of its own clause
 * earlier in the same sentence or in the sentence before ("While officials did not give her name,
 * they told reporters ...", "Police are still investigating ... They believe ..."). A "they" whose
 * nearest plural subject is that phrase speaks for it, not for a body quoted paragraphs before.
 */
import type { Range } from '../../schema/brief';
import { ANONYMOUS_HEADS } from '../data/source-terms';
import { GROUP_HEADS } from '../data/group-heads';
import { AUX } from '../data/speaker-words';
import { speakerBefore } from './speaker-phrase';
import type { TokenStream } from './token-stream';
import { isCap, isQuoted, isWord } from './tokens';

/** Plurals of people that "they" takes up ("police" has no -s). */
const PEOPLE_PLURALS = [...ANONYMOUS_HEADS, ...GROUP_HEADS].filter((w) => /^[a-z]+s$/.test(w)).concat('police');
/** A plural of people followed by an auxiliary: the subject of its clause ("officials did not", "Police are"). */
const PLURAL_SUBJECT = new RegExp(`\\b(?:${PEOPLE_PLURALS.join('|')})\\s+(?:${[...AUX].join('|')})\\b`, 'gi');

/** How far back the antecedent of "they" is looked for (its own sentence and the one before, at most). */
const REACH = 300;

/**
 * The subject phrase (its range) that a "they" at `at` takes up, in its own sentence or the one
 * before, or null. A regular expression finds the candidate in the raw text first: tokenizing the
 * stretch for every "they" made a claim-dense text several times slower.
 */
export function pluralAntecedent(stream: TokenStream, at: number): Range | null {
  const from = Math.max(0, at - REACH);
  const window = stream.text.slice(from, at);
  // Only the sentence before and this one: after the second-last sentence end in the window.
  const cut = Math.max(window.lastIndexOf('. ', window.lastIndexOf('. ') - 1), 0);
  let last = -1;
  PLURAL_SUBJECT.lastIndex = cut;
  for (let m = PLURAL_SUBJECT.exec(window); m; m = PLURAL_SUBJECT.exec(window)) last = from + m.index;
  if (last < 0) return null;
  const t = stream.range(Math.max(from, last - 80), at);
  const k = t.findIndex((w) => w.start >= last);
  // "the United States has": a plural that ends a name (a capital not opening its sentence) is no plural of people.
  const inName = k > 1 && isWord(t[k - 1]) && isCap(t[k - 1]) && isWord(t[k - 2]);
  if (k < 0 || isQuoted(t[k]) || !isWord(t[k + 1]) || inName) return null;
  const np = speakerBefore(t, k + 1);
  return np ? { start: t[np.from].start, end: t[np.to - 1].end } : null;
}
