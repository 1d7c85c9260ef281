/**
 * The office words of a title run ("Secretary of Homeland Security", "Archbishop of Buenos Aires"):
 * where, after a title's "of", the office ends and a person's name may begin (text/names.ts).
 */
import { isFirstNameLower } from '../data/first-names';
import { isPlaceLower } from '../data/countries';
import { PORTFOLIO_WORDS } from '../data/titles';
import type { Token } from './name-tokens';

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
