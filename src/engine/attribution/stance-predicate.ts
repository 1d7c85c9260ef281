/**
 * Rule cue/stance-predicate (issue 16, recall): "Senator Ruiz has been critical of the tariffs",
 * "Ode, who is a staunch opponent of the plan, left", "X has long been a vocal supporter of a
 * second pier". A stance noun or adjective (data/stance-predicates.ts) after a form of "be", with
 * only a determiner, adverbs and adjectives between, then its preposition: what follows is what
 * the subject opposes or backs, as after the verb ("opposes the plan"). The subject is a name, a
 * title, a personal pronoun other than "I", "we", "you" and "it", or a lower-case group. A negated
 * stance ("is not a critic of") and one inside a quotation or another claim are left alone. The
 * content runs to the first comma, clause mark or subordinator. Sentences are read only when the
 * text holds a stance word before its preposition.
 */
import { STANCE_PREDICATES } from '../data/stance-predicates';
import { FINITE_VERBS, IRREGULAR_PAST, PASSIVE_BE, PRONOUN_BE } from '../data/speaker-words';
import { lowerBound } from '../text/partition';
import { endsWithNegation, isAdverb, isVerbLike } from './cue';
import { isFinal, mk, NO_VIAS, type Draft, type Sent } from './draft';
import { isDescriptive, speakerBefore, strongSubject } from './speaker-phrase';
import { groupHead } from './subject-slot';
import type { TokenStream } from './token-stream';
import { isCap, isQuoted, isWord, type Token } from './tokens';
import { isSpaceCode } from '../text/spaces';
import { isRegexWordCode } from './text-scan';

/** First- and second-person and "it" subjects: the writer's or the reader's stance, or no one's. */
const NOT_SPEAKERS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'it', 'this', 'that', 'there']);
/** Words that may stand between "be" and the stance word ("a staunch", "a consistent and outspoken"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'and']);
/** Words that make the stance word part of a longer phrase ("some of the most strident opponents of"): left alone. */
const PHRASE_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'some',
  'most',
  'many',
  'one',
  'among',
  'in',
  'to',
  'for',
]);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no']);
/** How many words may stand between "be" and the stance word. */
const MODIFIER_REACH = 5;
/** Words that end the stance's object ("critical of Trump since ..."). */
const OBJECT_ENDS: ReadonlySet<string> = new Set([
  'since',
  'because',
  'when',
  'while',
  'after',
  'before',
  'until',
  'although',
  'though',
  'but',
  'as',
  'who',
  'which',
  'that',
  'if',
]);
/** Auxiliaries and adverbs before "been" ("has long been"). */
const CHAIN: ReadonlySet<string> = new Set(['has', 'have', 'had', 'will', 'would', 'may', 'might', 'long', 'also']);

/** Pass 2d: stance predicates, sentence by sentence (none inside a claim already made). */
export function stancePredicatePass(text: string, sents: Sent[], stream: TokenStream, drafts: Draft[]): void {
  const found = stanceStarts(text);
  if (found.length === 0) return;
  const starts = sents.map((x) => x.start);
  const covered = coverage(drafts);
  let done = -1;
  for (const at of found) {
    const si = lowerBound(starts, at + 1) - 1;
    if (si < 0 || si <= done || sents[si].end <= at) continue;
    done = si;
    const s = sents[si];
    const t = stream.sentenceTokens(s.index);
    for (let i = 2; i + 2 < t.length; i++) {
      const prep = STANCE_PREDICATES.get(t[i].lower);
      if (!prep || t[i + 1].lower !== prep || isQuoted(t[i]) || covered(t[i].start)) continue;
      const d = stanceClaim(t, i, s);
      if (d) drafts.push(d);
    }
  }
}

/**
 * "Does a claim made so far cover this position?", for positions asked in increasing order (the
 * pass reads sentences and their tokens in text order): the claims sorted by start, walked once
 * with the furthest end seen, so a text full of stance words and claims costs no more than linear.
 */
function coverage(drafts: readonly Draft[]): (pos: number) => boolean {
  const spans = drafts.map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -1;
  return (pos) => {
    while (next < spans.length && spans[next][0] <= pos) reach = Math.max(reach, spans[next++][1]);
    return pos < reach;
  };
}

function stanceClaim(t: Token[], i: number, sent: Sent): Draft | null {
  if (!isWord(t[i]) || isCap(t[i])) return null;
  let k = i - 1;
  while (k > 0 && i - k <= MODIFIER_REACH && isWord(t[k]) && !isCap(t[k]) && !PASSIVE_BE.has(t[k].lower)) {
    const w = t[k].lower;
    if (NEGATIONS.has(w) || endsWithNegation(w) || PHRASE_WORDS.has(w)) return null;
    if (!(DETERMINERS.has(w) || isAdverb(t[k]) || /^[a-z-]+$/.test(w))) return null;
    k--;
  }
  const be = t[k];
  if (!be || !isWord(be) || !(PASSIVE_BE.has(be.lower) || PRONOUN_BE.has(be.lower))) return null;
  // Adjectives alone after "be" ("is critical of"); nouns after a determiner ("is a critic of").
  let v = k;
  while (v > 0 && isWord(t[v - 1]) && (CHAIN.has(t[v - 1].lower) || isAdverb(t[v - 1]))) {
    if (NEGATIONS.has(t[v - 1].lower) || endsWithNegation(t[v - 1].lower)) return null;
    v--;
  }
  if (NEGATIONS.has(t[v - 1]?.lower ?? '') || endsWithNegation(t[v - 1]?.lower ?? '')) return null;
  let speaker: { start: number; end: number };
  if (PRONOUN_BE.has(be.lower)) speaker = { start: be.start, end: be.start + be.text.length - 2 };
  else {
    const s = subjectBefore(t, v);
    if (!s) return null;
    if (s.to - s.from === 1 && NOT_SPEAKERS.has(t[s.from].lower)) return null;
    if (!strongSubject(t, s) && !groupHead(t[s.to - 1])) return null;
    speaker = { start: t[s.from].start, end: t[s.to - 1].end };
  }
  const from = i + 2;
  let e = from;
  while (e < t.length) {
    const w = t[e];
    if (isFinal(w.text) || w.text === ',' || w.text === ';' || w.text === ':' || w.text === '(' || w.text === '\u2014')
      break;
    if (e > from && isWord(w) && OBJECT_ENDS.has(w.lower)) break;
    // "a critic of the levy and later resigned": a coordinated verb ends the object.
    if (e > from && (w.lower === 'and' || w.lower === 'but') && opensVerb(t, e + 1)) break;
    e++;
  }
  if (e === from) return null;
  const cueText = t
    .slice(v, i + 2)
    .map((x) => x.text)
    .join(' ');
  return mk('cue/stance-predicate', cueText, t[v].start, sent, t[from].start, t[e - 1].end, speaker, 'np', NO_VIAS);
}

const TIME_ADVERBS: ReadonlySet<string> = new Set(['later', 'then', 'also', 'soon', 'once']);

/** Does a verb (after an optional adverb) start at k ("and later resigned", "but was ...")? */
function opensVerb(t: Token[], k: number): boolean {
  const w = t[k] && isWord(t[k]) && (isAdverb(t[k]) || TIME_ADVERBS.has(t[k].lower)) ? t[k + 1] : t[k];
  if (!w || !isWord(w) || isCap(w)) return false;
  return FINITE_VERBS.has(w.lower) || IRREGULAR_PAST.has(w.lower) || isVerbLike(w.lower);
}

/** How far back an appositive may reach ("Ruiz, a member of the harbour committee, has been ..."). */
const APPOSITIVE_REACH = 16;

/**
 * The subject before the verb chain at v: the phrase before it, or, after an appositive set off by
 * commas ("Ruiz, a member of the harbour committee, has been ..."), the name before the appositive.
 */
function subjectBefore(t: Token[], v: number): ReturnType<typeof speakerBefore> {
  if (t[v - 1]?.text !== ',') {
    // "Lund, a former mayor who is a critic of ...": the name before the appositive the relative clause hangs on.
    const s = speakerBefore(t, v);
    if (!s || s.boundary < 0 || t[s.boundary].text !== ',' || !isDescriptive(t, s)) return s;
    const name = speakerBefore(t, s.boundary);
    return name && isCap(t[name.from]) && name.to - name.from <= 4 ? name : s;
  }
  let c = v - 2;
  while (c > 0 && v - c <= APPOSITIVE_REACH && t[c].text !== ',' && !isFinal(t[c].text)) c--;
  if (c <= 0 || t[c].text !== ',' || !isDescriptive(t, { from: c + 1, to: v - 1 })) return null;
  const name = speakerBefore(t, c);
  return name && isCap(t[name.from]) ? name : null;
}

/** The prepositions the stance words take, each searched for once. */
const PREPOSITIONS: readonly string[] = [...new Set(STANCE_PREDICATES.values())];
/** The code units read after a stance word: its white space and the preposition must fit in them. */
const AFTER_WINDOW = 8;

/**
 * Where each lower-case stance word standing before white space and its preposition starts, in text
 * order (a capitalised one opens a sentence or a name, "Critics of ...", which the rule leaves alone).
 * Each preposition is searched for once and the word before it looked up, rather than the text
 * searched once per stance word.
 */
export function stanceStarts(text: string): number[] {
  const out: number[] = [];
  for (const prep of PREPOSITIONS)
    for (let p = text.indexOf(prep); p >= 0; p = text.indexOf(prep, p + 1)) {
      const at = stanceWordBefore(text, p, prep);
      if (at >= 0) out.push(at);
    }
  return PREPOSITIONS.length > 1 ? out.sort((a, b) => a - b) : out;
}

/**
 * The start of the stance word taking `prep` before the preposition at p, or -1: white space
 * between them, the word a whole `\w` run, the preposition no longer word within the window read
 * after the word (`AFTER_WINDOW`).
 */
function stanceWordBefore(text: string, p: number, prep: string): number {
  let e = p;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const gap = p - e;
  if (gap === 0 || gap + prep.length > AFTER_WINDOW) return -1;
  const next = p + prep.length;
  if (gap + prep.length < AFTER_WINDOW && next < text.length && isRegexWordCode(text.charCodeAt(next))) return -1;
  let a = e;
  while (a > 0 && isRegexWordCode(text.charCodeAt(a - 1))) a--;
  return e - a >= MIN_WORD && e - a <= MAX_WORD && STANCE_PREDICATES.get(text.slice(a, e)) === prep ? a : -1;
}

const MIN_WORD = Math.min(...[...STANCE_PREDICATES.keys()].map((w) => w.length));
const MAX_WORD = Math.max(...[...STANCE_PREDICATES.keys()].map((w) => w.length));
