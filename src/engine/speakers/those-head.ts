/**
 * "Those" heading a sourcing phrase (issue 16, speakers): "Those familiar with the talks say",
 * "those close to the governor say", "Those involved in the talks said", "Those who attended the
 * meeting said", "those in the room said": unnamed people, as unnamed as "people familiar with
 * ...". The walk back from the cue stopped inside such a phrase (at the participle "involved", at
 * a preposition after "those"), the plural verb after a name in it ("... with Ann Lee say") was
 * read as a noun, and "those" alone is no head the slot check knows.
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import { isVerbLike } from '../attribution/cue';
import { isCap, isQuoted, isWord, type Token } from '../attribution/tokens';
import { THOSE_POSTMODIFIERS } from '../data/source-terms';

/** How many words a "those" phrase may run from "those" to the cue. */
const REACH = 9;

/** Words before "those" that open its clause ("..., and those close to him say"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'that', 'while', 'because', 'although', 'as']);

/** Is t[j] "those" opening a clause with a post-modifier after it ("those familiar", "those in", "those involved")? */
export function isThoseHead(t: readonly Token[], j: number): boolean {
  const w = t[j];
  if (!w || w.lower !== 'those' || !isWord(w) || isQuoted(w)) return false;
  const next = t[j + 1];
  if (!next || !isWord(next) || isCap(next)) return false;
  const post = THOSE_POSTMODIFIERS.has(next.lower) || (next.lower.endsWith('ed') && isVerbLike(next.lower));
  if (!post) return false;
  const before = j > 0 ? t[j - 1] : undefined;
  return !before || !isWord(before) || CLAUSE_OPENERS.has(before.lower);
}

/**
 * Rule speakers/those-subject: the index of a "those" heading a sourcing phrase that runs, in
 * words only, up to t[at] (a speaker phrase's first token or a cue), or -1.
 */
export function thoseHeadBefore(t: readonly Token[], at: number): number {
  for (let j = at - 1; j >= 0 && at - j <= REACH; j--) {
    const w = t[j];
    if (!isWord(w) || isQuoted(w)) return -1;
    if (w.lower === 'those') return isThoseHead(t, j) ? j : -1;
  }
  return -1;
}

/** Is the phrase t a "those" sourcing phrase ("Those familiar with the talks")? */
export function isThosePhrase(t: readonly Token[]): boolean {
  return t.length >= 3 && isThoseHead(t, 0);
}
