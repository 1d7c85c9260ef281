/**
 * The cue clause next to a quotation, as pass 1 (quotation-pass.ts) reads it: the words after the
 * quotation up to its sentence end (`tailAfter`) and a cue clause there (`trailingClause`: ", X said",
 * ", said X", "— Name"), or a cue clause before it (`leadingClause`: "X said, “...”", "X: “...”").
 */
import type { Range } from '../../schema/brief';
import { CUES } from '../data/cues';
import { HEADLINE_SETTING_PREPOSITIONS } from '../data/prepositions';
import { DASHES, FINITE_VERBS, NP_STOP, TIME, TRUE_DETERMINERS } from '../data/speaker-words';
import type { Quote } from '../text/quotes';
import { clauseEnd } from './clause';
import { collectVias, isAdverb, isDigit } from './cue';
import { cueNextToQuote } from './quote-side-cue';
import { isQuestionPut } from './cue-after-content';
import { NO_VIAS, isFinal, isOpenQuote, type Clause, type Sent, type SpeakerSpan } from './draft';
import { appositiveSpeaker, isDescriptive, segmentSpeaker, speakerBefore } from './speaker-phrase';
import { hasNewline, isBlankBetween, lineStartBefore, type LineCursor } from './text-scan';
import type { TokenStream } from './token-stream';
import { dropJoiner, mayEndWithJoiner, unquotedTail } from './quote-tail';
import { firstTokenAt, isCap, isQuoted, isWord, type Token } from './tokens';

/** The tokens after a quotation up to the end of its sentence, the next quotation or the paragraph end. */
export function tailAfter(
  text: string,
  q: Quote,
  sents: Sent[],
  sentAt: (p: number) => number,
): { tokens: Token[]; hopped: boolean } | null {
  const si = sentAt(Math.max(q.start, q.end - 1));
  if (si < 0) return null;
  let sent = sents[si];
  let hopped = false;
  // A quotation ending in ?, ! or . ends its sentence for the splitter ("“... country?” Clinton
  // said."): the cue clause is then the next sentence of the paragraph, when it starts right there.
  if (sent.end <= q.end) {
    const next = sents[si + 1];
    if (
      !next ||
      next.paragraph !== sent.paragraph ||
      next.tokens.length > 14 ||
      !isBlankBetween(text, q.end, next.start) ||
      hasNewline(text, q.end, next.start)
    )
      return null;
    // The next sentence is a bare cue clause only if it opens no quotation of its own.
    const nt = next.tokens;
    for (let k = 0; k < nt.length; k++) if (isQuoted(nt[k]) || isOpenQuote(nt[k].text)) return null;
    sent = next;
    hopped = true;
  }
  // From the quotation's end to the next quotation's opening mark (binary search, then a bounded walk).
  const all = sent.tokens;
  const from = firstTokenAt(all, q.end);
  let to = from;
  while (
    to < all.length &&
    to - from < 60 &&
    !isOpenQuote(all[to].text) &&
    !(isQuoted(all[to]) && all[to].start > q.end)
  )
    to++;
  return { tokens: all.slice(from, Math.min(all.length, to + 1)), hopped };
}

/** ", Flynn, a top Trump surrogate, said Thursday on Fox News." / ", said the official." / " Graham blasted Democrats." */
export function trailingClause(t: Token[]): Clause | null {
  let k = 0;
  if (t[k]?.text === ',') k++;
  if (k >= t.length) return null;
  // A dash and a name, as under a reader's quotation or a post: "“...” ― Sonya Herridge".
  if (DASHES.has(t[k].text) || t[k].text === '-') {
    let e = k + 1;
    while (e < t.length && isWord(t[e]) && isCap(t[e]) && e - k <= 4) e++;
    if (e > k + 1 && (e === t.length || isFinal(t[e].text) || t[e].text === ',' || t[e].text === '(')) {
      return {
        cue: null,
        cueStart: -1,
        speaker: { start: t[k + 1].start, end: t[e - 1].end },
        vias: NO_VIAS,
        end: t[e - 1].end,
        rule: 'dash-name-after',
      };
    }
  }
  // Inverted: said X.
  const first =
    cueNextToQuote(t, k) ??
    (isWord(t[k]) && !isCap(t[k])
      ? CUES.get(t[k].lower) && { info: CUES.get(t[k].lower)!, words: 1, text: t[k].text }
      : null);
  if (first && isWord(t[k]) && !isCap(t[k])) {
    const s = k + first.words;
    let e = s;
    // (A relative pronoun ends the name: "said an official who was quoted in ...".)
    while (e < t.length && e - s < 8) {
      // A date as a descriptor before the name: "said 9/11 widow Jane Roe".
      if (isDateSlash(t, e, s)) {
        e += 2;
        continue;
      }
      if (!isWord(t[e]) || NP_STOP.has(t[e].lower) || TIME.has(t[e].lower)) break;
      if (t[e].lower === 'who' || t[e].lower === 'which') break;
      // An adverb ends the name ("said Hale angrily"), unless it modifies the next word ("the newly
      // elected mayor"); before a verb it makes a clause ("explained the press badly erred in ...").
      if (e > s && isAdverb(t[e]) && !TRUE_DETERMINERS.has(t[e - 1].lower)) {
        if (isPastOrFinite(t[e + 1])) return null;
        break;
      }
      e++;
    }
    // "..., said Awan’s father was facing charges": a verb after the name makes it the said clause's subject.
    if (e === s || (e < t.length && FINITE_VERBS.has(t[e].lower))) return null;
    const end = clauseEnd(t, e);
    return {
      cue: first.text,
      cueStart: t[k].start,
      speaker: { start: t[s].start, end: t[e - 1].end },
      vias: collectVias(t, e, end.index),
      end: end.offset,
      rule: 'said-name-after',
    };
  }
  // Speaker then cue, within a few words (an appositive between commas allowed).
  const limit = Math.min(t.length, k + 40);
  for (let c = k; c < limit; c++) {
    const tok = t[c];
    if (!isWord(tok)) {
      // A party tag or aside in brackets: "Rep. Gwen Moore (D-Wis.) said".
      if (tok.text === '(') {
        let e = c + 1;
        while (e < limit && t[e].text !== ')' && e - c < 8) e++;
        if (t[e]?.text === ')') {
          c = e;
          continue;
        }
      }
      if (tok.text === ',' || tok.text === '-' || tok.text === '&' || tok.text === '(' || tok.text === ')') continue;
      return null;
    }
    if (isQuoted(tok)) return null;
    const cue = cueNextToQuote(t, c);
    if (!cue || isCap(tok)) continue;
    const seg = segmentSpeaker(t, c, k);
    const np =
      speakerBefore(t, c, k) ??
      (seg && seg.from === k ? seg : null) ??
      appositiveSpeaker(t, c, k) ??
      namedAppositive(t, c, k);
    if (!np) return null;
    let speaker: Range = { start: t[np.from].start, end: t[np.to - 1].end };
    // "Flynn, a top Trump surrogate, said": the name before the appositive speaks.
    if (np.boundary >= k && t[np.boundary].text === ',' && isDescriptive(t, np)) {
      const name = speakerBefore(t, np.boundary, k);
      if (name && name.from === k) speaker = { start: t[name.from].start, end: t[name.to - 1].end };
    } else if (np.from !== k && !isNameAfterDescription(t, np, k)) {
      return null; // something else stands between the quotation and the speaker
    }
    const after = c + cue.words;
    const end = clauseEnd(t, after);
    return {
      cue: cue.text,
      cueStart: tok.start,
      speaker,
      vias: collectVias(t, after, end.index),
      end: end.offset,
      rule: 'cue-after',
    };
  }
  return null;
}

/** A speaker phrase with the token before it (speakerBefore's answer). */
type BoundedSpan = SpeakerSpan & { boundary: number };

/**
 * '“...,” the mayor, Ann Lee, said': a name set off by commas after the description it names (a
 * lower-case description from the quotation's end: "the mayor", "the company's chief") speaks.
 */
function isNameAfterDescription(t: Token[], np: BoundedSpan, k: number): boolean {
  if (np.boundary <= k || t[np.boundary].text !== ',' || !isCap(t[np.from])) return false;
  const description = speakerBefore(t, np.boundary, k);
  return description !== null && description.from === k && isDescriptive(t, description) && !isCap(t[k]);
}

/** The name of '“...,” the mayor, Ann Lee, said', with the comma before the cue: see isNameAfterDescription. */
function namedAppositive(t: Token[], c: number, k: number): BoundedSpan | null {
  if (c - 1 <= k || t[c - 1].text !== ',') return null;
  const name = speakerBefore(t, c - 1, k);
  return name && isNameAfterDescription(t, name, k) ? name : null;
}

/** "Graham continued, “...”", "X said Thursday: “...”", "Sen. Lindsey Graham to committee Democrats: “...”". */
export function leadingClause(
  text: string,
  q: Quote,
  sent: Sent,
  para: Range,
  stream: TokenStream,
  line: LineCursor,
): Clause | null {
  // The stretch from the sentence (or line) start to the quotation.
  // Only a comma, colon or dash right before the quotation can end a cue clause: check that first, without tokenizing.
  let b = q.start - 1;
  while (
    b >= para.start &&
    (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 10 || text.charCodeAt(b) === 0xa0 || text.charCodeAt(b) === 9)
  )
    b--;
  // (By code unit: this runs per quotation. A one-character mark is in DASHES only as one of the three dashes.)
  const mark = b >= para.start ? text.charCodeAt(b) : -1;
  // '..." she said, but "...': a joiner after the cue clause's comma (lower-case letters end it).
  const joined = mark >= 97 && mark <= 122;
  if (!joined && mark !== 44 && mark !== 58 && mark !== 0x2014 && mark !== 0x2013 && mark !== 0x2015) return null;
  if (joined && !mayEndWithJoiner(text, b + 1)) return null;
  // From the sentence, paragraph or line start, at most 200 characters back.
  const from = Math.max(sent.start, para.start, q.start - 200, lineStartBefore(text, q.start, line));
  const tt = unquotedTail(stream.within(from, q.start, sent.index));
  if (joined && !dropJoiner(tt)) return null;
  if (tt.length === 0) return null;
  const last = tt[tt.length - 1];
  if (last.text !== ',' && last.text !== ':' && !DASHES.has(last.text)) return null;
  const body = tt.length - 1;
  // "Asked if the mayor had informed him ..., Lee said, “...”": no cue of the question put is the quotation's.
  const answerFrom = isQuestionPut(tt, 0) ? firstComma(tt, body) + 1 : 0;
  for (let c = answerFrom; c < body; c++) {
    const cue = cueNextToQuote(tt, c);
    if (!cue || isCap(tt[c])) continue;
    const np = speakerBefore(tt, c) ?? segmentSpeaker(tt, c, 0);
    if (!np) continue;
    // "X, who had called for a ban, said: “...”": a relative clause's cue is not the quotation's when a cue follows it.
    if (isRelativeWho(tt, np) && laterCue(tt, c + cue.words, body)) continue;
    // After the cue only time words, channels and addressees before the mark.
    const after = c + cue.words;
    let ok = true;
    for (let k = after; k < body; k++) if (tt[k].text === '.' || tt[k].text === ';') ok = false;
    if (!ok || body - after > 10) continue;
    return {
      cue: cue.text,
      cueStart: tt[c].start,
      speaker: { start: tt[np.from].start, end: tt[np.to - 1].end },
      vias: collectVias(tt, after, body),
      end: q.start,
      rule: 'cue-before',
    };
  }
  // A name and a colon, no verb: "Sen. Lindsey Graham to committee Democrats:".
  if (last.text === ':' && body > 0 && body <= 8 && isCap(tt[0]) && isWord(tt[0])) {
    let e = 0;
    // "Farrakhan In Iran:": the speaker ends before a preposition of place or occasion (rule
    // name-colon/headline-setting).
    while (e < body && isCap(tt[e]) && isWord(tt[e]) && !(e > 0 && HEADLINE_SETTING_PREPOSITIONS.has(tt[e].lower))) e++;
    return {
      cue: null,
      cueStart: -1,
      speaker: { start: tt[0].start, end: tt[e - 1].end },
      vias: NO_VIAS,
      end: q.start,
      rule: 'name-colon-before',
    };
  }
  return null;
}

/** The speaker phrase is "who" right after a comma ("X, who had called for ..."). */
function isRelativeWho(t: Token[], np: { from: number; to: number; boundary: number }): boolean {
  return np.to - np.from === 1 && t[np.from].lower === 'who' && np.boundary >= 0 && t[np.boundary].text === ',';
}

/** The index of the first comma in t[0, to), or -1. */
function firstComma(t: Token[], to: number): number {
  for (let k = 0; k < to; k++) if (t[k].text === ',') return k;
  return -1;
}

/** Is there a cue (lower case) in t[from, to)? */
function laterCue(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isCap(t[k]) && cueNextToQuote(t, k)) return true;
  return false;
}

/** t[e] is the slash of a number/number date ("9/11") that opens the phrase after a cue (s: its start). */
function isDateSlash(t: Token[], e: number, s: number): boolean {
  return (
    t[e].text === '/' &&
    e > s &&
    isDigit(t[e - 1].text.charCodeAt(0)) &&
    e + 1 < t.length &&
    isDigit(t[e + 1].text.charCodeAt(0))
  );
}

/** A lower-case past or finite verb ("erred", "was"). */
function isPastOrFinite(w: Token | undefined): boolean {
  return !!w && isWord(w) && !isCap(w) && (FINITE_VERBS.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith('ed')));
}
