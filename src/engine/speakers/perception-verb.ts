/**
 * Rule speakers/perception-object (issue 16, speakers): "Advocates who attended the rally heard
 * the senator lambaste the plan", "Reporters watched Ann Lee at the podium deny it": the walk back
 * from the cue ran over a verb of perception into its subject, who only heard or saw; the one
 * heard or seen (the verb's object, between it and the cue) speaks.
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import { isCap, isQuoted, isWord, type Token } from '../attribution/tokens';
import { PERCEPTION_VERBS } from '../data/perception-verbs';
import { DETERMINERS } from '../data/speaker-words';

/** Is t[k] a lower-case verb of perception ("heard", "watched")? */
export function isPerceptionVerb(w: Token | undefined): boolean {
  return !!w && isWord(w) && !isCap(w) && !isQuoted(w) && PERCEPTION_VERBS.has(w.lower);
}

/** Prepositions that open an adjunct after the one perceived ("heard Ann Lee in her address lambaste ..."). */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during', 'from', 'with']);

/**
 * With the speaker phrase t[first, end), the perceived object (after the last verb of perception
 * inside the phrase, with a word after it; a name ends at a preposition opening an adjunct), or null.
 */
export function perceivedObject(t: readonly Token[], first: number, end: number): { from: number; to: number } | null {
  for (let p = end - 2; p > first; p--) {
    // ("the watch", "his watch": after a determiner the word is a noun.)
    if (!isPerceptionVerb(t[p]) || !isWord(t[p + 1]) || DETERMINERS.has(t[p - 1].lower)) continue;
    let to = p + 1;
    while (to < end && isWord(t[to]) && isCap(t[to])) to++;
    return { from: p + 1, to: to > p + 1 && to < end && ADJUNCT_PREPOSITIONS.has(t[to].lower) ? to : end };
  }
  return null;
}

/**
 * "Residents heard the mayor say that ...", "Voters watched Ana Ruiz deny it": a base form after
 * the object of a verb of perception (at most four words back) is that object's verb, not a noun
 * ("the mayor say") nor a plural verb after a singular name ("Ruiz deny").
 */
export function isPerceivedBareVerb(t: readonly Token[], i: number): boolean {
  for (let j = i - 2; j >= 0 && i - j <= 5; j--) {
    if (isPerceptionVerb(t[j])) return true;
    if (!isWord(t[j]) || isQuoted(t[j])) return false;
  }
  return false;
}
