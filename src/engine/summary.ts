/**
 * Summary: 1 to 3 verbatim sentences that carry the news: who did or said what.
 *
 * Approach: score every body sentence that can stand alone, keep the best three in text order.
 * - Out: the heading, Title Case or very short lines (datelines, bylines), questions, sentences
 *   that start inside a quotation opened before them (a piece of someone's words), page
 *   furniture (links, "subscribe", "privacy policy", embedded-post credits, bullets), over-long
 *   run-ons, and sentences in the author's own voice: any opinion, speculation, loaded-language or
 *   unattributed-claim caveat in author voice inside the sentence (caveats.ts decides those), or
 *   the writer's "I", "me" or "my" outside every quotation (the columnist's own story), and
 *   transcript turns ("Ms. Ford : ...": a speaker's label and a colon open the line).
 * - Score: the salience of the actors named in the sentence (a name counts fully, a pronoun half),
 *   plus a bonus when a claim whose speaker is a known actor starts in it (someone said something),
 *   weighted down gently by position, since news puts the news first (the position counts the body
 *   sentences of summary length and form before it). Page furniture is looked for only in the
 *   best-scored sentences, until three are found: it is the costliest test, and most sentences
 *   are never in the running.
 * Without actors, claims or caveats (another language path, a bare call) it falls back to the
 * first sentences that pass the filters: the lead.
 *
 * Only the first MAX_CANDIDATES body sentences compete.
 *
 * Known limits: no redundancy check beyond skipping sentences with the same actors and no claim;
 * a sentence of pure quotation without its speaker inside scores only by the names it holds.
 */
import type { Actor, Caveat, Claim, Range, Span } from '../schema/brief';
import type { Doc } from './document';
import { isPlaceLower } from './data/countries';
import { furnitureOverlap } from './text/furniture';
import { quoteAt } from './text/quotes';
import { isSpaceCode } from './text/spaces';
import { lazyRegExp } from './text/lazy-regexp';
import { classesOf } from './caveats/word-classes';
import { sentenceWordsOf } from './caveats/sentence-words';

const RE_UPPER_LETTER = lazyRegExp(String.raw`\p{Lu}`, 'u');

export interface SummaryInput {
  actors?: Actor[];
  claims?: Claim[];
  caveats?: Caveat[];
}

/** A line that opens with a speaker's label: up to six capitalised words and a colon ("Defense Attorney :"). */
const SPEAKER_LABEL = lazyRegExp(String.raw`^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,5}\p{Lu}[\p{L}.'\u2019-]*\s?:\s`, 'u');
const MAX_SENTENCES = 3;
const MIN_WORDS = 6;
const MAX_WORDS = 90;
/** Only this many body sentences are looked at: news comes early, and a huge input stays cheap. */
const MAX_CANDIDATES = 300;
/** Links, handles and the furniture of web pages and newsletters. */
const BOILERPLATE =
  /https?:\/\/|www\.|pic\.twitter|\.com\/|@\w|\b(?:subscribe|newsletter|click here|sign up|all rights reserved|copyright|privacy policy|terms of use|cookies?|advertisement|follow us|share this|read more|story continues|take our poll|free of charge)\b|\u00a9/i;
/** The closing marks a sentence may end in after its punctuation: " ' ” ’ ) ]. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}
const PRONOUN = /^(?:he|she|his|her|him|they|them|their)$/i;
/** Author-voice caveats that make a sentence the author's view rather than the news. */
const AUTHOR_VIEW = new Set(['opinion', 'speculation', 'loaded-language', 'unattributed-claim']);

/**
 * @example
 * summarise(doc, { actors, claims, caveats }) // up to three sentences, in text order
 */
export function summarise(doc: Doc, input: SummaryInput = {}): Span[] {
  const { text } = doc;
  const actors = input.actors ?? [];
  const claims = input.claims ?? [];
  const authorViews = (input.caveats ?? [])
    .filter((k) => k.voice === 'author' && AUTHOR_VIEW.has(k.kind))
    .sort((a, b) => a.start - b.start);
  // Every actor mention with its actor, sorted, so each sentence finds its mentions with one cursor
  // (a cursor per actor cost sentences x actors, a million steps in a long article).
  const mentions = mentionsInOrder(actors);
  // Kept from brief to brief, all zero between sentences (each sentence clears what it set).
  if (actorWeights.length < actors.length)
    actorWeights = new Float64Array(Math.max(actors.length, 2 * actorWeights.length));
  const weights = actorWeights;
  const touched: number[] = [];
  const speakers = claims.filter((c) => c.speaker?.actorId).sort((a, b) => a.start - b.start);

  // Each sentence's words as offsets in the document's word arrays (not its tokens: see shapeOf).
  const firsts = classesOf(doc);
  const counts = sentenceWordsOf(doc).counts;
  const scored: { span: Span; score: number; index: number }[] = [];
  let k = 0;
  let c = 0;
  let m = 0;
  let rank = 0;
  let seen = 0;
  // The furthest end of the quotations opened so far: a sentence that starts before it is a piece of a quotation.
  let q = 0;
  let quoteEnd = -1;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    const s = doc.sentences[ix];
    if ((doc.titleRange && s.start < doc.titleRange.end) || inFurniture(doc, s)) continue;
    if (++seen > MAX_CANDIDATES) break;
    while (k < authorViews.length && authorViews[k].end <= s.start) k++;
    const authorView = k < authorViews.length && authorViews[k].start < s.end;
    const shape = shapeOf(text, s.start, s.end, MAX_WORDS, doc.words, firsts.at(ix), counts[ix]);
    if (shape.words < MIN_WORDS || shape.words > MAX_WORDS || shape.caps / shape.words >= 0.7) continue;
    const sentence = text.slice(s.start, s.end);
    if (!standsAloneByForm(sentence)) continue;
    while (m < mentions.length && mentions.starts[m] < s.start) m++;
    // The actor counts once per sentence: fully when named, half when only a pronoun stands for it.
    for (let j = m; j < mentions.length && mentions.starts[j] < s.end; j++) {
      const start = mentions.starts[j];
      const end = mentions.ends[j];
      const actor = mentions.actors[j];
      const was = weights[actor];
      if (was === 1) continue;
      if (was === 0) insertSorted(touched, actor);
      weights[actor] = end - start <= 4 && PRONOUN.test(text.slice(start, end)) ? Math.max(was, 0.5) : 1;
    }
    // Summed in actor order (touched is kept sorted), so the score does not depend on the order of the mentions.
    let named = 0;
    for (const a of touched) {
      named += weights[a] * actors[a].salience;
      weights[a] = 0;
    }
    touched.length = 0;
    while (c < speakers.length && speakers[c].start < s.start) c++;
    const speaks = c < speakers.length && speakers[c].start < s.end;
    let score = named + (speaks ? 0.3 : 0);
    score *= 1 / (1 + 0.08 * rank);
    rank++;
    if (authorView) continue;
    while (q < doc.quotes.length && doc.quotes[q].start < s.start) quoteEnd = Math.max(quoteEnd, doc.quotes[q++].end);
    // "Boy, I hope you never get it.": the middle of someone's quotation, its speaker out of sight
    // (a sentence that opens a quotation of its own is not: the marks before it were mispaired).
    if (quoteEnd > s.start && !opensQuotation(text, s.start, s.end)) continue;
    // "Having been raised in Victoria, I had never heard ...": the writer's own story, not the news.
    if (writerSpeaks(sentence, s.start, doc.quotes)) continue;
    // "Ms. Ford : At a house in our town.": a transcript turn is one speaker's words, not the news.
    if (isSpeakerLabelled(sentence)) continue;
    scored.push({ span: { text: sentence, start: s.start, end: s.end }, score, index: scored.length });
  }
  const ranked =
    actors.length || claims.length ? scored.sort((a, b) => b.score - a.score || a.index - b.index) : scored;
  // Page furniture is looked for in the best sentences only, until three are found.
  const best: typeof scored = [];
  for (const x of ranked) {
    if (BOILERPLATE.test(x.span.text)) continue;
    best.push(x);
    if (best.length === MAX_SENTENCES) break;
  }
  if (best.length === 0) return lead(doc);
  return best.sort((a, b) => a.span.start - b.span.start).map((x) => x.span);
}

/** Put `n` into the ascending list `list` (a sentence names a handful of actors: a sort call cost more). */
function insertSorted(list: number[], n: number): void {
  let i = list.length;
  list.push(n);
  while (i > 0 && list[i - 1] > n) {
    list[i] = list[i - 1];
    i--;
  }
  list[i] = n;
}

/** One code point that is a letter or a digit. */
const RE_LETTER_OR_DIGIT = lazyRegExp(String.raw`^[\p{L}\p{N}]$`, 'u');

/** A transcript turn's label opens the sentence; a place there is a dateline ("BEIJING: The US embassy ..."). */
function isSpeakerLabelled(sentence: string): boolean {
  // (No colon, no label: most sentences are ruled out without running the pattern.)
  const m = sentence.includes(':') ? SPEAKER_LABEL.exec(sentence) : null;
  return m !== null && !isPlaceLower(m[0].slice(0, m[0].indexOf(':')).trim().toLowerCase());
}

/**
 * Does the writer speak in the first person singular, outside every quotation? `sentence` is the
 * text from `start` on. "I", "me" or "my" as a word (what
 * `/(?<![\p{L}\p{N}])(?:I|me|my|I['’](?:m|ve|d|ll))(?![\p{L}\p{N}])/gu` finds; "I'm" and the like
 * match at their "I"), found by character codes: the pattern read every sentence of every brief.
 */
function writerSpeaks(sentence: string, start: number, quotes: Doc['quotes']): boolean {
  for (let p = sentence.indexOf('I'); p >= 0; p = sentence.indexOf('I', p + 1))
    if (isWordAt(sentence, p, 1) && !quoteAt(quotes, start + p)) return true;
  for (let p = sentence.indexOf('m'); p >= 0; p = sentence.indexOf('m', p + 1)) {
    const next = sentence.charCodeAt(p + 1);
    if ((next === 101 || next === 121) && isWordAt(sentence, p, 2) && !quoteAt(quotes, start + p)) return true;
  }
  return false;
}

/** Is s[p, p + n) a whole word: no letter or digit just before it, nor just after it? */
function isWordAt(s: string, p: number, n: number): boolean {
  if (p > 0) {
    const c = s.charCodeAt(p - 1);
    // The code point before p: a surrogate pair is one.
    const from = isLowSurrogate(c) && p > 1 && isHighSurrogate(s.charCodeAt(p - 2)) ? p - 2 : p - 1;
    if (isLetterOrDigit(s, from, p)) return false;
  }
  const q = p + n;
  if (q >= s.length) return true;
  const to =
    isHighSurrogate(s.charCodeAt(q)) && q + 1 < s.length && isLowSurrogate(s.charCodeAt(q + 1)) ? q + 2 : q + 1;
  return !isLetterOrDigit(s, q, to);
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Is the code point s[from, to) a letter or digit? ASCII by code, the rest by its Unicode class. */
function isLetterOrDigit(s: string, from: number, to: number): boolean {
  const c = s.charCodeAt(from);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE_LETTER_OR_DIGIT.test(s.slice(from, to));
}

/** Does text[start, end) hold an opening double quotation mark (a curly one, or a straight one not at its end)? */
function opensQuotation(text: string, start: number, end: number): boolean {
  let last = end - 1;
  while (last > start && isSpaceCode(text.charCodeAt(last))) last--;
  for (let i = start; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 34) return true;
  }
  return false;
}

/** Actor mentions by start: the i-th one's offsets and the index of its actor in the brief's actors. */
interface ActorMentions {
  length: number;
  starts: Int32Array;
  ends: Int32Array;
  actors: Int32Array;
}

/**
 * Every mention of every actor, by start, with the index of its actor. (Mentions with one start
 * come in any order: a sentence's score does not depend on it.) Sorted as numbers, start times
 * the count plus the mention's place, so no comparator is called and no object made per mention.
 */
function mentionsInOrder(actors: Actor[]): ActorMentions {
  let length = 0;
  for (const actor of actors) length += actor.mentions.length;
  // The work arrays are kept from brief to brief (a typed array made per brief cost more than the sort).
  if (length > scratch.starts.length) scratch = newScratch(Math.max(length, scratch.starts.length * 2));
  const keys = scratch.keys.subarray(0, length);
  const { starts, ends, owners } = scratch;
  let i = 0;
  let last = 0;
  for (let a = 0; a < actors.length; a++)
    for (const { start, end } of actors[a].mentions) {
      starts[i] = start;
      ends[i] = end;
      owners[i] = a;
      keys[i] = start * length + i;
      if (start > last) last = start;
      i++;
    }
  // The keys are exact while start x count stays an integer a double holds (a text of any real size).
  const exact = last * length + length <= Number.MAX_SAFE_INTEGER;
  if (exact) keys.sort();
  else for (let k = 0; k < length; k++) keys[k] = k;
  const order = exact ? keys : keys.sort((x, y) => starts[x] - starts[y]);
  const out: ActorMentions = { length, starts: scratch.outStarts, ends: scratch.outEnds, actors: scratch.outActors };
  for (let k = 0; k < length; k++) {
    const at = exact ? order[k] % length : order[k];
    out.starts[k] = starts[at];
    out.ends[k] = ends[at];
    out.actors[k] = owners[at];
  }
  return out;
}

/** Each actor's weight in the sentence being scored (summarise's: all zero when it is not scoring one). */
let actorWeights = new Float64Array(256);

/** mentionsInOrder's arrays (its answer's too: it is read only by the summarise call that asked). */
let scratch = newScratch(1024);
function newScratch(size: number) {
  return {
    keys: new Float64Array(size),
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    owners: new Int32Array(size),
    outStarts: new Int32Array(size),
    outEnds: new Int32Array(size),
    outActors: new Int32Array(size),
  };
}

/**
 * Words (runs between white space) and capitalised words of a sentence (a Title Case line is a
 * heading or caption), read off the sentence's words from the document's word list: a word holds
 * no white space, so only the gaps between words are read character by character. Stops at the
 * word after `max` (the caller only asks whether there are more than `max`): a run-on sentence of
 * 400 KB was read to its end twice. The sentence's words are the `n` from `first` of the document's
 * words (read off its offset arrays, not as tokens: loading each token object was most of the
 * cost); they must lie wholly inside [start, end), in order.
 */
function shapeOf(
  text: string,
  start: number,
  end: number,
  max: number,
  all: Doc['words'],
  first: number,
  n: number,
): { words: number; caps: number } {
  const { starts, ends } = all;
  let count = 0;
  let caps = 0;
  let inWord = false;
  let at = start;
  for (let k = 0; k <= n && count <= max; k++) {
    // The gap before the k-th word (after the last one, the rest of the sentence).
    const to = k < n ? starts[first + k] : end;
    for (; at < to && count <= max; at++) {
      const c = text.charCodeAt(at);
      const space = isShapeSpace(c);
      if (!space && !inWord) {
        count++;
        if (isCapital(text, at, c)) caps++;
      }
      inWord = !space;
    }
    if (k === n || count > max) break;
    if (!inWord) {
      count++;
      if (isCapital(text, to, text.charCodeAt(to))) caps++;
    }
    inWord = true;
    at = ends[first + k];
  }
  return { words: count, caps };
}

function isCapital(text: string, at: number, c: number): boolean {
  return (c >= 65 && c <= 90) || (c > 127 && RE_UPPER_LETTER.test(text[at]));
}

/** The white space shapeOf splits words at. */
function isShapeSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** Can this sentence stand in a summary by its form: no question, no lead-in to a colon, no bullet (word counts checked before)? */
function standsAloneByForm(sentence: string): boolean {
  // The last character before any closing quotes and brackets.
  let last = sentence.length - 1;
  while (last >= 0 && isCloser(sentence.charCodeAt(last))) last--;
  const c = sentence.charCodeAt(last);
  if (c === 63 || c === 58) return false;
  return !/^[*\u2022\u2014\u2013-]/.test(sentence); // bullets, embedded-post credits
}

/** The first body sentences that stand alone: the lead, when nothing else helps. */
function lead(doc: Doc): Span[] {
  const out: Span[] = [];
  const firsts = classesOf(doc);
  const counts = sentenceWordsOf(doc).counts;
  let seen = 0;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    const s = doc.sentences[ix];
    if ((doc.titleRange && s.start < doc.titleRange.end) || inFurniture(doc, s)) continue;
    if (++seen > MAX_CANDIDATES) break;
    if (shapeOf(doc.text, s.start, s.end, MIN_WORDS, doc.words, firsts.at(ix), counts[ix]).words < MIN_WORDS) continue;
    out.push({ text: doc.text.slice(s.start, s.end), start: s.start, end: s.end });
    if (out.length === MAX_SENTENCES) break;
  }
  return out;
}

/** A sentence that lies mostly in page furniture (a caption, a poll, an embedded post) is no summary. */
function inFurniture(doc: Doc, s: Range): boolean {
  return doc.furniture.length > 0 && furnitureOverlap(doc.furniture, s.start, s.end) * 2 >= s.end - s.start;
}
