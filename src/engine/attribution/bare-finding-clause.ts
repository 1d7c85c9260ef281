/**
 * "An arbitration panel found the United States was in breach", "They felt the agency was not
 * forthcoming": a finding or feeling verb (the `weak` cues) without "that" takes a clause when a
 * short subject and a finite auxiliary follow it; "found the money in a drawer", "showed the
 * crowd a map" have no such clause and stay acts.
 */
import { CUES } from '../data/cues';
import { ORG_HEADS } from '../data/organizations';
import { OFFICIAL_TITLES } from '../data/source-terms';
import { PERSON_ROLE_HEADS } from '../data/speaker-heads';
import { DETERMINERS, FINITE_VERBS, NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/**
 * "The priority placed on turnout shows the campaign is worried": with "show", "reveal" and
 * "indicate" the subject is mostly a fact the writer argues from, so their bare clause is left to
 * the evidence subjects ("the poll shows Clinton is ahead", evidence-subject.ts).
 */
const INFERENCE_LEMMAS: ReadonlySet<string> = new Set(['show', 'reveal', 'indicate']);

/** Does a finding verb of this lemma take a bare clause (see INFERENCE_LEMMAS)? */
export function takesBareClause(lemma: string): boolean {
  return !INFERENCE_LEMMAS.has(lemma);
}

/** Relative pronouns: the auxiliary after them is the relative clause's ("a witness who could ..."). */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose']);

/** Longest subject read before the auxiliary ("the United States", "the 2014 federal audit"). */
const MAX_SUBJECT = 5;

/** Does a clause (subject, then a finite auxiliary) start at token k? */
export function bareClauseAt(t: Token[], k: number): boolean {
  const first = t[k];
  if (!first || !isWord(first) || isQuoted(first)) return false;
  // "found there had been ...", "found he was ...": a pronoun or "there" is a whole subject.
  if (first.lower === 'there' || (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'you'))
    return FINITE_VERBS.has(t[k + 1]?.lower ?? '');
  // Otherwise a determiner or a capitalised word opens a short noun phrase.
  if (!DETERMINERS.has(first.lower) && !isCap(first)) return false;
  for (let n = k + 1; n < t.length && n - k <= MAX_SUBJECT; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return false;
    if (FINITE_VERBS.has(w.lower)) return n > k && !DETERMINERS.has(t[n - 1].lower);
    // "could not find a single witness who could ...": a relative clause, not the noun's verb.
    if (NP_STOP.has(w.lower) || RELATIVES.has(w.lower) || (CUES.has(w.lower) && !isCap(w))) return false;
  }
  return false;
}

/** Inference verbs that a person uses to disclose or signal ("show" stays the writer's: "she showed she could win" judges her act). */
const DISCLOSURE_LEMMAS: ReadonlySet<string> = new Set(['reveal', 'indicate']);

/** Personal pronouns that are a whole subject of a disclosure ("He revealed ..."; "it" is mostly a fact). */
const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * Rule cue/disclosure-clause: "Mr. Lane revealed the talks had stalled", "She has indicated she
 * will run": "reveal" or "indicate" (DISCLOSURE_LEMMAS) whose subject is a person (a pronoun, a
 * name, or a phrase headed by a role, a title or an organisation noun: "the board chair", "the
 * company"; not "the move", "his silence"), takes a bare clause as a finding verb does: the person
 * disclosed it. t[from, to) is the subject, k where the clause would start.
 */
export function isDisclosureClause(t: Token[], from: number, to: number, lemma: string, k: number): boolean {
  if (!DISCLOSURE_LEMMAS.has(lemma) || to <= from) return false;
  const first = t[from];
  const head = t[to - 1].lower;
  const person =
    to - from === 1
      ? PERSONAL.has(first.lower) || isCap(first)
      : (isCap(first) && !DETERMINERS.has(first.lower)) ||
        PERSON_ROLE_HEADS.has(head) ||
        OFFICIAL_TITLES.has(head) ||
        ORG_HEADS.has(head);
  if (!person) return false;
  // ("revealed he wrote ...": a nominative pronoun opens a clause whatever its verb.)
  if (PERSONAL.has(t[k]?.lower ?? '') && isWord(t[k])) return true;
  return bareClauseAt(t, k) && !hasReducedRelative(t, k);
}

/**
 * "revealed the password Julian had given ...": a name after a lower-case noun, before the
 * auxiliary, is a relative clause's subject; the noun phrase is the object, and no clause follows.
 */
function hasReducedRelative(t: Token[], k: number): boolean {
  for (let n = k + 1; n < t.length && n - k <= MAX_SUBJECT; n++) {
    if (FINITE_VERBS.has(t[n].lower)) return false;
    if (isCap(t[n]) && isWord(t[n - 1]) && !isCap(t[n - 1]) && !DETERMINERS.has(t[n - 1].lower)) return true;
  }
  return false;
}
