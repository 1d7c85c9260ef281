/**
 * "A spokesman for Kiko declined to comment", "lawyers for the family said", "an aide to the governor said": the phrase names who
 * speaks for the person after "for"; the claim is the representative's, not that person's (issue
 * 16, speakers: the phrase resolved to the name inside it).
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import { isCap, type Token } from '../attribution/tokens';
import { REPRESENTATIVE_HEADS } from '../data/source-terms';

const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'two', 'three']);

/** Whether the speaker phrase t opens with a representative's head and "for" or "to" ("A spokesman for Kiko", "an aide to Gov. Hale"). */
export function isRepresentativePhrase(t: Token[]): boolean {
  let k = 0;
  if (t[k] && OPENERS.has(t[k].lower)) k++;
  // One modifier before the head: "a longtime spokesman for", "the family's lawyer" is not this shape.
  if (t[k + 1] && !REPRESENTATIVE_HEADS.has(t[k].lower) && !isCap(t[k])) k++;
  // (Capitalised only opening the sentence: "Lawyers for Tom Hale said".)
  const prep = t[k + 1]?.lower;
  return (
    !!t[k] && (k === 0 || !isCap(t[k])) && REPRESENTATIVE_HEADS.has(t[k].lower) && (prep === 'for' || prep === 'to')
  );
}
