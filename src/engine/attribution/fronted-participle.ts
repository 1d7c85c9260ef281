/**
 * A cue participle opening its sentence (issue 16, recall): "Citing a leaked memo, the union
 * walked out", "Claiming the count was rigged, Mayor Lund demanded a recount", "Lamenting the
 * delays, commuters wrote to the council". The participle's words up to its comma are what the
 * main clause's subject cites, claims or laments; that subject (a name, a pronoun, a titled or
 * unnamed source, a group) speaks. Bounded reads: at most CONTENT_REACH tokens to the comma and
 * SUBJECT_REACH after it.
 */
import type { CueInfo } from '../data/cues';
import { NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { cueAt, endsWithNegation, isAdverb, isVerbLike } from './cue';
import { isCloseQuote, isFinal, isOpenQuote, type SpeakerSpan } from './draft';
import { strongSubject } from './speaker-phrase';
import { endsName, groupHead } from './subject-slot';
import { isCap, isWord, type Token } from './tokens';

/** The longest participle phrase before its comma, and the longest subject after it, in tokens. */
const CONTENT_REACH = 40;
const SUBJECT_REACH = 6;

const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Words after the subject that open no verb phrase (an apposition or relative clause, a coordination). */
const NOT_VERB: ReadonlySet<string> = new Set(['and', 'or', 'but', 'who', 'which', 'that', 'whose', 'whom', 'of']);

export interface FrontedParticiple {
  content: SpeakerSpan;
  subject: SpeakerSpan;
}

/** The content and the main clause's subject when the cue at i is a participle opening the sentence, else null. */
export function frontedParticiple(t: Token[], i: number, after: number, info: CueInfo): FrontedParticiple | null {
  if (!info.participle || !isCap(t[i])) return null;
  // The sentence's first word, or the first after an opening quotation mark.
  if (!(i === 0 || (i === 1 && isOpenQuote(t[0].text)))) return null;
  let c = after;
  while (c < t.length && c - after <= CONTENT_REACH && t[c].text !== ',') {
    if (isFinal(t[c].text) || t[c].text === ';' || t[c].text === ':') return null;
    c++;
  }
  if (c >= t.length || t[c].text !== ',' || c - after < 2) return null;
  let s = c + 1;
  if (s < t.length && isCloseQuote(t[s].text)) s++;
  // "Attacking midfielder Adrian Ilie, who ...": a relative clause after the comma makes the phrase a noun phrase.
  if (s < t.length && RELATIVES.has(t[s].lower)) return null;
  const e = subjectEnd(t, s);
  if (e === s) return null;
  const subject = { from: s, to: e };
  if (!(strongSubject(t, subject) || groupHead(t[e - 1]))) return null;
  // The subject's verb follows ("Trump accused", "the union walked out"), not an apposition or a clause mark.
  const verb = t[e];
  if (!verb || !isWord(verb) || isCap(verb) || NOT_VERB.has(verb.lower)) return null;
  return { content: { from: after, to: c }, subject };
}

/** The end of the main clause's subject from s: a pronoun, or words up to the verb, an -ly adverb or a name's end. */
function subjectEnd(t: Token[], s: number): number {
  if (s >= t.length || !isWord(t[s])) return s;
  if (SUBJECT_PRONOUNS.has(t[s].lower)) return s + 1;
  let e = s;
  while (e < t.length && e - s < SUBJECT_REACH && isSubjectWord(t, e) && !endsName(t, s, e)) e++;
  // "Mexicans often say", "commuters often write": a lower-case word between the head and a cue verb is no part of the subject.
  if (e - s >= 2 && !isCap(t[e - 1]) && (isCap(t[e - 2]) || groupHead(t[e - 2])) && e < t.length && cueAt(t, e)) e--;
  return e;
}

function isSubjectWord(t: Token[], k: number): boolean {
  const w = t[k];
  return (
    isWord(w) &&
    !NP_STOP.has(w.lower) &&
    !isAdverb(w) &&
    !cueAt(t, k) &&
    !(isVerbLike(w.lower) && !isCap(w)) &&
    !endsWithNegation(w.lower)
  );
}

/** Does the sentence open at token `from` with a cue participle and its comma ("Lamenting the delays, commuters wrote ...")? */
export function opensWithFrontedParticiple(t: Token[], from: number): boolean {
  const cue = from < t.length ? cueAt(t, from) : null;
  return !!cue && frontedParticiple(t, from, from + cue.words, cue.info) !== null;
}
