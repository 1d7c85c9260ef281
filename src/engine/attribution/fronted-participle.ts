/**
 * A cue participle opening its sentence (issue 16, recall), also after a preposition ("After
 * saying the plan was dead, the senator ..."): "Citing a leaked memo, the union walked out", "Claiming the count was rigged, Mayor Lund demanded a recount", "Lamenting the
 * delays, commuters wrote to the council". The participle's words up to its comma are what the
 * main clause's subject cites, claims or laments; that subject (a name, a pronoun, a titled or
 * unnamed source, a group) speaks. Bounded reads: at most CONTENT_REACH tokens to the comma and
 * SUBJECT_REACH after it.
 */
import type { CueInfo } from '../data/cues';
import { PARTICIPLE_OPENERS } from '../data/prepositions';
import { CUES } from '../data/cues';
import { FINITE_VERBS, NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';
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
  if (!info.participle) return null;
  // The sentence's first word, or the first after an opening quotation mark or a preposition ("After saying ...").
  const open = i === 0 || (i === 1 && isOpenQuote(t[0].text));
  if (!(open ? isCap(t[i]) : afterOpeningPreposition(t, i))) return null;
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
  // "After saying that the plan was dead": the content starts after its "that".
  const from = t[after].lower === 'that' && c - after > 2 ? after + 1 : after;
  // "While admitting numerous preachers", "When referring to something larger": after a preposition only a clause is said.
  if (!open && !(from > after || holdsVerb(t, after, c))) return null;
  return { content: { from, to: c }, subject };
}

/** Is there a finite verb in t[from, to) ("the plan was dead", "she thought", "it failed")? */
function holdsVerb(t: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = t[k].lower;
    if (isCap(t[k])) continue;
    if (FINITE_VERBS.has(w) || (w.length > 4 && w.endsWith('ed')) || CUES.get(w)?.participle === false) return true;
  }
  return false;
}

/** "After saying ...", "Despite insisting ...": the cue participle right after a capitalised opening preposition. */
function afterOpeningPreposition(t: Token[], i: number): boolean {
  const p = i - 1;
  const lead = p === 0 || (p === 1 && isOpenQuote(t[0].text));
  return lead && isCap(t[p]) && !isCap(t[i]) && PARTICIPLE_OPENERS.has(t[p].lower);
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
