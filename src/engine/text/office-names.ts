/**
 * The office words of a title run ("Secretary of Homeland Security", "Archbishop of Buenos Aires"):
 * where, after a title's "of", the office ends and a person's name may begin; and a body's name with
 * "and" in it that its bracketed acronym spells ("Immigration and Customs Enforcement (ICE)") or
 * that joins a body's portfolio ("Department of Health and Human Services") (text/names.ts).
 */
import { isFirstNameLower } from '../data/first-names';
import { isPlaceLower } from '../data/countries';
import { PORTFOLIO_WORDS } from '../data/titles';
import { ORG_HEADS } from '../data/organizations';
import { isTitle, type Token } from './name-tokens';

/** Longest office name after "of" ("Health and Human Services"): the scan stays short on a hostile run. */
export const MAX_OFFICE_WORDS = 6;

/** Index after the last portfolio word of an office's name starting at s[from] (before any first name), or 0. */
export function officeEnd(s: Token[], from: number): number {
  let end = 0;
  const to = Math.min(s.length, from + MAX_OFFICE_WORDS);
  for (let j = from; j < to && (s[j].cap || s[j].lower === 'and') && !isFirstNameLower(s[j].lower); j++)
    if (PORTFOLIO_WORDS.has(s[j].lower)) end = j + 1;
  return end;
}

/**
 * Index after a place of two or three words starting at s[from] ("Archbishop of Buenos Aires",
 * "Mayor of New York"): the office of a place, whose last word is no person's name. 0 when none.
 */
export function placeEnd(text: string, s: Token[], from: number): number {
  for (let j = Math.min(s.length, from + 3); j >= from + 2; j--)
    if (isPlaceLower(text.slice(s[from].start, s[j - 1].end).toLowerCase())) return j;
  return 0;
}

/**
 * "Department of Housing and Urban Development", "Secretary of Health and Human Services": "and"
 * at `connector` joins the portfolio words after a body's or a title's "of", inside one name, not
 * two names.
 */
export function isPortfolioOfBody(run: Token[], connector: number): boolean {
  let o = 1;
  while (o < connector && run[o].lower !== 'of') o++;
  if (o >= connector) return false;
  // "Secretary of Health and Human Services Alex Azar": a title's office, up to the person's name.
  if (isTitle(run[o - 1].lower)) return officeEnd(run, o + 1) > connector + 1;
  if (!ORG_HEADS.has(run[o - 1].lower)) return false;
  // (Unlike a title's office, no person's name follows a body's: "Urban" is a portfolio word here.)
  const to = Math.min(run.length, o + 1 + MAX_OFFICE_WORDS);
  for (let j = connector + 1; j < to && run[j].cap; j++) if (PORTFOLIO_WORDS.has(run[j].lower)) return true;
  return false;
}

/** The longest acronym read after a run ("(ICE)", "(ERO)"). */
const MAX_ACRONYM = 8;

/**
 * Where the words a bracketed acronym right after the run spells begin ("U.S. Immigration and
 * Customs Enforcement (ICE)" from "Immigration", "Enforcement and Removal Operations (ERO)" from
 * the start), or -1: then "and" at `connector` is inside one body's name, not between two names.
 */
export function acronymSpelledFrom(text: string, run: Token[], connector: number): number {
  let end = run[run.length - 1].end;
  // "Customs Enforcement’s (ICE)": a possessive may stand between the name and its acronym.
  if ((text.charCodeAt(end) === 0x2019 || text.charCodeAt(end) === 39) && text.charCodeAt(end + 1) === 115) end += 2;
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 40) return -1;
  let i = end + 2;
  const from = i;
  while (i < text.length && i - from <= MAX_ACRONYM && text.charCodeAt(i) >= 65 && text.charCodeAt(i) <= 90) i++;
  if (text.charCodeAt(i) !== 41 || i - from < 2) return -1;
  const acronym = text.slice(from, i);
  // The capitalised words' initials, read from the end back: the acronym is their last letters.
  let initials = '';
  for (let k = run.length - 1; k >= 0; k--) {
    if (!run[k].cap) continue;
    initials = run[k].text[0].toUpperCase() + initials;
    if (initials.length === acronym.length) return initials === acronym && k < connector ? k : -1;
  }
  return -1;
}
