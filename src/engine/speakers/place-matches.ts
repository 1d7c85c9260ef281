/**
 * The matches `beforePlace` (speaker-slot.ts) reads: what
 * `around.matchAll(/((?:[\p{L}\p{N}.'’-]+ ){0,5}?)(?:in|at|on) NAME,? CUE\b/gu)` finds, with NAME
 * and CUE the literal speaker name and cue, found without building that expression. A regular
 * expression made per claim is compiled per claim (its Unicode classes cost milliseconds each
 * time a new name comes), and a lazy prefix tried at every position of 500 characters is slow.
 *
 * The same search, step for step: from each start (by code point, as the `u` flag steps), the
 * fewest whole "word and one space" units (at most five) that reach "in|at|on NAME,? CUE" with a
 * word boundary after CUE; the next search goes on from a match's end. A unit is deterministic
 * (its characters exclude the space, so it runs to the next space), so no other split is tried.
 */
import { lazyRegExp } from '../text/lazy-regexp';

/** One match: where it starts in `around`, and its group 1 (the words before "in|at|on"). */
export interface PlaceMatch {
  index: number;
  prefix: string;
}

const UNIT_CHAR = lazyRegExp(String.raw`[\p{L}\p{N}.'\u2019-]`, 'u');

/** Is the code point a unit character ([\p{L}\p{N}.'’-])? ASCII by code, the rest by the class. */
function isUnitChar(cp: number): boolean {
  if (cp < 128) {
    return (
      (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57) || cp === 46 || cp === 39 || cp === 45
    );
  }
  return UNIT_CHAR.test(String.fromCodePoint(cp));
}

/** A word character for `\b` (no `i` flag: ASCII letters, digits and underscore). */
function isBoundaryWord(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export function placeMatches(around: string, name: string, cue: string): PlaceMatch[] {
  const n = around.length;
  // Each code point's width, and whether it is a unit character, indexed by its first code unit.
  const unit = new Uint8Array(n);
  const width = new Uint8Array(n);
  for (let i = 0; i < n;) {
    const cp = around.codePointAt(i)!;
    const w = cp > 0xffff ? 2 : 1;
    width[i] = w;
    unit[i] = isUnitChar(cp) ? 1 : 0;
    i += w;
  }
  /** The end of "in|at|on NAME,? CUE\b" at p, or -1. */
  const anchorEnd = (p: number): number => {
    if (!(around.startsWith('in ', p) || around.startsWith('at ', p) || around.startsWith('on ', p))) return -1;
    let q = p + 3;
    if (!around.startsWith(name, q)) return -1;
    q += name.length;
    if (around.charCodeAt(q) === 44) q++;
    if (around.charCodeAt(q) !== 32 || !around.startsWith(cue, q + 1)) return -1;
    const e = q + 1 + cue.length;
    return isBoundaryWord(around, e - 1) !== isBoundaryWord(around, e) ? e : -1;
  };
  /** The end of one "word and a space" unit at p, or -1. */
  const unitEnd = (p: number): number => {
    let q = p;
    while (q < n && unit[q] === 1) q += width[q];
    return q > p && q < n && around.charCodeAt(q) === 32 ? q + 1 : -1;
  };
  const out: PlaceMatch[] = [];
  let s = 0;
  while (s <= n) {
    let p = s;
    let end = anchorEnd(p);
    for (let j = 0; end < 0 && j < 5; j++) {
      p = unitEnd(p);
      if (p < 0) break;
      end = anchorEnd(p);
    }
    if (end >= 0) {
      out.push({ index: s, prefix: around.slice(s, p) });
      s = end;
    } else s += (s < n && width[s]) || 1;
  }
  return out;
}
