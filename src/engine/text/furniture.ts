/**
 * Page furniture: the parts of a page that are not the article's own reporting or argument, as
 * exact UTF-16 ranges with a kind. Headlines, bylines, wire datelines (the dateline part only; the
 * sentence after it is content), photo and image credits, embedded social posts and their credit
 * lines, poll widgets, newsletter boxes, comment forms, related and read-more links, share-button
 * runs, copyright and distribution lines, and short label lines ("Advertisement").
 *
 * Approach: structure first. The text is read line by line, once; each line is judged by its shape
 * (word count, closing punctuation, capitals, where it sits) and, where the shape alone is not
 * enough, by a short bounded cue pattern (data/furniture-cues.ts), tried only on a line that holds
 * one of the pattern's words (CUE_WORDS: most lines are prose and hold none); the shapes are in
 * text/furniture-shapes.ts. A second pass looks at
 * neighbours: a poll is a question followed by a run of short option lines; the text of an embedded
 * post is what stands before its "— Name (@handle) Month d, yyyy" credit; a short line held between
 * two widget lines is part of the widget. More line shapes (wire reporter and contributor lines,
 * credits in parentheses, captions, dash-less embed credits, the headline printed again) are in
 * text/furniture-credits.ts. Every regex runs on a slice of bounded length, so the cost is linear.
 *
 * Known limits: an embedded post's text is taken as the text before its credit on the same line, or
 * else the one line before it, and earlier lines only while they look posted (text/furniture-posts.ts: a hashtag, a handle,
 * capitals, a "!"): a post of several plain lines keeps only its last line as furniture. Lines
 * inside a block of hard-wrapped prose are never headlines or labels (the line before must end a
 * sentence), so a heading inside a wrapped paragraph is missed.
 */
import type { Range } from '../../schema/brief';
import {
  AGENCIES,
  COMMENT_CUE,
  COMMENT_FORM,
  COPYRIGHT,
  COPYRIGHT_CUE,
  PRODUCT_CUE,
  MONTHS,
  CUE_WORDS,
  NEWSLETTER,
  NEWSLETTER_CUE,
  NOT_A_NAME,
  POLL,
  POLL_CUE,
  POLL_OPTION,
  RELATED,
  REPRINT_LINE,
  VIDEO_PLAYER,
} from '../data/furniture-cues';
import { captionsAndRepeats, creditLineKind, REPORTED_WORD } from './furniture-credits';
import { colonDateline, endsInDigit, mayOpenDashDateline, midlineAgencyDateline } from './furniture-datelines';
import { runInHeadings } from './furniture-run-in';
import { earlierPostLines, postAboveBox } from './furniture-posts';
import { BOXES, fillBoxes, shopLine, shopTitlesAbove } from './furniture-widgets';
import { isByline, isHeadline, isPhotoCredit, isShareRun, isShouted, onlyLinks } from './furniture-shapes';
import { firstEndingAfter } from './partition';
import { DocTokens, WordTable } from './word-tokens';
import { lazyRegExp } from './lazy-regexp';

const RE_STARRED_LABEL = lazyRegExp(String.raw`\p{L}[^*]*\*\s*$`, 'u');
const RE_HEADLINE_OPENER = lazyRegExp(String.raw`^[\p{Lu}\d[]`, 'u');
const RE_LETTER = lazyRegExp(String.raw`\p{L}`, 'u');

export type FurnitureKind =
  | 'headline'
  | 'byline'
  | 'dateline'
  | 'credit'
  | 'embed'
  | 'embed-credit'
  | 'widget'
  | 'newsletter'
  | 'comment-form'
  | 'related'
  | 'share'
  | 'copyright'
  | 'label';

export interface Furniture extends Range {
  kind: FurnitureKind;
  /** A shop box (a widget): set into prose or on its own line, its words are nobody the article names. */
  shop?: true;
}

/** Lines longer than this are prose: only their head and tail are read. */
const SLICE = 240;
/** Longest line that can be a widget, form, credit or copyright line. */
const MAX_FURNITURE_WORDS = 40;

interface Line extends Range {
  /** Word count, capped at MAX_FURNITURE_WORDS + 1. */
  words: number;
  kind: FurnitureKind | null;
  /** Where the furniture starts when only the line's tail is furniture (an embed credit). */
  from: number;
  /** First line of its paragraph (a blank line or the text start before it). */
  opensParagraph: boolean;
  /** An embedded post's text standing before its credit on this line. */
  post: Range | null;
  /** The document's title line. */
  title?: boolean;
  /** A shop widget: no poll's button, no box around the lines beside it (they are the article's). */
  shop?: boolean;
  /** Which cue patterns the line's words allow (LINE_CUES bits). */
  cues: number;
}

const EMBED_CREDIT = new RegExp(
  `(?:[\\u2014\\u2013]|--?)\\s*[^\\u2014\\u2013\\n]{0,80}\\(@\\w{1,30}\\)\\s*(?:${MONTHS})\\.? \\d{1,2}, \\d{4}\\s*$`,
);
const EMBED_LINK = /(?:pic\.twitter\.com\/\w+|https?:\/\/t\.co\/\w+)/;
const INSTAGRAM = /^(?:A post shared by\b|View this post on Instagram\b)/i;
const DATELINE_CAPS = new RegExp(
  `^(?:[A-Z][A-Z'\\u2019.-]{2,}(?: [A-Z][A-Z'\\u2019.-]+){0,3})(?:, ?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?` +
    `(?:,? (?:${MONTHS})\\.? \\d{1,2}(?:, \\d{4})?)?(?: ?\\((?:${AGENCIES})\\))? ?(?:[\\u2014\\u2013\\u2015]|--| - ) ?(?=\\S)`,
);
const DATELINE_TITLE = new RegExp(
  `^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, ?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?` +
    `(,? (?:${MONTHS})\\.? \\d{1,2}(?:, \\d{4})?)?( ?\\((?:${AGENCIES})\\))? (?:\\u2014|\\u2013|--?|\\u2015) (?=\\S)`,
);
const DATELINE_AGENCY = new RegExp(`^\\((?:${AGENCIES})\\) ?(?:\\u2014|\\u2013|--?) ?(?=\\S)`);
/** Words that open a sentence, never a dateline's place ("By Oct. 13 —", "On Monday —"). */
const SENTENCE_OPENERS =
  /^(?:By|On|In|At|For|From|As|Since|Until|Before|After|During|Over|Under|But|And|So|Yet|Then|Now|Today)\b/;
/** "NAME: ...", a transcript's speaker, never a heading. */
const DATELINE_ISO = lazyRegExp(
  String.raw`^[A-Z][\p{L} .'-]{1,30}(?:, [A-Z][\p{L} .'-]{1,30})? \d{4}-\d{2}-\d{2}\s*$`,
  'u',
);

/**
 * The furniture of `text`, sorted by start, never overlapping; adjacent lines of one kind are one
 * range. `titleRange` is the heading line the document already found (it becomes a headline).
 */
export function findFurniture(
  text: string,
  titleRange: Range | null,
  words: DocTokens = new DocTokens(text),
): Furniture[] {
  const lines = readLines(text, words);
  let firstBody = true;
  for (const line of lines) {
    if (titleRange && line.start < titleRange.end && line.end > titleRange.start) {
      // The heading line is the headline, unless its shape says byline, dateline, share run ...
      line.title = true;
      classify(text, line, true);
      if (!line.kind || line.kind === 'label') line.kind = 'headline';
      continue;
    }
    classify(text, line, firstBody);
    firstBody = false;
  }
  shopTitlesAbove(text, lines);
  neighbours(text, lines);
  captionsAndRepeats(text, lines, titleRange);
  colonDateline(text, lines);
  runInHeadings(text, lines);
  return collect(text, lines);
}

/** The cue words, and "reported" for the wire reporter line (furniture-credits.ts). */
const LINE_CUES = new Map(CUE_WORDS).set('reported', REPORTED_WORD);
/** The cue words by the document's word ids (text/word-tokens.ts): one array read a word, no string hashed. */
const CUE_TABLE = new WordTable(LINE_CUES);

function readLines(text: string, words: DocTokens): Line[] {
  const lines: Line[] = [];
  const { starts, count } = words;
  const cueBits = CUE_TABLE.byId();
  let w = 0;
  let i = 0;
  let blankBefore = true;
  const n = text.length;
  while (i <= n) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = n;
    let s = i;
    let e = nl;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      while (w < count && starts[w] < s) w++;
      const { words: lineWords, cues, next } = readLine(text, s, e, words, w, cueBits);
      w = next;
      lines.push({
        start: s,
        end: e,
        words: lineWords,
        kind: null,
        from: s,
        opensParagraph: blankBefore,
        post: null,
        cues,
      });
      blankBefore = false;
    } else blankBefore = true;
    if (nl >= n) break;
    i = nl + 1;
  }
  return lines;
}

/**
 * One line's word count (runs between white space, up to MAX_FURNITURE_WORDS + 1) and cue bits,
 * read off the document's words from `w` on: a word never holds white space, so only the gaps
 * between words are read character by character. Every word of a short line is looked up for
 * cues; past MAX_FURNITURE_WORDS only the head's words are (a long line is only tried for a shop
 * box, on its head, and "Price:" there is a word of the head), so a long paragraph is not read to
 * its end.
 */
function readLine(
  text: string,
  s: number,
  e: number,
  words: DocTokens,
  w: number,
  cueBits: Int32Array,
): { words: number; cues: number; next: number } {
  const headEnd = Math.min(e, s + SLICE);
  let count = 0;
  let cues = 0;
  let inWord = false;
  let at = s;
  const { starts, ends, ids } = words;
  for (; w < words.count && starts[w] < e; w++) {
    const wordStart = starts[w];
    if (wordStart >= headEnd && count > MAX_FURNITURE_WORDS) break;
    if (count <= MAX_FURNITURE_WORDS) {
      for (; at < wordStart && count <= MAX_FURNITURE_WORDS; at++) {
        const space = isSpaceCode(text.charCodeAt(at));
        if (!space && !inWord) count++;
        inWord = !space;
      }
      if (!inWord && count <= MAX_FURNITURE_WORDS) count++;
      inWord = true;
      at = ends[w];
    }
    if (wordStart < headEnd || count <= MAX_FURNITURE_WORDS) cues |= cueBits[ids[w]];
  }
  for (; at < e && count <= MAX_FURNITURE_WORDS; at++) {
    const space = isSpaceCode(text.charCodeAt(at));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return { words: count, cues, next: w };
}

function classify(text: string, line: Line, firstBody: boolean): void {
  const { start, end, words } = line;
  const head = text.slice(start, Math.min(end, start + SLICE));
  // (A line no longer than the slice is its own head and tail: one string, not two.)
  const tail = end - start <= SLICE ? head : text.slice(end - SLICE, end);
  const short = words <= MAX_FURNITURE_WORDS;
  const tailStart = Math.max(start, end - SLICE);

  // An embedded post's credit closes the line; the text before it is the post.
  // (The credit holds "(@handle)": without "(@" in the tail the pattern cannot match, and is not tried.)
  const credit = tail.includes('(@') ? EMBED_CREDIT.exec(tail) : null;
  if (credit || (short && INSTAGRAM.test(head))) {
    let from = credit ? tailStart + credit.index : start;
    const link = EMBED_LINK.exec(tail);
    if (link && tailStart + link.index < from) from = tailStart + link.index;
    line.kind = 'embed-credit';
    line.from = from;
    return;
  }
  if (short && words <= 12 && EMBED_LINK.test(head) && onlyLinks(head)) {
    line.kind = 'embed-credit';
    return;
  }
  // A shop widget: "<title> <author> Best Price: $5.99 Buy New $45.86 (as of 09:30 EDT - Details)".
  if (shopLine(line, (line.cues & PRODUCT_CUE) !== 0, head, tail, tailStart)) return;
  if (!short) {
    datelineOf(text, line, head, firstBody);
    return;
  }
  // Rule furniture/video-player: a player's strip ("JUST WATCHED ... Replay ... MUST WATCH ... 02:40").
  if ((head[0] === 'J' || head[0] === 'j') && VIDEO_PLAYER.test(head)) {
    line.kind = 'widget';
    return;
  }
  const shape = creditLineKind(head, words, line.cues);
  if (shape) line.kind = shape;
  else if (
    ((line.cues & COMMENT_CUE) !== 0 && COMMENT_FORM.test(head)) ||
    (words <= 3 && head.includes('*') && RE_STARRED_LABEL.test(head))
  )
    line.kind = 'comment-form';
  else if ((line.cues & POLL_CUE) !== 0 && POLL.test(head)) line.kind = 'widget';
  else if ((line.cues & NEWSLETTER_CUE) !== 0 && NEWSLETTER.test(head) && (words <= 25 || /\byou\b/i.test(head)))
    line.kind = 'newsletter';
  else if (
    words <= 20 &&
    ((line.cues & COPYRIGHT_CUE) !== 0 || head.includes('\u00a9')) &&
    (COPYRIGHT.test(head) || (words <= 10 && REPRINT_LINE.test(head)))
  )
    line.kind = 'copyright';
  else if (isPhotoCredit(head, words)) line.kind = 'credit';
  else if (isByline(head, words)) line.kind = 'byline';
  else if (words <= 30 && RELATED.test(head)) line.kind = 'related';
  else if (words <= 12 && isShareRun(head)) line.kind = 'share';
  else if (endsInDigit(head) && DATELINE_ISO.test(head)) line.kind = 'dateline';
  else if (words <= 20 && RE_HEADLINE_OPENER.test(head) && isHeadline(head, words)) line.kind = 'headline';
  else if (
    words <= 3 &&
    !/[.!?;,:"\u201d\u2019')\]\u2026]$/.test(head) &&
    !/^[-\u2014\u2013]/.test(head) &&
    RE_LETTER.test(head)
  )
    line.kind = 'label';
  else datelineOf(text, line, head, firstBody);
}

/** A wire dateline opening the line: only "BOSTON —" is furniture, the sentence after it is not. */
function datelineOf(text: string, line: Line, head: string, firstBody: boolean): void {
  // Most lines are ruled out by their first characters, and the rest unless they hold a dash.
  // (A wire page pasted as one line has its agency dateline inside the line: see midlineAgencyDateline.)
  const m = mayOpenDashDateline(head) ? (DATELINE_AGENCY.exec(head) ?? DATELINE_CAPS.exec(head)) : null;
  let length = m ? m[0].length : 0;
  if (!m && mayOpenDashDateline(head)) {
    const t = DATELINE_TITLE.exec(head);
    // A Title Case place needs a date or an agency, or must open the story.
    if (
      t &&
      (t[1] || t[2] || firstBody) &&
      !NOT_A_NAME.has(t[0].split(/[ ,]/)[0].toLowerCase()) &&
      !SENTENCE_OPENERS.test(t[0])
    )
      length = t[0].length;
  }
  if (!length) length = midlineAgencyDateline(head);
  if (!length || length >= line.end - line.start) return;
  let end = line.start + length;
  while (end > line.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  line.kind = 'dateline';
  line.from = line.start;
  line.end = end;
}

/**
 * Second pass: polls (a question and a run of short options), the text of embedded posts, lines
 * held between widget lines; headlines and labels only where a line can stand alone.
 */
function neighbours(text: string, lines: Line[]): void {
  const boxed: number[] = [];
  let listEnd = -2;
  let capsRun = -2;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const prev = i > 0 ? lines[i - 1] : null;
    if (
      (line.kind === 'headline' || line.kind === 'label') &&
      prev &&
      prev.kind !== 'headline' &&
      !line.opensParagraph
    ) {
      // Inside a paragraph, a heading follows a finished line; hard-wrapped prose does not.
      if (!prev.kind && !/[.!?:"\u201d\u2019)\u2026]$/.test(text.slice(Math.max(prev.start, prev.end - 2), prev.end)))
        line.kind = null;
    }
    if (
      line.kind === 'label' &&
      prev &&
      (listEnd === i - 1 || (prev.kind === 'label' && !sameText(text, prev, line)))
    ) {
      // A run of short lines that differ is a list (of states, of names): content, not labels.
      if (prev.kind === 'label') prev.kind = null;
      line.kind = null;
      listEnd = i;
    }
    if (
      line.kind === 'headline' &&
      prev?.kind === 'headline' &&
      !line.opensParagraph &&
      isShouted(text.slice(line.start, Math.min(line.end, line.start + SLICE))) &&
      isShouted(text.slice(prev.start, Math.min(prev.end, prev.start + SLICE))) &&
      !prev.title
    ) {
      // Lines in capitals one after another are a table ("ANAHEIM AT BUFFALO"), not headings.
      prev.kind = null;
      line.kind = null;
      capsRun = i;
    } else if (
      line.kind === 'headline' &&
      capsRun === i - 1 &&
      !line.opensParagraph &&
      isShouted(text.slice(line.start, Math.min(line.end, line.start + SLICE)))
    ) {
      line.kind = null;
      capsRun = i;
    }
    if (line.kind === 'embed-credit') {
      let first = i - 1;
      if (line.from > line.start) line.post = { start: line.start, end: trimEnd(text, line.start, line.from) };
      else if (prev && !prev.kind && prev.words <= MAX_FURNITURE_WORDS) {
        prev.kind = 'embed';
        first--;
      } else if (prev?.kind && BOXES.has(prev.kind)) boxed.push(i);
      earlierPostLines(text, lines, first);
    }
    if (!line.kind && endsInQuestion(text, line) && line.words <= 25) i = poll(text, lines, i);
  }
  fillBoxes(lines);
  for (const i of boxed) earlierPostLines(text, lines, postAboveBox(text, lines, i - 1, MAX_FURNITURE_WORDS));
}

/** Does the line end in "?", maybe with a closing double quote after it (`/\?["\u201d]?$/` on its last two characters)? */
function endsInQuestion(text: string, line: Range): boolean {
  const last = text.charCodeAt(line.end - 1);
  if (last === 63) return true;
  return (last === 34 || last === 0x201d) && line.end - 2 >= line.start && text.charCodeAt(line.end - 2) === 63;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** A poll: the question at `i` (maybe repeated), then at least two short option lines. */
function poll(text: string, lines: Line[], i: number): number {
  let j = i + 1;
  while (j < lines.length && !lines[j].kind && sameText(text, lines[i], lines[j])) j++;
  let options = 0;
  let marked = 0;
  let k = j;
  while (k < lines.length && (!lines[k].kind || lines[k].kind === 'label') && lines[k].words <= 12 && k - j < 8) {
    if (POLL_OPTION.test(text.slice(lines[k].start, Math.min(lines[k].end, lines[k].start + 20)))) marked++;
    options++;
    k++;
  }
  const cue =
    (i > 0 && lines[i - 1].kind === 'widget' && !lines[i - 1].shop) ||
    (k < lines.length && ((lines[k].kind === 'widget' && !lines[k].shop) || lines[k].kind === 'comment-form')) ||
    j > i + 1;
  if (options < 2 || (!cue && marked < 2)) return i;
  for (let m = i; m < k; m++) lines[m].kind = 'widget';
  return k - 1;
}

function sameText(text: string, a: Range, b: Range): boolean {
  return a.end - a.start === b.end - b.start && text.startsWith(text.slice(a.start, a.end), b.start);
}

function collect(text: string, lines: Line[]): Furniture[] {
  const out: Furniture[] = [];
  for (const line of lines) {
    if (!line.kind) continue;
    if (line.post && line.post.end > line.post.start && (!out.length || line.post.start >= out[out.length - 1].end))
      out.push({ kind: 'embed', ...line.post });
    const start = line.kind === 'embed-credit' || line.kind === 'widget' ? line.from : line.start;
    const last = out[out.length - 1];
    if (last && last.kind === line.kind && isGap(text, last.end, start)) last.end = line.end;
    else if (!last || start >= last.end)
      out.push(
        line.shop ? { kind: line.kind, start, end: line.end, shop: true } : { kind: line.kind, start, end: line.end },
      );
  }
  return out;
}

function isGap(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/** Is [start, end) wholly inside one furniture range? `ranges` sorted, non-overlapping. */
export function furnitureAt(ranges: Furniture[], start: number, end: number): Furniture | null {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (r.end <= start) lo = mid + 1;
    else if (r.start > start) hi = mid - 1;
    else return end <= r.end ? r : null;
  }
  return null;
}

/** How many characters of [start, end) lie in furniture (optionally only of the kinds `counts` accepts). */
export function furnitureOverlap(
  ranges: Furniture[],
  start: number,
  end: number,
  counts: (kind: FurnitureKind) => boolean = () => true,
): number {
  const lo = firstEndingAfter(ranges, start);
  let total = 0;
  for (let i = lo; i < ranges.length && ranges[i].start < end; i++)
    if (counts(ranges[i].kind)) total += Math.min(end, ranges[i].end) - Math.max(start, ranges[i].start);
  return total;
}
