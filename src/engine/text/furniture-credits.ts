/**
 * More shapes of page furniture for text/furniture.ts, each judged on one line (or a line and its
 * neighbour) by its structure, with a bounded pattern per shape:
 * - a wire reporter or contributor line closing a story: "<Name> reported from <Place>.",
 *   "<Agency> writers <Name> in <Place> ... contributed to this report.", "<Name> contributed
 *   reporting." (a byline);
 * - a credit in parentheses standing alone on its line: "(AP file photo)", "(Video YouTube/CNN)";
 * - an embedded post's credit line without the leading dash: "Name (@handle) Month d, yyyy";
 * - a sign-up box that opens with its imperative: "Sign up for the ... Brief ... in your inbox.";
 * - a photo caption: the one-sentence line (at most 40 words) just above a short photo credit line;
 * - the headline printed again in the body.
 *
 * Every pattern is anchored to the line and runs on a slice of bounded length (linear in the text).
 */
import type { Range } from '../../schema/brief';
import { MONTHS } from '../data/furniture-cues';
import type { FurnitureKind } from './furniture';
import { lazyRegExp } from './lazy-regexp';

const RE_SENTENCE_BREAK = lazyRegExp(String.raw`\p{Ll}{2}[.!?]["\u201d\u2019]?\s+\p{Lu}`, 'u');

/** A capitalised name word, or a particle inside a name ("de", "van"). */
const NAME = `(?:\\p{Lu}[\\p{L}'\\u2019.-]*|de|van|von|der|da|del|di|la|le)`;
const NAMES = `${NAME}(?: ${NAME}){0,4}`;
const PLACE = `\\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){0,3}(?:, \\p{Lu}[\\p{L}.'\\u2019-]*(?: \\p{Lu}[\\p{L}.'\\u2019-]*){0,2})?`;

/** "Garcia Cano reported from Las Vegas.", "Jane Doe reported this story from Kyiv." */
const REPORTED_FROM = lazyRegExp(
  `^${NAMES}(?: and ${NAMES})? reported(?: this (?:story|report))? (?:from|in) ${PLACE}\\.$`,
  'u',
);
/** "... contributed to this report.", "... contributed reporting (from Paris)." at the end of a short line. */
const CONTRIBUTED = lazyRegExp(
  `^(?:\\p{Lu}|\\()[^\\n]{0,280}\\bcontributed (?:to this (?:report|story|article)|(?:additional )?reporting(?: (?:from|in) ${PLACE})?)\\.\\)?$`,
  'u',
);
/** "(AP file photo)", "(Video YouTube/CNN)", "(Photo: Jane Doe)": a whole line in parentheses. */
const PAREN_CREDIT =
  /^\((?=[^()]{0,80}\b(?:photos?|video|image|picture|file|credit|courtesy|screenshot|footage|illustration)\b|[^()]*\/)[^()\n]{2,80}\)$/i;
/** "Name (@handle) August 1, 2018" as a whole line: an embed credit without its dash. */
const BARE_EMBED_CREDIT = new RegExp(`^[^\\n.!?]{1,80}\\(@\\w{1,30}\\)\\s*(?:${MONTHS})\\.? \\d{1,2}, \\d{4}$`);
/** A sign-up box opening with its imperative and ending at an inbox or newsletter. */
const SIGN_UP = /^(?:sign up|subscribe|get|receive)\b[^\n]{0,240}\b(?:your inbox|newsletters?|e-?mail updates)\b/i;
/** A credit that names a photo (not a video, which follows its own embed). */
const PHOTO_WORD = /\b(?:photos?|image|picture|photograph|getty|shutterstock|afp|reuters|ap|epa)\b/i;

export type CreditKind = 'byline' | 'credit' | 'embed-credit' | 'newsletter';

/**
 * A bit of the words a line holds (text/furniture.ts reads it off the document's words with its cue
 * words): the word "reported", which REPORTED_FROM's " reported " needs. A substring search for
 * " reported " on every short line (a space its first character) cost more than most shape tests.
 */
export const REPORTED_WORD = 1 << 10;

/**
 * The kind of a short line by its shape alone, or null. `line` is the trimmed line's head; `cues`
 * has REPORTED_WORD set when the line holds "reported" in any case (all bits set when not known).
 */
export function creditLineKind(line: string, words: number, cues = -1): CreditKind | null {
  if (line.length > 300) return null;
  if (words <= 14 && (cues & REPORTED_WORD) !== 0 && line.includes(' reported ') && REPORTED_FROM.test(line))
    return 'byline';
  if (words <= 40 && line.includes('contributed') && CONTRIBUTED.test(line)) return 'byline';
  if (words <= 10 && line[0] === '(' && PAREN_CREDIT.test(line)) return 'credit';
  if (words <= 12 && line.includes('(@') && BARE_EMBED_CREDIT.test(line)) return 'embed-credit';
  if (words <= 40 && SIGN_UP.test(line)) return 'newsletter';
  return null;
}

interface Classified extends Range {
  kind: FurnitureKind | null;
  words: number;
  opensParagraph: boolean;
  title?: boolean;
}

/**
 * Second look at the classified lines: a photo caption (the line just before a short photo credit
 * line, with no blank line between, one sentence of at most 40 words, not the title; a video
 * credit names no caption) and the
 * headline printed again in the body (a line with the title line's text).
 */
export function captionsAndRepeats(text: string, lines: Classified[], title: Range | null): void {
  const titleLength = title ? title.end - title.start : 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind || line.title) continue;
    if (
      title &&
      line.end - line.start === titleLength &&
      text.startsWith(text.slice(title.start, title.end), line.start)
    )
      line.kind = 'headline';
    else if (i + 1 < lines.length && isCaption(text, line, lines[i + 1])) line.kind = 'credit';
  }
  closingBio(text, lines);
}

/** A line of rule characters only ("*****", "-----", "_____"). */
const RE_RULE_LINE = /^[*_=~#\u2022\u00b7\u2014\u2013-]{3,}$/;
/** "<Name> is the editor at large of <Site>.", "<Name> is a contributing writer for <Paper>." */
const RE_BIO = lazyRegExp(
  String.raw`^\p{Lu}[\p{L}.'\u2019-]+(?: \p{Lu}[\p{L}.'\u2019-]+){1,3} (?:is|was) (?:a|an|the) [^.!?\n]{0,80}\b(?:editor|writer|reporter|columnist|contributor|author|journalist|correspondent|host|founder|publisher|blogger|commentator)s?\b[^!?\n]{0,120}$`,
  'u',
);

/**
 * Rule furniture/closing-bio: the author's bio closing the page ("<Name> is the editor at large of
 * <Site>."), the text's last line, under a rule line or page furniture (the share and follow
 * boxes): who wrote the piece, not what the piece reports.
 */
function closingBio(text: string, lines: Classified[]): void {
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (!last || !prev || last.kind || last.words > 30) return;
  if (!prev.kind && !RE_RULE_LINE.test(text.slice(prev.start, prev.end))) return;
  if (RE_BIO.test(text.slice(last.start, last.end))) last.kind = 'byline';
}

function isCaption(text: string, line: Classified, credit: Classified): boolean {
  // The credit stands alone on its line, right under the caption (no blank line between).
  if (line.words > 40 || credit.kind !== 'credit' || credit.words > 8 || credit.opensParagraph) return false;
  if (!PHOTO_WORD.test(text.slice(credit.start, Math.min(credit.end, credit.start + 120)))) return false;
  const body = text.slice(line.start, Math.min(line.end, line.start + 600));
  if (!body.endsWith('.')) return false;
  // One sentence: no "word. Word" inside it ("U.S. President" is no sentence end).
  return !RE_SENTENCE_BREAK.test(body.slice(0, -1));
}
