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
  return {
    text,
    paragraphs,
    sentences,
    titleRange,
    furniture: findFurniture(text, titleRange, words),
    quotes,
    names: findNames(text, words),
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
