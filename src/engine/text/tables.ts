/**
 * Sports tables: in a results line ("Plymouth 4 Exeter 1"), a standings row ("BUFFALO 13 12 1 77
 * 76 27", "Limoges (France) 9 3 6 12") or a fixture's visitors ("ANAHEIM AT BUFFALO") a city or a bare name
 * stands for its club, not for the place or a person.
 *
 * Approach: only the line around the name is read, through bounded slices (at most 40 characters
 * after the name, the digits right before it), so the check costs the same in a long paragraph.
 * A name is a team when it opens its line, or follows a score, and a number follows it (a
 * bracketed country may come between); or when it stands before a capitalised "AT" in a line
 * that is nothing else, on its left (the side on the right reads as the venue: "at Boston").
 *
 * Known limits: a golfer's row ("Fourie 69 73 71") has the same shape; callers keep a name that
 * opens with a known first name a person. Countries in such lines are national teams, which the
 * CoNLL convention and most readers take for the country, so callers leave them as they are.
 */
import { isWordCode } from './words';

/** Is the name at [start, end) a team in a results, standings or fixture line? */
export function isTeamInTable(text: string, start: number, end: number): boolean {
  const atLineStart = start === 0 || text.charCodeAt(start - 1) === 10;
  if (atLineStart || afterScore(text, start)) {
    if (numberFollows(text, end)) return true;
  }
  // "ANAHEIM AT BUFFALO": the visitors of a fixture line (the home side reads as the venue).
  return atLineStart && text.startsWith(' AT ', end) && lineEndsAfterName(text, end + 4);
}

/** A number after one space, with an optional bracketed country first: " 4", " (France) 9". */
function numberFollows(text: string, at: number): boolean {
  let i = at;
  if (text.charCodeAt(i) !== 32) return false;
  i++;
  if (text.charCodeAt(i) === 40) {
    const close = text.indexOf(')', i);
    if (close < 0 || close - i > 30) return false;
    for (let k = i; k < close; k++) if (text.charCodeAt(k) === 10) return false;
    i = close + 1;
    if (text.charCodeAt(i) !== 32) return false;
    i++;
  }
  const c = text.charCodeAt(i);
  if (!(c >= 48 && c <= 57)) return false;
  // The number is a score, not the start of a date or a word ("1996-12-06", "3rd").
  let j = i;
  while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  const d = text.charCodeAt(j);
  return j === text.length || d === 32 || d === 10 || d === 13;
}

/** The name follows a score on its own line: "Plymouth 4 [Exeter] 1". */
function afterScore(text: string, start: number): boolean {
  let i = start - 1;
  if (text.charCodeAt(i) !== 32) return false;
  i--;
  const digitsEnd = i;
  while (i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i--;
  if (i === digitsEnd || digitsEnd - i > 3) return false;
  // "... Madrid 2 [Barcelona]": a name (a word, not a number or a date) comes before the score.
  return (
    i > 0 &&
    text.charCodeAt(i) === 32 &&
    isWordCode(text.charCodeAt(i - 1)) &&
    !(text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57)
  );
}

/** A capitalised name runs to the end of the line from `at` (at most 40 characters). */
function lineEndsAfterName(text: string, at: number): boolean {
  if (!isCapital(text.charCodeAt(at))) return false;
  for (let i = at; i < Math.min(text.length, at + 40); i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c >= 97 && c <= 122) return false;
  }
  return at + 40 >= text.length;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}
