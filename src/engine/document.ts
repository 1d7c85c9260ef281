/**
 * The analysed document: the text with its paragraphs, sentences, title line, quotations and
 * proper names, all as exact UTF-16 ranges. Every extractor (actors, claims, sources, caveats,
 * summary) reads this one structure, so the text is segmented and scanned once per brief.
 *
 * Order matters: quotations are found first (over paragraphs, since a quotation may run on into
 * the next paragraph), then sentences (which place no boundary inside a closed quotation), then
 * names (which need the words and the line structure only).
 *
 * The words of the whole text are tokenised once here, as flat arrays of offsets and vocabulary ids
 * (text/word-tokens.ts): the name finder, the furniture lines, the caveat classes and the source
 * credits walk those arrays; a word's token (its strings) is made when a pass first asks for it
 * (attribution takes the words of its sentences as its own tokens, the caveat scans read them
 * sentence by sentence).
 */
import type { Range } from '../schema/brief';
import { findFurniture, type Furniture } from './text/furniture';
import { findNames, type NameSpan } from './text/names';
import { splitParagraphs } from './text/paragraphs';
import { findQuotes, type Quote } from './text/quotes';
import { splitSentences } from './text/sentences';
import { titledWorks } from './text/titled-works';
import type { Trace } from './trace';
import { DocTokens } from './text/word-tokens';
import { isSpaceCode } from './text/spaces';

export type { Furniture, FurnitureKind } from './text/furniture';
export type { NameSpan } from './text/names';
export type { Quote } from './text/quotes';

export interface Sentence extends Range {
  /** Index of the paragraph that holds it. */
  paragraph: number;
}

export interface Doc {
  text: string;
  paragraphs: Range[];
  sentences: Sentence[];
  /** The heading line that opens the article, when there is one (never part of the body). */
  titleRange: Range | null;
  /** Quotations, sorted by start (nested ones after their outer quotation). See text/quotes.ts. */
  quotes: Quote[];
  /** Proper-name sequences, in text order, title words split off as `prefix`. See text/names.ts. */
  names: NameSpan[];
  /**
   * Page furniture (headline, byline, dateline, credits, embeds, widgets, forms, ...), sorted and
   * never overlapping. Nothing in it is the article's own content: see text/furniture.ts, and
   * furniture-filter.ts for what the brief does with it.
   */
  furniture: Furniture[];
  /** Every word, in text order, with its normal form. See text/word-tokens.ts. */
  words: DocTokens;
  /** Set when the caller asked for a rule trace (`brief(input, { trace: true })`); see trace.ts. */
  trace?: Trace;
}

/**
 * A shop box set inline in prose (between two sentences, with no stop after its price time) is a
 * sentence of its own, and so is the prose after it: no sentence runs from the article's words
 * into a widget's, so no claim, summary line or pronoun reaches across it. Linear in both lists.
 */
function breakAtShopBoxes(text: string, sentences: Sentence[], furniture: Furniture[]): Sentence[] {
  let f = 0;
  while (f < furniture.length && !furniture[f].shop) f++;
  if (f === furniture.length) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    while (f < furniture.length && furniture[f].end <= start) f++;
    for (let k = f; k < furniture.length && furniture[k].start < s.end; k++) {
      const w = furniture[k];
      if (!w.shop || (w.start <= start && w.end >= s.end)) continue;
      const cut = Math.max(w.start, start);
      if (cut > start) out.push({ start, end: trimEnd(text, start, cut), paragraph: s.paragraph });
      const after = Math.min(w.end, s.end);
      out.push({ start: cut, end: after, paragraph: s.paragraph });
      start = after;
      while (start < s.end && isSpaceCode(text.charCodeAt(start))) start++;
    }
    if (start < s.end) out.push(start === s.start ? s : { start, end: s.end, paragraph: s.paragraph });
  }
  return out;
}

/**
 * The names that can name someone: none inside a shop box (a book's title and author) nor inside the
 * title of a work (text/titled-works.ts, rule names/titled-work), unless the title is the name alone.
 * So no actor is made of them and no pronoun finds them. Linear in the lists.
 */
function namingNames(text: string, names: NameSpan[], furniture: Furniture[], quotes: Quote[]): NameSpan[] {
  const titles = titledWorks(text, quotes);
  const boxes = furniture.filter((f) => f.shop);
  if (titles.length === 0 && boxes.length === 0) return names;
  let t = 0;
  let b = 0;
  return names.filter((n) => {
    while (b < boxes.length && boxes[b].end <= n.start) b++;
    if (b < boxes.length && boxes[b].start <= n.start && boxes[b].end >= n.end) return false;
    while (t < titles.length && titles[t].end <= n.start) t++;
    if (t >= titles.length || titles[t].start > n.start || titles[t].end < n.end) return true;
    return text.slice(titles[t].start, titles[t].end).replace(TRAILING_PUNCT, '') === n.text;
  });
}

/** Punctuation a title may end with inside its marks (“Moses Cole,”). */
const TRAILING_PUNCT = /[.,;:!?\s]+$/u;

/** The end of text[from, to) with trailing white space left out. */
function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return to;
}

/** Longest first line we still take for a heading. */
const MAX_TITLE_WORDS = 30;

export function analyse(text: string, trace?: Trace): Doc {
  const paragraphs = splitParagraphs(text);
  const quotes = findQuotes(text, paragraphs);
  const words = new DocTokens(text);
  const sentences: Sentence[] = [];
  for (let index = 0; index < paragraphs.length; index++)
    splitSentences(text, paragraphs[index], quotes, index, sentences);
  const titleRange = findTitleLine(text, paragraphs);
  const furniture = findFurniture(text, titleRange, words);
  return {
    text,
    paragraphs,
    sentences: breakAtShopBoxes(text, sentences, furniture),
    titleRange,
    furniture,
    quotes,
    names: namingNames(text, findNames(text, words), furniture, quotes),
    words,
    trace,
  };
}

/**
 * A title line: the first paragraph is a single short line and the article goes on after it
 * (PTC, PolNeAR and most CMS exports put the headline there, followed by a blank line), or the
 * first line of the first paragraph is short and ends without sentence punctuation while more
 * lines follow (a heading with a single line break under it).
 */
function findTitleLine(text: string, paragraphs: Range[]): Range | null {
  if (paragraphs.length === 0) return null;
  const first = paragraphs[0];
  const nl = text.indexOf('\n', first.start);
  if (nl < 0 || nl >= first.end) {
    // A line ending in a colon introduces what follows it ("The Herald reported:"): no heading.
    if (paragraphs.length < 2 || text.charCodeAt(first.end - 1) === 58) return null;
    return hasAtMostWords(text, first.start, first.end, MAX_TITLE_WORDS) ? first : null;
  }
  let end = nl;
  while (end > first.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (!hasAtMostWords(text, first.start, end, 15) || /[.,;:]$/.test(text.slice(Math.max(first.start, end - 1), end)))
    return null;
  return { start: first.start, end };
}

/**
 * Does text[from, to) hold at most `max` words (runs between white space)? Counts no further than
 * one past `max`, so a first paragraph of 400 KB costs no more than a headline.
 */
function hasAtMostWords(text: string, from: number, to: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words <= max; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words <= max;
}
