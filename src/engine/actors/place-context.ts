/**
 * What stands right around a one-word name that says it is a place: a preposition of place before
 * it ("in Murrayfield"), or a US state after it in AP style ("Kenansville, N.C.", "Ashton, Md.").
 */
import { isSpaceCode } from '../text/spaces';
import { TO_OF_PERSONS } from '../data/actor-words';
import { US_STATE_ABBREVIATIONS, US_STATE_NAMES } from '../data/us-states';

/** Prepositions of place: an unknown one-word name after them is a place ("in Murrayfield"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'inside']);

/**
 * A preposition of place, then white space, right before `at`, read within the 8 characters before
 * it (what `/\b(?:in|at|...)\s+$/u` gave on them): the ASCII word before the white space, which
 * starts at a non-word character or at the window's edge. A "to" of a person is none (its rule
 * name goes to `rules`).
 */
export function placePrepositionBefore(text: string, at: number, rules?: string[]): boolean {
  const from = Math.max(0, at - 8);
  let i = at - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  let j = i;
  while (j >= from && isAsciiWordCode(text.charCodeAt(j))) j--;
  if (!(i - j >= 2 && i - j <= 7 && i < at - 1)) return false;
  const preposition = text.slice(j + 1, i + 1);
  if (!PLACE_PREPOSITIONS.has(preposition)) return false;
  if (preposition !== 'to' || !toOfPerson(text, j + 1)) return true;
  rules?.push('classify/to-of-person');
  return false;
}

/**
 * Rule classify/to-of-person: "according to Hale", "spoke to Hale", "an aide to Hale": the "to"
 * (starting at `to`) follows a word that makes its object someone cited or spoken to
 * (data/actor-words.ts TO_OF_PERSONS), not a place gone to.
 */
function toOfPerson(text: string, to: number): boolean {
  let i = to - 1;
  while (i >= 0 && isSpaceCode(text.charCodeAt(i))) i--;
  let j = i;
  while (j >= 0 && i - j < 14 && isAsciiWordCode(text.charCodeAt(j))) j--;
  return i > j && TO_OF_PERSONS.has(text.slice(j + 1, i + 1).toLowerCase());
}

/** A character `\b` counts as a word's: ASCII letters, digits and "_". */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Rule classify/town-and-state: does the name ending at `end` stand before a US state's AP abbreviation
 * ("Kenansville, N.C.", "Ashton, Md."), or that abbreviation after a town (", N.C.")?
 */
export function townOrState(text: string, start: number, end: number): boolean {
  // (Both shapes have ", " on one side: a name with neither costs no slice and no match.)
  if (commaSpaceAt(text, end)) {
    const after = STATE_AFTER.exec(text.slice(end, end + 10));
    if (after && US_STATE_ABBREVIATIONS.has(after[1].replace(/\.$/, ''))) return true;
  }
  return (
    start >= 2 && commaSpaceAt(text, start - 2) && US_STATE_ABBREVIATIONS.has(text.slice(start, end).replace(/\.$/, ''))
  );
}

/** ", " at `at`. */
function commaSpaceAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 44 && text.charCodeAt(at + 1) === 32;
}

/** ", N.C." / ", Md." after a name, then a comma, a full stop, white space or a closing mark. */
const STATE_AFTER = /^, ((?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.?(?:[A-Z][a-z]\.)?)(?=$|[\s,;:)"\u201d])/;

/**
 * Rule classify/town-and-state-name: does the name ending at `end` stand before a US state's name
 * ("Pembroke Pines, Florida", "of Dale City, Virginia,")? The state is followed by punctuation, a
 * line's end or the text's end, so "Ana Ruiz, Georgia's governor" is not read so.
 */
export function townBeforeStateName(text: string, end: number): boolean {
  if (!commaSpaceAt(text, end)) return false;
  const m = STATE_NAME_AFTER.exec(text.slice(end + 2, end + 40));
  return m !== null && US_STATE_NAMES.has(m[1]);
}

/** A state's name of one or two words after ", ", then punctuation or the end. */
const STATE_NAME_AFTER = /^([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=$|[\n,.;:)"\u201d])/;
