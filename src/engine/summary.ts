/**
 * Summary: 1 to 3 verbatim sentences that carry the news: who did or said what.
 *
 * Approach: score every body sentence that can stand alone, keep the best three in text order.
 * - Out: the heading, Title Case or very short lines (datelines, bylines), questions, page
 *   furniture (links, "subscribe", "privacy policy", embedded-post credits, bullets), over-long
 *   run-ons, and sentences in the author's own voice: any opinion, speculation, loaded-language or
 *   unattributed-claim caveat in author voice inside the sentence (caveats.ts decides those).
 * - Score: the salience of the actors named in the sentence (a name counts fully, a pronoun half),
 *   plus a bonus when a claim whose speaker is a known actor starts in it (someone said something),
 *   weighted down gently by position, since news puts the news first.
 * Without actors, claims or caveats (another language path, a bare call) it falls back to the
 * first sentences that pass the filters: the lead.
 *
 * Only the first MAX_CANDIDATES body sentences compete.
 *
 * Known limits: no redundancy check beyond skipping sentences with the same actors and no claim;
 * a sentence of pure quotation without its speaker inside scores only by the names it holds.
 */
import type { Actor, Caveat, Claim, Span } from '../schema/brief';
import type { Doc } from './document';

export interface SummaryInput {
  actors?: Actor[];
  claims?: Claim[];
  caveats?: Caveat[];
}

const MAX_SENTENCES = 3;
const MIN_WORDS = 6;
const MAX_WORDS = 90;
/** Only this many body sentences are looked at: news comes early, and a huge input stays cheap. */
const MAX_CANDIDATES = 300;
/** Links, handles and the furniture of web pages and newsletters. */
const BOILERPLATE = /https?:\/\/|www\.|pic\.twitter|\.com\/|@\w|\b(?:subscribe|newsletter|click here|sign up|all rights reserved|copyright|privacy policy|terms of use|cookies?|advertisement|follow us|share this|read more|story continues|take our poll|free of charge)\b|©/i;
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
  const authorViews = (input.caveats ?? []).filter((k) => k.voice === 'author' && AUTHOR_VIEW.has(k.kind)).sort((a, b) => a.start - b.start);
  // Every actor mention with its actor, sorted, so each sentence finds its mentions with one cursor.
  // One cursor per actor into its (sorted) mentions: sentences come in order, so each mention is
  // passed once, and no merged list of every mention is built or sorted.
  const cursors = new Int32Array(actors.length);
  const speakers = claims.filter((c) => c.speaker?.actorId).sort((a, b) => a.start - b.start);

  const scored: { span: Span; score: number; index: number }[] = [];
  let k = 0;
  let c = 0;
  let rank = 0;
  let seen = 0;
  for (const s of doc.sentences) {
    if (doc.titleRange && s.start < doc.titleRange.end) continue;
    if (++seen > MAX_CANDIDATES) break;
    while (k < authorViews.length && authorViews[k].end <= s.start) k++;
    const authorView = k < authorViews.length && authorViews[k].start < s.end;
    const shape = shapeOf(text, s.start, s.end);
    if (shape.words < MIN_WORDS || shape.words > MAX_WORDS || shape.caps / shape.words >= 0.7) continue;
    const sentence = text.slice(s.start, s.end);
    if (!standsAlone(sentence)) continue;
    let named = 0;
    for (let a = 0; a < actors.length; a++) {
      const list = actors[a].mentions;
      let j = cursors[a];
      while (j < list.length && list[j].start < s.start) j++;
      cursors[a] = j;
      // The actor counts once per sentence: fully when named, half when only a pronoun stands for it.
      let weight = 0;
      for (; j < list.length && list[j].start < s.end && weight < 1; j++) {
        weight = Math.max(weight, list[j].end - list[j].start <= 4 && PRONOUN.test(text.slice(list[j].start, list[j].end)) ? 0.5 : 1);
      }
      named += weight * actors[a].salience;
    }
    while (c < speakers.length && speakers[c].start < s.start) c++;
    const speaks = c < speakers.length && speakers[c].start < s.end;
    let score = named + (speaks ? 0.3 : 0);
    score *= 1 / (1 + 0.08 * rank);
    rank++;
    if (authorView) continue;
    scored.push({ span: { text: sentence, start: s.start, end: s.end }, score, index: scored.length });
  }
  if (scored.length === 0) return lead(doc);
  const best = actors.length || claims.length ? [...scored].sort((a, b) => b.score - a.score || a.index - b.index) : scored;
  return best
    .slice(0, MAX_SENTENCES)
    .sort((a, b) => a.span.start - b.span.start)
    .map((x) => x.span);
}

/** Words and capitalised words of a sentence, in one pass (a Title Case line is a heading or caption). */
function shapeOf(text: string, start: number, end: number): { words: number; caps: number } {
  let words = 0;
  let caps = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) {
      words++;
      if ((c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(text[i]))) caps++;
    }
    inWord = !space;
  }
  return { words, caps };
}

/** Can this sentence stand in a summary at all (word counts checked before)? */
function standsAlone(sentence: string): boolean {
  const bare = sentence.replace(/["'\u201d\u2019)\]]+$/u, '');
  if (bare.endsWith('?') || bare.endsWith(':')) return false;
  if (/^[*\u2022\u2014\u2013-]/.test(sentence)) return false; // bullets, embedded-post credits
  return !BOILERPLATE.test(sentence);
}

/** The first body sentences that stand alone: the lead, when nothing else helps. */
function lead(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const s of doc.sentences) {
    if (doc.titleRange && s.start < doc.titleRange.end) continue;
    const text = doc.text.slice(s.start, s.end);
    if (text.split(/\s+/).length < MIN_WORDS) continue;
    out.push({ text, start: s.start, end: s.end });
    if (out.length === MAX_SENTENCES) break;
  }
  return out;
}
