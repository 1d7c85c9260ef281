/**
 * Line shapes of page furniture (text/furniture.ts): whether one line, read on its own, is a photo
 * credit, a byline, a run of share buttons, a headline (Title Case or ALL CAPS) or a line of links.
 * Each reads a bounded slice of the line (its head), so the cost is linear in the text.
 */
import {
  BYLINE_CUE,
  CREDIT_OPENING,
  HEADLINE_SMALL_WORDS,
  NOT_A_NAME,
  PICTURE_AGENCIES,
  SHARE_WORDS,
} from '../data/furniture-cues';
import { lazyRegExp } from './lazy-regexp';

const RE_STARTS_UPPER = lazyRegExp(String.raw`^\p{Lu}`, 'u');
const RE_UPPER_LETTER = lazyRegExp(String.raw`\p{Lu}`, 'u');
const RE_LOWER_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u');

const PHOTO_PAREN = /\((?:[A-Z][\w.]*\s+)?Photos?\s*\/[^)]{1,80}\)|\/\s*(?:AP|AFP|Getty Images|Reuters|EPA|AP Photo)\b/;
const PICTURE_TAIL = new RegExp(`(?:\\b|\\/)(?:${PICTURE_AGENCIES})\\)?\\s*$`);
const NAME_WORD = lazyRegExp(
  String.raw`^(?:[A-Z][\p{L}'\u2019.-]*|[A-Z]\.|de|van|von|der|da|del|di|la|le|bin|al-\p{L}+)$`,
  'u',
);
const TRANSCRIPT = /^[A-Z][A-Z.'\u2019 -]+:\s/;

export function isPhotoCredit(head: string, words: number): boolean {
  if (words > 60) return false;
  // (Both of PHOTO_PAREN's forms hold a slash.)
  if (CREDIT_OPENING.test(head) || (head.includes('/') && PHOTO_PAREN.test(head))) return true;
  // "Jane Doe/AFP/Getty Images", a caption ending in "(Getty)": the credit closes a short line.
  return words <= 25 && !/[.!?]\)?$/.test(head) && PICTURE_TAIL.test(head) && /[/(]|Images|Getty/.test(head);
}

export function isByline(head: string, words: number): boolean {
  if (words > 16) return false;
  const cue = BYLINE_CUE.exec(head);
  if (!cue) return false;
  const rest = head.slice(cue[0].length).split(/\s+/);
  let names = 0;
  for (const raw of rest) {
    const word = raw.replace(/[,:;|]+$/, '');
    if (names === 0 && NOT_A_NAME.has(word.toLowerCase())) return false;
    if (!NAME_WORD.test(word)) break;
    names++;
    if (word !== raw) break; // a comma or colon ends the name
  }
  if (names < 2 || names > 5) return false;
  // After the name: nothing, or an outlet, a date, "and" another name; never a sentence.
  return !/[.!?]["\u201d]?$/.test(head) || /\d{4}[.:]?$/.test(head) || words <= 5;
}

const SHARE_OPENING =
  /^(?:[\d.]+[km]?\s|share|tweet|e-?mail|print|pin|facebook|twitter|whatsapp|reddit|linkedin|telegram|copy|save|comments?|flipboard|messenger|sms|more|on|via|x)\b/i;

export function isShareRun(head: string): boolean {
  if (!SHARE_OPENING.test(head)) return false;
  const tokens = head.toLowerCase().split(/[\s|\u2022\u00b7,/]+/);
  let seen = 0;
  for (const token of tokens) {
    if (!token || /^[\d.]+[km]?$/.test(token)) continue;
    if (!SHARE_WORDS.has(token)) return false;
    seen++;
  }
  return seen >= 2 || (seen === 1 && tokens.length <= 2 && /^share\b/i.test(head.trim()));
}

/** Title Case (every word but the small ones capitalised) or ALL CAPS, with no sentence end. */
export function isHeadline(head: string, words: number): boolean {
  // A heading that asks or exclaims ("SO WHAT?") is the author talking, not furniture.
  if (
    TRANSCRIPT.test(head) ||
    /[?!]["'\u201d\u2019]?$/.test(head) ||
    /[.,;:\d]$/.test(head) ||
    /\d\D+\d/.test(head) || // scores and tables, not headings
    /["\u201c\u201d]$/.test(head.trim()) ||
    /^["\u201c\u2018'(\-\u2014\u2013*\u2022]/.test(head)
  )
    return false;
  if (words >= 2 && isShouted(head)) return true;
  if (words < 4) return false;
  const tokens = head.split(/\s+/);
  let capital = 0;
  for (const token of tokens) {
    // (A token opening and closing with an ASCII letter or digit has nothing to strip.)
    const word =
      isAsciiAlnum(token.charCodeAt(0)) && isAsciiAlnum(token.charCodeAt(token.length - 1))
        ? token
        : token.replace(RE_EDGE_MARKS, '');
    if (!word || /^\d/.test(word)) continue;
    if (RE_STARTS_UPPER.test(word)) capital++;
    // One lower-case word that is not a small word makes it a sentence, whatever follows.
    else if (!HEADLINE_SMALL_WORDS.has(word.toLowerCase())) return false;
  }
  return capital >= 3;
}

const RE_EDGE_MARKS = lazyRegExp(String.raw`^[^\p{L}\d]+|[^\p{L}\d]+$`, 'gu');

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** ALL CAPS: at least six letters, nearly all of them capitals (ASCII read by code, a pattern for the rest). */
export function isShouted(head: string): boolean {
  let letters = 0;
  let upper = 0;
  for (const ch of head) {
    const c = ch.charCodeAt(0);
    const up = c < 128 ? c >= 65 && c <= 90 : RE_UPPER_LETTER.test(ch);
    if (up) upper++;
    if (up || (c < 128 ? c >= 97 && c <= 122 : RE_LOWER_LETTER.test(ch))) letters++;
  }
  return letters >= 6 && upper / letters >= 0.85;
}

export function onlyLinks(head: string): boolean {
  return head.split(/\s+/).every((t) => /^(?:pic\.twitter\.com\/|https?:\/\/|@|#)/.test(t));
}
