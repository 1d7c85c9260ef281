/**
 * Rule content/tell-infinitive: after a verb of telling or asking, an addressee noun phrase and
 * "to" with a verb ("The mayor asked the council to delay the vote", "urged state officials to
 * boost security", "implored her to bring it back"), the content is the infinitive: what the
 * addressee was asked to do. The addressee is not part of it (PolNeAR's gold starts the content at
 * "to"), and the request is a claim of the speaker even with no clause after it.
 *
 * The addressee is at most five words with no verb, quotation, "that", subject pronoun or wh-word
 * ("informed bishops they had no obligation to ...", "tell how to vote"); a negation before "to"
 * opens the content ("told staff never to speak of it"). The word after "to" must
 * be lower-case and not a determiner or pronoun ("told the story to the press", "explained the
 * plan to them": "to" is a preposition there).
 */
import { DETERMINERS, FINITE_VERBS } from '../data/speaker-words';
import { isVerbLike } from './cue';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Longest addressee before "to" ("the state's election officials"). */
const MAX_ADDRESSEE = 5;

const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);

/** Subject pronouns and wh-words: what follows the verb is a clause or a question, not an addressee. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'they',
  'we',
  'i',
  'how',
  'what',
  'when',
  'where',
  'whether',
  'why',
  'who',
]);

/** Words after "to" that make it a preposition ("to them", "to reporters"). */
const NOT_INFINITIVE: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it', 'this', 'that']);

/** The index of "to" opening the infinitive after the addressee that starts at t[k], or -1. */
export function tellInfinitiveStart(t: Token[], k: number): number {
  for (let n = k; n < t.length && n - k <= MAX_ADDRESSEE; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return -1;
    const l = w.lower;
    if (l === 'to') {
      if (n === k) return -1;
      const v = t[n + 1];
      if (!v || !isWord(v) || isQuoted(v) || isCap(v)) return -1;
      const vl = v.lower;
      if (DETERMINERS.has(vl) || NOT_INFINITIVE.has(vl) || /\d/.test(vl)) return -1;
      // "told subordinates never to speak of it": the negation is the request's.
      return NEGATIONS.has(t[n - 1].lower) ? n - 1 : n;
    }
    // "informed bishops they had no obligation to ...", "tell how to vote": a clause or a question, no addressee.
    if (l === 'that' || CLAUSE_WORDS.has(l) || FINITE_VERBS.has(l) || (n > k && isVerbLike(l))) return -1;
    // "tells us cries to heaven": an object pronoun is the whole addressee, so "to" must follow it.
    if (n > k && NOT_INFINITIVE.has(t[n - 1].lower)) return -1;
  }
  return -1;
}
