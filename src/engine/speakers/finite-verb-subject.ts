/**
 * Rule speakers/finite-verb-subject (issue 16, speakers: speaker phrases containing finite verbs):
 * "He justified hijacking planes, described bombers as martyrs" gave the speaker "He justified
 * hijacking planes", and "Goldwater took on the party in the primaries, voted against the act and
 * declared, “...”" the speaker "Goldwater took on the party in the primaries": a run of verb phrases
 * sharing one subject, the speaker phrase running back over the first of them. The speaker is the
 * subject before its verb: "he" or "she" followed by a lower-case word other than "himself",
 * "alone", "too" (data/finite-heads.ts PRONOUN_FOLLOWERS: "He sometimes praises"), "they" followed
 * by a past tense or an adverb, or a run of capitalised words (not a lone determiner) followed by a past
 * tense: an -ed form (not a hyphenated "well-placed") or an irregular past such as "took",
 * "went", "made" (data/finite-heads.ts IRREGULAR_PAST).
 */
import type { Range } from '../../schema/brief';
import { IRREGULAR_PAST, PRONOUN_FOLLOWERS } from '../data/finite-heads';
import { DETERMINERS } from '../data/speaker-words';
import { isAdverb, isVerbLike } from '../attribution/cue';
import type { Draft } from '../attribution/draft';
import type { TokenStream } from '../attribution/token-stream';
import { isCap, isQuoted, isWord, type Token } from '../attribution/tokens';

/** The most capitalised words a subject name may have ("Rep. Ann Marie Davis"). */
const NAME_WORDS = 5;

/** Pronouns of a third person who speaks ("it" is rarely one; "I", "we" and "you" are the writer and reader). */
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/** Is the lower-case word a past tense ("justified", "took"; not "well-placed")? */
function isPast(w: Token): boolean {
  if (!isWord(w) || isCap(w) || isQuoted(w) || w.text.includes('-')) return false;
  return IRREGULAR_PAST.has(w.lower) || (w.lower.endsWith('ed') && isVerbLike(w.lower));
}

/** How many tokens of the phrase are its subject, when a finite verb follows it inside the phrase; else 0. */
export function subjectBeforeVerb(t: readonly Token[]): number {
  if (t.length < 2 || !isWord(t[0]) || isQuoted(t[0])) return 0;
  if (THIRD_PERSON.has(t[0].lower)) {
    const w = t[1];
    if (!isWord(w) || isCap(w) || isQuoted(w)) return 0;
    // "He sometimes praises": after "he" or "she" any lower-case word but "himself", "alone", "too" is the predicate's.
    if (t[0].lower !== 'they' && !PRONOUN_FOLLOWERS.has(w.lower)) return 1;
    return isPast(w) || isAdverb(w) ? 1 : 0;
  }
  let m = 0;
  while (m < t.length && m < NAME_WORDS && (isCap(t[m]) || t[m].text === '.') && !isQuoted(t[m])) m++;
  if (m === 0 || m >= t.length || !isCap(t[0]) || (m === 1 && DETERMINERS.has(t[0].lower))) return 0;
  return isPast(t[m]) ? m : 0;
}

/** The speaker span of the draft cut to its subject (recording the rule in the trace), or the draft unchanged. */
export function cutToSubject(stream: TokenStream, d: Draft): Range | null {
  if (!d.speaker) return null;
  const { tokens, first, end } = stream.within(d.speaker.start, d.speaker.end, d.sentence);
  const t = tokens.slice(first, end);
  const n = subjectBeforeVerb(t);
  return n > 0 ? { start: d.speaker.start, end: t[n - 1].end } : null;
}
