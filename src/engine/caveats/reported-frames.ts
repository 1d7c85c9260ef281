/**
 * Reported frames the quotation scanner and the attribution do not see, in which a cue is the
 * speaker's, not the author's (issue 16, "straight news stays quiet"; each class from false alarms
 * in PolNeAR dev's news reports):
 * - a block quotation: a line that ends "The mayor added:" introduces the next line, which is the
 *   speaker's words although it carries no quotation marks;
 * - a signed testimonial: a line that ends with a closing quote mark, a dash and a name
 *   ("... a disgrace.” ― Jane Roe") is the named person's, even when its opening quote mark is
 *   missing or turned the wrong way.
 * A charged word inside such a frame stays visible as the speaker's (`attributed`); every other
 * cue is dropped, as inside a quotation (caveats/author-voice.ts).
 *
 * Runs over the author-voice drafts only (a handful per article), one look at each draft's line.
 */
import type { Doc } from '../document';
import { TAG_VERBS } from '../data/caveat-words';
import type { Draft } from './author-voice';
import { loadedReason } from './cue-rules';
import { lazyRegExp } from '../text/lazy-regexp';

/** How much of a line's end the frame tests look at (a signature or "The governor added:" is short). */
const TAIL = 60;

/** "...” ― Jane Roe", "..." — J. Roe.": a closing quote mark, a dash, a capitalised name of a few words. */
const SIGNED = lazyRegExp(String.raw`["\u201d\u2019]\s*[\u2015\u2014\u2013-]\s*\p{Lu}[\p{L}.'\s-]{0,40}$`, 'u');

/** Notes on the article's sourcing as a whole, not on a line's words. */
const ARTICLE_LEVEL = new Set<Draft['kind']>(['anonymous-sourcing', 'single-source']);

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * Line starts found by binary search over the text's line breaks, read once: a search back from
 * each draft would read a long single line once per draft (quadratic on a run-on line of cues).
 */
class LineStarts {
  private breaks: number[] | null = null;
  constructor(private readonly text: string) {}

  at(pos: number): number {
    const breaks = (this.breaks ??= newlinesOf(this.text));
    let lo = 0;
    let hi = breaks.length;
    // The number of breaks before `pos`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : breaks[lo - 1] + 1;
  }
}

function newlinesOf(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The previous non-blank line before the line starting at `start`, or null. */
function previousLine(text: string, start: number): string | null {
  let end = start - 1;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end <= 0) return null;
  return text.slice(Math.max(lineStart(text, end), end - TAIL), end);
}

/**
 * Does the line hand the floor to a speaker ("Limbaugh added:", "The governor said:")? A verb of
 * saying right before a colon that ends the line. Read back from the end by hand: a regular
 * expression with a word pattern before the colon is retried at every letter of the line.
 */
function introducesBlock(line: string | null): boolean {
  if (line === null) return false;
  let end = line.length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  if (end === 0 || line[end - 1] !== ':') return false;
  end--;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  let start = end;
  while (start > 0 && /[a-z]/i.test(line[start - 1])) start--;
  const verb = line.slice(start, end).toLowerCase();
  return verb !== 'according' && TAG_VERBS.has(verb);
}

/** Is the line around `at` somebody's words by its frame? Cached per line start. */
function inReportedFrame(text: string, at: number, seen: Map<number, boolean>, lines: LineStarts): boolean {
  const start = lines.at(at);
  let framed = seen.get(start);
  if (framed === undefined) {
    const end = lineEnd(text, at);
    const line = text.slice(Math.max(start, end - TAIL), end).trimEnd();
    framed = SIGNED.test(line) || introducesBlock(previousLine(text, start));
    seen.set(start, framed);
  }
  return framed;
}

/** Re-voices or drops the author-voice drafts from `from` on that sit in a reported frame. */
export function quietReportedFrames(doc: Doc, drafts: Draft[], from = 0): void {
  const { text } = doc;
  const seen = new Map<number, boolean>();
  const lines = new LineStarts(text);
  let w = from;
  for (let r = from; r < drafts.length; r++) {
    const d = drafts[r];
    if (d.voice === 'author' && !ARTICLE_LEVEL.has(d.kind) && inReportedFrame(text, d.start, seen, lines)) {
      if (d.kind !== 'loaded-language') continue;
      d.voice = 'attributed';
      d.reason = loadedReason(true);
      d.rules = [...(d.rules ?? []), 'reported-frames/block-or-signed-quotation'];
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}
