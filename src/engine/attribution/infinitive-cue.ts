/**
 * A cue verb in a purpose infinitive (issue 16, recall): "The mayor took to Twitter overnight to
 * accuse the council of ...", "Senator Brody spoke at a union hall to discuss the pension bill".
 * The speaker phrase stops at "to"; the sentence's subject acts, unless a verb whose object does
 * what the infinitive says stands between ("urged the council to reject ...": the council).
 */
import { OBJECT_CONTROL_VERBS } from '../data/catenatives';
import { ADVERBIAL_OPENERS } from '../data/clause-words';
import { CUES } from '../data/cues';
import { NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';
import type { SpeakerSpan } from './draft';
import { endsName, afterOpeners } from './subject-slot';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** How far the infinitive may stand from the sentence's subject, in tokens. */
const REACH = 14;

/** The sentence subject of a purpose infinitive holding the cue at token i ("X took to Twitter to [accuse]"), or null. */
export function infinitiveSubject(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  if (i < 3 || t[i - 1].lower !== 'to') return null;
  const s = afterOpeners(t, i - 1);
  let e = s;
  while (e < i - 1 && e - s < 6 && isWord(t[e]) && (isCap(t[e]) || e === s) && !endsName(t, s, e)) e++;
  if (e === s || e >= i - 2 || i - e > REACH) return null;
  if (!(isCap(t[s]) && t[s].lower !== 'the' && t[s].lower !== 'a') && !SUBJECT_PRONOUNS.has(t[s].lower)) return null;
  // "it" and "you" are rarely the one who acts; an opener with no comma after it ("On Tuesday Trump ...") is no subject.
  if (t[s].lower === 'it' || t[s].lower === 'you' || NP_STOP.has(t[s].lower) || ADVERBIAL_OPENERS.has(t[s].lower))
    return null;
  // Between the subject and "to": a verb phrase of plain words, no clause break, other cue or object-control verb.
  for (let k = e; k < i - 1; k++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) return null;
    if (OBJECT_CONTROL_VERBS.has(w.lower) || CUES.has(w.lower)) return null;
    if (NP_STOP.has(w.lower) && !PATH_WORDS.has(w.lower)) return null;
  }
  return { from: s, to: e, boundary: s - 1 };
}

/** Phrase stops that may stand in the verb phrase before a purpose infinitive ("took to Twitter", "spoke at a hall"). */
const PATH_WORDS: ReadonlySet<string> = new Set([
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'with',
  'into',
  'over',
  'has',
  'have',
  'had',
  'was',
  'were',
  'will',
  'would',
  'also',
  'then',
  'this',
  'these',
  'those',
]);
