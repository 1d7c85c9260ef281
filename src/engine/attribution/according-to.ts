/**
 * Rules cue/according-to-before-content, cue/according-to-after-content and
 * cue/according-to-after-adverbial: "According to X, content.", "content, according to X." and
 * "At the same time, according to X, content." (the cue pass calls it at the word "according").
 */
import { firstContent, lastContentEnd } from './clause';
import { MAX_CONTENT_TOKENS, isCloseQuote, isFinal, isOpenQuote, mk, type Draft, type Sent, type Via } from './draft';
import { isQuoted, isWord, type Token } from './tokens';
import { recordPhrase } from './record-phrase';
import { ACCORDANCE_HEADS } from '../data/source-terms';
import { FINITE_VERBS } from '../data/speaker-words';
import { ADVERBIAL_OPENERS } from '../data/clause-words';
import { isFrontedAdverbial } from './cue-pass-words';

/** "According to X, ..." and "..., according to X." */
export function accordingTo(t: Token[], i: number, sent: Sent): Draft | null {
  const cueStart = t[i].start;
  // The source phrase: to the next comma or the sentence end.
  let e = i + 2;
  // A source phrase is short ("according to a report by the Congressional Budget Office"): at most 14 tokens.
  while (
    e < t.length &&
    e - i < 16 &&
    t[e].text !== ',' &&
    !isFinal(t[e].text) &&
    t[e].text !== ';' &&
    !isQuoted(t[e]) &&
    !isOpenQuote(t[e].text)
  )
    e++;
  // "a deal, according to which the builder is paid": a relative clause states the deal's terms; no one speaks.
  if (e === i + 2 || RELATIVE_OBJECTS.has(t[i + 2].lower) || (isAccordance(t, i + 2, e) && !afterQuotation(t, i)))
    return null;
  // "according to Bloomberg.com.": the sentence's full stop ran into the site's name.
  const siteStop = /\.(?:com|org|net)\.$/i.test(t[e - 1].text) ? 1 : 0;
  let speaker = { start: t[i + 2].start, end: t[e - 1].end - siteStop };
  let vias: Via[] = [{ start: speaker.start, end: speaker.end, how: 'according' }];
  // "according to documents obtained by the Harbor Gazette": the record speaks, its holder is credited too.
  const record = recordPhrase(t, i + 2, e);
  if (record?.holder) {
    speaker = { start: speaker.start, end: t[record.end - 1].end };
    const holder = { start: t[record.holder[0]].start, end: t[record.holder[1] - 1].end - siteStop };
    vias = [
      { start: speaker.start, end: speaker.end, how: 'according' },
      { start: holder.start, end: holder.end, how: 'according' },
    ];
  }
  let b = i - 1;
  while (b >= 0 && !isWord(t[b]) && !isQuoted(t[b]) && !isOpenQuote(t[b].text) && !isCloseQuote(t[b].text)) b--;
  if (b < 0) {
    // Sentence start: "According to X, content."
    const last = lastContentEnd(t, t.length);
    let s = e + 1;
    // "According to Zakkout, who sits on two boards, the plan ...": the relative clause set off after
    // the source describes the source; what was said follows its closing comma.
    if (s < t.length && t[e]?.text === ',' && SOURCE_RELATIVES.has(t[s].lower)) s = afterRelativeAside(t, s, last);
    if (s > last) return null;
    while (s <= last && !isWord(t[s]) && !isOpenQuote(t[s].text) && !isQuoted(t[s])) s++;
    if (s > last) return null;
    return mk(
      'cue/according-to-before-content',
      'according to',
      cueStart,
      sent,
      t[s].start,
      t[last].end,
      speaker,
      'np',
      vias,
    );
  }
  // "At the same time, according to court filings, the company might close": a fronted time or
  // place before the aside is not what was said; the clause after the aside is.
  if (t[e]?.text === ',') {
    const before = firstContent(t, 0, b);
    const last = lastContentEnd(t, t.length);
    const s = firstContent(t, e + 1, last);
    if (before <= b && isOpeningAdverbial(t, before, b) && last - s >= 2)
      return mk(
        'cue/according-to-after-adverbial',
        'according to',
        cueStart,
        sent,
        t[s].start,
        t[last].end,
        speaker,
        'np',
        vias,
      );
  }
  // Trailing: "content, according to X."
  const last = lastContentEnd(t, i);
  if (last < 0) return null;
  const start = firstContent(t, Math.max(0, last - MAX_CONTENT_TOKENS), last);
  if (start >= last) return null; // one word ("basically, according to X") is no content
  return mk(
    'cue/according-to-after-content',
    'according to',
    cueStart,
    sent,
    t[start].start,
    t[last].end,
    speaker,
    'np',
    vias,
  );
}

/** Relatives that open an aside about the source after its comma ("who sits on the board", "which met on Monday"). */
const SOURCE_RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'whose']);
/** How far the aside's closing comma may stand after its relative pronoun, in tokens. */
const ASIDE_REACH = 24;

/** The first token after the comma that closes the relative aside opening at t[s], or `s` when none closes it in reach. */
function afterRelativeAside(t: Token[], s: number, last: number): number {
  for (let k = s + 1; k <= last && k - s <= ASIDE_REACH; k++) {
    if (isQuoted(t[k]) || isOpenQuote(t[k].text)) return s;
    if (t[k].text === ',') return k + 1;
  }
  return s;
}

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this']);
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'that', 'which', 'whose']);
/** Relative pronouns that open "according to which ..." ("that" there is a determiner: "according to that report"). */
const RELATIVE_OBJECTS: ReadonlySet<string> = new Set(['which', 'whom', 'whose']);

/**
 * "done according to the plan", "according to the mind of the mayor will encounter ...": the phrase
 * t[from, to) after "according to" says "in accordance with" (an ACCORDANCE_HEADS noun), or runs
 * into the verb of the clause it sits in (a finite verb before any relative pronoun): no source.
 */
function isAccordance(t: Token[], from: number, to: number): boolean {
  const head = DETERMINERS.has(t[from].lower) ? t[from + 1] : t[from];
  if (head && ACCORDANCE_HEADS.has(head.lower)) return true;
  for (let k = from; k < to; k++) {
    if (RELATIVES.has(t[k].lower)) return false;
    if (FINITE_VERBS.has(t[k].lower)) return true;
  }
  return false;
}

/**
 * t[from..to] is a fronted time or place ("At the same time", "In March") or one sentence adverb
 * ("Meanwhile", "Currently"), not a clause or a subject ("Trump, according to aides, is furious").
 */
function isOpeningAdverbial(t: Token[], from: number, to: number): boolean {
  if (from < to) return isFrontedAdverbial(t, from, to);
  const w = t[from].lower;
  return ADVERBIAL_OPENERS.has(w) || (w.length > 4 && w.endsWith('ly'));
}

/** '“...,” according to the plan': a quotation is words somebody wrote, never done in accordance with a plan. */
function afterQuotation(t: Token[], i: number): boolean {
  const b = i > 0 && t[i - 1].text === ',' ? i - 2 : i - 1;
  return b >= 0 && (isCloseQuote(t[b].text) || (t[b].text === ',' && b > 0 && isCloseQuote(t[b - 1].text)));
}
