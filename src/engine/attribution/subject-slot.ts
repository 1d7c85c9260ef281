/**
 * Subject slots of the cue pass (issue 16): where a sentence's subject starts after its adverbial
 * openers, where a name ends at its verb, and which lower-case plural subjects may hold a stance.
 * Each helper reads a bounded number of tokens, so the pass stays linear.
 */
import { GROUP_HEADS } from '../data/group-heads';
import { STATE_LINKS } from '../data/state-adjectives';
import { ADVERBIAL_OPENERS } from '../data/clause-words';
import { NOMINAL_CUE_NOUNS, NOMINAL_LIGHT_VERBS } from '../data/nominal-cues';
import { AUX, BE_FORMS, DETERMINERS, NP_STOP, PHRASE_PREPS, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { endsWithPossessive, isAdverb, isAgentPlural, isVerbLike } from './cue';
import { isOpenQuote, type SpeakerSpan } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/**
 * Where the subject starts after the sentence's adverbial openers, each closed by a comma ("On
 * Thursday, however, the mayor spoke ..., promising ..." -> "the mayor"): at most three openers of
 * at most six words, all before the participle's comma at p. Linear: each token is read once.
 */
export function afterOpeners(t: Token[], p: number): number {
  let s = 0;
  for (let n = 0; n < 3 && s < p && isOpener(t[s]); n++) {
    let c = s + 1;
    while (c < p && c - s <= 6 && t[c].text !== ',') c++;
    if (c >= p || t[c].text !== ',') return s;
    s = c + 1;
  }
  return s;
}

/**
 * "Ortiz met the crews", "Ortiz openly admires ...": a lower-case word right after a name, with a
 * determiner after it, or an -ly adverb, ends the name: its verb and object follow ("A Chilean judge", "Clinton’s campaign manager" stay whole).
 * So does a verb linking the name to a state ("Ann Lee seems pleased ..., noting ..." had the
 * speaker "Ann Lee seems"; STATE_LINKS: "seems", "appears", "remains").
 */
export function endsName(t: Token[], s: number, e: number): boolean {
  const w = t[e];
  const b = t[e - 1];
  const next = t[e + 1];
  if (e === s || isCap(w) || !isCap(b) || DETERMINERS.has(b.lower) || endsWithPossessive(b.lower)) return false;
  // "Trump openly admires ...": an -ly adverb after a name stands before its verb.
  if (isAdverb(w) || STATE_LINKS.has(w.lower)) return true;
  return !!next && isWord(next) && DETERMINERS.has(next.lower) && !PHRASE_PREPS.has(w.lower) && w.lower !== 'and';
}

/** The first word of an adverbial opener: "In August", "Meanwhile", "Separately", "Chastened by ...", "Speaking to ...". */
function isOpener(w: Token): boolean {
  return isWord(w) && (ADVERBIAL_OPENERS.has(w.lower) || isAdverb(w) || isVerbLike(w.lower));
}

/**
 * "The experts praised ...", "industry groups are challenging ...": a lower-case plural head for
 * people or a group (GROUP_HEADS, agent plurals) takes a stance too, with a finite verb ("it makes
 * attacking X allowable": no) that takes an object ("priests accused of ...", "sinners called to
 * ...", "forms, called ...": a passive participle, no).
 */
export function pluralSubject(t: Token[], s: SpeakerSpan, i: number, after: number): boolean {
  const head = t[s.to - 1];
  if (isCap(head) || !(GROUP_HEADS.has(head.lower) || isAgentPlural(head.lower))) return false;
  for (let k = s.from; k < s.to; k++) if (SUBJECT_PRONOUNS.has(t[k].lower)) return false;
  const next = t[after];
  if (!next || !isWord(next) || (t[i].lower.endsWith('ed') && PASSIVE_NEXT.has(next.lower))) return false;
  return !t[i].lower.endsWith('ing') || BE_FORMS.has(t[i - 1]?.lower ?? '');
}

/** Words after a past participle that make it passive ("accused of", "called to", "opposed to"). */
const PASSIVE_NEXT: ReadonlySet<string> = new Set(['of', 'to', 'by', 'as', 'in', 'into', 'on', 'with', 'from', 'at']);

/**
 * "X expressed concern that ...": a light verb before a noun of saying and its "that" clause is
 * the nominal pass's (the noun is the cue, the clause the content), not a stance with an object.
 */
export function lightVerbBeforeNominal(t: Token[], i: number, after: number): boolean {
  if (!NOMINAL_LIGHT_VERBS.has(t[i].lower)) return false;
  for (let k = after; k < t.length && k <= after + 3; k++) {
    if (!isWord(t[k])) return false;
    if (NOMINAL_CUE_NOUNS.has(t[k].lower)) return t[k + 1]?.lower === 'that';
  }
  return false;
}

/** The span if it is only a name ("Senator Hal Brody", at most five capitalised words) or a personal pronoun, else null. */
export function nameOnly<S extends SpeakerSpan>(t: Token[], s: S | null): S | null {
  if (!s || s.to - s.from > 5) return null;
  if (s.to - s.from === 1 && SUBJECT_PRONOUNS.has(t[s.from].lower)) {
    const w = t[s.from].lower;
    return w === 'it' || w === 'you' ? null : s;
  }
  for (let k = s.from; k < s.to; k++) if (!isWord(t[k]) || !isCap(t[k])) return null;
  return s.to - s.from >= 2 ? s : null;
}

/** Pronouns that open a relative clause set off by commas. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'which']);

/**
 * "Mayor X, who said the depot was old, met the drivers": in a relative clause set off by commas,
 * the content ends at the comma before the main clause's verb. Returns the content's end offset
 * (unchanged when the cue at i is not in such a clause). Reads at most the content's own tokens.
 */
export function relativeClauseEnd(t: Token[], i: number, start: number, end: number): number {
  let j = i - 1;
  while (j >= 0 && isWord(t[j]) && (AUX.has(t[j].lower) || isAdverb(t[j]))) j--;
  // An object relative: the clause's own subject sits between the pronoun and the cue ("the plan,
  // which critics called a disaster, ..."; "Avenatti, whom Carlson dubbed ..., is ...").
  for (let k = j; k >= 0 && j - k < 5 && isWord(t[k]); k--)
    if (RELATIVE_PRONOUNS.has(t[k].lower)) {
      j = k;
      break;
    }
  if (j < 1 || !RELATIVE_PRONOUNS.has(t[j].lower) || t[j - 1].text !== ',') return end;
  for (let k = i + 1; k + 1 < t.length && t[k].start < end; k++) {
    if (isQuoted(t[k]) || isOpenQuote(t[k].text)) return end;
    if (t[k].text !== ',' || t[k].start <= start) continue;
    const next = t[k + 1];
    const c = next.text.charCodeAt(0);
    const verb = isWord(next) && c >= 97 && c <= 122 && (AUX.has(next.lower) || !NP_STOP.has(next.lower));
    return verb ? t[k - 1].end : end;
  }
  return end;
}

/** A lower-case plural head for people or a group ("several environmental groups", "the protesters"). */
export function groupHead(w: Token): boolean {
  return isWord(w) && !isCap(w) && (GROUP_HEADS.has(w.lower) || isAgentPlural(w.lower));
}

/** Possessive pronouns: a cue word after one and a modifier is a noun ("his campaign promises"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * The "who" right before the verb at k, over its auxiliaries ("who had", "who had been", "who has
 * long"), opening a restrictive relative clause (no comma before it), or -1.
 */
export function relativeWhoBefore(t: Token[], k: number, floor: number): number {
  let j = k - 1;
  while (j > floor && k - j <= 3 && isWord(t[j]) && AUX.has(t[j].lower)) j--;
  return j > floor && t[j].lower === 'who' && t[j - 1].text !== ',' ? j : -1;
}

/** Words of place that can close an intransitive relative clause ("who lives there", "who was here"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['there', 'here']);

/**
 * Rule speakers/intransitive-relative: "A teacher who lives there said", "a voter who stayed
 * said", "a guard who was there said": a relative clause with no object stands right before the
 * cue, so the walk back finds no noun of its own; the index of its "who" (the head before it
 * speaks), or -1. The word after "who" (and its auxiliaries) is lower case: "the man who Brown
 * said" is an object relative and stays out.
 */
export function intransitiveRelativeWho(t: Token[], k: number, floor: number): number {
  const place = k > floor && isWord(t[k]) && PLACE_WORDS.has(t[k].lower);
  const v = place ? k - 1 : k;
  if (v <= floor || !isWord(t[v]) || isCap(t[v]) || isQuoted(t[v])) return -1;
  if (AUX.has(t[v].lower)) return place ? relativeWhoBefore(t, k, floor) : -1;
  // ("who is investigating alleged collusion": a progressive takes what follows as its object.)
  if (NP_STOP.has(t[v].lower) || t[v].lower.endsWith('ing')) return -1;
  return relativeWhoBefore(t, v, floor);
}
