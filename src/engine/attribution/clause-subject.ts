/**
 * The subject of the clause before a participle cue ("Branch contradicted Smith, claiming ...";
 * "Hale meant Boyd and Ruiz corrected him, adding, “...”"): its subject speaks, never its object,
 * and of two clauses joined by "and"/"but" the nearer one's subject speaks.
 */
import { DETERMINERS, FINITE_VERBS, NP_STOP } from '../data/speaker-words';
import { isCap, isWord, type Token } from './tokens';

/** The span of the subject of the clause t[from, to). */
export function clauseSubject(t: Token[], from: number, to: number): { from: number; to: number } {
  return coordinateSubject(t, from, to) ?? { from, to: subjectEnd(t, from, to) };
}

/** "... and Ruiz corrected him": a name of one to four words after the last "and"/"but", then a past or finite verb. */
function coordinateSubject(t: Token[], from: number, to: number): { from: number; to: number } | null {
  for (let a = to - 2; a > from; a--) {
    const w = t[a];
    if (!isWord(w) || (w.lower !== 'and' && w.lower !== 'but')) continue;
    let e = a + 1;
    while (e < to && isWord(t[e]) && isCap(t[e])) e++;
    if (e === a + 1 || e - a > 5 || e >= to) return null;
    const v = t[e];
    return isWord(v) && !isCap(v) && isFiniteOrPast(v.lower) ? { from: a + 1, to: e } : null;
  }
  return null;
}

function isFiniteOrPast(lower: string): boolean {
  return FINITE_VERBS.has(lower) || (lower.length > 4 && lower.endsWith('ed'));
}

/**
 * Where the subject of t[from, to) ends: at a lower-case finite verb ("contradicted", "was") that
 * takes an object (a capitalised word or a determiner next), else `to`. A word after a determiner
 * or with a hyphen is an adjective ("the state-funded network"), and an -ing word often is one too
 * ("a tracking poll", "a job posting"): neither ends the subject.
 */
function subjectEnd(t: Token[], from: number, to: number): number {
  for (let v = from + 1; v + 1 < to; v++) {
    const w = t[v];
    // "The fact that Francis received the letter": a clause inside the subject; the subject is all of it.
    if (isWord(w) && !isCap(w) && (NP_STOP.has(w.lower) || w.lower === 'who')) return to;
    if (!isWord(w) || isCap(w) || w.lower.includes('-') || DETERMINERS.has(t[v - 1].lower)) continue;
    if (!isFiniteOrPast(w.lower)) continue;
    const next = t[v + 1];
    if (isWord(next) && (isCap(next) || DETERMINERS.has(next.lower))) return v;
  }
  return to;
}
