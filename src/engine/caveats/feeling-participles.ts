/**
 * The writer's feeling told by a participle (CheckThat subjectivity recall on opinion pieces, issue
 * 16): a verb that causes a feeling ("infuriate", "dishearten", "astonish") in a frame that makes
 * the feeling the writer's own. The participles alone are no cue ("the storm is alarming
 * residents", "the firm was surprised by the result" are report); the frames are:
 * - feeling-participles/extraposed: "it" (or "this", "that") and a copula, then the participle in
 *   -ing and what it is about: "It is infuriating that the vote was delayed.", "It's deeply
 *   frustrating to watch", "It is depressing how little has changed", or the participle closing the
 *   clause ("This is heartbreaking."); and the pseudo-cleft "What is galling is ...".
 * - feeling-participles/sentence-adverb: the participle's adverb opening the sentence and set off
 *   by a comma: "Infuriatingly, the council said nothing." ("Surprisingly enough" does not open
 *   with a comma and stays quiet.)
 * - feeling-participles/first-person: "I" or "we" and a copula, then the participle in -ed with
 *   what caused it or the clause's end: "I am stunned by the ruling.", "We were dismayed that ...",
 *   "I'm frankly exhausted."
 * Outside quotations and claim content ("It is alarming," the mayor said); kind opinion. The
 * participle must follow its copula at once or after degree adverbs, so "It is alarming residents"
 * (a participle with an object) and "the audit is surprising nobody" stay quiet.
 *
 * Linear: sentences without one of the participles are passed over by their bits.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { FEELING_COMPLEMENTS, FEELING_DEGREES, FEELING_ED, FEELING_ING } from '../data/feeling-participles';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { eachTriggeredSentence, pushAuthorOpinion, triggerClass } from './sentence-words';

const ING = new Set(FEELING_ING);
const ED = new Set(FEELING_ED);
const INGLY = new Set(FEELING_ING.map((w) => `${w}ly`));
const DEGREES = new Set(FEELING_DEGREES);
const COMPLEMENTS = new Set(FEELING_COMPLEMENTS);
/** "it is", "it's", "this was", "that has been", "it seems", "it remains". */
const SUBJECTS = new Set(['it', 'this', 'that']);
const FUSED = new Set(["it's", "that's", "this's", "what's"]);
const COPULAS = new Set(['is', 'was', 'seems', 'seemed', 'remains', 'becomes', 'became', 'been', "isn't", "wasn't"]);
const SELVES = new Set(['i', 'we']);
const SELF_FUSED = new Set(["i'm", "we're"]);
const SELF_COPULAS = new Set(['am', 'was', 'are', 'were', 'feel', 'felt', 'remain', 'remained', 'became']);
const PERFECT = new Set(['have', 'had']);
const SELF_PERFECT = new Set(["i've", "we've", "i'd", "we'd"]);
/** What the feeling is about after an -ed participle: "stunned by", "appalled at", "dismayed that". */
const CAUSES = new Set(['by', 'at', 'that', 'to', 'about', 'with', 'how', 'when', 'what', 'why', 'of']);
const LEADS = new Set(['and', 'but', 'yet', 'so', 'frankly', 'honestly']);
const TRIGGER = triggerClass(() => [...FEELING_ING, ...FEELING_ED, ...INGLY]);
const REASON = {
  extraposed: 'the author’s own feeling about what follows (“it is infuriating that ...”): a verdict, not a report',
  'sentence-adverb': 'the author’s feeling about the fact (“Infuriatingly, ...”): a verdict, not a report',
  'first-person': 'the author says how the news made them feel (“I am stunned by ...”): a stated view',
} as const;
type Why = keyof typeof REASON;
type Found = [number, number, Why];

export function feelingParticiples(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  eachTriggeredSentence(doc, TRIGGER, 0, (toks) => {
    const found = sentenceAdverb(text, toks) ?? extraposed(text, toks) ?? firstPerson(text, toks);
    if (!found) return;
    const [from, to, why] = found;
    pushAuthorOpinion(drafts, regions, toks, from, to, REASON[why], `feeling-participles/${why}`);
  });
}

/** Only spaces between two words (no comma, dash or quotation mark: one clause). */
const joined = (text: string, a: Token, b: Token) => /^\s+$/.test(text.slice(a.end, b.start));

/** Past the degree adverbs from `k` ("deeply", "all the more"), staying in the clause. */
function pastDegrees(text: string, toks: readonly Token[], k: number): number {
  while (toks[k] && DEGREES.has(toks[k].norm) && toks[k + 1] && joined(text, toks[k], toks[k + 1])) k++;
  return k;
}

/** Does the word at `i` open its sentence or clause (after a lead word, a comma or a dash)? */
function opensClause(text: string, toks: readonly Token[], i: number): boolean {
  if (i === 0 || (i === 1 && LEADS.has(toks[0].norm))) return true;
  return /[,;:\u2014\u2013(]\s*$/.test(text.slice(toks[i - 1].end, toks[i].start));
}

/** Does the participle at `p` close its clause (a full stop, comma, dash or the sentence's end)? */
function closesClause(text: string, toks: readonly Token[], p: number): boolean {
  const next = toks[p + 1];
  return !next || /^\s*[.!;:,\u2014\u2013)]/.test(text.slice(toks[p].end, next.start));
}

/** Rule feeling-participles/extraposed: "it is (deeply) infuriating that", "What's galling is". */
function extraposed(text: string, toks: readonly Token[]): Found | undefined {
  for (let i = 0; i < toks.length - 1; i++) {
    const w = toks[i].norm;
    let c: number;
    if (FUSED.has(w)) c = i;
    else if ((SUBJECTS.has(w) || w === 'what') && COPULAS.has(toks[i + 1].norm) && joined(text, toks[i], toks[i + 1]))
      c = i + 1;
    else continue;
    // "this" and "that" open their clause ("a trend that is worrying to ..." is a relative clause).
    if (w !== 'it' && w !== "it's" && !opensClause(text, toks, i)) continue;
    // "has been", "may be": one more auxiliary word is allowed before the participle.
    if (toks[c + 1]?.norm === 'been' || toks[c + 1]?.norm === 'be') c++;
    const p = pastDegrees(text, toks, c + 1);
    if (!toks[p] || !ING.has(toks[p].norm) || !joined(text, toks[p - 1], toks[p])) continue;
    const cleft = w === 'what' || w === "what's";
    const next = toks[p + 1];
    if (cleft) {
      // "What is galling is ...": the cleft's own copula soon after.
      for (let k = p + 1; k < toks.length && k <= p + 4; k++)
        if (COPULAS.has(toks[k].norm)) return [i, p, 'extraposed'];
      continue;
    }
    if (next && COMPLEMENTS.has(next.norm) && joined(text, toks[p], next)) return [i, p, 'extraposed'];
    // "This is heartbreaking." A bare "it is surprising" closing the clause; only "it"/"this"/"that" as subject.
    if (closesClause(text, toks, p)) return [i, p, 'extraposed'];
  }
  return undefined;
}

/** Rule feeling-participles/sentence-adverb: "Infuriatingly, ..." opening the sentence. */
function sentenceAdverb(text: string, toks: readonly Token[]): Found | undefined {
  const k = LEADS.has(toks[0]?.norm) && toks[0].norm !== 'frankly' && toks[0].norm !== 'honestly' ? 1 : 0;
  const t = toks[k];
  if (!t || !INGLY.has(t.norm)) return undefined;
  if (!/^\s*,/.test(text.slice(t.end, t.end + 3))) return undefined;
  return [k, k, 'sentence-adverb'];
}

/** Rule feeling-participles/first-person: "I am stunned by", "we were dismayed that", "I'm exhausted." */
function firstPerson(text: string, toks: readonly Token[]): Found | undefined {
  for (let i = 0; i < toks.length - 1; i++) {
    const w = toks[i].norm;
    let c: number;
    if (SELF_FUSED.has(w)) c = i;
    else if (SELVES.has(w) && SELF_COPULAS.has(toks[i + 1].norm) && joined(text, toks[i], toks[i + 1])) c = i + 1;
    else if (SELVES.has(w) && PERFECT.has(toks[i + 1].norm) && toks[i + 2]?.norm === 'been') c = i + 2;
    else if (SELF_PERFECT.has(w) && toks[i + 1].norm === 'been') c = i + 1;
    else continue;
    // "I" the pronoun: a capital word before it makes it a numeral ("World War I was").
    if (w === 'i' && i > 0 && /^[A-Z]/.test(text[toks[i - 1].start] ?? '') && joined(text, toks[i - 1], toks[i]))
      continue;
    const p = pastDegrees(text, toks, c + 1);
    if (!toks[p] || !ED.has(toks[p].norm) || !joined(text, toks[p - 1], toks[p])) continue;
    const next = toks[p + 1];
    if ((next && CAUSES.has(next.norm) && joined(text, toks[p], next)) || closesClause(text, toks, p))
      return [i, p, 'first-person'];
  }
  return undefined;
}
